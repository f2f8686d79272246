#include "core/db/database.h"
#include "core/db/paperrepository.h"
#include "core/import/importer.h"
#include "librarytestutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

#include <atomic>

using namespace PaperShelf::Core;
using namespace PaperShelf::Tests;

// The importer against real files: fixtures from tests/data and bad input made at run time.
class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importsEveryFixture();
    void badInputLeavesTheLibraryAsItWas_data();
    void badInputLeavesTheLibraryAsItWas();
    void encodingVariantsGiveTheSameText();
    void titlesLoseZeroWidthAndNonBreakingSpaces();
    void invalidUtf8IsKeptWithReplacementCharacters();
    void truncatedFileKeepsItsCompleteEntries();
    void htmlStaysText();
    void failingFileLeavesNoTraceAndOthersImport();
    void cancelKeepsWhatWasImported();
    void progressReportsEveryFile();
    void fiftyMegabyteFileImports();
    void demoDigestImportsCleanly();

private:
    QString fixture(const QString &name) const;
    QString write(const QString &name, const QByteArray &content);
    ImportReport import(const QStringList &paths);
    std::optional<PaperDetails> paper(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Database>> db = Database::open(m_dir->filePath(QStringLiteral("library.papershelf")));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(*db);
}

void TestImporter::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestImporter::fixture(const QString &name) const
{
    return QStringLiteral(PAPERSHELF_TEST_DATA "/digests/") + name;
}

QString TestImporter::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qWarning() << "cannot write" << path;
    }
    return path;
}

ImportReport TestImporter::import(const QStringList &paths)
{
    Importer importer(*m_db);
    return importer.importPaths(paths);
}

std::optional<PaperDetails> TestImporter::paper(const QString &id)
{
    PaperRepository papers(m_db->connection());
    const Result<std::optional<PaperDetails>> found = papers.paper(id);
    return found ? *found : std::nullopt;
}

void TestImporter::importsEveryFixture()
{
    const ImportReport report = import({QStringLiteral(PAPERSHELF_TEST_DATA "/digests")});
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.value(0).message));
    QCOMPARE(report.files, 25);
    QCOMPARE(report.skipped.size(), 2);
    QCOMPARE(report.digests, 23);
    QVERIFY(report.papersAdded > 40);
    for (const ImportReport::Warning &warning : report.warnings) {
        QVERIFY2(!warning.path.isEmpty() && !warning.message.isEmpty(), qPrintable(warning.message));
    }
    QVERIFY(m_db->integrityProblems().isEmpty());

    const ImportReport again = import({QStringLiteral(PAPERSHELF_TEST_DATA "/digests")});
    QCOMPARE(again.papersAdded, 0);
    QCOMPARE(again.papersUpdated, 0);
    QCOMPARE(again.papersUnchanged, report.papersAdded);
}

void TestImporter::badInputLeavesTheLibraryAsItWas_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectSkipOrError");
    QByteArray garbage(64 * 1024, '\0');
    quint32 state = 12345;
    for (char &byte : garbage) {
        state = state * 1103515245U + 12345U;
        byte = static_cast<char>(state >> 24);
    }
    QTest::newRow("empty file") << QStringLiteral("empty.md") << QByteArray() << QStringLiteral("skip");
    QTest::newRow("binary garbage") << QStringLiteral("garbage.md") << garbage << QStringLiteral("skip");
    QTest::newRow("front matter only") << QStringLiteral("front.md")
                                       << QByteArray("---\ntitle: NeRF\ndate: 2024-01-01\n---\n")
                                       << QStringLiteral("skip");
    QTest::newRow("unparseable front matter, no body")
        << QStringLiteral("bad-front.md") << QByteArray("---\n: : :\n\x01\x02\n---\n# not a digest\n")
        << QStringLiteral("skip");
    QTest::newRow("missing path") << QStringLiteral("does/not/exist.md") << QByteArray("(missing)")
                                  << QStringLiteral("error");
    QTest::newRow("folder without digests")
        << QStringLiteral("empty-folder/") << QByteArray() << QStringLiteral("skip");
}

void TestImporter::badInputLeavesTheLibraryAsItWas()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, expectSkipOrError);
    QVERIFY(import({QStringLiteral(PAPERSHELF_TEST_DATA "/cli")}).errors.isEmpty());
    const QString before = dumpLibrary(m_db->connection());

    QString path = m_dir->filePath(name);
    if (name.endsWith(QLatin1Char('/'))) {
        QVERIFY(QDir().mkpath(path));
        write(name + QStringLiteral("readme.txt"), "not markdown");
    } else if (content != "(missing)") {
        path = write(name, content);
    }
    const ImportReport report = import({path});
    QCOMPARE(dumpLibrary(m_db->connection()), before);
    QCOMPARE(report.digests, 0);
    if (expectSkipOrError == QLatin1String("skip")) {
        QCOMPARE(report.skipped.size(), 1);
        QVERIFY(!report.skipped.first().reason.isEmpty());
        QVERIFY(report.errors.isEmpty());
    } else {
        QCOMPARE(report.errors.size(), 1);
        QCOMPARE(report.errors.first().path, path);
    }
}

void TestImporter::encodingVariantsGiveTheSameText()
{
    // LF, CRLF and BOM versions of one digest, each into its own library.
    QList<PaperDetails> versions;
    for (const char *name : {"english-labels.md", "english-labels-crlf.md", "english-labels-bom.md"}) {
        cleanup();
        init();
        const ImportReport report = import({fixture(QString::fromLatin1(name))});
        QVERIFY2(report.errors.isEmpty() && report.digests == 1, name);
        const std::optional<PaperDetails> details = paper(QStringLiteral("2408.04567"));
        QVERIFY(details);
        versions.append(*details);
    }
    QVERIFY(versions[0].text.abstract.startsWith(QStringLiteral("We route tokens")));
    for (const PaperDetails &other : std::as_const(versions)) {
        QCOMPARE(other.text, versions[0].text);
        QCOMPARE(other.topics, versions[0].topics);
    }
}

void TestImporter::titlesLoseZeroWidthAndNonBreakingSpaces()
{
    QVERIFY(import({fixture(QStringLiteral("whitespace-title.md"))}).errors.isEmpty());
    const std::optional<PaperDetails> details = paper(QStringLiteral("2403.09876"));
    QVERIFY(details);
    QCOMPARE(details->text.title, QStringLiteral("Neural Tides: Learning Ocean $\\mathcal{O}(n)$ Flows"));
    QVERIFY(!details->text.title.contains(QChar(0x200B)));
    QVERIFY(!details->text.title.contains(QChar(0x00A0)));
    QVERIFY(paper(QStringLiteral("2403.09877")));
}

void TestImporter::invalidUtf8IsKeptWithReplacementCharacters()
{
    const ImportReport report = import({fixture(QStringLiteral("invalid-utf8.md"))});
    QVERIFY(report.errors.isEmpty());
    QCOMPARE(report.digests, 1);
    bool warned = false;
    for (const ImportReport::Warning &warning : report.warnings) {
        warned = warned || (warning.message.contains(QStringLiteral("UTF-8")) && warning.line > 0);
    }
    QVERIFY(warned);
    const std::optional<PaperDetails> details = paper(QStringLiteral("2401.07777"));
    QVERIFY(details);
    const QString all = details->text.abstract + details->text.summaryZh + details->text.takeawaysZh.join(QString())
                      + details->text.title;
    QVERIFY(all.contains(QChar(0xFFFD)));
}

void TestImporter::truncatedFileKeepsItsCompleteEntries()
{
    const ImportReport report = import({fixture(QStringLiteral("truncated-structured.md"))});
    QVERIFY(report.errors.isEmpty());
    QVERIFY(paper(QStringLiteral("2409.01010")));
    bool warned = false;
    for (const ImportReport::Warning &warning : report.warnings) {
        warned = warned || warning.message.contains(QStringLiteral("truncated"));
    }
    QVERIFY(warned);
}

void TestImporter::htmlStaysText()
{
    QVERIFY(import({fixture(QStringLiteral("html-in-fields.md"))}).errors.isEmpty());
    const std::optional<PaperDetails> details = paper(QStringLiteral("2401.08888"));
    QVERIFY(details);
    QVERIFY(details->text.title.contains(QStringLiteral("<script>alert(\"title\")</script>")));
    QVERIFY(details->text.title.contains(QStringLiteral("<b>Bold</b>")));
}

void TestImporter::failingFileLeavesNoTraceAndOthersImport()
{
    const QString a = write(QStringLiteral("in/a.md"), [this] {
        QFile file(fixture(QStringLiteral("english-labels.md")));
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }());
    const QString b = write(QStringLiteral("in/b.md"), [this] {
        QFile file(fixture(QStringLiteral("whitespace-title.md")));
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }());
    const QString c = write(QStringLiteral("in/c.md"), [this] {
        QFile file(fixture(QStringLiteral("html-january.md")));
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }());
    // Fault injection on the importer's own connection: the second entry of b.md fails.
    QSqlQuery query(m_db->connection());
    QVERIFY(
        query.exec(QStringLiteral("CREATE TEMP TRIGGER explode BEFORE INSERT ON entries "
                                  "WHEN NEW.title LIKE 'Second Paper%' BEGIN SELECT RAISE(ABORT, 'injected'); END")));
    const ImportReport report = import({m_dir->filePath(QStringLiteral("in"))});
    QCOMPARE(report.errors.size(), 1);
    QVERIFY(report.errors.first().path.endsWith(QStringLiteral("b.md")));
    QVERIFY(report.errors.first().message.contains(QStringLiteral("injected")));
    QCOMPARE(report.digests, 2);
    QVERIFY(paper(QStringLiteral("2408.04567")));  // a.md
    QVERIFY(!paper(QStringLiteral("2403.09876"))); // b.md's first entry is gone too
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM digests WHERE source = 'b.md'")).toInt(),
             0);
    QVERIFY(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM digests WHERE source = 'c.md'")).toInt()
            == 1);
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER explode")));
    QVERIFY(m_db->integrityProblems().isEmpty());
    // The search index holds exactly what was stored.
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM fts_pending")).toInt(), 0);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM papers WHERE indexed_hash IS NULL"))
                 .toInt(),
             0);

    // Once the cause is gone, importing again completes the run.
    const ImportReport again = import({m_dir->filePath(QStringLiteral("in"))});
    QVERIFY(again.errors.isEmpty());
    QVERIFY(paper(QStringLiteral("2403.09876")));
}

void TestImporter::cancelKeepsWhatWasImported()
{
    std::atomic_bool cancel = false;
    Importer importer(*m_db);
    importer.setCancelFlag(&cancel);
    importer.setProgressCallback([&cancel](int done, int, const QString &) {
        if (done == 1) {
            cancel = true; // stop after the first file
        }
    });
    const ImportReport report = importer.importPaths(
        {fixture(QStringLiteral("english-labels.md")), fixture(QStringLiteral("whitespace-title.md"))});
    QVERIFY(report.cancelled);
    QCOMPARE(report.files, 1);
    QCOMPARE(report.digests, 1);
    QVERIFY(paper(QStringLiteral("2408.04567")));
    QVERIFY(!paper(QStringLiteral("2403.09876")));
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM fts_pending")).toInt(), 0);
}

void TestImporter::progressReportsEveryFile()
{
    QList<int> done;
    QStringList names;
    Importer importer(*m_db);
    importer.setProgressCallback([&done, &names](int count, int total, const QString &path) {
        QCOMPARE(total, 3);
        done.append(count);
        names.append(QFileInfo(path).fileName());
    });
    importer.importPaths({QStringLiteral(PAPERSHELF_TEST_DATA "/cli")});
    QCOMPARE(done, QList<int>({0, 1, 2, 3}));
    QCOMPARE(names,
             QStringList(
                 {QStringLiteral("NeRF.md"), QStringLiteral("3DGS.md"), QStringLiteral("reading-list.md"), QString()}));
}

void TestImporter::fiftyMegabyteFileImports()
{
    QFile templateFile(fixture(QStringLiteral("markdown-december.md")));
    QVERIFY(templateFile.open(QIODevice::ReadOnly));
    const QByteArray text = templateFile.readAll();
    const qsizetype firstEntry = text.indexOf("\n## ");
    const qsizetype secondEntry = text.indexOf("\n## ", firstEntry + 1);
    QVERIFY(firstEntry > 0);
    const QByteArray head = text.left(firstEntry + 1);
    const QByteArray entry = text.mid(firstEntry + 1, (secondEntry > 0 ? secondEntry : text.size()) - firstEntry - 1);
    const qsizetype idAt = entry.indexOf("arxiv.org/abs/");
    QVERIFY(idAt > 0);
    const QByteArray id = entry.mid(idAt + 14, 10);
    // Distinct ids so every copy is its own paper; the body fills ~50 MB.
    QByteArray big = head;
    int copies = 0;
    while (big.size() < 50 * 1024 * 1024) {
        QByteArray copy = entry;
        copy.replace(id,
                     QStringLiteral("25%1.%2")
                         .arg(copies / 100000, 2, 10, QLatin1Char('0'))
                         .arg(copies % 100000, 5, 10, QLatin1Char('0'))
                         .toLatin1());
        big += copy;
        ++copies;
    }
    const QString path = write(QStringLiteral("2024-12-31/big.md"), big);
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = import({path});
    qInfo("%d entries, %lld MB imported in %lld ms",
          copies,
          static_cast<long long>(big.size() >> 20),
          static_cast<long long>(timer.elapsed()));
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.value(0).message));
    QCOMPARE(report.entries, copies);
    QCOMPARE(report.papersAdded, copies);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM papers")).toInt(), copies);
}

void TestImporter::demoDigestImportsCleanly()
{
    const ImportReport report = import({QStringLiteral(PAPERSHELF_TEST_DATA "/../../resources/demo/demo-digest.md")});
    QVERIFY(report.errors.isEmpty());
    QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.value(0).message));
    QCOMPARE(report.papersAdded, 3);
    const std::optional<PaperDetails> crane = paper(QStringLiteral("2412.99902"));
    QVERIFY(crane);
    QCOMPARE(crane->arxivVersion, 2);
    QCOMPARE(crane->text.structured.keywords,
             QStringList({QStringLiteral("扩散模型"), QStringLiteral("折纸"), QStringLiteral("约束生成")}));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
