#include "core/db/records.h"
#include "core/digest/digestparser.h"
#include "core/export/bibtexexporter.h"
#include "core/export/csvexporter.h"
#include "core/export/markdownexporter.h"
#include "core/export/paperjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace PaperShelf::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

// A paper with every field filled, deliberately given unsorted topics and
// tags so that the exporters' ordering is what the tests observe.
PaperDetails samplePaper()
{
    PaperDetails paper;
    paper.rowId = 7;
    paper.id = u"2401.01234"_s;
    paper.arxivId = u"2401.01234"_s;
    paper.arxivVersion = 2;
    DigestEntry &text = paper.text;
    text.title = u"Deformable 3D Gaussians for Real-Time Rendering"_s;
    text.arxivId = paper.arxivId;
    text.arxivVersion = 2;
    text.authors = {u"Wei Zhu"_s, u"Anna Müller"_s, u"李明"_s};
    text.abstract = u"We present deformable Gaussians. Code: https://github.com/example/dgs"_s;
    text.pdfUrl = u"http://arxiv.org/abs/2401.01234v2"_s;
    text.comment = u"12 pages, 5 figures"_s;
    text.links = {u"https://github.com/example/dgs"_s};
    text.summaryZh = u"本文提出了可变形高斯。"_s;
    text.takeawaysZh = {u"提出可变形高斯表示。"_s, u"实现实时渲染。"_s};
    text.structured.titleZh = u"可变形三维高斯实时渲染"_s;
    text.structured.authors = u"Wei Zhu, Anna Müller, 李明"_s;
    text.structured.affiliation = u"清华大学"_s;
    text.structured.keywords = {u"三维高斯"_s, u"实时渲染"_s};
    text.structured.urls = u"https://arxiv.org/abs/2401.01234, Github: None"_s;
    text.structured.summary = u"(1) 研究背景：动态场景。\n(2) 过去的方法：速度慢。"_s;
    text.structured.methods = u"(1) 变形场。"_s;
    text.structured.conclusion = u"(1) 意义：实时。"_s;
    text.screenshots = {u"https://pic.example.com/a.jpg"_s, u"https://pic.example.com/b.jpg"_s};
    paper.topics = {u"NeRF"_s, u"3DGS"_s};
    paper.tags = {{u"三维高斯"_s, TagKind::Keyword},
                  {u"NeRF"_s, TagKind::Topic},
                  {u"3DGS"_s, TagKind::Topic},
                  {u"to-cite"_s, TagKind::User}};
    paper.appearances = {{QDate(2024, 1, 5), u"3DGS"_s, u"2024-01-05/3DGS.md"_s},
                         {QDate(2024, 1, 9), u"NeRF"_s, u"2024-01-09/NeRF.md"_s}};
    paper.screenshots = {{u"https://pic.example.com/a.jpg"_s, true}, {u"https://pic.example.com/b.jpg"_s, false}};
    paper.status = ReadingStatus::Reading;
    paper.rating = 4;
    paper.favourite = true;
    paper.notes = u"Compare with 4DGS.\nSee fig. 3"_s;
    return paper;
}

// A paper without an arXiv id, found only through a stored PDF URL.
PaperDetails localPaper()
{
    PaperDetails paper;
    paper.id = u"t-3f2a9c"_s;
    paper.text.title = u"A Survey of Neural Fields"_s;
    paper.text.authors = {u"Zoë Çelik"_s};
    paper.text.abstract = u"We survey neural fields."_s;
    paper.text.pdfUrl = u"https://example.org/papers/survey.pdf"_s;
    paper.topics = {u"NeRF"_s};
    paper.appearances = {{QDate(2023, 5, 2), u"NeRF"_s, u"2023-05-02/NeRF.md"_s}};
    return paper;
}

PaperDetails keyPaper(const QString &author, const QString &arxivId, const QString &title, QDate appeared = {})
{
    PaperDetails paper;
    paper.arxivId = arxivId;
    paper.id = arxivId.isEmpty() ? u"t-0"_s : arxivId;
    if (!author.isEmpty()) {
        paper.text.authors = {author};
    }
    paper.text.title = title;
    if (appeared.isValid()) {
        paper.appearances = {{appeared, u"NeRF"_s, u"x.md"_s}};
    }
    return paper;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

// Sorted keys from a space-separated list, to compare with sortedKeys().
QStringList keySet(const QString &spaceSeparated)
{
    QStringList keys = spaceSeparated.split(u' ');
    keys.sort();
    return keys;
}

// --- A strict reader of what BibtexExporter writes ---------------------------

struct BibEntry
{
    QString type;
    QString key;
    QList<std::pair<QString, QString>> fields;
};

// Checks a field value the way TeX will read it after BibTeX copies it into the
// .bbl file: balanced unescaped braces, no comment or parameter characters, no
// subscripts outside math, an even number of math shifts, no dangling escape.
QString texProblem(QStringView value)
{
    int depth = 0;
    bool math = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == u'\\') {
            if (i + 1 == value.size()) {
                return u"dangling backslash"_s;
            }
            ++i;
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            return u"line break in a value"_s;
        }
        if (c == u'{') {
            ++depth;
        } else if (c == u'}' && --depth < 0) {
            return u"TeX brace closes below zero"_s;
        } else if (c == u'$') {
            math = !math;
        } else if (c == u'%' || c == u'#' || c == u'&') {
            return u"unescaped %1"_s.arg(c);
        } else if (!math && (c == u'_' || c == u'^')) {
            return u"unescaped %1 outside math"_s.arg(c);
        }
    }
    if (depth != 0) {
        return u"unbalanced TeX braces"_s;
    }
    return math ? u"unclosed math"_s : QString();
}

// Parses the output as BibTeX itself does (braces counted without regard to
// backslashes). Returns "" on success, else what is wrong.
QString parseBibtex(const QString &text, QList<BibEntry> *entries)
{
    static const QRegularExpression head(u"\\s*@([a-z]+)\\{([a-z0-9]+),"_s);
    static const QRegularExpression field(u"\\s*([A-Za-z]+) = \\{"_s);
    static const QRegularExpression close(u"\\s*\\}"_s);
    const auto matchAt = [&text](const QRegularExpression &re, qsizetype offset) {
        return re.match(text, offset, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    };
    qsizetype i = 0;
    while (!QStringView(text).sliced(i).trimmed().isEmpty()) {
        QRegularExpressionMatch match = matchAt(head, i);
        if (!match.hasMatch()) {
            return u"no entry head at %1"_s.arg(i);
        }
        BibEntry entry{match.captured(1), match.captured(2), {}};
        i = match.capturedEnd();
        for (match = matchAt(field, i); match.hasMatch(); match = matchAt(field, i)) {
            const qsizetype valueStart = match.capturedEnd();
            int depth = 1;
            for (i = valueStart; i < text.size() && depth > 0; ++i) {
                depth += text[i] == u'{' ? 1 : (text[i] == u'}' ? -1 : 0);
            }
            const QString name = match.captured(1);
            if (depth != 0) {
                return u"field %1 of %2 never closes"_s.arg(name, entry.key);
            }
            const QString value = text.sliced(valueStart, i - valueStart - 1);
            const QString problem = name != u"url"                                ? texProblem(value)
                                  : value.contains(u' ') || value.contains(u'\\') ? u"not a plain URL"_s
                                                                                  : QString();
            if (!problem.isEmpty()) {
                return u"%1.%2: %3 in \"%4\""_s.arg(entry.key, name, problem, value);
            }
            entry.fields.append({name, value});
            i += i < text.size() && text[i] == u',' ? 1 : 0;
        }
        match = matchAt(close, i);
        if (!match.hasMatch()) {
            return u"entry %1 does not end with '}'"_s.arg(entry.key);
        }
        i = match.capturedEnd();
        entries->append(entry);
    }
    return {};
}

// --- A strict RFC 4180 reader -------------------------------------------------

QString readCsv(QStringView text, QList<QStringList> *records)
{
    qsizetype i = 0;
    QStringList record;
    while (i < text.size()) {
        QString field;
        if (text[i] == u'"') {
            ++i;
            for (;;) {
                if (i == text.size()) {
                    return u"unterminated quoted field"_s;
                }
                if (text[i] == u'"') {
                    if (i + 1 < text.size() && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < text.size() && text[i] != u',' && text[i] != u'\r') {
                if (text[i] == u'"' || text[i] == u'\n') {
                    return u"quote or line feed in an unquoted field at %1"_s.arg(i);
                }
                field += text[i++];
            }
        }
        record.append(field);
        if (i == text.size()) {
            return u"last record has no CRLF"_s;
        }
        if (text[i] == u',') {
            ++i;
            continue;
        }
        if (text.sliced(i).startsWith(u"\r\n")) {
            i += 2;
            records->append(record);
            record.clear();
            continue;
        }
        return u"garbage after a field at %1"_s.arg(i);
    }
    return {};
}

// Lines of `text` that start with `prefix`.
int linesStartingWith(const QString &text, QStringView prefix)
{
    int n = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        n += line.startsWith(prefix) ? 1 : 0;
    }
    return n;
}

const QStringList hostileStrings = {
    u"{{{ unbalanced open"_s,
    u"unbalanced close }}} }"_s,
    u"}{"_s,
    u"ends with a backslash \\"_s,
    u"\\} and \\{ escaped braces"_s,
    u"100% sure % comment"_s,
    u"@misc{evil, title={x}} @comment{"_s,
    u"line one\nline two\r\n\r\nthree"_s,
    u"& % # _ { } ~ ^ \\ $"_s,
    u"$x$ and $y"_s,
    u"$50\\%$ off $a % b$"_s,
    u"$\\frac{a}{b$ and $}{$"_s,
    u"$\\{x\\}$ then $\\{}$"_s,
    u"$$display$$ and $a\\$"_s,
    u"%1 %2 %n"_s,
    u"<script>alert(\"x\")</script>"_s,
    u"\"quoted\" 'single' ``tex''"_s,
    u"中文标题：扩散模型 {测试}"_s,
    u"Smith and Jones, Jr."_s,
    u"a\tb\u00a0c\u2028d"_s,
    u"control\u0001chars\u007f"_s,
};

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // JSON
    void jsonHasExactlyTheSpecifiedKeys();
    void jsonValuesHaveTheSpecifiedTypesAndOrder();
    void jsonArxivIdIsNullWithoutArxivId();
    void jsonExportIsAnIndentedUtf8ArrayOfPaperObjects();

    // BibTeX
    void bibtexWritesOneMiscEntry();
    void bibtexWithoutArxivIdUsesPdfUrlAndAppearanceYear();
    void bibtexEscapesText_data();
    void bibtexEscapesText();
    void bibtexCitationKeyBase_data();
    void bibtexCitationKeyBase();
    void bibtexDuplicateKeysGetLetterSuffixesInInputOrder();
    void bibtexKeysAreUniqueAndDeterministic();
    void bibtexProtectsNamesThatBibtexWouldSplit();
    void bibtexHostileInputStaysValid_data();
    void bibtexHostileInputStaysValid();

    // Markdown
    void markdownWritesTheDigestFormat();
    void markdownWithoutArxivIdLinksTheStoredPdfUrl();
    void markdownBlockTextEscapesStructure_data();
    void markdownBlockTextEscapesStructure();
    void markdownInlineTextCollapsesLinesAndTags_data();
    void markdownInlineTextCollapsesLinesAndTags();
    void markdownHostileFieldsCannotAddStructure();
    void markdownRoundTripsThroughTheDigestParser();

    // CSV
    void csvWritesHeaderAndCrlfRecords();
    void csvGuardsFormulaCells_data();
    void csvGuardsFormulaCells();
    void csvHostileFieldsReadBackFieldByField();
};

// --- JSON ----------------------------------------------------------------------

void TestExporters::jsonHasExactlyTheSpecifiedKeys()
{
    const QJsonObject json = PaperJson::toJson(samplePaper());
    QCOMPARE(sortedKeys(json),
             keySet(u"id arxiv_id arxiv_version title authors abstract pdf_url comment links summary_zh takeaways_zh "
                    u"structured topics tags appearances screenshots status rating notes"_s));
    QCOMPARE(sortedKeys(json[u"structured"_s].toObject()),
             keySet(u"title_zh authors affiliation keywords urls summary methods conclusion"_s));
    const QJsonArray appearances = json[u"appearances"_s].toArray();
    QCOMPARE(appearances.size(), 2);
    for (const QJsonValue appearance : appearances) {
        QCOMPARE(sortedKeys(appearance.toObject()), keySet(u"date topic source"_s));
    }
    const QJsonArray screenshots = json[u"screenshots"_s].toArray();
    QCOMPARE(screenshots.size(), 2);
    for (const QJsonValue screenshot : screenshots) {
        QCOMPARE(sortedKeys(screenshot.toObject()), keySet(u"url cached"_s));
    }

    // An empty paper has the same keys: absent data is "", [] or null, never a missing key.
    const QJsonObject empty = PaperJson::toJson(PaperDetails());
    QCOMPARE(sortedKeys(empty), sortedKeys(json));
    QCOMPARE(sortedKeys(empty[u"structured"_s].toObject()), sortedKeys(json[u"structured"_s].toObject()));
}

void TestExporters::jsonValuesHaveTheSpecifiedTypesAndOrder()
{
    const QJsonObject json = PaperJson::toJson(samplePaper());
    QCOMPARE(json[u"id"_s].toString(), u"2401.01234"_s);
    QCOMPARE(json[u"arxiv_id"_s].toString(), u"2401.01234"_s);
    QVERIFY(json[u"arxiv_version"_s].isDouble());
    QCOMPARE(json[u"arxiv_version"_s].toInt(), 2);
    QCOMPARE(json[u"title"_s].toString(), u"Deformable 3D Gaussians for Real-Time Rendering"_s);
    QCOMPARE(json[u"authors"_s].toArray(), QJsonArray({u"Wei Zhu"_s, u"Anna Müller"_s, u"李明"_s}));
    QCOMPARE(json[u"pdf_url"_s].toString(), u"http://arxiv.org/abs/2401.01234v2"_s);
    QCOMPARE(json[u"comment"_s].toString(), u"12 pages, 5 figures"_s);
    QCOMPARE(json[u"links"_s].toArray(), QJsonArray({u"https://github.com/example/dgs"_s}));
    QCOMPARE(json[u"summary_zh"_s].toString(), u"本文提出了可变形高斯。"_s);
    QCOMPARE(json[u"takeaways_zh"_s].toArray(), QJsonArray({u"提出可变形高斯表示。"_s, u"实现实时渲染。"_s}));

    const QJsonObject structured = json[u"structured"_s].toObject();
    QCOMPARE(structured[u"title_zh"_s].toString(), u"可变形三维高斯实时渲染"_s);
    QCOMPARE(structured[u"authors"_s].toString(), u"Wei Zhu, Anna Müller, 李明"_s);
    QCOMPARE(structured[u"keywords"_s].toArray(), QJsonArray({u"三维高斯"_s, u"实时渲染"_s}));
    QCOMPARE(structured[u"summary"_s].toString(), u"(1) 研究背景：动态场景。\n(2) 过去的方法：速度慢。"_s);

    QCOMPARE(json[u"topics"_s].toArray(), QJsonArray({u"3DGS"_s, u"NeRF"_s}));
    QCOMPARE(json[u"tags"_s].toArray(),
             QJsonArray({u"keyword:三维高斯"_s, u"topic:3DGS"_s, u"topic:NeRF"_s, u"user:to-cite"_s}));

    const QJsonObject first = json[u"appearances"_s].toArray().first().toObject();
    QCOMPARE(first[u"date"_s].toString(), u"2024-01-05"_s);
    QCOMPARE(first[u"topic"_s].toString(), u"3DGS"_s);
    QCOMPARE(first[u"source"_s].toString(), u"2024-01-05/3DGS.md"_s);
    const QJsonObject shot = json[u"screenshots"_s].toArray().first().toObject();
    QCOMPARE(shot[u"url"_s].toString(), u"https://pic.example.com/a.jpg"_s);
    QVERIFY(shot[u"cached"_s].isBool());
    QCOMPARE(shot[u"cached"_s].toBool(), true);

    QCOMPARE(json[u"status"_s].toString(), u"reading"_s);
    QVERIFY(json[u"rating"_s].isDouble());
    QCOMPARE(json[u"rating"_s].toInt(), 4);
    QCOMPARE(json[u"notes"_s].toString(), u"Compare with 4DGS.\nSee fig. 3"_s);
}

void TestExporters::jsonArxivIdIsNullWithoutArxivId()
{
    const QJsonObject json = PaperJson::toJson(localPaper());
    QVERIFY(json.contains(u"arxiv_id"_s));
    QVERIFY(json[u"arxiv_id"_s].isNull());
    QCOMPARE(json[u"arxiv_version"_s].toInt(-1), 0);
    QCOMPARE(json[u"id"_s].toString(), u"t-3f2a9c"_s);
    QCOMPARE(json[u"status"_s].toString(), u"unread"_s);
    QCOMPARE(json[u"comment"_s].toString(u"missing"_s), QString());
    QCOMPARE(json[u"takeaways_zh"_s].toArray(), QJsonArray());
}

void TestExporters::jsonExportIsAnIndentedUtf8ArrayOfPaperObjects()
{
    const QList<PaperDetails> papers = {samplePaper(), localPaper()};
    const QByteArray bytes = PaperJson::exportPapers(papers);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    QCOMPARE(document.array().size(), 2);
    QCOMPARE(document.array().at(0).toObject(), PaperJson::toJson(papers[0]));
    QCOMPARE(document.array().at(1).toObject(), PaperJson::toJson(papers[1]));

    // Chinese is written as UTF-8, not as \u escapes, and the layout is indented.
    QVERIFY(bytes.contains(u"本文提出了可变形高斯。"_s.toUtf8()));
    QVERIFY(bytes.startsWith("[\n    {\n"));
    QCOMPARE(PaperJson::exportPapers({}).trimmed(), QByteArray("[\n]"));
}

// --- BibTeX --------------------------------------------------------------------

void TestExporters::bibtexWritesOneMiscEntry()
{
    const QString expected = uR"bib(@misc{zhu2024deformable,
  title = {Deformable 3D Gaussians for Real-Time Rendering},
  author = {Wei Zhu and Anna Müller and 李明},
  year = {2024},
  eprint = {2401.01234},
  archivePrefix = {arXiv},
  url = {https://arxiv.org/abs/2401.01234},
  note = {12 pages, 5 figures},
  keywords = {3DGS, NeRF, to-cite}
}
)bib"_s;
    QCOMPARE(BibtexExporter::exportPapers({samplePaper()}), expected);
}

void TestExporters::bibtexWithoutArxivIdUsesPdfUrlAndAppearanceYear()
{
    const QString expected = uR"bib(@misc{celik2023survey,
  title = {A Survey of Neural Fields},
  author = {Zoë Çelik},
  year = {2023},
  url = {https://example.org/papers/survey.pdf},
  keywords = {NeRF}
}
)bib"_s;
    QCOMPARE(BibtexExporter::exportPapers({localPaper()}), expected);

    // Two entries are separated by one blank line.
    const QString both = BibtexExporter::exportPapers({samplePaper(), localPaper()});
    QVERIFY(both.contains(u"}\n\n@misc{celik2023survey,"_s));
}

void TestExporters::bibtexEscapesText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("keepMath");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"Plain Title"_s << true << u"Plain Title"_s;
    QTest::newRow("specials with backslash") << u"a & b % c # d _ e"_s << true << u"a \\& b \\% c \\# d \\_ e"_s;
    QTest::newRow("braces") << u"{x}"_s << true << u"\\textbraceleft{}x\\textbraceright{}"_s;
    QTest::newRow("backslash") << u"C:\\path"_s << true << u"C:\\textbackslash{}path"_s;
    QTest::newRow("tilde and caret") << u"~^"_s << true << u"\\textasciitilde{}\\textasciicircum{}"_s;
    QTest::newRow("line breaks collapse") << u"two\nlines\r\n\tand  more "_s << true << u"two lines and more"_s;
    QTest::newRow("unicode passes") << u"扩散模型 Über ü"_s << true << u"扩散模型 Über ü"_s;
    QTest::newRow("format placeholder") << u"%1 of %2"_s << true << u"\\%1 of \\%2"_s;
    QTest::newRow("math kept") << u"$\\mathcal{X}$-Net"_s << true << u"$\\mathcal{X}$-Net"_s;
    QTest::newRow("two math spans") << u"$a_1$ and $b^2$"_s << true << u"$a_1$ and $b^2$"_s;
    QTest::newRow("math escaped on request") << u"$x_1$"_s << false << u"\\$x\\_1\\$"_s;
    QTest::newRow("unpaired dollar") << u"costs $5"_s << true << u"costs \\$5"_s;
    QTest::newRow("display math is not kept") << u"$$x$$"_s << true << u"\\$\\$x\\$\\$"_s;
    QTest::newRow("escaped dollar inside math") << u"$a\\$b$"_s << true << u"$a\\$b$"_s;
    QTest::newRow("escaped dollar cannot close") << u"$a\\$"_s << true << u"\\$a\\textbackslash{}\\$"_s;
    QTest::newRow("percent in math") << u"$50%$"_s << true << u"\\$50\\%\\$"_s;
    QTest::newRow("escaped percent in math") << u"$50\\%$"_s << true << u"$50\\%$"_s;
    QTest::newRow("unbalanced math braces")
        << u"$\\frac{a}{b$"_s << true
        << u"\\$\\textbackslash{}frac\\textbraceleft{}a\\textbraceright{}\\textbraceleft{}b\\$"_s;
    QTest::newRow("unsafe span stays literal as a whole") << u"$a%b$ and $c$"_s << true << u"\\$a\\%b\\$ and $c$"_s;
    QTest::newRow("closing sign of an unsafe span opens nothing")
        << u"$}$ x $"_s << true << u"\\$\\textbraceright{}\\$ x \\$"_s;
    QTest::newRow("escaped braces balance in math") << u"$\\{x\\}$"_s << true << u"$\\{x\\}$"_s;
    QTest::newRow("TeX-unbalanced math") << u"$\\{}$"_s << true
                                         << u"\\$\\textbackslash{}\\textbraceleft{}\\textbraceright{}\\$"_s;
    QTest::newRow("empty math") << u"$ $"_s << true << u"\\$ \\$"_s;
}

void TestExporters::bibtexEscapesText()
{
    QFETCH(QString, input);
    QFETCH(bool, keepMath);
    QFETCH(QString, expected);
    const auto mode = keepMath ? BibtexExporter::MathSpans::Keep : BibtexExporter::MathSpans::Escape;
    QCOMPARE(BibtexExporter::escapeText(input, mode), expected);
}

void TestExporters::bibtexCitationKeyBase_data()
{
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("arxivId");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("appeared");
    QTest::addColumn<QString>("expected");

    const QString id = u"2401.01234"_s;
    const QDate none;
    QTest::newRow("surname year word") << u"Wei Zhu"_s << id << u"Deformable 3D Gaussians"_s << none
                                       << u"zhu2024deformable"_s;
    QTest::newRow("stop words skipped") << u"Wei Zhu"_s << id << u"On the Importance of Being Gaussian"_s << none
                                        << u"zhu2024importance"_s;
    QTest::newRow("diacritics folded") << u"Zoë Ångström-Čapek"_s << id << u"Études"_s << none
                                       << u"angstromcapek2024etudes"_s;
    QTest::newRow("eszett") << u"Hans Großmann"_s << id << u"Fields"_s << none << u"grossmann2024fields"_s;
    QTest::newRow("last comma first") << u"Müller, Anna"_s << id << u"Fields"_s << none << u"muller2024fields"_s;
    QTest::newRow("suffix skipped") << u"John Smith Jr."_s << id << u"Fields"_s << none << u"smith2024fields"_s;
    QTest::newRow("nickname skipped") << u"Wei Zhu (朱伟)"_s << id << u"Fields"_s << none << u"zhu2024fields"_s;
    QTest::newRow("chinese name") << u"李明"_s << id << u"Fields"_s << none << u"anon2024fields"_s;
    QTest::newRow("no authors") << QString() << id << u"Fields"_s << none << u"anon2024fields"_s;
    QTest::newRow("old style id") << u"Wei Zhu"_s << u"hep-th/9901001"_s << u"Strings"_s << none << u"zhu1999strings"_s;
    QTest::newRow("year from appearance")
        << u"Wei Zhu"_s << QString() << u"Fields"_s << QDate(2023, 5, 2) << u"zhu2023fields"_s;
    QTest::newRow("no year") << u"Wei Zhu"_s << QString() << u"Fields"_s << none << u"zhufields"_s;
    QTest::newRow("math skipped") << u"Wei Zhu"_s << id << u"$\\mathcal{X}$-Net: Universal Fields"_s << none
                                  << u"zhu2024net"_s;
    QTest::newRow("command skipped") << u"Wei Zhu"_s << id << u"\\textbf{Bold} Ideas"_s << none << u"zhu2024bold"_s;
    QTest::newRow("umlaut word") << u"Wei Zhu"_s << id << u"Über-Fast NeRF"_s << none << u"zhu2024uber"_s;
    QTest::newRow("full-width letters") << u"Wei Zhu"_s << id << u"Ｎｅｒｆ Ｓｔｕｄｉｏ"_s << none << u"zhu2024nerf"_s;
    QTest::newRow("single letter skipped") << u"Wei Zhu"_s << id << u"X-Ray Gaussians"_s << none << u"zhu2024ray"_s;
    QTest::newRow("digits and letters") << u"Wei Zhu"_s << id << u"3D Gaussian Splatting"_s << none << u"zhu20243d"_s;
    QTest::newRow("pure number skipped") << u"Wei Zhu"_s << id << u"2024: A Year of Fields"_s << none
                                         << u"zhu2024year"_s;
    QTest::newRow("no significant word") << u"Wei Zhu"_s << id << u"On the"_s << none << u"zhu2024"_s;
    QTest::newRow("chinese title") << u"Wei Zhu"_s << id << u"扩散模型 Survey"_s << none << u"zhu2024survey"_s;
    QTest::newRow("invalid id month") << u"Wei Zhu"_s << u"2413.01234"_s << u"Fields"_s << none << u"zhufields"_s;
}

void TestExporters::bibtexCitationKeyBase()
{
    QFETCH(QString, author);
    QFETCH(QString, arxivId);
    QFETCH(QString, title);
    QFETCH(QDate, appeared);
    QFETCH(QString, expected);
    QCOMPARE(BibtexExporter::citationKeyBase(keyPaper(author, arxivId, title, appeared)), expected);
}

void TestExporters::bibtexDuplicateKeysGetLetterSuffixesInInputOrder()
{
    const QString id = u"2401.01234"_s;
    const QList<PaperDetails> papers = {
        keyPaper(u"Wei Zhu"_s, id, u"Deformable Fields"_s),
        keyPaper(u"Ann Smith"_s, u"2305.00001"_s, u"Other"_s),
        keyPaper(u"Wei Zhu"_s, u"2401.09999"_s, u"Deformable Splats"_s),
        // Its base is what the first duplicate would get as "a": it keeps it.
        keyPaper(u"Wei Zhu"_s, id, u"Deformablea Things"_s),
    };
    QCOMPARE(BibtexExporter::citationKeys(papers),
             QStringList(
                 {u"zhu2024deformableb"_s, u"smith2023other"_s, u"zhu2024deformablec"_s, u"zhu2024deformablea"_s}));

    // After "z" the suffixes go on with "aa".
    const QList<PaperDetails> many(28, keyPaper(u"Wei Zhu"_s, id, u"Fields"_s));
    const QStringList keys = BibtexExporter::citationKeys(many);
    QCOMPARE(keys.first(), u"zhu2024fieldsa"_s);
    QCOMPARE(keys.at(25), u"zhu2024fieldsz"_s);
    QCOMPARE(keys.at(26), u"zhu2024fieldsaa"_s);
    QCOMPARE(keys.at(27), u"zhu2024fieldsab"_s);
}

void TestExporters::bibtexKeysAreUniqueAndDeterministic()
{
    QList<PaperDetails> papers;
    for (const QString &hostile : hostileStrings) {
        papers.append(keyPaper(hostile, QString(), hostile));
        papers.append(keyPaper(u"Wei Zhu"_s, u"2401.01234"_s, hostile));
    }
    papers.append(samplePaper());
    papers.append(samplePaper());
    const QStringList keys = BibtexExporter::citationKeys(papers);
    QCOMPARE(keys.size(), papers.size());
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
    QCOMPARE(BibtexExporter::citationKeys(papers), keys);
    QCOMPARE(BibtexExporter::exportPapers(papers), BibtexExporter::exportPapers(papers));

    QList<BibEntry> entries;
    QCOMPARE(parseBibtex(BibtexExporter::exportPapers(papers), &entries), QString());
    QCOMPARE(entries.size(), papers.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QCOMPARE(entries[i].key, keys[i]);
    }
}

void TestExporters::bibtexProtectsNamesThatBibtexWouldSplit()
{
    PaperDetails paper = samplePaper();
    paper.text.authors = {u"Smith and Jones"_s,
                          u"Müller, Anna"_s,
                          u"Ann AND Bob"_s,
                          u"others"_s,
                          u"Andrea Andersen"_s,
                          u"  "_s,
                          u"O'Brien_X"_s};
    QList<BibEntry> entries;
    QCOMPARE(parseBibtex(BibtexExporter::exportPapers({paper}), &entries), QString());
    QCOMPARE(entries.size(), 1);
    const auto author = std::find_if(entries[0].fields.cbegin(), entries[0].fields.cend(), [](const auto &field) {
        return field.first == u"author";
    });
    QVERIFY(author != entries[0].fields.cend());
    QCOMPARE(author->second,
             u"{Smith and Jones} and {Müller, Anna} and {Ann AND Bob} and {others} and Andrea Andersen and "
             u"O'Brien\\_X"_s);
}

void TestExporters::bibtexHostileInputStaysValid_data()
{
    QTest::addColumn<QString>("hostile");
    // Numbered rows: the strings hold line breaks and control characters that
    // would garble the log; a failure message quotes the offending value.
    for (qsizetype i = 0; i < hostileStrings.size(); ++i) {
        QTest::addRow("hostile %d", int(i)) << hostileStrings[i];
    }
}

void TestExporters::bibtexHostileInputStaysValid()
{
    QFETCH(QString, hostile);
    PaperDetails local = localPaper();
    local.text.title = hostile;
    local.text.authors = {hostile, u"Wei Zhu"_s};
    local.text.comment = hostile;
    local.text.pdfUrl = u"https://example.org/"_s + hostile;
    local.topics = {hostile};
    local.tags = {{hostile, TagKind::User}};
    PaperDetails arxiv = samplePaper();
    arxiv.text.title = u"Before "_s + hostile + u" after"_s;
    arxiv.text.comment = hostile + hostile;

    const QString output = BibtexExporter::exportPapers({local, arxiv, local});
    QList<BibEntry> entries;
    QCOMPARE(parseBibtex(output, &entries), QString());
    QCOMPARE(entries.size(), 3);
    for (const BibEntry &entry : std::as_const(entries)) {
        QCOMPARE(entry.type, u"misc"_s);
        QCOMPARE(entry.fields.first().first, u"title"_s);
    }
    QCOMPARE(entries[0].key == entries[2].key, false);
    // Every line is a field, an entry head or end, or blank: no value broke out.
    for (const QStringView line : QStringView(output).split(u'\n')) {
        QVERIFY2(line.isEmpty() || line.startsWith(u"@misc{") || line == u"}" || line.startsWith(u"  "),
                 qPrintable(line.toString()));
    }
}

// --- Markdown ------------------------------------------------------------------

void TestExporters::markdownWritesTheDigestFormat()
{
    const QString expected = uR"md(---
title: 3DGS
date: 2024-01-09 00:00:00
tags:
    - 3DGS
categories: Paper
---

# 2024-01-09 更新

## Deformable 3D Gaussians for Real-Time Rendering

**Authors:Wei Zhu, Anna Müller, 李明**

We present deformable Gaussians. Code: https://github.com/example/dgs

[PDF](http://arxiv.org/abs/2401.01234v2) 12 pages, 5 figures

**Summary**
本文提出了可变形高斯。

**Key Takeaways**
- 提出可变形高斯表示。
- 实现实时渲染。

**[ChatPaperFree](https://huggingface.co/spaces/Kedreamix/ChatPaperFree)**

1. Title: 可变形三维高斯实时渲染
2. Authors: Wei Zhu, Anna Müller, 李明
3. Affiliation: 清华大学
4. Keywords: 三维高斯, 实时渲染
5. Urls: https://arxiv.org/abs/2401.01234, Github: None
6. Summary: (1) 研究背景：动态场景。
    (2) 过去的方法：速度慢。
7. Methods: (1) 变形场。
8. Conclusion: (1) 意义：实时。

<details>
  <summary>点此查看论文截图</summary>
<img src="https://pic.example.com/a.jpg" align="middle">
<img src="https://pic.example.com/b.jpg" align="middle">
</details>
)md"_s;
    QCOMPARE(MarkdownExporter::exportPapers({samplePaper()}, u"3DGS"_s, QDate(2024, 1, 9)), expected);
}

void TestExporters::markdownWithoutArxivIdLinksTheStoredPdfUrl()
{
    PaperDetails paper = localPaper();
    paper.text.pdfUrl = u"https://example.org/my paper (v2).pdf"_s;
    const QString output = MarkdownExporter::exportPapers({paper}, u"元宇宙/虚拟人: review"_s, QDate(2023, 5, 2));
    // Spaces and parentheses would end the link target early.
    QVERIFY(output.contains(u"\n\n[PDF](https://example.org/my%20paper%20%28v2%29.pdf)\n\n"_s));
    // A topic that is not a plain YAML scalar is single-quoted, in the title and the tag.
    QVERIFY(
        output.startsWith(u"---\ntitle: '元宇宙/虚拟人: review'\ndate: 2023-05-02 00:00:00\n"
                          u"tags:\n    - '元宇宙/虚拟人: review'\ncategories: Paper\n---\n\n# 2023-05-02 更新\n"_s));
    // Empty sections are left out; the ChatPaperFree line and <details> always stay.
    QVERIFY(output.endsWith(u"\n**[ChatPaperFree](https://huggingface.co/spaces/Kedreamix/ChatPaperFree)**\n\n"
                            u"<details>\n  <summary>点此查看论文截图</summary>\n</details>\n"_s));
    QVERIFY(!output.contains(u"**Summary**"_s));
    QVERIFY(!output.contains(u"**Key Takeaways**"_s));
}

void TestExporters::markdownBlockTextEscapesStructure_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"We propose a method."_s << u"We propose a method."_s;
    QTest::newRow("heading") << u"# 2024-01-01 更新"_s << u"\\# 2024-01-01 更新"_s;
    QTest::newRow("paper heading") << u"## Injected"_s << u"\\## Injected"_s;
    QTest::newRow("authors line") << u"**Authors:Mallory**"_s << u"\\*\\*Authors:Mallory**"_s;
    QTest::newRow("pdf line") << u"[PDF](http://arxiv.org/abs/9999.99999v1)"_s
                              << u"\\[PDF](http://arxiv.org/abs/9999.99999v1)"_s;
    QTest::newRow("details tag") << u"<details>"_s << u"&lt;details>"_s;
    QTest::newRow("details later") << u"see <details> and </details>"_s << u"see &lt;details> and &lt;/details>"_s;
    QTest::newRow("quote") << u"> quoted"_s << u"\\> quoted"_s;
    QTest::newRow("bullet") << u"- item"_s << u"\\- item"_s;
    QTest::newRow("star bullet") << u"* item"_s << u"\\* item"_s;
    QTest::newRow("rule") << u"---"_s << u"\\-\\-\\-"_s;
    QTest::newRow("setext underline") << u"==="_s << u"\\==="_s;
    QTest::newRow("ordered item") << u"7. Methods: fake"_s << u"7\\. Methods: fake"_s;
    QTest::newRow("ordered paren") << u"12) twelve"_s << u"12\\) twelve"_s;
    QTest::newRow("fence") << u"```cpp"_s << u"\\`\\`\\`cpp"_s;
    QTest::newRow("hyphenated word kept") << u"-based methods"_s << u"-based methods"_s;
    QTest::newRow("decimal kept") << u"3.5x faster"_s << u"3.5x faster"_s;
    QTest::newRow("comparison kept") << u"a < b and c<3"_s << u"a < b and c<3"_s;
    QTest::newRow("newlines collapse") << u"line\n## two\n<details>"_s << u"line ## two &lt;details>"_s;
    QTest::newRow("leading space trimmed") << u"    # code"_s << u"\\# code"_s;
    QTest::newRow("chinese") << u"本文提出了一种方法。"_s << u"本文提出了一种方法。"_s;
}

void TestExporters::markdownBlockTextEscapesStructure()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(MarkdownExporter::blockText(input), expected);
}

void TestExporters::markdownInlineTextCollapsesLinesAndTags_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"Title"_s << u"Title"_s;
    QTest::newRow("heading marks stay") << u"# Title"_s << u"# Title"_s;
    QTest::newRow("line breaks") << u"A\r\nB\nC\u2028D"_s << u"A B C D"_s;
    QTest::newRow("script") << u"<script>alert(1)</script>"_s << u"&lt;script>alert(1)&lt;/script>"_s;
    QTest::newRow("comment") << u"<!-- x -->"_s << u"&lt;!-- x -->"_s;
    QTest::newRow("format placeholders") << u"%1 %2"_s << u"%1 %2"_s;
    QTest::newRow("zero width and controls") << u"a\u200Bb\u0007c"_s << u"abc"_s;
}

void TestExporters::markdownInlineTextCollapsesLinesAndTags()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(MarkdownExporter::inlineText(input), expected);
}

void TestExporters::markdownHostileFieldsCannotAddStructure()
{
    PaperDetails paper = samplePaper();
    paper.text.title = u"# 2023-01-01 更新\n## Injected <details>"_s;
    paper.text.authors = {u"Evil** Name"_s, u"<img src=x>"_s};
    paper.text.abstract = u"**Authors:Mallory**\n[PDF](http://arxiv.org/abs/9999.99999v1)\n<details><img src=\"x\">"_s;
    paper.text.comment = u"%1 <details>\n## comment heading"_s;
    paper.text.summaryZh = u"**[ChatPaperFree](x)**\n---"_s;
    paper.text.takeawaysZh = {u"**Key Takeaways**"_s, u"- nested"_s, u"<script>alert(1)</script>"_s, u"\n"_s};
    paper.text.structured.methods = u"ok\n7. Conclusion: fake\n## heading\n<details>\n---\n[PDF](x)"_s;
    paper.text.structured.keywords = {u"a\nb"_s, u" \n "_s, u"c"_s};
    paper.screenshots = {{u"x\" onerror=\"alert(1)"_s, false}, {u"<b>"_s, false}};

    const QString output = MarkdownExporter::exportPapers({paper, localPaper()}, u"Topic"_s, QDate(2024, 1, 9));
    QCOMPARE(linesStartingWith(output, u"# "), 1);
    QCOMPARE(linesStartingWith(output, u"## "), 2);
    QCOMPARE(linesStartingWith(output, u"**Authors"), 2);
    QCOMPARE(linesStartingWith(output, u"[PDF]("), 2);
    QCOMPARE(linesStartingWith(output, u"**Summary**"), 1);
    QCOMPARE(linesStartingWith(output, u"**Key Takeaways**"), 1);
    QCOMPARE(linesStartingWith(output, u"**[ChatPaperFree]"), 2);
    QCOMPARE(linesStartingWith(output, u"<details>"), 2);
    QCOMPARE(linesStartingWith(output, u"</details>"), 2);
    QCOMPARE(linesStartingWith(output, u"---"), 2);
    QCOMPARE(linesStartingWith(output, u"7. "), 1);
    QCOMPARE(output.count(u"<img"_s), 2);
    QCOMPARE(output.count(u"<details>"_s), 2);
    QVERIFY(!output.contains(u"<script>"_s));
    QVERIFY(output.contains(u"\n4. Keywords: a b, c\n"_s));
    QVERIFY(output.contains(u"<img src=\"x%22%20onerror=%22alert(1)\" align=\"middle\">"_s));
    QVERIFY(output.contains(u"\n- \\*\\*Key Takeaways**\n- \\- nested\n- &lt;script>"_s));
    QVERIFY(output.contains(u"\n7. Methods: ok\n    7\\. Conclusion: fake\n    \\## heading\n    &lt;details>\n"
                            u"    \\---\n    \\[PDF](x)\n"_s));

    // The importer sees exactly the two entries, with the neutralised text.
    const ParsedDigest digest = DigestParser::parse(output.toUtf8(), u"hostile.md"_s);
    if (digest.skipReason != u"parser not implemented yet") {
        QCOMPARE(digest.entries.size(), 2);
        const DigestEntry &read = digest.entries.first();
        QCOMPARE(read.title, MarkdownExporter::inlineText(paper.text.title));
        QCOMPARE(read.abstract, MarkdownExporter::blockText(paper.text.abstract));
        QCOMPARE(read.arxivId, paper.arxivId);
        QCOMPARE(read.comment, MarkdownExporter::inlineText(paper.text.comment));
        // The importer drops bold markers from summaries; the escaped start stays.
        QVERIFY(read.summaryZh.startsWith(u"\\*\\*[ChatPaperFree](x)"_s));
        QCOMPARE(read.takeawaysZh.size(), 3);
        QCOMPARE(read.screenshots.size(), 2);
    }
}

void TestExporters::markdownRoundTripsThroughTheDigestParser()
{
    PaperDetails noisy = samplePaper();
    noisy.id = u"2402.00002"_s;
    noisy.arxivId = u"2402.00002"_s;
    noisy.arxivVersion = 0;
    noisy.text.title = u"Fast $\\mathcal{O}(n)$ Splatting: 100% {Real-Time}"_s;
    noisy.text.authors = {u"Zoë Çelik"_s, u"Jean-Luc Picard"_s};
    noisy.text.comment = u"CVPR 2024 %1, code: https://github.com/example/fast"_s;
    noisy.text.pdfUrl = u"http://arxiv.org/abs/2402.00002"_s;
    const QList<PaperDetails> papers = {samplePaper(), noisy, localPaper()};
    const QString markdown = MarkdownExporter::exportPapers(papers, u"3DGS"_s, QDate(2024, 1, 9));

    const ParsedDigest digest = DigestParser::parse(markdown.toUtf8(), u"export.md"_s);
    if (!digest.isDigest && digest.skipReason == u"parser not implemented yet") {
        QSKIP("DigestParser is still a stub");
    }
    QVERIFY2(digest.isDigest, qPrintable(digest.skipReason));
    QCOMPARE(digest.topic, u"3DGS"_s);
    QCOMPARE(digest.date, QDate(2024, 1, 9));
    QCOMPARE(digest.entries.size(), papers.size());
    for (qsizetype i = 0; i < papers.size(); ++i) {
        const DigestEntry &read = digest.entries[i];
        const PaperDetails &paper = papers[i];
        QCOMPARE(read.title, paper.text.title);
        QCOMPARE(read.authors, paper.text.authors);
        QCOMPARE(read.abstract, paper.text.abstract);
        QCOMPARE(read.pdfUrl, paper.text.pdfUrl);
        QCOMPARE(read.arxivId, paper.arxivId);
        QCOMPARE(read.arxivVersion, paper.arxivVersion);
        QCOMPARE(read.comment, paper.text.comment);
        QCOMPARE(read.summaryZh, paper.text.summaryZh);
        QCOMPARE(read.takeawaysZh, paper.text.takeawaysZh);
        QCOMPARE(read.structured, paper.text.structured);
        QStringList screenshots;
        for (const Screenshot &screenshot : paper.screenshots) {
            screenshots.append(screenshot.url);
        }
        QCOMPARE(read.screenshots, screenshots);
    }
}

// --- CSV -----------------------------------------------------------------------

void TestExporters::csvWritesHeaderAndCrlfRecords()
{
    const QString expected =
        u"id,arxiv_id,arxiv_version,title,authors,date,topics,tags,status,rating,screenshots,pdf_url,summary_zh\r\n"
        u"2401.01234,2401.01234,2,Deformable 3D Gaussians for Real-Time Rendering,Wei Zhu; Anna Müller; 李明,"
        u"2024-01-09,3DGS; NeRF,keyword:三维高斯; topic:3DGS; topic:NeRF; user:to-cite,reading,4,2,"
        u"http://arxiv.org/abs/2401.01234v2,本文提出了可变形高斯。\r\n"
        u"t-3f2a9c,,,A Survey of Neural Fields,Zoë Çelik,2023-05-02,NeRF,,unread,0,0,"
        u"https://example.org/papers/survey.pdf,\r\n"_s;
    QCOMPARE(CsvExporter::exportPapers({samplePaper(), localPaper()}), expected);
}

void TestExporters::csvGuardsFormulaCells_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"plain"_s << u"plain"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("equals") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
    QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("carriage return") << u"\rx"_s << u"\"'\rx\""_s;
    QTest::newRow("formula with comma") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                                        << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
    QTest::newRow("equals later is fine") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("line feed") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("chinese") << u"中文，标点"_s << u"中文，标点"_s;
}

void TestExporters::csvGuardsFormulaCells()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(CsvExporter::field(input), expected);
}

void TestExporters::csvHostileFieldsReadBackFieldByField()
{
    const QStringList values = hostileStrings + QStringList{u"=cmd|' /C calc'!A0"_s, u"-1"_s, u"@x"_s};
    QList<PaperDetails> papers;
    for (const QString &hostile : values) {
        PaperDetails paper = localPaper();
        paper.id = hostile;
        paper.text.title = hostile;
        paper.text.authors = {hostile, u"B"_s};
        paper.text.summaryZh = hostile;
        paper.text.pdfUrl = hostile;
        paper.tags = {{hostile, TagKind::User}};
        papers.append(paper);
    }
    QList<QStringList> records;
    QCOMPARE(readCsv(CsvExporter::exportPapers(papers), &records), QString());
    QCOMPARE(records.size(), values.size() + 1);
    const auto guarded = [](const QString &value) {
        const bool formula = !value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front());
        return formula ? u"'"_s + value : value;
    };
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QStringList &record = records[i + 1];
        QCOMPARE(record.size(), 13);
        QCOMPARE(record[0], guarded(values[i]));
        QCOMPARE(record[1], QString());
        QCOMPARE(record[3], guarded(values[i]));
        QCOMPARE(record[4], guarded(values[i] + u"; B"_s));
        QCOMPARE(record[6], u"NeRF"_s);
        QCOMPARE(record[7], u"user:"_s + values[i]);
        QCOMPARE(record[11], guarded(values[i]));
        QCOMPARE(record[12], guarded(values[i]));
    }
}

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
