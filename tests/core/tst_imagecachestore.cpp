#include "core/db/database.h"
#include "core/db/paperwriter.h"
#include "core/images/imagecachestore.h"
#include "core/search/paperfilter.h"
#include "core/util/librarypaths.h"
#include "librarytestutil.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace PaperShelf;
using Core::ImageCacheStore;
using Core::ImageState;

// Cache state of screenshots in a real library file: work lists, records, file names.
class TestImageCacheStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void libraryWorkListsEveryDistinctUrl();
    void paperWorkListKeepsPaperOrder();
    void filterWorkListFollowsTags();
    void cachedUrlsAreSkippedWhileTheirFileExists();
    void failedUrlsWaitForTheCoolDown();
    void relativeUrlsResolveAgainstUrlSources();
    void relativeUrlsWithFileSourcesAreUnresolvable();
    void resolve_data();
    void resolve();
    void fileNamesStayInsideTheFolder_data();
    void fileNamesStayInsideTheFolder();
    void recordOverwritesTheLastOutcome();

private:
    void store(const QString &topic,
               const QString &source,
               const QString &arxivId,
               const QStringList &screenshots,
               const QString &date = QStringLiteral("2024-02-01"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Database> m_db;
    std::unique_ptr<ImageCacheStore> m_store;
};

void TestImageCacheStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("lib.papershelf"));
    auto opened = Core::Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_db = std::move(opened).value();
    const QString imageDir = Core::LibraryPaths(path).imageDir();
    QVERIFY(QDir().mkpath(imageDir));
    m_store = std::make_unique<ImageCacheStore>(*m_db, imageDir);
}

void TestImageCacheStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestImageCacheStore::store(const QString &topic,
                                const QString &source,
                                const QString &arxivId,
                                const QStringList &screenshots,
                                const QString &date)
{
    Core::DigestEntry entry = Tests::makeEntry(arxivId,
                                               1,
                                               QStringLiteral("Paper ") + arxivId,
                                               QStringLiteral("A."),
                                               {});
    entry.screenshots = screenshots;
    const Core::ParsedDigest digest = Tests::makeDigest(topic, date, {entry});
    Core::PaperWriter writer(m_db->connection());
    Core::DigestSource where;
    where.path = m_dir->filePath(source + arxivId);
    where.source = source;
    where.contentHash = arxivId + source;
    const auto stored = writer.storeDigest(digest, where);
    QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
}

void TestImageCacheStore::libraryWorkListsEveryDistinctUrl()
{
    store(QStringLiteral("NeRF"),
          QStringLiteral("a.md"),
          QStringLiteral("2401.00001"),
          {QStringLiteral("https://img.example/a.png"), QStringLiteral("https://img.example/shared.png")});
    store(QStringLiteral("3DGS"),
          QStringLiteral("b.md"),
          QStringLiteral("2401.00002"),
          {QStringLiteral("https://img.example/shared.png"), QStringLiteral("http://other.example/b")});
    const auto work = m_store->workForLibrary({});
    QVERIFY2(work.ok(), qPrintable(work.errorMessage()));
    QCOMPARE(work->requested, 3);
    QCOMPARE(work->jobs.size(), 3);
    QStringList urls;
    for (const Core::ImageJob &job : work->jobs) {
        urls.append(job.url);
        QCOMPARE(job.fetchUrl, QUrl(job.url));
    }
    urls.sort();
    QCOMPARE(urls,
             QStringList({QStringLiteral("http://other.example/b"),
                          QStringLiteral("https://img.example/a.png"),
                          QStringLiteral("https://img.example/shared.png")}));
}

void TestImageCacheStore::paperWorkListKeepsPaperOrder()
{
    store(QStringLiteral("NeRF"),
          QStringLiteral("a.md"),
          QStringLiteral("2401.00001"),
          {QStringLiteral("https://img.example/1.png"), QStringLiteral("https://img.example/2.png")});
    store(QStringLiteral("NeRF"),
          QStringLiteral("b.md"),
          QStringLiteral("2401.00002"),
          {QStringLiteral("https://img.example/3.png")});
    const qint64 second = Tests::scalar(m_db->connection(),
                                        QStringLiteral("SELECT id FROM papers WHERE arxiv_id = '2401.00002'"))
                              .toLongLong();
    const auto work = m_store->workForPapers({second}, {});
    QVERIFY(work.ok());
    QCOMPARE(work->jobs.size(), 1);
    QCOMPARE(work->jobs[0].url, QStringLiteral("https://img.example/3.png"));
}

void TestImageCacheStore::filterWorkListFollowsTags()
{
    store(QStringLiteral("NeRF"),
          QStringLiteral("a.md"),
          QStringLiteral("2401.00001"),
          {QStringLiteral("https://img.example/nerf.png")});
    store(QStringLiteral("3DGS"),
          QStringLiteral("b.md"),
          QStringLiteral("2401.00002"),
          {QStringLiteral("https://img.example/gs.png")});
    Core::PaperFilter filter;
    filter.allOf.append(Core::TagSelector::parse(QStringLiteral("topic:3DGS")));
    const auto work = m_store->workForFilter(filter, {});
    QVERIFY2(work.ok(), qPrintable(work.errorMessage()));
    QCOMPARE(work->jobs.size(), 1);
    QCOMPARE(work->jobs[0].url, QStringLiteral("https://img.example/gs.png"));
}

void TestImageCacheStore::cachedUrlsAreSkippedWhileTheirFileExists()
{
    const QString url = QStringLiteral("https://img.example/a.png");
    store(QStringLiteral("NeRF"), QStringLiteral("a.md"), QStringLiteral("2401.00001"), {url});
    const QString file = ImageCacheStore::fileNameFor(url, QStringLiteral("png"));
    QVERIFY(m_store->recordCached(url, file, 3, 1, 1).ok());
    auto work = m_store->workForLibrary({});
    QVERIFY(work.ok());
    QCOMPARE(work->jobs.size(), 1); // recorded, but the file is not there

    QFile written(m_store->pathFor(file));
    QVERIFY(written.open(QIODevice::WriteOnly));
    written.write("png");
    written.close();
    work = m_store->workForLibrary({});
    QVERIFY(work.ok());
    QCOMPARE(work->jobs.size(), 0);
    QCOMPARE(work->cachedAlready, 1);

    const auto entry = m_store->entry(url);
    QVERIFY(entry.ok());
    QCOMPARE(entry->state, ImageState::Cached);
    QCOMPARE(entry->file, file);
    QCOMPARE(entry->bytes, 3);
    QVERIFY(entry->fetchedAt.isValid());
}

void TestImageCacheStore::failedUrlsWaitForTheCoolDown()
{
    const QString url = QStringLiteral("https://img.example/broken.png");
    store(QStringLiteral("NeRF"), QStringLiteral("a.md"), QStringLiteral("2401.00001"), {url});
    QVERIFY(m_store->recordFailed(url, QStringLiteral("HTTP 404")).ok());

    ImageCacheStore::WorkOptions options;
    auto work = m_store->workForLibrary(options);
    QVERIFY(work.ok());
    QCOMPARE(work->jobs.size(), 0);
    QCOMPARE(work->failedRecently, 1);

    options.retryFailed = true;
    work = m_store->workForLibrary(options);
    QVERIFY(work.ok());
    QCOMPARE(work->jobs.size(), 1);

    options.retryFailed = false;
    options.now = QDateTime::currentDateTimeUtc().addSecs(25 * 3600);
    work = m_store->workForLibrary(options);
    QVERIFY(work.ok());
    QCOMPARE(work->jobs.size(), 1);

    // Naming a URL is a request to retry it.
    work = m_store->workForUrls({url}, {});
    QVERIFY(work.ok());
    QCOMPARE(work->jobs.size(), 1);
}

void TestImageCacheStore::relativeUrlsResolveAgainstUrlSources()
{
    store(QStringLiteral("NeRF"),
          QStringLiteral("https://blog.example/posts/2024/nerf.md"),
          QStringLiteral("2401.00001"),
          {QStringLiteral("../img/fig1.png")});
    const auto work = m_store->workForLibrary({});
    QVERIFY(work.ok());
    QCOMPARE(work->jobs.size(), 1);
    QCOMPARE(work->jobs[0].url, QStringLiteral("../img/fig1.png"));
    QCOMPARE(work->jobs[0].fetchUrl, QUrl(QStringLiteral("https://blog.example/posts/img/fig1.png")));
}

void TestImageCacheStore::relativeUrlsWithFileSourcesAreUnresolvable()
{
    store(QStringLiteral("NeRF"),
          QStringLiteral("2024-02-01/NeRF.md"),
          QStringLiteral("2401.00001"),
          {QStringLiteral("img/fig1.png"), QStringLiteral("https://img.example/ok.png")});
    const auto work = m_store->workForLibrary({});
    QVERIFY(work.ok());
    QCOMPARE(work->jobs.size(), 1);
    QCOMPARE(work->unfetchable.size(), 1);
    const auto entry = m_store->entry(QStringLiteral("img/fig1.png"));
    QVERIFY(entry.ok());
    QCOMPARE(entry->state, ImageState::Failed);
    QVERIFY2(entry->error.startsWith(QLatin1String("unresolvable")), qPrintable(entry->error));
}

void TestImageCacheStore::resolve_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected"); // empty: an error

    QTest::newRow("absolute https") << "https://a.example/x.png"
                                    << "d.md"
                                    << "https://a.example/x.png";
    QTest::newRow("absolute http") << "http://a.example/x"
                                   << ""
                                   << "http://a.example/x";
    QTest::newRow("relative, url source") << "x.png"
                                          << "https://b.example/p/d.md"
                                          << "https://b.example/p/x.png";
    QTest::newRow("root relative") << "/i/x.png"
                                   << "https://b.example/p/d.md"
                                   << "https://b.example/i/x.png";
    QTest::newRow("scheme relative") << "//c.example/x.png"
                                     << "https://b.example/d.md"
                                     << "https://c.example/x.png";
    QTest::newRow("relative, file source") << "x.png"
                                           << "notes/d.md"
                                           << "";
    QTest::newRow("relative, ftp source") << "x.png"
                                          << "ftp://b.example/d.md"
                                          << "";
    QTest::newRow("file scheme") << "file:///etc/passwd"
                                 << "https://b.example/d.md"
                                 << "";
    QTest::newRow("javascript") << "javascript:alert(1)"
                                << ""
                                << "";
    QTest::newRow("empty") << ""
                           << "https://b.example/d.md"
                           << "";
}

void TestImageCacheStore::resolve()
{
    QFETCH(QString, url);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const auto resolved = ImageCacheStore::resolve(url, source);
    if (expected.isEmpty()) {
        QVERIFY(!resolved.ok());
        QVERIFY(!resolved.errorMessage().isEmpty());
    } else {
        QVERIFY2(resolved.ok(), qPrintable(resolved.errorMessage()));
        QCOMPARE(resolved->toString(), expected);
    }
}

void TestImageCacheStore::fileNamesStayInsideTheFolder_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("extension");
    QTest::newRow("plain") << "https://a.example/x.png"
                           << "png";
    QTest::newRow("dot dot") << "https://a.example/../../../../etc/passwd"
                             << "jpg";
    QTest::newRow("encoded") << "https://a.example/%2e%2e%2f%2e%2e%2fx"
                             << "png";
    QTest::newRow("odd extension") << "https://a.example/x"
                                   << "../../x";
    QTest::newRow("slash extension") << "https://a.example/x"
                                     << "png/../../y";
}

void TestImageCacheStore::fileNamesStayInsideTheFolder()
{
    QFETCH(QString, url);
    QFETCH(QString, extension);
    const QString name = ImageCacheStore::fileNameFor(url, extension);
    QVERIFY(!name.contains(QLatin1Char('/')));
    QVERIFY(!name.contains(QLatin1String("..")));
    const QString path = m_store->pathFor(name);
    QVERIFY(!path.isEmpty());
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(m_store->imageDir()).absoluteFilePath());
    // Names that did not come from fileNameFor() are refused.
    QVERIFY(m_store->pathFor(QStringLiteral("../x.png")).isEmpty());
    QVERIFY(m_store->pathFor(QStringLiteral("/etc/passwd")).isEmpty());
}

void TestImageCacheStore::recordOverwritesTheLastOutcome()
{
    const QString url = QStringLiteral("https://img.example/a.png");
    QVERIFY(m_store->recordFailed(url, QStringLiteral("timeout")).ok());
    QVERIFY(m_store->recordCached(url, ImageCacheStore::fileNameFor(url, QStringLiteral("png")), 10, 4, 3).ok());
    const auto entry = m_store->entry(url);
    QVERIFY(entry.ok());
    QCOMPARE(entry->state, ImageState::Cached);
    QCOMPARE(entry->error, QString());
    QCOMPARE(entry->width, 4);
    QCOMPARE(entry->height, 3);
    const auto counts = m_store->stateCounts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->value(ImageState::Cached), 1);
    QCOMPARE(counts->value(ImageState::Failed), 0);
}

QTEST_GUILESS_MAIN(TestImageCacheStore)
#include "tst_imagecachestore.moc"
