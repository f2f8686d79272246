#include "../core/librarytestutil.h"
#include "../support/clirunner.h"
#include "cli/cliapplication.h"
#include "core/annotations/annotationstore.h"
#include "core/annotations/usertagstore.h"
#include "core/db/database.h"
#include "core/db/schema.h"
#include "core/review/reviewstore.h"
#include "core/review/segmentfields.h"
#include "support/loopbackserver.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Drives the real papershelf-cli binary: the contract scripts and the GUI share.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importReportsEverythingAsJson();
    void reimportIsUnchanged();
    void importOfMissingPathFails();
    void listFiltersAndSorts_data();
    void listFiltersAndSorts();
    void listJsonHasTheDocumentedShape();
    void listFiltersByAnnotationsAndShelves_data();
    void listFiltersByAnnotationsAndShelves();
    void shelvesAreListedSavedAndRemoved();
    void showPrintsAllFields();
    void showUnknownIdExitsWithNotFound();
    void tagsCountTheFilteredSet();
    void exportsEveryFormat();
    void markdownExportRoundTrips();
    void correctedDigestExportReimportsWithTheCorrection();
    void statsAndCheck();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void unusableLibrariesExitWithThree_data();
    void unusableLibrariesExitWithThree();
    void lockedLibraryExitsWithThree();
    void helpIsComplete_data();
    void helpIsComplete();
    void staysEnglishInAChineseLocale();
    void annotationArchiveRoundTrip();
    void glossaryRoundTripsThroughFiles_data();
    void glossaryRoundTripsThroughFiles();
    void glossaryAddListRemove();
    void reportShowsReviewWork();

    // Issue 4 section 3: digests by URL, arXiv metadata, PDFs (loopback server).
    void importAcceptsUrls();
    void importOfHtmlUrlFailsAndImportsNothing();
    void fetchArxivReportsDifferencesAsJson();
    void fetchPdfDownloadsAndRecords();
    void migratedVersion1LibraryPassesStatsAndCheck();
    void fetchImagesCachesAndReportsJson();
    void fetchImagesFollowsFilters();
    void lintReportsFindingsAsJson();
    void lintOnTheCorpusStaysWithinBounds();

    // Issue 8: backups, restore, check with repair.
    void backupListAndRestore();
    void damagedLibraryIsRefusedAndKeepsItsBackups();
    void checkReportsAndRepairs();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;

        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    Run cli(const QStringList &arguments, const QString &library = QString());
    void importFixtures();
    /// Annotates the imported fixtures: 2402.00101 to read and favourite, 2402.00102 reading with
    /// notes, 2402.00201 read; the workshop note stays unannotated.
    void annotateFixtures();
    QStringList listedIds(const Run &run) const;
    /// A digest whose screenshots point at `server` (figures 0, 1, 2 = ok, 404, HTML); returns its URLs.
    QStringList importDigestServedBy(PaperShelf::TestSupport::LoopbackServer &server);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
    QHash<QString, QString> m_environment; ///< set for cli() on top of the test's own; cleared by init()
    const QString m_fixtures = QStringLiteral(PAPERSHELF_TEST_DATA "/cli");
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = m_dir->filePath(QStringLiteral("cli.papershelf"));
    m_environment.clear();
}

void TestCli::cleanup()
{
    m_dir.reset();
}

TestCli::Run TestCli::cli(const QStringList &arguments, const QString &library)
{
    PaperShelf::Tests::CliLaunch launch;
    launch.environment = m_environment;
    launch.timeoutMs = 120'000;
    const PaperShelf::Tests::CliBytes bytes = PaperShelf::Tests::runCliBytes(library.isEmpty() ? m_library : library,
                                                                             arguments,
                                                                             launch);
    return {bytes.exitCode, bytes.out, bytes.err};
}

void TestCli::importFixtures()
{
    const Run run = cli({QStringLiteral("import"), QStringLiteral("--json"), m_fixtures});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCli::importReportsEverythingAsJson()
{
    const Run run = cli({QStringLiteral("import"), QStringLiteral("--json"), m_fixtures});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = run.json().object();
    const QStringList keys = {QStringLiteral("appearances_added"),
                              QStringLiteral("digests"),
                              QStringLiteral("elapsed_ms"),
                              QStringLiteral("entries"),
                              QStringLiteral("errors"),
                              QStringLiteral("files"),
                              QStringLiteral("papers_added"),
                              QStringLiteral("papers_unchanged"),
                              QStringLiteral("papers_updated"),
                              QStringLiteral("screenshots"),
                              QStringLiteral("skipped"),
                              QStringLiteral("warnings")};
    QCOMPARE(report.keys(), keys);
    QCOMPARE(report.value(QStringLiteral("files")).toInt(), 3);
    QCOMPARE(report.value(QStringLiteral("digests")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("entries")).toInt(), 5);
    QCOMPARE(report.value(QStringLiteral("papers_added")).toInt(), 4);
    QCOMPARE(report.value(QStringLiteral("papers_updated")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("papers_unchanged")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("appearances_added")).toInt(), 5);
    QCOMPARE(report.value(QStringLiteral("screenshots")).toInt(), 7);
    QVERIFY(report.value(QStringLiteral("errors")).toArray().isEmpty());

    const QJsonArray skipped = report.value(QStringLiteral("skipped")).toArray();
    QCOMPARE(skipped.size(), 1);
    QVERIFY(skipped.at(0)[QStringLiteral("path")].toString().endsWith(QStringLiteral("notes/reading-list.md")));
    QVERIFY(!skipped.at(0)[QStringLiteral("reason")].toString().isEmpty());

    // The entry without an arXiv link is kept, with a warning naming file and line.
    bool warned = false;
    for (const QJsonValue &warning : report.value(QStringLiteral("warnings")).toArray()) {
        if (warning[QStringLiteral("path")].toString().endsWith(QStringLiteral("2024-02-03/3DGS.md"))
            && warning[QStringLiteral("line")].toInt() > 0
            && warning[QStringLiteral("message")].toString().contains(QStringLiteral("arXiv"))) {
            warned = true;
        }
    }
    QVERIFY2(warned, run.out.constData());
}

void TestCli::reimportIsUnchanged()
{
    importFixtures();
    const Run exported = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    const Run again = cli({QStringLiteral("import"), QStringLiteral("--json"), m_fixtures});
    QCOMPARE(again.exitCode, 0);
    const QJsonObject report = again.json().object();
    QCOMPARE(report.value(QStringLiteral("papers_added")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("papers_updated")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("papers_unchanged")).toInt(), 4);
    QCOMPARE(report.value(QStringLiteral("appearances_added")).toInt(), 0);
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")}).out, exported.out);

    // Human-readable output says the same.
    const Run human = cli({QStringLiteral("import"), m_fixtures});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains("0 added, 0 updated, 4 unchanged"), human.out.constData());
}

void TestCli::importOfMissingPathFails()
{
    importFixtures();
    const QByteArray before = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")}).out;
    const QString missing = m_dir->filePath(QStringLiteral("no/such/folder"));
    const Run run = cli({QStringLiteral("import"), QStringLiteral("--json"), missing});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray errors = run.json().object().value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0)[QStringLiteral("path")].toString(), missing);
    QVERIFY(!errors.at(0)[QStringLiteral("message")].toString().isEmpty());
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")}).out, before);

    // An empty folder is skipped with a reason, not an error.
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("empty")));
    const Run empty = cli(
        {QStringLiteral("import"), QStringLiteral("--json"), m_dir->filePath(QStringLiteral("empty"))});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.json().object().value(QStringLiteral("skipped")).toArray().size(), 1);
}

void TestCli::listFiltersAndSorts_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("total");
    const QString lantern = QStringLiteral("2402.00101");
    const QString sparse = QStringLiteral("2402.00102");
    const QString gaussian = QStringLiteral("2402.00201");
    // Newest digest date first; among equal dates the paper added last comes first.
    QTest::newRow("default: newest first")
        << QStringList() << QStringList{QStringLiteral("*"), gaussian, sparse, lantern} << 4;
    QTest::newRow("limit and offset") << QStringList{QStringLiteral("--limit"),
                                                     QStringLiteral("2"),
                                                     QStringLiteral("--offset"),
                                                     QStringLiteral("1")}
                                      << QStringList{gaussian, sparse} << 4;
    QTest::newRow("chinese query") << QStringList{QStringLiteral("--query"), QStringLiteral("灯笼")}
                                   << QStringList{lantern, gaussian} << 2;
    QTest::newRow("english prefix") << QStringList{QStringLiteral("--query"), QStringLiteral("relight*")}
                                    << QStringList{lantern} << 1;
    QTest::newRow("topic") << QStringList{QStringLiteral("--tag"), QStringLiteral("topic:NeRF")}
                           << QStringList{sparse, lantern} << 2;
    QTest::newRow("two tags") << QStringList{QStringLiteral("--tag"),
                                             QStringLiteral("NeRF"),
                                             QStringLiteral("--tag"),
                                             QStringLiteral("3DGS")}
                              << QStringList{sparse} << 1;
    QTest::newRow("not") << QStringList{QStringLiteral("--not-tag"), QStringLiteral("topic:3DGS")}
                         << QStringList{lantern} << 1;
    QTest::newRow("any") << QStringList{QStringLiteral("--any-tag"),
                                        QStringLiteral("keyword:relighting"),
                                        QStringLiteral("--any-tag"),
                                        QStringLiteral("keyword:Emission")}
                         << QStringList{gaussian, lantern} << 2;
    QTest::newRow("new in the latest digest")
        << QStringList{QStringLiteral("--latest-digest")} << QStringList{QStringLiteral("*"), gaussian} << 2;
    QTest::newRow("title sort") << QStringList{QStringLiteral("--sort"),
                                               QStringLiteral("title"),
                                               QStringLiteral("--query"),
                                               QStringLiteral("radiance")}
                                << QStringList{lantern, sparse} << 2;
}

void TestCli::listFiltersAndSorts()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, ids);
    QFETCH(int, total);
    importFixtures();
    const Run run = cli(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + arguments);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = run.json().object();
    QCOMPARE(object.value(QStringLiteral("total")).toInt(), total);
    QStringList got;
    for (const QJsonValue &paper : object.value(QStringLiteral("papers")).toArray()) {
        const QString id = paper[QStringLiteral("id")].toString();
        got.append(id.startsWith(QStringLiteral("t-")) ? QStringLiteral("*") : id);
    }
    if (!arguments.contains(QStringLiteral("--sort")) && arguments.contains(QStringLiteral("--query"))) {
        got.sort(); // relevance order among equals is not part of the contract
        ids.sort();
    }
    QCOMPARE(got, ids);
}

void TestCli::listJsonHasTheDocumentedShape()
{
    importFixtures();
    const Run run = cli(
        {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("0")});
    const QJsonObject object = run.json().object();
    QCOMPARE(object.keys(), QStringList({QStringLiteral("papers"), QStringLiteral("total")}));
    const QJsonArray papers = object.value(QStringLiteral("papers")).toArray();
    QCOMPARE(papers.size(), 4);
    QJsonObject first = papers.at(2).toObject();
    QCOMPARE(first.keys(),
             QStringList({QStringLiteral("date"),
                          QStringLiteral("favourite"),
                          QStringLiteral("has_notes"),
                          QStringLiteral("id"),
                          QStringLiteral("rating"),
                          QStringLiteral("screenshots"),
                          QStringLiteral("status"),
                          QStringLiteral("tags"),
                          QStringLiteral("title"),
                          QStringLiteral("topics")}));
    QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("2402.00102"));
    QCOMPARE(first.value(QStringLiteral("date")).toString(), QStringLiteral("2024-02-03"));
    QCOMPARE(first.value(QStringLiteral("topics")).toArray(),
             QJsonArray({QStringLiteral("3DGS"), QStringLiteral("NeRF")}));
    QVERIFY(first.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("keyword:高斯泼溅")));
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("unread"));
    QCOMPARE(first.value(QStringLiteral("rating")).toInt(), 0);
    QCOMPARE(first.value(QStringLiteral("screenshots")).toInt(), 2);
    QCOMPARE(first.value(QStringLiteral("favourite")).toBool(), false);
    QCOMPARE(first.value(QStringLiteral("has_notes")).toBool(), false);
}

void TestCli::annotateFixtures()
{
    using namespace PaperShelf::Core;
    Result<std::unique_ptr<Database>> db = Database::open(m_library);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    const auto idOf = [&db](const char *key) {
        return PaperShelf::Tests::scalar((*db)->connection(),
                                         QStringLiteral("SELECT id FROM papers WHERE key = '%1'")
                                             .arg(QLatin1String(key)))
            .toLongLong();
    };
    AnnotationStore store((*db)->connection());
    QVERIFY(store.setStatus({idOf("2402.00101")}, ReadingStatus::ToRead));
    QVERIFY(store.setFavourite({idOf("2402.00101")}, true));
    QVERIFY(store.setStatus({idOf("2402.00102")}, ReadingStatus::Reading));
    QVERIFY(store.setNotes(idOf("2402.00102"), QStringLiteral("Compare with 3DGS.")));
    QVERIFY(store.setStatus({idOf("2402.00201")}, ReadingStatus::Read));
}

QStringList TestCli::listedIds(const Run &run) const
{
    QStringList ids;
    for (const QJsonValue &paper : run.json().object().value(QStringLiteral("papers")).toArray()) {
        const QString id = paper[QStringLiteral("id")].toString();
        ids.append(id.startsWith(QStringLiteral("t-")) ? QStringLiteral("*") : id);
    }
    return ids;
}

void TestCli::listFiltersByAnnotationsAndShelves_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("ids");
    const QString lantern = QStringLiteral("2402.00101");
    const QString sparse = QStringLiteral("2402.00102");
    const QString gaussian = QStringLiteral("2402.00201");
    const QString status = QStringLiteral("--status");
    const QString shelf = QStringLiteral("--shelf");
    QTest::newRow("to read") << QStringList{status, QStringLiteral("to-read")} << QStringList{lantern};
    QTest::newRow("unread or reading, repeated")
        << QStringList{status, QStringLiteral("unread"), status, QStringLiteral("reading")}
        << QStringList{QStringLiteral("*"), sparse};
    QTest::newRow("comma list") << QStringList{status, QStringLiteral("read,to_read")}
                                << QStringList{gaussian, lantern};
    QTest::newRow("favourites") << QStringList{QStringLiteral("--favourites")} << QStringList{lantern};
    QTest::newRow("with notes") << QStringList{QStringLiteral("--with-notes")} << QStringList{sparse};
    QTest::newRow("notes and a word") << QStringList{QStringLiteral("--with-notes"),
                                                     QStringLiteral("--query"),
                                                     QStringLiteral("3DGS")}
                                      << QStringList{sparse};
    QTest::newRow("built-in shelf") << QStringList{shelf, QStringLiteral("to read")} << QStringList{lantern};
    QTest::newRow("built-in shelf narrowed")
        << QStringList{shelf, QStringLiteral("Favourites"), QStringLiteral("--not-tag"), QStringLiteral("NeRF")}
        << QStringList();
    QTest::newRow("latest digest shelf, read")
        << QStringList{shelf, QStringLiteral("New in the latest digest"), status, QStringLiteral("read")}
        << QStringList{gaussian};
}

void TestCli::listFiltersByAnnotationsAndShelves()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, ids);
    importFixtures();
    annotateFixtures();
    const Run run = cli(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(listedIds(run), ids);
    QCOMPARE(run.json().object().value(QStringLiteral("total")).toInt(), ids.size());
}

void TestCli::shelvesAreListedSavedAndRemoved()
{
    importFixtures();
    annotateFixtures();
    const QString shelves = QStringLiteral("shelves");
    const QString json = QStringLiteral("--json");
    // Built-ins only, with their counts.
    Run run = cli({shelves, json});
    QCOMPARE(run.exitCode, 0);
    QJsonArray listed = run.json().array();
    QCOMPARE(listed.size(), 4);
    QStringList counts;
    for (const QJsonValue &shelf : listed) {
        counts.append(QStringLiteral("%1=%2").arg(shelf[QStringLiteral("name")].toString(),
                                                  QString::number(shelf[QStringLiteral("count")].toInt())));
        QVERIFY(shelf[QStringLiteral("built_in")].toBool());
    }
    QCOMPARE(counts,
             QStringList({QStringLiteral("New in the latest digest=2"),
                          QStringLiteral("To read=1"),
                          QStringLiteral("Favourites=1"),
                          QStringLiteral("Has notes=1")}));

    // Save one with a filter and a sort; it is listed after the built-ins and usable by list.
    run = cli({shelves,
               QStringLiteral("save"),
               QStringLiteral("NeRF by title"),
               QStringLiteral("--tag"),
               QStringLiteral("topic:NeRF"),
               QStringLiteral("--sort"),
               QStringLiteral("title"),
               json});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().object().value(QStringLiteral("search")).toObject().value(QStringLiteral("sort")).toString(),
             QStringLiteral("title"));
    run = cli({shelves});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("     2  NeRF by title\n"), run.out.constData());
    QVERIFY(run.out.contains("     1  To read  (built-in)\n"));
    run = cli({QStringLiteral("list"), json, QStringLiteral("--shelf"), QStringLiteral("nerf BY title")});
    QCOMPARE(run.exitCode, 0);
    // Title order from the shelf: "Lantern Fields" before "Sparse Views".
    QCOMPARE(listedIds(run), QStringList({QStringLiteral("2402.00101"), QStringLiteral("2402.00102")}));

    // Taken and built-in names are refused; so are changes to built-ins.
    run = cli({shelves, QStringLiteral("save"), QStringLiteral("to read")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("built-in"));
    QCOMPARE(cli({shelves, QStringLiteral("save"), QStringLiteral("NERF BY TITLE")}).exitCode, 1);
    QCOMPARE(cli({shelves, QStringLiteral("save"), QStringLiteral(" ")}).exitCode, 2);
    QCOMPARE(cli({shelves, QStringLiteral("remove"), QStringLiteral("Favourites")}).exitCode, 1);
    QCOMPARE(cli({shelves, QStringLiteral("remove"), QStringLiteral("No such shelf")}).exitCode, 4);
    QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--shelf"), QStringLiteral("No such shelf")}).exitCode, 4);
    QCOMPARE(cli({shelves, QStringLiteral("--favourites")}).exitCode, 2);
    // Options narrow a shelf; they cannot contradict it.
    run = cli({QStringLiteral("list"),
               QStringLiteral("--shelf"),
               QStringLiteral("To read"),
               QStringLiteral("--status"),
               QStringLiteral("read")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("no status in common"));
    QCOMPARE(cli({shelves, QStringLiteral("frobnicate"), QStringLiteral("x")}).exitCode, 2);

    // Rename, then remove.
    QCOMPARE(cli({shelves, QStringLiteral("rename"), QStringLiteral("NeRF by title"), QStringLiteral("Radiance")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--shelf"), QStringLiteral("radiance")}).exitCode, 0);
    QCOMPARE(cli({shelves, QStringLiteral("remove"), QStringLiteral("Radiance")}).exitCode, 0);
    QCOMPARE(cli({shelves, json}).json().array().size(), 4);
}

void TestCli::showPrintsAllFields()
{
    importFixtures();
    const Run run = cli({QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("2402.00102v1")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject paper = run.json().object();
    const QStringList keys = {QStringLiteral("abstract"),
                              QStringLiteral("appearances"),
                              QStringLiteral("arxiv_id"),
                              QStringLiteral("arxiv_version"),
                              QStringLiteral("authors"),
                              QStringLiteral("comment"),
                              QStringLiteral("id"),
                              QStringLiteral("links"),
                              QStringLiteral("notes"),
                              QStringLiteral("pdf_url"),
                              QStringLiteral("rating"),
                              QStringLiteral("screenshots"),
                              QStringLiteral("status"),
                              QStringLiteral("structured"),
                              QStringLiteral("summary_zh"),
                              QStringLiteral("tags"),
                              QStringLiteral("takeaways_zh"),
                              QStringLiteral("title"),
                              QStringLiteral("topics")};
    QCOMPARE(paper.keys(), keys);
    QCOMPARE(paper.value(QStringLiteral("arxiv_id")).toString(), QStringLiteral("2402.00102"));
    QCOMPARE(paper.value(QStringLiteral("arxiv_version")).toInt(), 3);
    QCOMPARE(paper.value(QStringLiteral("title")).toString(),
             QStringLiteral("Sparse Views, Dense Depth: Few-Shot NeRF with Monocular Priors"));
    QVERIFY(paper.value(QStringLiteral("abstract")).toString().contains(QStringLiteral("Gaussian splatting")));
    QCOMPARE(paper.value(QStringLiteral("comment")).toString(), QStringLiteral("Accepted to 3DV 2024"));
    QCOMPARE(paper.value(QStringLiteral("authors")).toArray(),
             QJsonArray({QStringLiteral("Oskar Lindqvist"), QStringLiteral("Priya Raman")}));
    const QJsonArray appearances = paper.value(QStringLiteral("appearances")).toArray();
    QCOMPARE(appearances.size(), 2);
    QCOMPARE(appearances.at(0).toObject(),
             QJsonObject({{QStringLiteral("date"), QStringLiteral("2024-02-01")},
                          {QStringLiteral("topic"), QStringLiteral("NeRF")},
                          {QStringLiteral("source"), QStringLiteral("2024-02-01/NeRF.md")}}));
    QCOMPARE(appearances.at(1)[QStringLiteral("source")].toString(), QStringLiteral("2024-02-03/3DGS.md"));
    const QJsonObject structured = paper.value(QStringLiteral("structured")).toObject();
    QCOMPARE(structured.keys(),
             QStringList({QStringLiteral("affiliation"),
                          QStringLiteral("authors"),
                          QStringLiteral("conclusion"),
                          QStringLiteral("keywords"),
                          QStringLiteral("methods"),
                          QStringLiteral("summary"),
                          QStringLiteral("title_zh"),
                          QStringLiteral("urls")}));
    QCOMPARE(structured.value(QStringLiteral("keywords")).toArray(),
             QJsonArray({QStringLiteral("Few-shot"), QStringLiteral("高斯泼溅")}));
    const QJsonArray screenshots = paper.value(QStringLiteral("screenshots")).toArray();
    QCOMPARE(screenshots.size(), 2);
    QCOMPARE(screenshots.at(0)[QStringLiteral("url")].toString(),
             QStringLiteral("https://pic2.zhimg.com/v2-fixture-sparse-3.jpg"));
    QCOMPARE(screenshots.at(0)[QStringLiteral("cached")].toBool(), false);

    const Run human = cli({QStringLiteral("show"), QStringLiteral("2402.00102")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.startsWith("Sparse Views, Dense Depth"));
    QVERIFY(QString::fromUtf8(human.out).contains(QStringLiteral("稀疏视角")));
}

void TestCli::showUnknownIdExitsWithNotFound()
{
    importFixtures();
    const Run run = cli({QStringLiteral("show"), QStringLiteral("9999.99999")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains("9999.99999"));
    QVERIFY(run.out.isEmpty());
}

void TestCli::tagsCountTheFilteredSet()
{
    importFixtures();
    const Run all = cli({QStringLiteral("tags"), QStringLiteral("--json")});
    QCOMPARE(all.exitCode, 0);
    const QJsonArray tags = all.json().array();
    QVERIFY(tags.contains(QJsonObject({{QStringLiteral("name"), QStringLiteral("NeRF")},
                                       {QStringLiteral("kind"), QStringLiteral("topic")},
                                       {QStringLiteral("count"), 2}})));
    QVERIFY(tags.contains(QJsonObject({{QStringLiteral("name"), QStringLiteral("高斯泼溅")},
                                       {QStringLiteral("kind"), QStringLiteral("keyword")},
                                       {QStringLiteral("count"), 2}})));
    const Run filtered = cli(
        {QStringLiteral("tags"), QStringLiteral("--json"), QStringLiteral("--query"), QStringLiteral("emission")});
    const QJsonArray some = filtered.json().array();
    QVERIFY(some.contains(QJsonObject({{QStringLiteral("name"), QStringLiteral("3DGS")},
                                       {QStringLiteral("kind"), QStringLiteral("topic")},
                                       {QStringLiteral("count"), 1}})));
    for (const QJsonValue &tag : some) {
        QVERIFY2(tag[QStringLiteral("name")].toString() != QStringLiteral("NeRF"), "NeRF has no emission paper");
    }
}

void TestCli::exportsEveryFormat()
{
    importFixtures();
    const Run json = cli({QStringLiteral("export"),
                          QStringLiteral("--format"),
                          QStringLiteral("json"),
                          QStringLiteral("--tag"),
                          QStringLiteral("NeRF")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().array().size(), 2);
    QCOMPARE(json.json().array().at(0)[QStringLiteral("id")].toString(), QStringLiteral("2402.00102"));

    const Run bibtex = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("bibtex")});
    QCOMPARE(bibtex.exitCode, 0);
    QCOMPARE(bibtex.out.count("@misc{"), 4);
    QVERIFY(bibtex.out.contains("eprint = {2402.00102}"));
    QVERIFY(bibtex.out.contains("archivePrefix = {arXiv}"));

    const Run csv = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith("id,arxiv_id,arxiv_version,title,"));
    QCOMPARE(csv.out.count("\r\n"), 5);

    const QString file = m_dir->filePath(QStringLiteral("out.bib"));
    const Run toFile = cli(
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("bibtex"), QStringLiteral("-o"), file});
    QCOMPARE(toFile.exitCode, 0);
    QFile writtenFile(file);
    QVERIFY(writtenFile.open(QIODevice::ReadOnly));
    QCOMPARE(writtenFile.readAll(), bibtex.out);

    const Run csl = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csljson")});
    QCOMPARE(csl.exitCode, 0);
    QCOMPARE(csl.json().array().size(), 4);
    QCOMPARE(csl.json().array().at(0)[QStringLiteral("type")].toString(), QStringLiteral("article"));

    const Run ris = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("ris")});
    QCOMPARE(ris.exitCode, 0);
    QCOMPARE(ris.out.count("TY  - UNPB\r\n"), 4);
    QCOMPARE(ris.out.count("ER  - \r\n"), 4);

    const QString notes = m_dir->filePath(QStringLiteral("vault/papers"));
    const Run obsidian = cli({QStringLiteral("export"),
                              QStringLiteral("--format"),
                              QStringLiteral("obsidian"),
                              QStringLiteral("--tag"),
                              QStringLiteral("NeRF"),
                              QStringLiteral("-o"),
                              notes});
    QCOMPARE(obsidian.exitCode, 0);
    const QStringList written = QDir(notes).entryList(QDir::Files);
    QCOMPARE(written.size(), 2);
    for (const QString &name : written) {
        QFile note(QDir(notes).filePath(name));
        QVERIFY(note.open(QIODevice::ReadOnly));
        QVERIFY(note.readAll().startsWith("---\nid: \""));
    }
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("obsidian")}).exitCode, 2);

    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("docx")}).exitCode, 2);
}

void TestCli::markdownExportRoundTrips()
{
    importFixtures();
    const QString file = m_dir->filePath(QStringLiteral("2024-02-10/export.md"));
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    QCOMPARE(cli({QStringLiteral("export"),
                  QStringLiteral("--format"),
                  QStringLiteral("markdown"),
                  QStringLiteral("-o"),
                  file})
                 .exitCode,
             0);
    const QString other = m_dir->filePath(QStringLiteral("other.papershelf"));
    const Run reimport = cli({QStringLiteral("import"), QStringLiteral("--json"), file}, other);
    QCOMPARE(reimport.exitCode, 0);
    QCOMPARE(reimport.json().object().value(QStringLiteral("papers_added")).toInt(), 4);
    const QJsonArray
        original = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")}).json().array();
    const QJsonArray copy = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")}, other)
                                .json()
                                .array();
    QCOMPARE(copy.size(), original.size());
    for (const QString &field : {QStringLiteral("id"),
                                 QStringLiteral("title"),
                                 QStringLiteral("authors"),
                                 QStringLiteral("abstract"),
                                 QStringLiteral("summary_zh"),
                                 QStringLiteral("takeaways_zh"),
                                 QStringLiteral("arxiv_version")}) {
        QStringList a;
        QStringList b;
        for (int i = 0; i < original.size(); ++i) {
            a.append(QString::fromUtf8(QJsonDocument(QJsonArray{original.at(i)[field]}).toJson()));
            b.append(QString::fromUtf8(QJsonDocument(QJsonArray{copy.at(i)[field]}).toJson()));
        }
        a.sort();
        b.sort();
        QCOMPARE(b, a);
    }
}

void TestCli::correctedDigestExportReimportsWithTheCorrection()
{
    importFixtures();
    const QString correction = QStringLiteral("命令行导出的人工修正总结。");
    {
        PaperShelf::Core::Result<std::unique_ptr<PaperShelf::Core::Database>> db = PaperShelf::Core::Database::open(
            m_library);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        const qint64 id = PaperShelf::Tests::scalar((*db)->connection(),
                                                    QStringLiteral("SELECT id FROM papers WHERE key = '2402.00102'"))
                              .toLongLong();
        PaperShelf::Core::ReviewStore review((*db)->connection());
        const auto segments = review.segments(id);
        QVERIFY2(segments, qPrintable(segments.errorMessage()));
        qint64 summary = 0;
        for (const PaperShelf::Core::ReviewSegment &segment : *segments) {
            if (segment.field == PaperShelf::Core::SegmentFields::SummaryZh) {
                summary = segment.id;
            }
        }
        QVERIFY(summary > 0);
        QVERIFY(review.correct(summary, correction, QStringLiteral("cli test")));
    }

    // Every digest, one file each, named after the imported files.
    const QString folder = m_dir->filePath(QStringLiteral("corrected"));
    const Run exported = cli(
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("digest"), QStringLiteral("-o"), folder});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY2(exported.err.contains("1 correction(s) applied"), exported.err.constData());
    QStringList files = QDir(folder).entryList(QDir::Files);
    files.sort();
    QCOMPARE(files, QStringList({QStringLiteral("3DGS.md"), QStringLiteral("NeRF.md")}));

    const QString other = m_dir->filePath(QStringLiteral("other.papershelf"));
    const Run reimport = cli({QStringLiteral("import"), QStringLiteral("--json"), folder}, other);
    QCOMPARE(reimport.exitCode, 0);
    const QJsonArray
        original = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")}).json().array();
    const QJsonArray copy = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")}, other)
                                .json()
                                .array();
    QCOMPARE(copy.size(), original.size());
    for (int i = 0; i < original.size(); ++i) {
        const QJsonObject a = original.at(i).toObject();
        const QJsonObject b = copy.at(i).toObject();
        QCOMPARE(b.value(QStringLiteral("id")), a.value(QStringLiteral("id")));
        const bool corrected = a.value(QStringLiteral("id")).toString() == QStringLiteral("2402.00102");
        QCOMPARE(b.value(QStringLiteral("summary_zh")).toString(),
                 corrected ? correction : a.value(QStringLiteral("summary_zh")).toString());
        for (const QString &field : {QStringLiteral("title"),
                                     QStringLiteral("authors"),
                                     QStringLiteral("abstract"),
                                     QStringLiteral("takeaways_zh"),
                                     QStringLiteral("arxiv_version")}) {
            QCOMPARE(b.value(field), a.value(field));
        }
    }

    // With filters: the filtered papers, one file per topic and date.
    const QString selection = m_dir->filePath(QStringLiteral("selection"));
    QCOMPARE(cli({QStringLiteral("export"),
                  QStringLiteral("--format"),
                  QStringLiteral("digest"),
                  QStringLiteral("--tag"),
                  QStringLiteral("NeRF"),
                  QStringLiteral("--include-flagged"),
                  QStringLiteral("-o"),
                  selection})
                 .exitCode,
             0);
    // 2402.00102 appears in both digests; its latest appearance is the 3DGS one.
    QCOMPARE(QDir(selection).entryList(QDir::Files, QDir::Name),
             QStringList({QStringLiteral("2024-02-01 NeRF.md"), QStringLiteral("2024-02-03 3DGS.md")}));

    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("digest")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("export"),
                  QStringLiteral("--format"),
                  QStringLiteral("json"),
                  QStringLiteral("--include-flagged")})
                 .exitCode,
             2);
    const Run help = cli({QStringLiteral("export"), QStringLiteral("--help")});
    QVERIFY(help.out.contains("--include-flagged"));
    QVERIFY(help.out.contains("digest"));
}

void TestCli::statsAndCheck()
{
    importFixtures();
    const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject object = stats.json().object();
    QCOMPARE(object.keys(),
             QStringList({QStringLiteral("appearances"),
                          QStringLiteral("digests"),
                          QStringLiteral("papers"),
                          QStringLiteral("schema_version"),
                          QStringLiteral("screenshots"),
                          QStringLiteral("tags")}));
    QCOMPARE(object.value(QStringLiteral("papers")).toInt(), 4);
    QCOMPARE(object.value(QStringLiteral("digests")).toInt(), 2);
    QCOMPARE(object.value(QStringLiteral("appearances")).toInt(), 5);
    QCOMPARE(object.value(QStringLiteral("screenshots")).toInt(), 6);
    QCOMPARE(object.value(QStringLiteral("schema_version")).toInt(), PaperShelf::Core::Schema::CurrentVersion);

    const Run check = cli({QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(check.json().object(),
             QJsonObject({{QStringLiteral("ok"), true}, {QStringLiteral("problems"), QJsonArray()}}));
}

void TestCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--colour")};
    QTest::newRow("bad sort") << QStringList{QStringLiteral("list"),
                                             QStringLiteral("--sort"),
                                             QStringLiteral("random")};
    QTest::newRow("bad status") << QStringList{QStringLiteral("list"),
                                               QStringLiteral("--status"),
                                               QStringLiteral("later")};
    QTest::newRow("bad status in tags") << QStringList{QStringLiteral("tags"),
                                                       QStringLiteral("--status"),
                                                       QStringLiteral("read,someday")};
    QTest::newRow("bad limit") << QStringList{QStringLiteral("list"),
                                              QStringLiteral("--limit"),
                                              QStringLiteral("many")};
    QTest::newRow("import without path") << QStringList{QStringLiteral("import")};
    QTest::newRow("show without id") << QStringList{QStringLiteral("show")};
    QTest::newRow("library without file") << QStringList{QStringLiteral("--library")};
    QTest::newRow("glossary unknown action") << QStringList{QStringLiteral("glossary"), QStringLiteral("rename")};
    QTest::newRow("glossary add without rendering")
        << QStringList{QStringLiteral("glossary"), QStringLiteral("add"), QStringLiteral("voxel")};
    QTest::newRow("glossary export to .json")
        << QStringList{QStringLiteral("glossary"), QStringLiteral("export"), QStringLiteral("g.json")};
    QTest::newRow("restore without backup") << QStringList{QStringLiteral("restore")};
    QTest::newRow("backup keeps none") << QStringList{QStringLiteral("backup"),
                                                      QStringLiteral("--keep"),
                                                      QStringLiteral("0")};
    QTest::newRow("glossary --note without add") << QStringList{QStringLiteral("glossary"),
                                                                QStringLiteral("list"),
                                                                QStringLiteral("--note"),
                                                                QStringLiteral("x")};
}

void TestCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCli::unusableLibrariesExitWithThree_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("does not exist");
    QTest::newRow("not sqlite") << QByteArray("this is a text file, not a library\n")
                                << QStringLiteral("not a PaperShelf library");
    QTest::newRow("newer schema") << QByteArray("newer") << QStringLiteral("newer");
    QTest::newRow("other sqlite") << QByteArray("other") << QStringLiteral("not a PaperShelf library");
}

void TestCli::unusableLibrariesExitWithThree()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString path = m_dir->filePath(QStringLiteral("bad.papershelf"));
    if (content == "newer" || content == "other") {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        if (content == "newer") {
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE papers(id INTEGER)")));
            QVERIFY(
                query.exec(QStringLiteral("PRAGMA application_id = %1").arg(PaperShelf::Core::Schema::ApplicationId)));
            QVERIFY(query.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(PaperShelf::Core::Schema::CurrentVersion + 1)));
        } else {
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE recipes(name TEXT)")));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    } else if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    for (const QStringList &arguments : {QStringList{QStringLiteral("list")},
                                         QStringList{QStringLiteral("stats")},
                                         QStringList{QStringLiteral("import"), m_fixtures}}) {
        if (content.isEmpty() && arguments.first() == QLatin1String("import")) {
            continue; // import creates a missing library
        }
        const Run run = cli(QStringList{QStringLiteral("--library"), path} + arguments);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(QString::fromUtf8(run.err).contains(reason), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1); // one line
    }
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        QCOMPARE(file.readAll(), before); // untouched
    }
}

void TestCli::lockedLibraryExitsWithThree()
{
    importFixtures();
    QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
    locker.setDatabaseName(m_library);
    QVERIFY(locker.open());
    {
        QSqlQuery lock(locker);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QElapsedTimer timer;
        timer.start();
        const Run run = cli({QStringLiteral("import"), m_fixtures});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("locked"), run.err.constData());
        // Readers are not blocked by a writer (WAL).
        QCOMPARE(cli({QStringLiteral("stats")}).exitCode, 0);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    }
    locker.close();
    locker = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    QCOMPARE(cli({QStringLiteral("import"), m_fixtures}).exitCode, 0);
}

namespace {

/// The entries of one section ("Options:" or "Arguments:") of a
/// QCommandLineParser help text: each entry's first line, with the lines that
/// continue its description appended.
QStringList helpSection(const QString &help, const QString &title)
{
    QStringList entries;
    bool inside = false;
    for (const QString &line : help.split(u'\n')) {
        if (!inside) {
            inside = line == title;
            continue;
        }
        if (line.isEmpty() || !line.startsWith(u' ')) {
            break;
        }
        // An entry starts two spaces in; its wrapped description is indented further.
        if (line.size() > 2 && line.at(2) != u' ') {
            entries.append(line.trimmed());
        } else if (!entries.isEmpty()) {
            entries.last() += u' ' + line.trimmed();
        }
    }
    return entries;
}

/// The description of an option or argument entry ("--json  Print JSON."
/// → "Print JSON."): what follows the names after a run of two spaces.
QString entryDescription(const QString &entry)
{
    const qsizetype gap = entry.indexOf(QLatin1String("  "));
    return gap < 0 ? QString() : entry.mid(gap).trimmed();
}

} // namespace

void TestCli::helpIsComplete_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");   // besides --help and --library
    QTest::addColumn<QStringList>("arguments"); // positional arguments

    const QStringList filters = {QStringLiteral("--query"),
                                 QStringLiteral("--tag"),
                                 QStringLiteral("--any-tag"),
                                 QStringLiteral("--not-tag"),
                                 QStringLiteral("--status"),
                                 QStringLiteral("--favourites"),
                                 QStringLiteral("--with-notes"),
                                 QStringLiteral("--latest-digest")};
    const QString json = QStringLiteral("--json");
    const QString output = QStringLiteral("--output");
    const QString format = QStringLiteral("--format");
    QMap<QString, std::pair<QStringList, QStringList>> expected;
    expected[QStringLiteral("import")] = {{json}, {QStringLiteral("PATH")}};
    expected[QStringLiteral("list")] = {QStringList{json,
                                                    QStringLiteral("--shelf"),
                                                    QStringLiteral("--sort"),
                                                    QStringLiteral("--limit"),
                                                    QStringLiteral("--offset")}
                                            + filters,
                                        {}};
    expected[QStringLiteral("show")] = {{json}, {QStringLiteral("ID")}};
    expected[QStringLiteral("tags")] = {QStringList{json} + filters, {}};
    expected[QStringLiteral("shelves")] = {QStringList{json, QStringLiteral("--sort"), QStringLiteral("--reverse")}
                                               + filters,
                                           {QStringLiteral("action")}};
    expected[QStringLiteral("export")] = {QStringList{format, output, QStringLiteral("--include-flagged")} + filters,
                                          {}};
    expected[QStringLiteral("fetch-images")] =
        {QStringList{json, QStringLiteral("--concurrency"), QStringLiteral("--retry-failed")} + filters, {}};
    expected[QStringLiteral("stats")] = {{json}, {}};
    expected[QStringLiteral("check")] = {{json, QStringLiteral("--repair")}, {}};
    expected[QStringLiteral("backup")] = {{json, QStringLiteral("--keep"), QStringLiteral("--list")}, {}};
    expected[QStringLiteral("restore")] = {{json}, {QStringLiteral("BACKUP")}};
    expected[QStringLiteral("lint")] = {QStringList{json, QStringLiteral("--check"), QStringLiteral("--severity")}
                                            + filters,
                                        {}};
    expected[QStringLiteral("progress")] = {{json}, {}};
    expected[QStringLiteral("export-annotations")] = {{output}, {}};
    expected[QStringLiteral("import-annotations")] = {{json}, {QStringLiteral("FILE")}};
    expected[QStringLiteral("fetch-arxiv")] = {QStringList{json, QStringLiteral("--arxiv-api")} + filters, {}};
    expected[QStringLiteral("fetch-pdf")] = {{json, QStringLiteral("--pdf-base")}, {QStringLiteral("ID")}};
    expected[QStringLiteral("glossary")] = {{json, QStringLiteral("--wrong"), QStringLiteral("--note")},
                                            {QStringLiteral("action")}};
    expected[QStringLiteral("report")] = {QStringList{format, output, QStringLiteral("--all")} + filters, {}};

    // The commands come from the code: a new one needs a row here.
    const QStringList commands = PaperShelf::Cli::CliApplication().commandNames();
    QVERIFY(commands.size() >= 19);
    for (const QString &command : commands) {
        QVERIFY2(expected.contains(command),
                 qPrintable(QStringLiteral("add the options of the new command \"%1\" to this table").arg(command)));
        QTest::newRow(qPrintable(command))
            << command << expected.value(command).first << expected.value(command).second;
    }
}

void TestCli::helpIsComplete()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    QFETCH(QStringList, arguments);

    // The overview lists the command with its one-line summary.
    const Run overview = cli({QStringLiteral("--help")});
    QCOMPARE(overview.exitCode, 0);
    const QString overviewText = QString::fromUtf8(overview.out);
    QVERIFY(overviewText.contains(QLatin1String("Exit codes")));
    const QRegularExpression listed(QStringLiteral("^  %1 {2,}(\\S.{10,})$").arg(QRegularExpression::escape(command)),
                                    QRegularExpression::MultilineOption);
    const QRegularExpressionMatch line = listed.match(overviewText);
    QVERIFY2(line.hasMatch(), qPrintable(QStringLiteral("no summary for %1 in:\n%2").arg(command, overviewText)));
    const QString summary = line.captured(1);

    // The command's help: usage, the same summary, then every option and argument
    // with a description.
    const Run help = cli({command, QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString text = QString::fromUtf8(help.out);
    const QStringList lines = text.split(u'\n');
    QVERIFY(lines.size() > 4);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Usage: papershelf-cli %1 [options]").arg(command)),
             qPrintable(text));
    QCOMPARE(lines.at(1), summary);

    const QStringList optionEntries = helpSection(text, QStringLiteral("Options:"));
    for (const QString &entry : optionEntries) {
        QVERIFY2(entryDescription(entry).size() > 5, qPrintable(QStringLiteral("undescribed option: ") + entry));
    }
    for (const QString &option : QStringList{QStringLiteral("--help"), QStringLiteral("--library")} + options) {
        const bool found = std::any_of(optionEntries.cbegin(), optionEntries.cend(), [&option](const QString &entry) {
            return entry.contains(QRegularExpression(
                QStringLiteral("(^|, )%1( <[^>]+>)?(,|  )").arg(QRegularExpression::escape(option))));
        });
        QVERIFY2(found, qPrintable(QStringLiteral("%1 is not described in:\n%2").arg(option, text)));
    }
    QCOMPARE(optionEntries.size(), options.size() + 2); // nothing undocumented in the table either

    const QStringList argumentEntries = helpSection(text, QStringLiteral("Arguments:"));
    QCOMPARE(argumentEntries.size(), arguments.size());
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QVERIFY2(argumentEntries.at(i).startsWith(arguments.at(i) + QLatin1String("  ")), qPrintable(text));
        QVERIFY2(entryDescription(argumentEntries.at(i)).size() > 5,
                 qPrintable(QStringLiteral("undescribed argument: ") + argumentEntries.at(i)));
    }

    // `papershelf-cli help COMMAND` shows the same.
    const Run viaHelp = cli({QStringLiteral("help"), command});
    QCOMPARE(viaHelp.exitCode, 0);
    QCOMPARE(viaHelp.out, help.out);
}

// The CLI installs no translator: core messages and built-in names stay English
// whatever the locale, so scripts can rely on them.
void TestCli::staysEnglishInAChineseLocale()
{
    m_environment = {{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")},
                     {QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8")},
                     {QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN")}};
    importFixtures();
    Run run = cli({QStringLiteral("shelves")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Favourites  (built-in)\n"), run.out.constData());
    run = cli({QStringLiteral("shelves"), QStringLiteral("save"), QStringLiteral("Favourites")});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("\"Favourites\" is the name of a built-in shelf."), run.err.constData());
    run = cli({QStringLiteral("list"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("Usage: papershelf-cli list [options]\nList papers"));
}

void TestCli::annotationArchiveRoundTrip()
{
    importFixtures();
    const QString other = m_dir->filePath(QStringLiteral("other.papershelf"));
    QCOMPARE(cli({QStringLiteral("import"), m_fixtures}, other).exitCode, 0);
    {
        PaperShelf::Core::Result<std::unique_ptr<PaperShelf::Core::Database>> db = PaperShelf::Core::Database::open(
            m_library);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        const qint64 id = PaperShelf::Tests::scalar((*db)->connection(),
                                                    QStringLiteral("SELECT id FROM papers WHERE key = '2402.00102'"))
                              .toLongLong();
        QVERIFY(id > 0);
        QVERIFY(PaperShelf::Core::AnnotationStore((*db)->connection()).setRating({id}, 4));
        QVERIFY(PaperShelf::Core::AnnotationStore((*db)->connection())
                    .setNotes(id, QStringLiteral("Merged notes: 鸭嘴兽")));
        QVERIFY(PaperShelf::Core::UserTagStore((*db)->connection()).addTag({id}, QStringLiteral("shared")));
    }
    const QString archive = m_dir->filePath(QStringLiteral("archive.json"));
    const Run exported = cli({QStringLiteral("export-annotations"), QStringLiteral("-o"), archive});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(QFileInfo::exists(archive));

    const Run merged = cli({QStringLiteral("import-annotations"), QStringLiteral("--json"), archive}, other);
    QCOMPARE(merged.exitCode, 0);
    const QJsonObject report = merged.json().object();
    QCOMPARE(report.value(QStringLiteral("papers")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("annotations_taken")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("tags_added")).toInt(), 1);
    QVERIFY(report.value(QStringLiteral("conflicts")).toArray().isEmpty());

    const Run shown = cli({QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("2402.00102")}, other);
    QCOMPARE(shown.json().object().value(QStringLiteral("rating")).toInt(), 4);
    QVERIFY(shown.json().object().value(QStringLiteral("tags")).toArray().contains(QStringLiteral("user:shared")));
    const Run found = cli({QStringLiteral("list"),
                           QStringLiteral("--json"),
                           QStringLiteral("--query"),
                           QStringLiteral("鸭嘴兽")},
                          other);
    QCOMPARE(found.exitCode, 0);
    QVERIFY(found.out.contains("2402.00102"));

    // Not an archive: a clear error, exit 1, nothing changed.
    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("[1, 2");
    badFile.close();
    const Run refused = cli({QStringLiteral("import-annotations"), bad}, other);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains("not JSON"));
    QCOMPARE(cli({QStringLiteral("import-annotations")}, other).exitCode, 2);
}

// ---- Issue 4 section 3: digests by URL, arXiv metadata, PDFs -------------------------------
// The server serves from its own thread: the test thread blocks while the CLI runs.

using PaperShelf::TestSupport::LoopbackServer;
using PaperShelf::TestSupport::Response;

namespace {

QByteArray fixtureBytes(const QString &relative)
{
    QFile file(QStringLiteral(PAPERSHELF_TEST_DATA "/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestCli::importAcceptsUrls()
{
    LoopbackServer server(LoopbackServer::Threading::OwnThread);
    QVERIFY(server.listen());
    server.route(QStringLiteral("/digests/NeRF.md"),
                 Response::ok(fixtureBytes(QStringLiteral("cli/2024-02-01/NeRF.md")), "text/markdown"));
    const QString url = server.url(QStringLiteral("/digests/NeRF.md")).toString();
    const Run run = cli(
        {QStringLiteral("import"), QStringLiteral("--json"), url, m_fixtures + QStringLiteral("/2024-02-03")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = run.json().object();
    QCOMPARE(report.value(QStringLiteral("digests")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("papers_added")).toInt(), 4);
    QCOMPARE(report.value(QStringLiteral("errors")).toArray().size(), 0);

    const Run show = cli({QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("2402.00101")});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.contains(url.toUtf8()), show.out.constData());

    const Run again = cli({QStringLiteral("import"), QStringLiteral("--json"), url});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().object().value(QStringLiteral("papers_added")).toInt(), 0);
    QCOMPARE(again.json().object().value(QStringLiteral("papers_unchanged")).toInt(), 2);
}

void TestCli::importOfHtmlUrlFailsAndImportsNothing()
{
    LoopbackServer server(LoopbackServer::Threading::OwnThread);
    QVERIFY(server.listen());
    server.route(QStringLiteral("/page.md"), Response::ok("<!doctype html><html></html>", "text/html; charset=utf-8"));
    const QString html = server.url(QStringLiteral("/page.md")).toString();
    const QString missing = server.url(QStringLiteral("/missing.md")).toString();
    const Run run = cli({QStringLiteral("import"), html, missing});
    QCOMPARE(run.exitCode, 1);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("error %1: the server sent an HTML page").arg(html)), run.out.constData());
    QVERIFY2(out.contains(QStringLiteral("error %1: HTTP 404").arg(missing)), run.out.constData());
    const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(stats.json().object().value(QStringLiteral("papers")).toInt(), 0);
}

void TestCli::fetchArxivReportsDifferencesAsJson()
{
    importFixtures();
    LoopbackServer server(LoopbackServer::Threading::OwnThread);
    QVERIFY(server.listen());
    server.route(QStringLiteral("/api/query"),
                 Response::ok(fixtureBytes(QStringLiteral("arxiv/feed.xml")), "application/atom+xml"));
    const Run run = cli({QStringLiteral("fetch-arxiv"),
                         QStringLiteral("--json"),
                         QStringLiteral("--tag"),
                         QStringLiteral("topic:3DGS"),
                         QStringLiteral("--arxiv-api"),
                         server.url(QStringLiteral("/api/query")).toString()});
    QVERIFY2(run.exitCode == 1, run.err.constData()); // the workshop note has no arXiv id
    const QJsonObject report = run.json().object();
    QCOMPARE(report.value(QStringLiteral("requested")).toInt(), 3);
    QCOMPARE(report.value(QStringLiteral("fetched")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("requests")).toInt(), 1);
    QCOMPARE(server.requestCount(QStringLiteral("/api/query")), 1);
    QJsonObject sparse;
    for (const QJsonValue &paper : report.value(QStringLiteral("papers")).toArray()) {
        if (paper.toObject().value(QStringLiteral("id")).toString() == QLatin1String("2402.00102")) {
            sparse = paper.toObject();
        }
    }
    QCOMPARE(sparse.value(QStringLiteral("primary_category")).toString(), QStringLiteral("cs.CV"));
    const QJsonArray differences = sparse.value(QStringLiteral("differences")).toArray();
    QCOMPARE(differences.size(), 3); // title, authors, abstract
    QCOMPARE(differences.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("title"));
    QCOMPARE(differences.at(1).toObject().value(QStringLiteral("arxiv")).toString(),
             QStringLiteral("Oskar Lindqvist, Priya Raman, Jonas Müller"));
    // The digest's title stays.
    const Run show = cli({QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("2402.00102")});
    QVERIFY(show.out.contains("Few-Shot NeRF with Monocular Priors"));
}

void TestCli::fetchPdfDownloadsAndRecords()
{
    importFixtures();
    LoopbackServer server(LoopbackServer::Threading::OwnThread);
    QVERIFY(server.listen());
    server.route(QStringLiteral("/pdf/2402.00201v1"), Response::ok("%PDF-1.5\n%%EOF\n", "application/pdf"));
    const Run run = cli({QStringLiteral("fetch-pdf"),
                         QStringLiteral("--json"),
                         QStringLiteral("--pdf-base"),
                         server.url(QStringLiteral("/pdf/")).toString(),
                         QStringLiteral("2402.00201"),
                         QStringLiteral("2402.00101")});
    QCOMPARE(run.exitCode, 1); // 2402.00101v1 is not served
    const QJsonObject report = run.json().object();
    QCOMPARE(report.value(QStringLiteral("downloaded")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 1);
    const QJsonArray papers = report.value(QStringLiteral("papers")).toArray();
    const QString file = papers.at(0).toObject().value(QStringLiteral("file")).toString();
    QVERIFY(file.startsWith(m_library + QStringLiteral(".cache/pdf/")));
    QVERIFY(QFile::exists(file));
    QVERIFY(papers.at(1).toObject().value(QStringLiteral("error")).toString().contains(QStringLiteral("404")));
    QCOMPARE(cli({QStringLiteral("fetch-pdf"), QStringLiteral("no-such-paper")}).exitCode, 4);
}

void TestCli::migratedVersion1LibraryPassesStatsAndCheck()
{
    {
        QFile dump(QStringLiteral(PAPERSHELF_TEST_DATA "/library-v1.sql"));
        QVERIFY(dump.open(QIODevice::ReadOnly | QIODevice::Text));
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(m_library);
        QVERIFY(raw.open());
        while (!dump.atEnd()) {
            const QString line = QString::fromUtf8(dump.readLine()).trimmed();
            if (!line.isEmpty() && !line.startsWith(QLatin1String("--"))) {
                QSqlQuery query(raw);
                QVERIFY(query.exec(line));
            }
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(stats.exitCode, 0);
    QCOMPARE(stats.json().object().value(QStringLiteral("papers")).toInt(), 4);
    QCOMPARE(stats.json().object().value(QStringLiteral("schema_version")).toInt(),
             PaperShelf::Core::Schema::CurrentVersion);
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(check.json().object().value(QStringLiteral("ok")).toBool(), true);
}

QStringList TestCli::importDigestServedBy(PaperShelf::TestSupport::LoopbackServer &server)
{
    using PaperShelf::TestSupport::LoopbackServer;
    using PaperShelf::TestSupport::Response;
    server.route(QStringLiteral("/fig/0.png"), Response::ok(LoopbackServer::png(QSize(40, 30)), "image/png"));
    server.route(QStringLiteral("/fig/2.png"), Response::ok("<html><body>error</body></html>", "image/png"));
    // /fig/1.png has no route: 404.

    QFile fixture(m_fixtures + QStringLiteral("/2024-02-01/NeRF.md"));
    if (!fixture.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString text = QString::fromUtf8(fixture.readAll());
    static const QRegularExpression image(QStringLiteral("<img src=\"[^\"]*\""));
    QStringList urls;
    QRegularExpressionMatch match;
    while ((match = image.match(text)).hasMatch()) {
        const QString url = server.url(QStringLiteral("/fig/%1.png").arg(urls.size())).toString();
        text.replace(match.capturedStart(), match.capturedLength(), QStringLiteral("<img data-src=\"%1\"").arg(url));
        urls.append(url);
    }
    text.replace(QStringLiteral("<img data-src="), QStringLiteral("<img src="));
    const QString folder = m_dir->filePath(QStringLiteral("served"));
    QDir().mkpath(folder);
    QFile digest(folder + QStringLiteral("/NeRF.md"));
    if (!digest.open(QIODevice::WriteOnly) || digest.write(text.toUtf8()) < 0) {
        return {};
    }
    digest.close();
    const Run run = cli({QStringLiteral("import"), QStringLiteral("--json"), folder});
    if (run.exitCode != 0) {
        return {};
    }
    return urls;
}

void TestCli::fetchImagesCachesAndReportsJson()
{
    using PaperShelf::TestSupport::LoopbackServer;
    // The test blocks in QProcess::waitForFinished(): the server needs its own thread.
    PaperShelf::TestSupport::LoopbackServer server(PaperShelf::TestSupport::LoopbackServer::Threading::OwnThread);
    QVERIFY(server.listen());
    const QStringList urls = importDigestServedBy(server);
    QCOMPARE(urls.size(), 3);

    Run run = cli({QStringLiteral("fetch-images"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1); // some failed
    QJsonObject summary = run.json().object();
    QStringList keys = summary.keys();
    keys.sort();
    QCOMPARE(keys,
             QStringList({QStringLiteral("bytes"),
                          QStringLiteral("cached_already"),
                          QStringLiteral("downloaded"),
                          QStringLiteral("elapsed_ms"),
                          QStringLiteral("failed"),
                          QStringLiteral("requested")}));
    QCOMPARE(summary.value(QStringLiteral("requested")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("downloaded")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("cached_already")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("bytes")).toInteger(), LoopbackServer::png(QSize(40, 30)).size());
    QVERIFY(summary.value(QStringLiteral("elapsed_ms")).isDouble());
    const QJsonArray failed = summary.value(QStringLiteral("failed")).toArray();
    QCOMPARE(failed.size(), 2);
    QHash<QString, QString> errors;
    for (const QJsonValue &value : failed) {
        const QJsonObject item = value.toObject();
        QCOMPARE(item.keys(), QStringList({QStringLiteral("error"), QStringLiteral("url")}));
        errors.insert(item.value(QStringLiteral("url")).toString(), item.value(QStringLiteral("error")).toString());
    }
    QCOMPARE(errors.value(urls[1]), QStringLiteral("HTTP 404"));
    QCOMPARE(errors.value(urls[2]), QStringLiteral("not an image: an HTML page"));
    QVERIFY(run.err.isEmpty()); // no progress when stderr is not a terminal

    // The cache folder and the library agree.
    const QString imageDir = m_library + QStringLiteral(".cache/images");
    QCOMPARE(QDir(imageDir).entryList(QDir::Files).size(), 1);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fetch-check"));
        db.setDatabaseName(m_library);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT url, state, width, height FROM image_cache ORDER BY url")));
        QStringList rows;
        while (query.next()) {
            rows.append(QStringLiteral("%1 %2 %3x%4")
                            .arg(query.value(0).toString(), query.value(1).toString())
                            .arg(query.value(2).toInt())
                            .arg(query.value(3).toInt()));
        }
        QCOMPARE(rows,
                 QStringList({urls[0] + QStringLiteral(" cached 40x30"),
                              urls[1] + QStringLiteral(" failed 0x0"),
                              urls[2] + QStringLiteral(" failed 0x0")}));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fetch-check"));

    // Again: the cached one is kept, the failed ones wait for their cool-down.
    run = cli({QStringLiteral("fetch-images"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    summary = run.json().object();
    QCOMPARE(summary.value(QStringLiteral("requested")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("downloaded")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("cached_already")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("failed")).toArray().size(), 0);
    QCOMPARE(server.requestCount(QStringLiteral("/fig/0.png")), 1);

    // On request they are tried again.
    run = cli({QStringLiteral("fetch-images"),
               QStringLiteral("--json"),
               QStringLiteral("--retry-failed"),
               QStringLiteral("--concurrency"),
               QStringLiteral("1")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json().object().value(QStringLiteral("failed")).toArray().size(), 2);
    QCOMPARE(server.requestCount(QStringLiteral("/fig/1.png")), 2);

    // Plain output: one line per failure and a total.
    run = cli({QStringLiteral("fetch-images"), QStringLiteral("--retry-failed")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("3 requested, 0 downloaded, 1 cached already, 2 failed"), run.out.constData());

    QCOMPARE(cli({QStringLiteral("fetch-images"), QStringLiteral("--concurrency"), QStringLiteral("0")}).exitCode, 2);
}

void TestCli::fetchImagesFollowsFilters()
{
    PaperShelf::TestSupport::LoopbackServer server(PaperShelf::TestSupport::LoopbackServer::Threading::OwnThread);
    QVERIFY(server.listen());
    QCOMPARE(importDigestServedBy(server).size(), 3);
    const Run run = cli({QStringLiteral("fetch-images"),
                         QStringLiteral("--json"),
                         QStringLiteral("--tag"),
                         QStringLiteral("topic:no-such-topic")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().object().value(QStringLiteral("requested")).toInt(), 0);
    QCOMPARE(server.totalRequests(), 0);
}

void TestCli::glossaryRoundTripsThroughFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("csv") << QStringLiteral("glossary.csv");
    QTest::newRow("tsv") << QStringLiteral("glossary.tsv");
}

void TestCli::glossaryRoundTripsThroughFiles()
{
    QFETCH(QString, file);
    // Awkward content on top of the starter list: commas, quotes, a line break, `|` inside a wrong rendering.
    const Run added = cli({QStringLiteral("glossary"),
                           QStringLiteral("add"),
                           QStringLiteral("point cloud, \"dense\""),
                           QStringLiteral("稠密点云"),
                           QStringLiteral("--wrong"),
                           QStringLiteral("密集点云|a\\|b"),
                           QStringLiteral("--note"),
                           QStringLiteral("first line\nsecond, \"quoted\" line")});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const Run before = cli({QStringLiteral("glossary"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(before.exitCode, 0);
    const QJsonArray terms = before.json().array();
    QVERIFY(terms.size() > 20);

    const QString path = m_dir->filePath(file);
    const Run exported = cli({QStringLiteral("glossary"), QStringLiteral("export"), path});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY(exported.err.contains(QByteArray(QByteArray::number(terms.size()) + " term(s)")));
    for (const QString &term : {QStringLiteral("point cloud, \"dense\""), QStringLiteral("diffusion model")}) {
        const Run removed = cli({QStringLiteral("glossary"), QStringLiteral("remove"), term});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
    }
    QCOMPARE(cli({QStringLiteral("glossary"), QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(),
             terms.size() - 2);

    const Run imported = cli({QStringLiteral("glossary"), QStringLiteral("import"), path});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QJsonArray
        after = cli({QStringLiteral("glossary"), QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    // Equal but for the ids of the two terms that came back.
    const auto withoutIds = [](const QJsonArray &array) {
        QJsonArray out;
        for (const QJsonValue &value : array) {
            QJsonObject object = value.toObject();
            object.remove(QStringLiteral("id"));
            out.append(object);
        }
        return out;
    };
    QCOMPARE(withoutIds(after), withoutIds(terms));
    bool found = false;
    for (const QJsonValue &value : after) {
        if (value[QStringLiteral("term")].toString() == QStringLiteral("point cloud, \"dense\"")) {
            found = true;
            QCOMPARE(value[QStringLiteral("wrong")].toArray(),
                     QJsonArray({QStringLiteral("密集点云"), QStringLiteral("a|b")}));
            QCOMPARE(value[QStringLiteral("note")].toString(), QStringLiteral("first line\nsecond, \"quoted\" line"));
        }
    }
    QVERIFY(found);
}

void TestCli::glossaryAddListRemove()
{
    const Run added = cli({QStringLiteral("glossary"),
                           QStringLiteral("add"),
                           QStringLiteral("Voxel"),
                           QStringLiteral("体素"),
                           QStringLiteral("--wrong"),
                           QStringLiteral("像素块"),
                           QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QCOMPARE(added.json().object().value(QStringLiteral("preferred")).toString(), QStringLiteral("体素"));

    const Run listed = cli({QStringLiteral("glossary")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains("体素  (wrong: 像素块)"), listed.out.constData());
    QVERIFY(listed.out.contains("高斯泼溅"));

    // Case does not make a second term.
    QCOMPARE(cli({QStringLiteral("glossary"), QStringLiteral("add"), QStringLiteral("voxel"), QStringLiteral("体元")})
                 .exitCode,
             0);
    const QByteArray again = cli({QStringLiteral("glossary")}).out;
    QCOMPARE(again.count("体元"), 1);
    QVERIFY(!again.contains("体素"));

    QCOMPARE(cli({QStringLiteral("glossary"), QStringLiteral("remove"), QStringLiteral("VOXEL")}).exitCode, 0);
    const Run missing = cli({QStringLiteral("glossary"), QStringLiteral("remove"), QStringLiteral("voxel")});
    QCOMPARE(missing.exitCode, 4);
    QVERIFY(missing.err.contains("voxel"));

    // A broken file imports nothing and names the line.
    const Run broken = cli({QStringLiteral("glossary"),
                            QStringLiteral("import"),
                            QStringLiteral(PAPERSHELF_TEST_DATA "/review/glossary-broken.csv")});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains("line 5") && broken.err.contains("nothing imported"), broken.err.constData());
    QVERIFY(!cli({QStringLiteral("glossary")}).out.contains("三平面"));
}

void TestCli::reportShowsReviewWork()
{
    // tests/data/review/digest: two papers whose Chinese has known glossary slips and Markdown characters.
    const Run imported = cli({QStringLiteral("import"), QStringLiteral(PAPERSHELF_TEST_DATA "/review/digest")});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    {
        PaperShelf::Core::Result<std::unique_ptr<PaperShelf::Core::Database>> db = PaperShelf::Core::Database::open(
            m_library);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        const QSqlDatabase connection = (*db)->connection();
        PaperShelf::Core::ReviewStore store(connection);
        const auto segmentsOf = [&](const QString &key) {
            const qint64 row = PaperShelf::Tests::scalar(connection,
                                                         QStringLiteral("SELECT id FROM papers WHERE key = '%1'")
                                                             .arg(key))
                                   .toLongLong();
            return store.segments(row);
        };
        const auto find = [](const QList<PaperShelf::Core::ReviewSegment> &segments, const QString &field, int index) {
            for (const PaperShelf::Core::ReviewSegment &segment : segments) {
                if (segment.field == field && segment.index == index) {
                    return segment.id;
                }
            }
            return qint64(0);
        };
        const auto quiet = segmentsOf(QStringLiteral("2611.09001"));
        const auto mist = segmentsOf(QStringLiteral("2611.09002"));
        QVERIFY2(quiet && mist, qPrintable(quiet.errorMessage() + mist.errorMessage()));
        const qint64 quietSummary = find(*quiet, PaperShelf::Core::SegmentFields::SummaryZh, 0);
        const qint64 quietTakeaway = find(*quiet, PaperShelf::Core::SegmentFields::Takeaway, 0);
        const qint64 mistSummary = find(*mist, PaperShelf::Core::SegmentFields::SummaryZh, 0);
        QVERIFY(quietSummary > 0 && quietTakeaway > 0 && mistSummary > 0);
        QVERIFY(store.approve(quietSummary, QStringLiteral("bob")));
        QVERIFY(store.correct(quietSummary,
                              QStringLiteral(
                                  "本文将线稿扩散模型蒸馏为四步去噪器，并保留零样本风格迁移能力 | 速度提升 *十倍*。"),
                              QStringLiteral("alice")));
        QVERIFY(store.approve(quietTakeaway, QStringLiteral("carol")));
        QVERIFY(store.flag(mistSummary, QStringLiteral("高斯散射 should be 高斯泼溅"), QStringLiteral("bob")));
    }

    const Run markdown = cli({QStringLiteral("report")});
    QVERIFY2(markdown.exitCode == 0, markdown.err.constData());
    const QString text = QString::fromUtf8(markdown.out);
    QVERIFY2(text.startsWith(QStringLiteral("# Review report\n\n3 segment(s) of 2 paper(s): 1 approved, 1 corrected, "
                                            "1 flagged.\n")),
             qPrintable(text));
    QVERIFY(
        text.contains(QStringLiteral("## Quiet Denoisers: Few-Step Diffusion Models for Line Drawings (2611.09001)")));
    QVERIFY(text.contains(QStringLiteral("| State | corrected |\n")));
    QVERIFY(text.contains(
        QRegularExpression(QStringLiteral("\\| Last change \\| alice, 20\\d\\d-\\d\\d-\\d\\dT[0-9:]+Z \\|"))));
    QVERIFY(text.contains(QStringLiteral(
        "| Before | 本文将线稿传播模型蒸馏为四步去噪器，并保留零射击风格迁移能力 \\| 速度提升 \\*十倍\\*。 |\n")));
    QVERIFY(text.contains(QStringLiteral(
        "| After | 本文将线稿扩散模型蒸馏为四步去噪器，并保留零样本风格迁移能力 \\| 速度提升 \\*十倍\\*。 |\n")));
    QVERIFY(text.contains(QStringLiteral("| Flag reason | 高斯散射 should be 高斯泼溅 |\n")));
    QVERIFY(text.contains(QStringLiteral("### takeaways\\_zh\\[0\\]")));
    QVERIFY(!text.contains(QStringLiteral("### takeaways\\_zh\\[1\\]"))); // unreviewed
    QVERIFY(!text.contains(QStringLiteral("structured.title")));

    // CSV into a file, all segments, narrowed by a filter.
    const QString path = m_dir->filePath(QStringLiteral("report.csv"));
    const Run csv = cli({QStringLiteral("report"),
                         QStringLiteral("--format"),
                         QStringLiteral("csv"),
                         QStringLiteral("--all"),
                         QStringLiteral("--query"),
                         QStringLiteral("Lattice"),
                         QStringLiteral("-o"),
                         path});
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    QVERIFY(csv.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString rows = QString::fromUtf8(file.readAll());
    QVERIFY2(rows.startsWith(QStringLiteral("paper_id,title,field,index,state,checks,reviewer,reviewed_at,before,after,"
                                            "flag_reason,source_changed,present\r\n2611.09002,Lattice Mist: Gaussian "
                                            "Splatting of Fog Volumes,summary_zh,0,flagged,,bob,")),
             qPrintable(rows));
    QVERIFY(rows.contains(
        QStringLiteral(",本文为高斯散射加入密度格点，实时渲染雾气体积。,本文为高斯散射加入密度格点，实时渲染雾气体积。,"
                       "高斯散射 should be 高斯泼溅,no,yes\r\n")));
    QVERIFY(
        rows.contains(QStringLiteral("\r\n2611.09002,Lattice Mist: Gaussian Splatting of Fog Volumes,takeaways_zh,0,"
                                     "unreviewed,")));
    QVERIFY(!rows.contains(QStringLiteral("2611.09001")));

    QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("html")}).exitCode, 2);
}

void TestCli::lintReportsFindingsAsJson()
{
    const QString digest = QStringLiteral(PAPERSHELF_TEST_DATA "/review/machine-faults.md");
    QCOMPARE(cli({QStringLiteral("import"), digest}).exitCode, 0);

    const Run placeholder = cli(
        {QStringLiteral("lint"), QStringLiteral("--json"), QStringLiteral("--check"), QStringLiteral("placeholder")});
    QVERIFY2(placeholder.exitCode == 0, placeholder.err.constData());
    const QJsonArray findings = placeholder.json().array();
    QCOMPARE(findings.size(), 1);
    const QJsonObject finding = findings.first().toObject();
    QCOMPARE(finding.keys(),
             QStringList({QStringLiteral("check"),
                          QStringLiteral("end"),
                          QStringLiteral("excerpt"),
                          QStringLiteral("message"),
                          QStringLiteral("paper"),
                          QStringLiteral("segment"),
                          QStringLiteral("severity"),
                          QStringLiteral("start")}));
    QCOMPARE(finding.value(QStringLiteral("paper")).toString(), QStringLiteral("2501.01234"));
    QCOMPARE(finding.value(QStringLiteral("segment")).toString(), QStringLiteral("structured.affiliation"));
    QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(finding.value(QStringLiteral("excerpt")).toString(), QStringLiteral("xxx"));
    QCOMPARE(finding.value(QStringLiteral("end")).toInt() - finding.value(QStringLiteral("start")).toInt(), 3);
    QVERIFY(finding.value(QStringLiteral("message")).toString().contains(QStringLiteral("fill-in")));

    // Errors only: every check that fires at warning level stays out.
    const Run errors = cli(
        {QStringLiteral("lint"), QStringLiteral("--json"), QStringLiteral("--severity"), QStringLiteral("error")});
    QVERIFY2(errors.exitCode == 0, errors.err.constData());
    QSet<QString> checks;
    for (const QJsonValue &value : errors.json().array()) {
        QCOMPARE(value.toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        checks.insert(value.toObject().value(QStringLiteral("check")).toString());
    }
    QVERIFY(checks.contains(QStringLiteral("non_answer")));
    QVERIFY(checks.contains(QStringLiteral("prompt_leak")));
    QVERIFY(!checks.contains(QStringLiteral("chatter")));
    // A takeaway is named with its number.
    const Run text = cli({QStringLiteral("lint"), QStringLiteral("--check"), QStringLiteral("non_answer")});
    QVERIFY(text.out.contains("2501.01234\ttakeaways_zh[1]\terror\tnon_answer\t"));

    // Review progress per digest: nothing reviewed yet.
    const Run progress = cli({QStringLiteral("progress"), QStringLiteral("--json")});
    QVERIFY2(progress.exitCode == 0, progress.err.constData());
    const QJsonObject totals = progress.json().object();
    QCOMPARE(totals.value(QStringLiteral("reviewed")).toInt(), 0);
    QVERIFY(totals.value(QStringLiteral("segments")).toInt() >= 10);
    const QJsonArray digests = totals.value(QStringLiteral("digests")).toArray();
    QCOMPARE(digests.size(), 1);
    QCOMPARE(digests.first().toObject().value(QStringLiteral("segments")).toInt(),
             totals.value(QStringLiteral("segments")).toInt());

    QCOMPARE(cli({QStringLiteral("lint"), QStringLiteral("--check"), QStringLiteral("spelling")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("lint"), QStringLiteral("--severity"), QStringLiteral("fatal")}).exitCode, 2);
}

void TestCli::lintOnTheCorpusStaysWithinBounds()
{
    const QString corpus = qEnvironmentVariable("PAPERSHELF_CORPUS");
    if (corpus.isEmpty()) {
        QSKIP("PAPERSHELF_CORPUS is not set");
    }
    QCOMPARE(cli({QStringLiteral("import"), corpus}).exitCode, 0);
    const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--json")});
    const int papers = stats.json().object().value(QStringLiteral("papers")).toInt();
    QVERIFY(papers > 500);
    const Run lint = cli({QStringLiteral("lint"), QStringLiteral("--json")});
    QVERIFY2(lint.exitCode == 0, lint.err.constData());
    QMap<QString, int> counts;
    for (const QJsonValue &value : lint.json().array()) {
        ++counts[value.toObject().value(QStringLiteral("check")).toString()];
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        qInfo("%s: %d findings on %d papers", qPrintable(it.key()), it.value(), papers);
        // About fifteen segments a paper: no check may fire on more than a few percent of them.
        QVERIFY2(it.value() < papers, qPrintable(it.key()));
    }
    // What the corpus is known to hold is found.
    for (const char *check : {"placeholder", "non_answer", "chatter", "prompt_leak", "url_mismatch"}) {
        QVERIFY2(counts.value(QLatin1String(check)) > 0, check);
    }
}

// ---- Issue 8: backups, restore, check with repair --------------------------------------------

namespace {

bool scribble(const QString &path)
{
    // Garbage over the header of every page but the first, as a failing disk leaves it.
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        return false;
    }
    const QByteArray header = file.read(100);
    const int pageSize = (static_cast<uchar>(header.at(16)) << 8) | static_cast<uchar>(header.at(17));
    for (qint64 page = 1; page < file.size() / pageSize; ++page) {
        file.seek(page * pageSize);
        file.write(QByteArray(24, '\xA5'));
    }
    return true;
}

} // namespace

void TestCli::backupListAndRestore()
{
    importFixtures();
    annotateFixtures();
    const Run made = cli({QStringLiteral("backup"), QStringLiteral("--json")});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QJsonObject backup = made.json().object();
    QCOMPARE(backup.value(QStringLiteral("reason")).toString(), QStringLiteral("manual"));
    const QString path = backup.value(QStringLiteral("path")).toString();
    QVERIFY(QFileInfo(path).isFile());
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(m_library + QStringLiteral(".backups")).absoluteFilePath());
    QVERIFY(QFileInfo(backup.value(QStringLiteral("annotations")).toString()).isFile());

    const Run listed = cli({QStringLiteral("backup"), QStringLiteral("--list"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray backups = listed.json().object().value(QStringLiteral("backups")).toArray();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().toObject().value(QStringLiteral("path")).toString(), path);
    const Run text = cli({QStringLiteral("backup"), QStringLiteral("--list")});
    QVERIFY(text.out.contains(QFileInfo(path).fileName().toUtf8()));

    // Work after the backup; restoring by name brings the backup's state back.
    const Run shownBefore = cli({QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("2402.00102")});
    {
        PaperShelf::Core::Result<std::unique_ptr<PaperShelf::Core::Database>> db = PaperShelf::Core::Database::open(
            m_library);
        QVERIFY(db);
        const qint64 id = PaperShelf::Tests::scalar((*db)->connection(),
                                                    QStringLiteral("SELECT id FROM papers WHERE key = '2402.00102'"))
                              .toLongLong();
        QVERIFY(PaperShelf::Core::AnnotationStore((*db)->connection()).setNotes(id, QStringLiteral("after")));
    }
    const Run restored = cli({QStringLiteral("restore"), QStringLiteral("--json"), QFileInfo(path).fileName()});
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    const QJsonObject report = restored.json().object();
    QCOMPARE(report.value(QStringLiteral("restored_from")).toString(), path);
    QCOMPARE(report.value(QStringLiteral("papers")).toInt(), 4);
    const QString aside = report.value(QStringLiteral("kept_aside")).toString();
    QVERIFY(QFileInfo(aside).isFile());
    QVERIFY(QFileInfo(aside).fileName().startsWith(QStringLiteral("cli-replaced-")));
    const Run shownAfter = cli({QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("2402.00102")});
    QCOMPARE(shownAfter.json(), shownBefore.json());
    const Run shownAside = cli({QStringLiteral("show"), QStringLiteral("--json"), QStringLiteral("2402.00102")}, aside);
    QCOMPARE(shownAside.json().object().value(QStringLiteral("notes")).toString(), QStringLiteral("after"));

    const Run missing = cli({QStringLiteral("restore"), QStringLiteral("nothing.papershelf")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("no backup"));
}

void TestCli::damagedLibraryIsRefusedAndKeepsItsBackups()
{
    importFixtures();
    QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--keep"), QStringLiteral("1")}).exitCode, 0);
    QVERIFY(scribble(m_library));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("backup"), QStringLiteral("--keep"), QStringLiteral("1")},
          QStringList{QStringLiteral("stats")},
          QStringList{QStringLiteral("check")}}) {
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("restore it from a backup"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
    }
    const Run listed = cli({QStringLiteral("backup"), QStringLiteral("--list"), QStringLiteral("--json")});
    const QJsonArray backups = listed.json().object().value(QStringLiteral("backups")).toArray();
    QCOMPARE(backups.size(), 1);
    const Run restored = cli(
        {QStringLiteral("restore"), backups.first().toObject().value(QStringLiteral("path")).toString()});
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    QVERIFY(restored.out.contains("kept as"));
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(cli({QStringLiteral("stats"), QStringLiteral("--json")})
                 .json()
                 .object()
                 .value(QStringLiteral("papers"))
                 .toInt(),
             4);
}

void TestCli::checkReportsAndRepairs()
{
    importFixtures();
    annotateFixtures();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        raw.setDatabaseName(m_library);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO review_segments(paper_id, field, idx, machine_text)"
                                          " VALUES(99999, 'summary_zh', 0, 'x')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO tags(kind, name, norm) VALUES('keyword', 'Lonely', 'lonely')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    const QByteArray listBefore = cli({QStringLiteral("list"), QStringLiteral("--json")}).out;

    const Run found = cli({QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(found.exitCode, 1);
    QCOMPARE(found.json().object().value(QStringLiteral("ok")).toBool(), false);
    QStringList ids;
    for (const QJsonValue &problem : found.json().object().value(QStringLiteral("problems")).toArray()) {
        ids.append(problem.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(problem.toObject().value(QStringLiteral("repaired")).toBool(), false);
    }
    ids.sort();
    QCOMPARE(ids,
             (QStringList{QStringLiteral("empty_machine_tags"),
                          QStringLiteral("foreign_keys"),
                          QStringLiteral("orphan_segments")}));
    const Run text = cli({QStringLiteral("check")});
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.out.contains("repairable with --repair"));

    const Run repaired = cli({QStringLiteral("check"), QStringLiteral("--repair"), QStringLiteral("--json")});
    QVERIFY2(repaired.exitCode == 0, repaired.out.constData());
    QCOMPARE(repaired.json().object().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(repaired.json().object().value(QStringLiteral("problems")).toArray().size(), 3);
    const Run clean = cli({QStringLiteral("check")});
    QCOMPARE(clean.exitCode, 0);
    QVERIFY(clean.out.startsWith("ok: "));
    QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--json")}).out, listBefore); // user work untouched
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
