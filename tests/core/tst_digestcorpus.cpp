#include "core/digest/digestparser.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace PaperShelf::Core;
using namespace Qt::Literals::StringLiterals;

// Runs the parser over the real digests named by PAPERSHELF_CORPUS (a folder
// of dated sub-folders, see the corpus README). Skipped when the variable is
// not set, so the suite never depends on data outside the repository.
class TestDigestCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void skipsOnlyTheNotes();
    void everyEntryIsComplete();
    void entriesMatchTheRawFiles();
    void structuredFieldsAreMostlyFilled();

private:
    struct CorpusFile
    {
        QString relativePath;
        QByteArray bytes;
        ParsedDigest digest;
        bool inDatedFolder = false;
    };

    QList<CorpusFile> m_files;
};

void TestDigestCorpus::initTestCase()
{
    const QString root = qEnvironmentVariable("PAPERSHELF_CORPUS");
    if (root.isEmpty()) {
        QSKIP("PAPERSHELF_CORPUS is not set");
    }
    QVERIFY2(QDir(root).exists(), qPrintable(root));

    QDirIterator it(root, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        CorpusFile corpusFile;
        corpusFile.relativePath = QDir(root).relativeFilePath(path);
        corpusFile.bytes = file.readAll();
        static const QRegularExpression datedFolder(u"^\\d{4}-\\d{2}-\\d{2}/"_s);
        corpusFile.inDatedFolder = datedFolder.match(corpusFile.relativePath).hasMatch();
        m_files.append(corpusFile);
    }
    std::sort(m_files.begin(), m_files.end(), [](const CorpusFile &a, const CorpusFile &b) {
        return a.relativePath < b.relativePath;
    });
    QVERIFY(!m_files.isEmpty());

    qsizetype bytes = 0;
    QElapsedTimer timer;
    timer.start();
    for (CorpusFile &file : m_files) {
        file.digest = DigestParser::parse(file.bytes, file.relativePath);
        bytes += file.bytes.size();
    }
    qInfo("parsed %lld files (%lld bytes) in %lld ms",
          qlonglong(m_files.size()),
          qlonglong(bytes),
          qlonglong(timer.elapsed()));
}

void TestDigestCorpus::skipsOnlyTheNotes()
{
    // Digests live in dated folders; the top-level files are blog notes (and
    // the corpus README), which must be skipped with a reason.
    int skipped = 0;
    int warnings = 0;
    for (const CorpusFile &file : std::as_const(m_files)) {
        if (file.inDatedFolder) {
            QVERIFY2(file.digest.isDigest, qPrintable(file.relativePath + u": "_s + file.digest.skipReason));
        } else {
            QVERIFY2(!file.digest.isDigest, qPrintable(file.relativePath));
            QVERIFY(!file.digest.skipReason.isEmpty());
            ++skipped;
        }
        warnings += int(file.digest.warnings.size());
    }
    qInfo("%d files skipped, %d warnings", skipped, warnings);
    QVERIFY(skipped >= 1);
}

void TestDigestCorpus::everyEntryIsComplete()
{
    QStringList problems;
    for (const CorpusFile &file : std::as_const(m_files)) {
        for (const DigestEntry &entry : file.digest.entries) {
            QStringList missing;
            if (entry.title.isEmpty()) {
                missing.append(u"title"_s);
            }
            if (entry.authors.isEmpty()) {
                missing.append(u"authors"_s);
            }
            if (entry.abstract.isEmpty()) {
                missing.append(u"abstract"_s);
            }
            if (entry.arxivId.isEmpty()) {
                missing.append(u"arXiv id"_s);
            }
            if (entry.summaryZh.isEmpty()) {
                missing.append(u"summary"_s);
            }
            if (entry.screenshots.isEmpty()) {
                missing.append(u"screenshots"_s);
            }
            if (!missing.isEmpty()) {
                problems.append(u"%1:%2 lacks %3"_s.arg(file.relativePath).arg(entry.line).arg(missing.join(u", "_s)));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
}

void TestDigestCorpus::entriesMatchTheRawFiles()
{
    // Independent counts straight from the bytes: every "## " line is one
    // entry, every [PDF](arxiv) link names the paper.
    static const QRegularExpression arxivLink(u"\\[PDF\\]\\(https?://arxiv\\.org/(?:abs|pdf)/(\\d{4}\\.\\d{4,5})"_s);
    qsizetype headingLines = 0;
    qsizetype entries = 0;
    QSet<QString> rawIds;
    QSet<QString> parsedIds;
    for (const CorpusFile &file : std::as_const(m_files)) {
        if (!file.digest.isDigest) {
            continue;
        }
        const QString text = QString::fromUtf8(file.bytes);
        for (const QStringView line : QStringView(text).split(u'\n')) {
            headingLines += line.startsWith(u"## ") ? 1 : 0;
        }
        for (auto it = arxivLink.globalMatch(text); it.hasNext();) {
            rawIds.insert(it.next().captured(1));
        }
        entries += file.digest.entries.size();
        for (const DigestEntry &entry : file.digest.entries) {
            parsedIds.insert(entry.arxivId);
        }
    }
    qInfo("%lld entries, %lld distinct arXiv ids", qlonglong(entries), qlonglong(parsedIds.size()));
    QCOMPARE(entries, headingLines);
    QCOMPARE(parsedIds, rawIds);
}

void TestDigestCorpus::structuredFieldsAreMostlyFilled()
{
    struct Rate
    {
        const char *name;
        bool (*filled)(const DigestEntry &);
        int count = 0;
    };

    QList<Rate> rates{
        {"takeaways",
         [](const DigestEntry &e) {
        return !e.takeawaysZh.isEmpty();
         }},
        {"titleZh",
         [](const DigestEntry &e) {
        return !e.structured.titleZh.isEmpty();
         }},
        {"authors",
         [](const DigestEntry &e) {
        return !e.structured.authors.isEmpty();
         }},
        {"affiliation",
         [](const DigestEntry &e) {
        return !e.structured.affiliation.isEmpty();
         }},
        {"keywords",
         [](const DigestEntry &e) {
        return !e.structured.keywords.isEmpty();
         }},
        {"urls",
         [](const DigestEntry &e) {
        return !e.structured.urls.isEmpty();
         }},
        {"summary",
         [](const DigestEntry &e) {
        return !e.structured.summary.isEmpty();
         }},
        {"methods",
         [](const DigestEntry &e) {
        return !e.structured.methods.isEmpty();
         }},
        {"conclusion",
         [](const DigestEntry &e) {
        return !e.structured.conclusion.isEmpty();
         }},
        {"summary or conclusion",
         [](const DigestEntry &e) {
        return !e.structured.summary.isEmpty() || !e.structured.conclusion.isEmpty();
         }},
        {"any structured field",
         [](const DigestEntry &e) {
        return !e.structured.isEmpty();
         }},
        };
    int total = 0;
    for (const CorpusFile &file : std::as_const(m_files)) {
        for (const DigestEntry &entry : file.digest.entries) {
            ++total;
            for (Rate &rate : rates) {
                rate.count += rate.filled(entry) ? 1 : 0;
            }
        }
    }
    QVERIFY(total > 0);
    for (const Rate &rate : std::as_const(rates)) {
        qInfo("%-22s %5d / %d (%.1f %%)", rate.name, rate.count, total, 100.0 * rate.count / total);
    }
    const auto percent = [&](int index) {
        return 100.0 * rates.at(index).count / total;
    };
    // The README counts the missing items over the published year: no field is
    // absent from more than ~12 % of the entries.
    QVERIFY(percent(0) >= 99.0);
    for (int i = 1; i <= 8; ++i) {
        QVERIFY2(percent(i) >= 80.0, rates.at(i).name);
    }
    QVERIFY(percent(9) >= 95.0);
    QVERIFY(percent(10) >= 99.0);
}

QTEST_GUILESS_MAIN(TestDigestCorpus)
#include "tst_digestcorpus.moc"
