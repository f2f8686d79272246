#include "core/db/paperrepository.h"
#include "net/digestfetcher.h"
#include "net/networkaccessmanager.h"
#include "nettestutil.h"
#include "support/loopbackserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace PaperShelf;
using PaperShelf::TestSupport::LoopbackServer;
using PaperShelf::TestSupport::Response;

class TestDigestFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void digestByUrlIsImportedWithUrlSource();
    void reimportOfSameUrlIsIdempotent();
    void notFoundAndHtmlPagesAreErrorsAndImportNothing();
    void oversizedDigestIsRefused();

private:
    Core::ImportReport fetch(const QList<QUrl> &urls, const std::optional<Net::DownloadOptions> &options = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackServer> m_server;
    QString m_library;
};

void TestDigestFetcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = m_dir->filePath(QStringLiteral("lib.papershelf"));
    QVERIFY(Tests::makeLibrary(m_library));
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->listen());
    m_server->route(QStringLiteral("/posts/2024-02-01/NeRF.md"),
                    Response::ok(Tests::fixtureBytes(QStringLiteral("cli/2024-02-01/NeRF.md")), "text/markdown"));
}

void TestDigestFetcher::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

Core::ImportReport TestDigestFetcher::fetch(const QList<QUrl> &urls, const std::optional<Net::DownloadOptions> &options)
{
    Net::NetworkAccessManager network;
    Net::DigestFetcher fetcher(&network, m_library);
    if (options) {
        fetcher.setDownloadOptions(*options);
    }
    QSignalSpy finished(&fetcher, &Net::DigestFetcher::finished);
    if (!fetcher.fetch(urls) || !finished.wait(20'000)) {
        return {};
    }
    return finished.first().first().value<Core::ImportReport>();
}

void TestDigestFetcher::digestByUrlIsImportedWithUrlSource()
{
    const QUrl url = m_server->url(QStringLiteral("/posts/2024-02-01/NeRF.md"));
    const Core::ImportReport report = fetch({url});
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.value(0).message));
    QCOMPARE(report.digests, 1);
    QCOMPARE(report.papersAdded, 2);

    auto database = Tests::makeLibrary(m_library);
    QVERIFY(database);
    QCOMPARE(Tests::scalar(*database, QStringLiteral("SELECT path FROM digests")).toString(), url.toString());
    QCOMPARE(Tests::scalar(*database, QStringLiteral("SELECT source FROM digests")).toString(), url.toString());
    QCOMPARE(Tests::scalar(*database, QStringLiteral("SELECT topic FROM digests")).toString(), QStringLiteral("NeRF"));
    const auto paper = Core::PaperRepository(database->connection()).paper(QStringLiteral("2402.00101"));
    QVERIFY(paper.ok() && paper->has_value());
    QCOMPARE((*paper)->appearances.size(), 1);
    QCOMPARE((*paper)->appearances.first().source, url.toString());
    QCOMPARE((*paper)->text.title, QStringLiteral("Lantern Fields: Relighting Radiance Fields at Dusk"));
}

void TestDigestFetcher::reimportOfSameUrlIsIdempotent()
{
    const QUrl url = m_server->url(QStringLiteral("/posts/2024-02-01/NeRF.md"));
    QCOMPARE(fetch({url}).papersAdded, 2);
    const Core::ImportReport again = fetch({url});
    QVERIFY(again.errors.isEmpty());
    QCOMPARE(again.papersAdded, 0);
    QCOMPARE(again.papersUpdated, 0);
    QCOMPARE(again.appearancesAdded, 0);
    QCOMPARE(m_server->requestCount(QStringLiteral("/posts/2024-02-01/NeRF.md")), 2);
    auto database = Tests::makeLibrary(m_library);
    QCOMPARE(Tests::scalar(*database, QStringLiteral("SELECT count(*) FROM digests")).toInt(), 1);
    QCOMPARE(Tests::scalar(*database, QStringLiteral("SELECT count(*) FROM entries")).toInt(), 2);
    QCOMPARE(Tests::scalar(*database, QStringLiteral("SELECT count(*) FROM papers")).toInt(), 2);
}

void TestDigestFetcher::notFoundAndHtmlPagesAreErrorsAndImportNothing()
{
    m_server->route(QStringLiteral("/login.md"),
                    Response::ok("<!DOCTYPE html>\n<html><body>Please sign in</body></html>", "text/html"));
    m_server->route(QStringLiteral("/plain-html.md"),
                    Response::ok("  <html><head><title>Error</title></head></html>", "text/plain"));
    const QUrl missing = m_server->url(QStringLiteral("/missing.md"));
    const QUrl login = m_server->url(QStringLiteral("/login.md"));
    const QUrl plain = m_server->url(QStringLiteral("/plain-html.md"));
    const Core::ImportReport report = fetch({missing, login, plain});
    QCOMPARE(report.errors.size(), 3);
    QCOMPARE(report.errors.at(0).path, missing.toString());
    QVERIFY2(report.errors.at(0).message.contains(QStringLiteral("404")), qPrintable(report.errors.at(0).message));
    QCOMPARE(report.errors.at(1).path, login.toString());
    QVERIFY2(report.errors.at(1).message.contains(QStringLiteral("HTML")), qPrintable(report.errors.at(1).message));
    QCOMPARE(report.errors.at(2).path, plain.toString());
    QVERIFY(report.errors.at(2).message.contains(QStringLiteral("HTML")));
    QCOMPARE(report.digests, 0);
    auto database = Tests::makeLibrary(m_library);
    QCOMPARE(Tests::scalar(*database, QStringLiteral("SELECT count(*) FROM digests")).toInt(), 0);
    QCOMPARE(Tests::scalar(*database, QStringLiteral("SELECT count(*) FROM papers")).toInt(), 0);
}

void TestDigestFetcher::oversizedDigestIsRefused()
{
    Net::DownloadOptions options;
    options.maxBytes = 1000; // the fixture is larger
    const Core::ImportReport report = fetch({m_server->url(QStringLiteral("/posts/2024-02-01/NeRF.md"))}, options);
    QCOMPARE(report.errors.size(), 1);
    QVERIFY2(report.errors.first().message.contains(QStringLiteral("limit")),
             qPrintable(report.errors.first().message));
    auto database = Tests::makeLibrary(m_library);
    QCOMPARE(Tests::scalar(*database, QStringLiteral("SELECT count(*) FROM papers")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDigestFetcher)
#include "tst_digestfetcher.moc"
