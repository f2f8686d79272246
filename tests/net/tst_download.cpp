#include "net/download.h"
#include "net/networkaccessmanager.h"
#include "support/loopbackserver.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace PaperShelf;
using PaperShelf::TestSupport::LoopbackServer;
using PaperShelf::TestSupport::Response;

// Download's bounds against the loopback server's faults; a file target never
// keeps a partial file.
class TestDownload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void bodyArrivesInMemoryAndInAFile();
    void faultsFailWithoutFiles_data();
    void faultsFailWithoutFiles();

private:
    Net::DownloadResult run(const QString &path, const Net::DownloadOptions &options);
    QStringList files() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackServer> m_server;
};

void TestDownload::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->listen());
    m_server->route(QStringLiteral("/ok"), Response::ok(QByteArray(5000, 'x'), "text/plain"));
    m_server->route(QStringLiteral("/stall"),
                    Response::withFault(Response::Fault::StallAfterHeaders, "never", "text/plain"));
    Response drip = Response::withFault(Response::Fault::Drip, QByteArray(100, 'd'), "text/plain");
    drip.dripBytesPerSecond = 1;
    m_server->route(QStringLiteral("/drip"), drip);
    m_server->route(QStringLiteral("/truncated"),
                    Response::withFault(Response::Fault::TruncateBody, QByteArray(4000, 't'), "text/plain"));
    m_server->route(QStringLiteral("/big"), Response::ok(QByteArray(10'000, 'b'), "text/plain"));
    m_server->route(QStringLiteral("/loop"), Response::redirect(m_server->url(QStringLiteral("/loop"))));
}

void TestDownload::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

Net::DownloadResult TestDownload::run(const QString &path, const Net::DownloadOptions &options)
{
    Net::NetworkAccessManager network;
    Net::Download download(&network, m_server->url(path), options);
    QSignalSpy finished(&download, &Net::Download::finished);
    download.start();
    if (!finished.wait(20'000)) {
        return {};
    }
    return finished.first().first().value<Net::DownloadResult>();
}

QStringList TestDownload::files() const
{
    return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

void TestDownload::bodyArrivesInMemoryAndInAFile()
{
    const Net::DownloadResult memory = run(QStringLiteral("/ok"), {});
    QVERIFY2(memory.ok(), qPrintable(memory.error));
    QCOMPARE(memory.body, QByteArray(5000, 'x'));
    QCOMPARE(memory.httpStatus, 200);
    Net::DownloadOptions toFile;
    toFile.saveTo = m_dir->filePath(QStringLiteral("ok.txt"));
    const Net::DownloadResult file = run(QStringLiteral("/ok"), toFile);
    QVERIFY(file.ok());
    QVERIFY(file.body.isEmpty());
    QCOMPARE(file.bytes, 5000);
    QCOMPARE(files(), QStringList(QStringLiteral("ok.txt")));
}

void TestDownload::faultsFailWithoutFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("inactivityMs");
    QTest::addColumn<int>("deadlineMs");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("404") << "/missing" << 5000 << 10000 << qint64(1 << 20) << "HTTP 404";
    QTest::newRow("stall after headers") << "/stall" << 300 << 10000 << qint64(1 << 20) << "no data";
    QTest::newRow("drip past the deadline") << "/drip" << 5000 << 1500 << qint64(1 << 20) << "no complete answer";
    QTest::newRow("truncated body") << "/truncated" << 5000 << 10000 << qint64(1 << 20) << "";
    QTest::newRow("over the size cap") << "/big" << 5000 << 10000 << qint64(1000) << "limit";
    QTest::newRow("redirect loop") << "/loop" << 5000 << 10000 << qint64(1 << 20) << "";
}

void TestDownload::faultsFailWithoutFiles()
{
    QFETCH(QString, path);
    QFETCH(int, inactivityMs);
    QFETCH(int, deadlineMs);
    QFETCH(qint64, maxBytes);
    QFETCH(QString, expected);
    Net::DownloadOptions options;
    options.inactivityTimeoutMs = inactivityMs;
    options.deadlineMs = deadlineMs;
    options.maxBytes = maxBytes;
    options.saveTo = m_dir->filePath(QStringLiteral("target.bin"));
    const Net::DownloadResult result = run(path, options);
    QVERIFY2(!result.ok(), qPrintable(path));
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QCOMPARE(files(), QStringList());
}

QTEST_GUILESS_MAIN(TestDownload)
#include "tst_download.moc"
