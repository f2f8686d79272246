#include "support/loopbackserver.h"

#include <QImage>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QtTest>

using PaperShelf::TestSupport::LoopbackServer;
using PaperShelf::TestSupport::Request;
using PaperShelf::TestSupport::Response;

// The fake server other tests rely on: each fault mode must look as documented.
class TestLoopbackServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesRoutesAndCountsRequests_data();
    void servesRoutesAndCountsRequests();
    void handlerSeesRequestNumber();
    void unknownPathIs404();
    void truncatedBodyIsAnError();
    void stallSendsHeadersOnly();
    void closeWithoutResponseIsAnError();
    void redirectCarriesLocation();
    void generatedImagesDecode();
    void bombClaimsItsSize();
    void tlsModeServesHttps();

private:
    struct Fetched
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int status = 0;
        QByteArray body;
    };

    Fetched get(const QUrl &url, int timeoutMs = 5000);

    QNetworkAccessManager m_network;
};

TestLoopbackServer::Fetched TestLoopbackServer::get(const QUrl &url, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(timeoutMs + 5000);
    Fetched fetched;
    fetched.error = reply->error();
    fetched.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    fetched.body = reply->isOpen() ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return fetched;
}

void TestLoopbackServer::servesRoutesAndCountsRequests_data()
{
    QTest::addColumn<bool>("ownThread");
    QTest::newRow("caller thread") << false;
    QTest::newRow("own thread") << true;
}

void TestLoopbackServer::servesRoutesAndCountsRequests()
{
    QFETCH(bool, ownThread);
    LoopbackServer server(ownThread ? LoopbackServer::Threading::OwnThread : LoopbackServer::Threading::CallerThread);
    QVERIFY(server.listen());
    QVERIFY(server.port() > 0);
    server.route(QStringLiteral("/hello.txt"), Response::ok("hello", "text/plain"));
    for (int i = 0; i < 3; ++i) {
        const Fetched fetched = get(server.url(QStringLiteral("/hello.txt?x=%1").arg(i)));
        QCOMPARE(fetched.error, QNetworkReply::NoError);
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.body, QByteArray("hello"));
    }
    QCOMPARE(server.requestCount(QStringLiteral("/hello.txt")), 3);
    QCOMPARE(server.totalRequests(), 3);
    QCOMPARE(server.peakConnections(), 1);
    QCOMPARE(server.peakConnections("127.0.0.1:" + QByteArray::number(server.port())), 1);
}

void TestLoopbackServer::handlerSeesRequestNumber()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.route(QStringLiteral("/flaky"), [](const Request &request) {
        return request.count == 1 ? Response::withStatus(500) : Response::ok("second", "text/plain");
    });
    QCOMPARE(get(server.url(QStringLiteral("/flaky"))).status, 500);
    const Fetched second = get(server.url(QStringLiteral("/flaky")));
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, QByteArray("second"));
}

void TestLoopbackServer::unknownPathIs404()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    QCOMPARE(get(server.url(QStringLiteral("/nothing"))).status, 404);
    QCOMPARE(server.requestCount(QStringLiteral("/nothing")), 1);
}

void TestLoopbackServer::truncatedBodyIsAnError()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.route(QStringLiteral("/t"), Response::withFault(Response::Fault::TruncateBody, QByteArray(1000, 'x')));
    const Fetched fetched = get(server.url(QStringLiteral("/t")));
    QVERIFY(fetched.error != QNetworkReply::NoError);
}

void TestLoopbackServer::stallSendsHeadersOnly()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.route(QStringLiteral("/s"), Response::withFault(Response::Fault::StallAfterHeaders, QByteArray(10, 'x')));
    const Fetched fetched = get(server.url(QStringLiteral("/s")), 300);
    QCOMPARE(fetched.error, QNetworkReply::OperationCanceledError); // the transfer timeout fired
    QCOMPARE(fetched.status, 200);
}

void TestLoopbackServer::closeWithoutResponseIsAnError()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.route(QStringLiteral("/c"), Response::withFault(Response::Fault::CloseWithoutResponse));
    QCOMPARE(get(server.url(QStringLiteral("/c"))).error, QNetworkReply::RemoteHostClosedError);
}

void TestLoopbackServer::redirectCarriesLocation()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    const QUrl target = server.url(QStringLiteral("/target"));
    server.route(QStringLiteral("/r"), Response::redirect(target));
    QNetworkRequest request(server.url(QStringLiteral("/r")));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
    QCOMPARE(reply->header(QNetworkRequest::LocationHeader).toUrl(), target);
    reply->deleteLater();
}

void TestLoopbackServer::generatedImagesDecode()
{
    const QByteArray png = LoopbackServer::png(QSize(64, 48));
    QCOMPARE(QImage::fromData(png, "PNG").size(), QSize(64, 48));
    const QByteArray jpeg = LoopbackServer::jpeg(QSize(30, 20));
    QCOMPARE(QImage::fromData(jpeg, "JPEG").size(), QSize(30, 20));
    const QByteArray noisy = LoopbackServer::image(QSize(256, 256), "PNG", true, 7);
    QVERIFY(noisy.size() > 190'000);
    QCOMPARE(noisy, LoopbackServer::image(QSize(256, 256), "PNG", true, 7));
}

void TestLoopbackServer::bombClaimsItsSize()
{
    QByteArray bomb = LoopbackServer::pngClaiming(QSize(20'000, 20'000));
    QVERIFY(bomb.size() < 2000);
    QBuffer buffer(&bomb);
    QImageReader reader(&buffer, "png");
    QCOMPARE(reader.size(), QSize(20'000, 20'000));
}

void TestLoopbackServer::tlsModeServesHttps()
{
    if (!QSslSocket::supportsSsl()) {
        QSKIP("Qt has no TLS backend here (QSslSocket::supportsSsl() is false)");
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(
        QStringLiteral(PAPERSHELF_TEST_DATA "/tls/cert.pem"));
    QCOMPARE(certificates.size(), 1);
    QFile keyFile(QStringLiteral(PAPERSHELF_TEST_DATA "/tls/key.pem"));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    QVERIFY(!key.isNull());

    LoopbackServer server;
    QVERIFY(server.listenTls(certificates.first(), key));
    QVERIFY(server.isTls());
    const QUrl url = server.url(QStringLiteral("/a.txt"));
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    server.route(QStringLiteral("/a.txt"), Response::ok("hello", "text/plain"));

    // Trusted through the request's own configuration: served like plain HTTP.
    QNetworkRequest trusted(url);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(certificates);
    trusted.setSslConfiguration(configuration);
    QNetworkReply *reply = m_network.get(trusted);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), QByteArray("hello"));
    reply->deleteLater();
    QCOMPARE(server.requestCount(QStringLiteral("/a.txt")), 1);

    // Not trusted: the handshake fails and no request reaches the handler. A fresh
    // manager, so no cached connection or TLS session of the trusted request helps.
    QNetworkAccessManager fresh;
    QNetworkReply *refused = fresh.get(QNetworkRequest(server.url(QStringLiteral("/b.txt"))));
    QSignalSpy refusedFinished(refused, &QNetworkReply::finished);
    QVERIFY(refusedFinished.wait());
    QCOMPARE(refused->error(), QNetworkReply::SslHandshakeFailedError);
    refused->deleteLater();
    QCOMPARE(server.totalRequests(), 1);
}

QTEST_GUILESS_MAIN(TestLoopbackServer)
#include "tst_loopbackserver.moc"
