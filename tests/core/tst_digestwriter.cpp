#include "core/digest/digestparser.h"
#include "core/export/digestwriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QtTest>

Q_DECLARE_METATYPE(PaperShelf::Core::DigestEntry)

using namespace PaperShelf::Core;
using namespace Qt::Literals::StringLiterals;

// DigestWriter must write what DigestParser reads back exactly. The fixtures of
// tests/data (digests/ covers the format variants, review/ the review exports)
// and, when PAPERSHELF_CORPUS is set, the real digests are parsed, written and
// parsed again; hostile field values check that text never turns into structure.
class TestDigestWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheInputFormat();
    void roundTripsFixtures_data();
    void roundTripsFixtures();
    void roundTripsTheCorpus();
    void keepsHostileTextAsText_data();
    void keepsHostileTextAsText();
    void normaliseGivesWhatTheFormatHolds();
    void fileNameReplacesPathCharacters();

private:
    /// A field-by-field description of the first difference, "" when equal
    /// (`line` is not compared: a written file has its own line numbers).
    static QString difference(DigestEntry expected, DigestEntry actual);
    /// "" when `bytes` parse, write and parse back to the same digest.
    static QString roundTripProblem(const QByteArray &bytes, const QString &path);
    static DigestEntry plainEntry();
};

QString TestDigestWriter::difference(DigestEntry expected, DigestEntry actual)
{
    expected.line = 0;
    actual.line = 0;
    if (expected == actual) {
        return {};
    }
    const auto show = [](const QString &name, const QString &a, const QString &b) {
        return u"%1: expected \"%2\", got \"%3\""_s.arg(name, a, b);
    };
    const auto list = [](const QStringList &l) {
        return l.join(u" | "_s);
    };
    if (expected.title != actual.title) {
        return show(u"title"_s, expected.title, actual.title);
    }
    if (expected.authors != actual.authors) {
        return show(u"authors"_s, list(expected.authors), list(actual.authors));
    }
    if (expected.abstract != actual.abstract) {
        return show(u"abstract"_s, expected.abstract, actual.abstract);
    }
    if (expected.pdfUrl != actual.pdfUrl || expected.comment != actual.comment) {
        return show(u"pdf line"_s, expected.pdfUrl + u' ' + expected.comment, actual.pdfUrl + u' ' + actual.comment);
    }
    if (expected.summaryZh != actual.summaryZh) {
        return show(u"summary"_s, expected.summaryZh, actual.summaryZh);
    }
    if (expected.takeawaysZh != actual.takeawaysZh) {
        return show(u"takeaways"_s, list(expected.takeawaysZh), list(actual.takeawaysZh));
    }
    const StructuredSummary &e = expected.structured;
    const StructuredSummary &a = actual.structured;
    for (const auto &[name, x, y] : {std::tuple(u"titleZh"_s, e.titleZh, a.titleZh),
                                     std::tuple(u"authors"_s, e.authors, a.authors),
                                     std::tuple(u"affiliation"_s, e.affiliation, a.affiliation),
                                     std::tuple(u"keywords"_s, list(e.keywords), list(a.keywords)),
                                     std::tuple(u"urls"_s, e.urls, a.urls),
                                     std::tuple(u"summary"_s, e.summary, a.summary),
                                     std::tuple(u"methods"_s, e.methods, a.methods),
                                     std::tuple(u"conclusion"_s, e.conclusion, a.conclusion)}) {
        if (x != y) {
            return show(u"structured."_s + name, x, y);
        }
    }
    if (e.emptyItems != a.emptyItems) {
        return show(u"structured.emptyItems"_s, list(e.emptyItems), list(a.emptyItems));
    }
    if (expected.screenshots != actual.screenshots) {
        return show(u"screenshots"_s, list(expected.screenshots), list(actual.screenshots));
    }
    return u"links or arXiv id differ"_s;
}

QString TestDigestWriter::roundTripProblem(const QByteArray &bytes, const QString &path)
{
    const ParsedDigest first = DigestParser::parse(bytes, path);
    if (!first.isDigest) {
        return {};
    }
    const QString written = DigestWriter::write(first.topic, first.date, first.entries);
    const ParsedDigest second = DigestParser::parse(written.toUtf8(), QString());
    if (second.topic != first.topic || second.date != first.date) {
        return u"%1: topic/date \"%2\" %3 became \"%4\" %5"_s.arg(path,
                                                                  first.topic,
                                                                  first.date.toString(Qt::ISODate),
                                                                  second.topic,
                                                                  second.date.toString(Qt::ISODate));
    }
    if (second.entries.size() != first.entries.size()) {
        return u"%1: %2 entries became %3"_s.arg(path).arg(first.entries.size()).arg(second.entries.size());
    }
    QStringList problems;
    for (qsizetype i = 0; i < first.entries.size(); ++i) {
        if (const QString d = difference(first.entries[i], second.entries[i]); !d.isEmpty()) {
            problems.append(u"%1:%2: %3"_s.arg(path).arg(first.entries[i].line).arg(d));
        }
    }
    return problems.join(u'\n');
}

DigestEntry TestDigestWriter::plainEntry()
{
    DigestEntry entry;
    entry.title = u"Plain Title"_s;
    entry.arxivId = u"2611.00001"_s;
    entry.arxivVersion = 2;
    entry.authors = {u"Ada Lovelace"_s, u"Alan Turing"_s};
    entry.abstract = u"An abstract."_s;
    entry.pdfUrl = u"http://arxiv.org/abs/2611.00001v2"_s;
    entry.comment = u"5 pages"_s;
    entry.summaryZh = u"一句话总结。"_s;
    entry.takeawaysZh = {u"要点一。"_s, u"要点二。"_s};
    entry.structured.titleZh = u"中文标题"_s;
    entry.structured.keywords = {u"关键词一"_s, u"keyword two"_s};
    entry.structured.summary = u"(1) 背景。\n(2) 方法。"_s;
    entry.structured.conclusion = u"结论。"_s;
    entry.screenshots = {u"https://img.example.org/a.jpg"_s};
    return entry;
}

void TestDigestWriter::writesTheInputFormat()
{
    const QString text = DigestWriter::write(u"元宇宙/虚拟人"_s, QDate(2026, 11, 27), {plainEntry()});
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.first(), u"---"_s);
    QVERIFY(lines.contains(u"title: 元宇宙/虚拟人"_s));
    QVERIFY(lines.contains(u"date: 2026-11-27 00:00:00"_s));
    QVERIFY(lines.contains(u"    - 元宇宙/虚拟人"_s));
    QVERIFY(lines.contains(u"categories: Paper"_s));
    QVERIFY(lines.contains(u"# 2026-11-27 更新"_s));
    QVERIFY(std::any_of(lines.begin(), lines.end(), [](const QString &line) {
        return line.startsWith(u">"_s);
    }));
    QVERIFY(lines.contains(u"## Plain Title"_s));
    QVERIFY(lines.contains(u"**Authors:Ada Lovelace, Alan Turing**"_s));
    QVERIFY(lines.contains(u"[PDF](http://arxiv.org/abs/2611.00001v2) 5 pages"_s));
    QVERIFY(lines.contains(u"**Summary**"_s));
    QVERIFY(lines.contains(u"**Key Takeaways**"_s));
    QVERIFY(lines.contains(u"- 要点二。"_s));
    QVERIFY(lines.contains(u"1. Title: 中文标题"_s));
    QVERIFY(lines.contains(u"4. Keywords: 关键词一, keyword two"_s));
    QVERIFY(lines.contains(u"6. Summary: (1) 背景。"_s));
    QVERIFY(lines.contains(u"    - (2) 方法。"_s));
    QVERIFY(lines.contains(u"8. Conclusion: 结论。"_s));
    QVERIFY(!text.contains(u"2. Authors:"_s)); // empty items are left out
    QVERIFY(lines.contains(u"<details>"_s));
    QVERIFY(lines.contains(u"<img src=\"https://img.example.org/a.jpg\" align=\"middle\">"_s));
    QVERIFY(text.endsWith(u"</details>\n"_s));

    const ParsedDigest parsed = DigestParser::parse(text.toUtf8(), QString());
    QCOMPARE(parsed.topic, u"元宇宙/虚拟人"_s);
    QCOMPARE(parsed.date, QDate(2026, 11, 27));
    QCOMPARE(parsed.entries.size(), 1);
    QCOMPARE(difference(plainEntry(), parsed.entries.first()), QString());
}

void TestDigestWriter::roundTripsFixtures_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &folder : {u"digests"_s, u"review"_s}) {
        QDirIterator it(QStringLiteral(PAPERSHELF_TEST_DATA) + u'/' + folder, {u"*.md"_s}, QDir::Files);
        QStringList paths;
        while (it.hasNext()) {
            paths.append(it.next());
        }
        paths.sort();
        for (const QString &path : std::as_const(paths)) {
            QTest::newRow(qPrintable(folder + u'/' + QFileInfo(path).fileName())) << path;
        }
    }
}

void TestDigestWriter::roundTripsFixtures()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString problem = roundTripProblem(bytes, QFileInfo(path).fileName());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDigestWriter::roundTripsTheCorpus()
{
    const QString root = qEnvironmentVariable("PAPERSHELF_CORPUS");
    if (root.isEmpty()) {
        QSKIP("PAPERSHELF_CORPUS is not set");
    }
    QDirIterator it(root, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    int entries = 0;
    QStringList problems;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        const QString relative = QDir(root).relativeFilePath(path);
        const ParsedDigest digest = DigestParser::parse(bytes, relative);
        if (!digest.isDigest) {
            continue;
        }
        ++files;
        entries += int(digest.entries.size());
        if (const QString problem = roundTripProblem(bytes, relative); !problem.isEmpty()) {
            problems.append(problem);
        }
    }
    qInfo("round-tripped %d digests with %d entries", files, entries);
    QVERIFY(files > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestDigestWriter::keepsHostileTextAsText_data()
{
    QTest::addColumn<DigestEntry>("entry");

    DigestEntry e = plainEntry();
    e.summaryZh = u"## 不是新论文的标题"_s;
    QTest::newRow("summary opens a paper heading") << e;

    e = plainEntry();
    e.summaryZh = u"**Key Takeaways** 这是总结，不是标题"_s;
    QTest::newRow("summary looks like a bold header") << e;

    e = plainEntry();
    e.summaryZh = u"<details>总结里提到了 <img src=\"x.jpg\"> 标签"_s;
    QTest::newRow("summary holds HTML") << e;

    e = plainEntry();
    e.takeawaysZh = {u"- 以短横线开头的要点"_s, u"**[ChatPaperFree](x)** 不是标记"_s, u"1. 带编号"_s, u"## 标题？"_s};
    QTest::newRow("takeaways look like markup") << e;

    e = plainEntry();
    e.title = u"<script>alert(1)</script> **bold** Title"_s;
    e.comment = u"see <img src=x onerror=y> and **this**"_s;
    e.authors = {u"**Starry** Name"_s, u"Last*"_s};
    QTest::newRow("title, comment and authors hold markup") << e;

    e = plainEntry();
    e.abstract = u"## An abstract that starts like a heading."_s;
    QTest::newRow("abstract opens a paper heading") << e;

    e = plainEntry();
    e.structured.methods = u"第一步：准备数据。\n8. Conclusion: 这不是结论\n---\n好的，这行不是客套话\n"
                           u"<ol><li>不是列表</li></ol> &amp; &lt;\nSome Error for method 也不是错误\n"
                           u"#### 不是标题\n- (1) 子项\n关键词：不是关键词"_s;
    e.structured.titleZh = u"标题 <b>粗体</b> & 符号"_s;
    QTest::newRow("structured values look like items") << e;

    e = plainEntry();
    e.structured.emptyItems = {u"authors"_s, u"methods"_s};
    QTest::newRow("labels without text") << e;

    e = plainEntry();
    e.structured.keywords = {u"A&B"_s, u"<tag>"_s, u"key: word"_s};
    QTest::newRow("keywords with HTML and colons") << e;

    e = plainEntry();
    e.summaryZh.clear();
    e.takeawaysZh = {u"只有要点"_s};
    e.structured = {};
    e.screenshots = {u"https://img.example.org/q\"uote.jpg"_s, u"./crop_1.png"_s};
    QTest::newRow("no summary, no structured block, odd screenshots") << e;
}

void TestDigestWriter::keepsHostileTextAsText()
{
    QFETCH(DigestEntry, entry);
    DigestEntry second = plainEntry();
    second.title = u"Second Paper"_s;
    const QString text = DigestWriter::write(u"Hostile"_s, QDate(2026, 11, 27), {entry, second});
    const ParsedDigest parsed = DigestParser::parse(text.toUtf8(), QString());
    QCOMPARE(parsed.entries.size(), 2);
    QCOMPARE(difference(entry, parsed.entries.at(0)), QString());
    QCOMPARE(difference(second, parsed.entries.at(1)), QString());
    // No raw tag reaches a Markdown renderer outside the <details> block.
    QVERIFY(!text.contains(u"<script>"_s));
    QVERIFY(!text.contains(u"<details>总结"_s));
}

void TestDigestWriter::normaliseGivesWhatTheFormatHolds()
{
    DigestEntry entry = plainEntry();
    entry.line = 42;
    entry.summaryZh = u"  两行\n的总结  "_s;
    entry.takeawaysZh = {u"保留"_s, u"   "_s, u"也保留"_s};
    entry.structured.methods = u"第一行\n\n  **第二行**  "_s;
    const DigestEntry normalised = DigestWriter::normalise(entry);
    QCOMPARE(normalised.line, 42);
    QCOMPARE(normalised.summaryZh, u"两行 的总结"_s);
    QCOMPARE(normalised.takeawaysZh, QStringList({u"保留"_s, u"也保留"_s}));
    QCOMPARE(normalised.structured.methods, u"第一行\n第二行"_s);
    QCOMPARE(normalised.title, entry.title);

    // What the format holds is a fixed point.
    QCOMPARE(difference(DigestWriter::normalise(normalised), normalised), QString());
}

void TestDigestWriter::fileNameReplacesPathCharacters()
{
    QCOMPARE(DigestWriter::fileName(u"元宇宙/虚拟人"_s), u"元宇宙_虚拟人.md"_s);
    QCOMPARE(DigestWriter::fileName(u"Diffusion Models"_s), u"Diffusion Models.md"_s);
    QCOMPARE(DigestWriter::fileName(u"a:b*c?"_s), u"a_b_c_.md"_s);
    QCOMPARE(DigestWriter::fileName(QString()), u"digest.md"_s);
    QCOMPARE(DigestWriter::fileName(u".."_s), u"digest...md"_s);
}

QTEST_GUILESS_MAIN(TestDigestWriter)

#include "tst_digestwriter.moc"
