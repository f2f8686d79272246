#include "core/arxiv/arxivmetadatastore.h"
#include "core/db/paperrepository.h"
#include "net/arxivclient.h"
#include "net/networkaccessmanager.h"
#include "nettestutil.h"
#include "support/loopbackserver.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace PaperShelf;
using PaperShelf::TestSupport::LoopbackServer;
using PaperShelf::TestSupport::Request;
using PaperShelf::TestSupport::Response;

namespace {

// An Atom feed in the arXiv API's format with one entry per requested id.
QByteArray feedFor(const QStringList &ids)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                     "  <id>http://arxiv.org/api/generated</id>\n";
    for (const QString &id : ids) {
        xml += "  <entry>\n    <id>http://arxiv.org/abs/" + id.toUtf8()
             + "v1</id>\n"
               "    <updated>2024-02-02T00:00:00Z</updated>\n    <published>2024-02-01T00:00:00Z</published>\n"
               "    <title>Paper "
             + id.toUtf8() + "</title>\n    <summary>Abstract of " + id.toUtf8()
             + ".</summary>\n    <author><name>Ada Lovelace</name></author>\n"
               "    <arxiv:primary_category xmlns:arxiv=\"http://arxiv.org/schemas/atom\" term=\"cs.LG\"/>\n"
               "  </entry>\n";
    }
    return xml + "</feed>\n";
}

} // namespace

class TestArxivClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void batchUrlListsIds();
    void fetchStoresRecordsAndReportsDifferencesWithoutTouchingDigest();
    void batchesOfFiftyAreSpacedByTheInterval();
    void feedErrorEntriesAndServerErrorsAreReported();

private:
    QList<Net::ArxivRequest> requestsForLibrary();
    Net::ArxivRunReport run(const QList<Net::ArxivRequest> &requests, int intervalMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackServer> m_server;
    QString m_library;
};

void TestArxivClient::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = m_dir->filePath(QStringLiteral("lib.papershelf"));
    m_server = std::make_unique<LoopbackServer>(LoopbackServer::Threading::OwnThread);
    QVERIFY(m_server->listen());
}

void TestArxivClient::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

QList<Net::ArxivRequest> TestArxivClient::requestsForLibrary()
{
    auto database = Tests::makeLibrary(m_library,
                                       {QStringLiteral(PAPERSHELF_TEST_DATA "/cli/2024-02-01"),
                                        QStringLiteral(PAPERSHELF_TEST_DATA "/cli/2024-02-03")});
    QList<Net::ArxivRequest> requests;
    QSqlQuery ids(database->connection());
    ids.exec(QStringLiteral("SELECT id FROM papers ORDER BY key"));
    QList<qint64> rowIds;
    while (ids.next()) {
        rowIds.append(ids.value(0).toLongLong());
    }
    const auto papers = Core::PaperRepository(database->connection()).papers(rowIds);
    for (const Core::PaperDetails &paper : *papers) {
        requests.append({paper.rowId, paper.id, paper.arxivId, paper.text});
    }
    return requests;
}

Net::ArxivRunReport TestArxivClient::run(const QList<Net::ArxivRequest> &requests, int intervalMs)
{
    Net::NetworkAccessManager network;
    Net::ArxivClient client(&network, m_library);
    client.setApiUrl(m_server->url(QStringLiteral("/api/query")));
    client.setRequestInterval(intervalMs);
    QSignalSpy finished(&client, &Net::ArxivClient::finished);
    if (!client.fetch(requests) || !finished.wait(30'000)) {
        return {};
    }
    return finished.first().first().value<Net::ArxivRunReport>();
}

void TestArxivClient::batchUrlListsIds()
{
    const QUrl url = Net::ArxivClient::batchUrl(QUrl(QStringLiteral("https://export.arxiv.org/api/query")),
                                                {QStringLiteral("2402.00101"), QStringLiteral("hep-th/9901001")});
    const QUrlQuery query(url);
    QCOMPARE(url.path(), QStringLiteral("/api/query"));
    QCOMPARE(query.queryItemValue(QStringLiteral("id_list")), QStringLiteral("2402.00101,hep-th/9901001"));
    QCOMPARE(query.queryItemValue(QStringLiteral("max_results")), QStringLiteral("2"));
}

void TestArxivClient::fetchStoresRecordsAndReportsDifferencesWithoutTouchingDigest()
{
    m_server->route(QStringLiteral("/api/query"),
                    Response::ok(Tests::fixtureBytes(QStringLiteral("arxiv/feed.xml")), "application/atom+xml"));
    const QList<Net::ArxivRequest> requests = requestsForLibrary();
    QCOMPARE(requests.size(), 4);
    const Net::ArxivRunReport report = run(requests, 0);
    QCOMPARE(report.papers.size(), 4);
    QCOMPARE(report.requests, 1);

    QHash<QString, Net::ArxivPaperResult> byId;
    for (const Net::ArxivPaperResult &paper : report.papers) {
        byId.insert(paper.paperId, paper);
    }
    const Net::ArxivPaperResult same = byId.value(QStringLiteral("2402.00101"));
    QVERIFY2(same.error.isEmpty(), qPrintable(same.error));
    QVERIFY(same.record.has_value());
    QCOMPARE(same.record->version, 2);
    QVERIFY(same.differences.isEmpty());

    const Net::ArxivPaperResult renamed = byId.value(QStringLiteral("2402.00102"));
    // The digest shown is the latest appearance (3DGS, 2024-02-03), whose abstract also differs.
    QCOMPARE(renamed.differences.size(), 3);
    QCOMPARE(renamed.differences.at(0).field, Core::ArxivField::Title);
    QCOMPARE(renamed.differences.at(0).digestText,
             QStringLiteral("Sparse Views, Dense Depth: Few-Shot NeRF with Monocular Priors"));
    QCOMPARE(renamed.differences.at(1).field, Core::ArxivField::Authors);
    QCOMPARE(renamed.differences.at(2).field, Core::ArxivField::Abstract);
    QVERIFY(renamed.differences.at(2).digestText.contains(QStringLiteral("and Gaussian splatting")));

    const Net::ArxivPaperResult abstract = byId.value(QStringLiteral("2402.00201"));
    QCOMPARE(abstract.differences.size(), 1);
    QCOMPARE(abstract.differences.first().field, Core::ArxivField::Abstract);
    QVERIFY(abstract.differences.first().arxivText.contains(QStringLiteral("140 FPS")));

    // The paper without an arXiv link is reported, not requested.
    int withoutId = 0;
    for (const Net::ArxivPaperResult &paper : report.papers) {
        if (paper.arxivId.isEmpty()) {
            ++withoutId;
            QVERIFY(!paper.error.isEmpty());
        }
    }
    QCOMPARE(withoutId, 1);

    auto database = Tests::makeLibrary(m_library);
    QCOMPARE(Tests::scalar(*database, QStringLiteral("SELECT count(*) FROM arxiv_metadata")).toInt(), 3);
    const auto stored = Core::ArxivMetadataStore(database->connection()).load(renamed.paperRowId);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE((*stored)->title, renamed.record->title);
    QCOMPARE((*stored)->authors.size(), 3);
    // The digest's text is untouched.
    const auto paper = Core::PaperRepository(database->connection()).paper(QStringLiteral("2402.00102"));
    QCOMPARE((*paper)->text.title, QStringLiteral("Sparse Views, Dense Depth: Few-Shot NeRF with Monocular Priors"));
    QCOMPARE((*paper)->text.authors, QStringList({QStringLiteral("Oskar Lindqvist"), QStringLiteral("Priya Raman")}));
    QCOMPARE(Tests::scalar(*database, QStringLiteral("SELECT title FROM papers WHERE key = '2402.00102'")).toString(),
             QStringLiteral("Sparse Views, Dense Depth: Few-Shot NeRF with Monocular Priors"));
}

void TestArxivClient::batchesOfFiftyAreSpacedByTheInterval()
{
    constexpr int Papers = 120;
    constexpr int IntervalMs = 300;
    {
        auto database = Tests::makeLibrary(m_library);
        QSqlQuery insert(database->connection());
        for (int i = 1; i <= Papers; ++i) {
            QVERIFY(insert.exec(QStringLiteral("INSERT INTO papers(id, key, title, latest_date, added_at, updated_at)"
                                               " VALUES(%1, '2403.%2', 'Paper', '2024-03-01', 'x', 'x')")
                                    .arg(i)
                                    .arg(i, 5, 10, QLatin1Char('0'))));
        }
    }
    QMutex mutex;
    QElapsedTimer clock;
    clock.start();
    QList<qint64> arrivals;
    QList<int> batchSizes;
    m_server->route(QStringLiteral("/api/query"), [&](const Request &request) {
        const QStringList ids = QUrlQuery(QString::fromUtf8(request.query))
                                    .queryItemValue(QStringLiteral("id_list"))
                                    .split(QLatin1Char(','));
        {
            QMutexLocker locker(&mutex);
            arrivals.append(clock.elapsed());
            batchSizes.append(static_cast<int>(ids.size()));
        }
        return Response::ok(feedFor(ids), "application/atom+xml");
    });
    QList<Net::ArxivRequest> requests;
    for (int i = 1; i <= Papers; ++i) {
        Core::DigestEntry digest;
        digest.title = QStringLiteral("Paper 2403.%1").arg(i, 5, 10, QLatin1Char('0'));
        digest.authors = {QStringLiteral("Ada Lovelace")};
        digest.abstract = QStringLiteral("Abstract of %1.").arg(digest.title.mid(6));
        requests.append({i, digest.title.mid(6), digest.title.mid(6), digest});
    }
    const Net::ArxivRunReport report = run(requests, IntervalMs);
    QCOMPARE(report.requests, 3);
    QMutexLocker locker(&mutex);
    QCOMPARE(batchSizes, QList<int>({50, 50, 20}));
    QCOMPARE(arrivals.size(), 3);
    for (int i = 1; i < arrivals.size(); ++i) {
        QVERIFY2(arrivals.at(i) - arrivals.at(i - 1) >= IntervalMs,
                 qPrintable(QStringLiteral("requests %1 ms apart").arg(arrivals.at(i) - arrivals.at(i - 1))));
    }
    for (const Net::ArxivPaperResult &paper : report.papers) {
        QVERIFY2(paper.error.isEmpty(), qPrintable(paper.paperId + QStringLiteral(": ") + paper.error));
        QVERIFY(paper.differences.isEmpty()); // the digest titles match the generated feed
    }
    auto database = Tests::makeLibrary(m_library);
    QCOMPARE(Tests::scalar(*database, QStringLiteral("SELECT count(*) FROM arxiv_metadata")).toInt(), Papers);
}

void TestArxivClient::feedErrorEntriesAndServerErrorsAreReported()
{
    {
        auto database = Tests::makeLibrary(m_library);
        QSqlQuery insert(database->connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO papers(id, key, title, latest_date, added_at, updated_at)"
                                           " VALUES(1, '2402.0010', 'Bad id', '2024-03-01', 'x', 'x')")));
    }
    m_server->route(QStringLiteral("/api/query"),
                    Response::ok(Tests::fixtureBytes(QStringLiteral("arxiv/error.xml")), "application/atom+xml"));
    Net::ArxivRunReport report = run({{1, QStringLiteral("2402.0010"), QStringLiteral("2402.0010"), {}}}, 0);
    QCOMPARE(report.feedErrors, QStringList(QStringLiteral("incorrect id format for 2402.0010")));
    QCOMPARE(report.papers.size(), 1);
    QCOMPARE(report.papers.first().error, QStringLiteral("not found on arXiv"));

    m_server->route(QStringLiteral("/api/query"), Response::withStatus(503, "busy"));
    report = run({{1, QStringLiteral("2402.0010"), QStringLiteral("2402.0010"), {}}}, 0);
    QVERIFY2(report.papers.first().error.contains(QStringLiteral("503")), qPrintable(report.papers.first().error));
    auto database = Tests::makeLibrary(m_library);
    QCOMPARE(Tests::scalar(*database, QStringLiteral("SELECT count(*) FROM arxiv_metadata")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestArxivClient)
#include "tst_arxivclient.moc"
