#include "core/db/pdfcachestore.h"
#include "core/util/librarypaths.h"
#include "net/networkaccessmanager.h"
#include "net/pdffetcher.h"
#include "nettestutil.h"
#include "support/loopbackserver.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace PaperShelf;
using PaperShelf::TestSupport::LoopbackServer;
using PaperShelf::TestSupport::Response;

namespace {

const QByteArray PdfBody = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

} // namespace

class TestPdfFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pdfUrl_data();
    void pdfUrl();
    void fileNameStaysInsideTheFolder_data();
    void fileNameStaysInsideTheFolder();
    void pdfIsDownloadedIntoTheCacheAndRecorded();
    void notAPdfIsRejectedWithoutStrayFiles();
    void notFoundIsRecordedAsFailed();

private:
    Net::PdfRunReport run(const QList<Net::PdfRequest> &requests);
    QStringList filesInPdfDir() const;
    Core::PdfCacheEntry cacheEntry(qint64 rowId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackServer> m_server;
    QString m_library;
};

void TestPdfFetcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = m_dir->filePath(QStringLiteral("lib.papershelf"));
    {
        auto database = Tests::makeLibrary(m_library);
        QVERIFY(database);
        QSqlQuery insert(database->connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO papers(id, key, title, latest_date, added_at, updated_at)"
                                           " VALUES(1, '2402.00101', 'A', '2024-02-01', 'x', 'x'),"
                                           " (2, '2402.00102', 'B', '2024-02-01', 'x', 'x')")));
    }
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->listen());
}

void TestPdfFetcher::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

Net::PdfRunReport TestPdfFetcher::run(const QList<Net::PdfRequest> &requests)
{
    Net::NetworkAccessManager network;
    Net::PdfFetcher fetcher(&network, m_library);
    QSignalSpy finished(&fetcher, &Net::PdfFetcher::finished);
    if (!fetcher.fetch(requests) || !finished.wait(20'000)) {
        return {};
    }
    return finished.first().first().value<Net::PdfRunReport>();
}

QStringList TestPdfFetcher::filesInPdfDir() const
{
    return QDir(Core::LibraryPaths(m_library).pdfDir())
        .entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

Core::PdfCacheEntry TestPdfFetcher::cacheEntry(qint64 rowId)
{
    auto database = Tests::makeLibrary(m_library);
    const auto entry = Core::PdfCacheStore(database->connection()).entry(rowId);
    return entry.ok() && entry->has_value() ? **entry : Core::PdfCacheEntry();
}

void TestPdfFetcher::pdfUrl_data()
{
    QTest::addColumn<QString>("arxivId");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("digestLink");
    QTest::addColumn<QString>("expected");
    QTest::newRow("arXiv, versioned") << "2402.00101" << 2 << "http://arxiv.org/abs/2402.00101v2"
                                      << "https://arxiv.org/pdf/2402.00101v2";
    QTest::newRow("arXiv, no version") << "2402.00101" << 0 << ""
                                       << "https://arxiv.org/pdf/2402.00101";
    QTest::newRow("other host") << "" << 0 << "https://workshop.example.org/papers/note.pdf"
                                << "https://workshop.example.org/papers/note.pdf";
    QTest::newRow("no usable link") << "" << 0 << "file:///etc/passwd"
                                    << "";
}

void TestPdfFetcher::pdfUrl()
{
    QFETCH(QString, arxivId);
    QFETCH(int, version);
    QFETCH(QString, digestLink);
    QFETCH(QString, expected);
    QCOMPARE(Net::PdfFetcher::pdfUrl(arxivId, version, digestLink, Net::PdfFetcher::defaultArxivPdfBase()).toString(),
             expected);
}

void TestPdfFetcher::fileNameStaysInsideTheFolder_data()
{
    QTest::addColumn<QString>("paperId");
    QTest::addColumn<QString>("expected");
    QTest::newRow("arXiv id") << "2402.00101"
                              << "2402.00101.pdf";
    QTest::newRow("old-style id") << "hep-th/9901001"
                                  << "hep-th_9901001.pdf";
    QTest::newRow("traversal") << "../../etc/passwd"
                               << "_.._.._etc_passwd.pdf";
    QTest::newRow("dots only") << ".."
                               << "_...pdf";
}

void TestPdfFetcher::fileNameStaysInsideTheFolder()
{
    QFETCH(QString, paperId);
    QFETCH(QString, expected);
    QCOMPARE(Net::PdfFetcher::fileName(paperId), expected);
}

void TestPdfFetcher::pdfIsDownloadedIntoTheCacheAndRecorded()
{
    m_server->route(QStringLiteral("/pdf/2402.00101v1"), Response::ok(PdfBody, "application/pdf"));
    const QUrl url = m_server->url(QStringLiteral("/pdf/2402.00101v1"));
    const Net::PdfRunReport report = run({{1, QStringLiteral("2402.00101"), url}});
    QCOMPARE(report.papers.size(), 1);
    QVERIFY2(report.papers.first().error.isEmpty(), qPrintable(report.papers.first().error));
    QCOMPARE(filesInPdfDir(), QStringList(QStringLiteral("2402.00101.pdf")));
    QFile file(report.papers.first().file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), PdfBody);
    const Core::PdfCacheEntry entry = cacheEntry(1);
    QCOMPARE(entry.state, Core::PdfState::Cached);
    QCOMPARE(entry.file, QStringLiteral("2402.00101.pdf"));
    QCOMPARE(entry.bytes, PdfBody.size());
    QCOMPARE(entry.url, url.toString());
    QVERIFY(entry.error.isEmpty());
}

void TestPdfFetcher::notAPdfIsRejectedWithoutStrayFiles()
{
    m_server->route(QStringLiteral("/pdf/html"),
                    Response::ok("<!DOCTYPE html><html><body>Are you a robot?</body></html>", "application/pdf"));
    m_server->route(QStringLiteral("/pdf/short"), Response::ok("%PD", "application/pdf"));
    const Net::PdfRunReport report = run(
        {{1, QStringLiteral("2402.00101"), m_server->url(QStringLiteral("/pdf/html"))},
         {2, QStringLiteral("2402.00102"), m_server->url(QStringLiteral("/pdf/short"))}});
    QCOMPARE(report.papers.size(), 2);
    for (const Net::PdfResult &paper : report.papers) {
        QVERIFY2(paper.error.contains(QStringLiteral("not a PDF")), qPrintable(paper.error));
        QVERIFY(paper.file.isEmpty());
    }
    QCOMPARE(filesInPdfDir(), QStringList());
    QCOMPARE(cacheEntry(1).state, Core::PdfState::Failed);
    QVERIFY(cacheEntry(1).error.contains(QStringLiteral("not a PDF")));
    QCOMPARE(cacheEntry(2).state, Core::PdfState::Failed);
}

void TestPdfFetcher::notFoundIsRecordedAsFailed()
{
    const Net::PdfRunReport report = run(
        {{1, QStringLiteral("2402.00101"), m_server->url(QStringLiteral("/pdf/missing"))}});
    QCOMPARE(report.papers.size(), 1);
    QVERIFY2(report.papers.first().error.contains(QStringLiteral("404")), qPrintable(report.papers.first().error));
    QCOMPARE(filesInPdfDir(), QStringList());
    const Core::PdfCacheEntry entry = cacheEntry(1);
    QCOMPARE(entry.state, Core::PdfState::Failed);
    QVERIFY(entry.error.contains(QStringLiteral("404")));
    QVERIFY(entry.file.isEmpty());
}

QTEST_GUILESS_MAIN(TestPdfFetcher)
#include "tst_pdffetcher.moc"
