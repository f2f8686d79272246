#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSize>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QThread;

namespace PaperShelf::TestSupport {

/// One request as the server saw it (the handler's input).
struct Request
{
    QByteArray method;
    QByteArray path;                       ///< Path only, without the query.
    QByteArray query;                      ///< Text after '?', empty when none.
    QHash<QByteArray, QByteArray> headers; ///< Lower-case names.
    int count = 0;                         ///< 1 for the first request to this path, 2 for the second, ...
};

/// What the server answers. The fault modes are what tests of network code need.
struct Response
{
    enum class Fault {
        None,
        StallAfterHeaders,    ///< Send status and headers, then nothing until the client gives up.
        Drip,                 ///< Send headers, then dripBytesPerSecond bytes each second.
        TruncateBody,         ///< Content-Length is the full body, half of it is sent, then close.
        CloseWithoutResponse, ///< Close the connection as soon as the request is read.
    };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< Content-Length and Connection are added.
    QByteArray body;
    Fault fault = Fault::None;
    int dripBytesPerSecond = 1;

    static Response ok(const QByteArray &body, const QByteArray &contentType);
    static Response withStatus(int code, const QByteArray &body = QByteArray());
    static Response redirect(const QUrl &location, int code = 302);
    static Response withFault(Fault kind,
                              const QByteArray &body = QByteArray(),
                              const QByteArray &contentType = "image/png");
};

using Handler = std::function<Response(const Request &)>;

class ServerEngine;

/// A small HTTP/1.1 server on 127.0.0.1 for tests and benchmarks (no test touches a
/// real host). Routes map an exact path to a fixed Response or a Handler; unknown
/// paths get 404. Every response carries "Connection: close".
///
/// By default the server runs on the thread that creates it (the test's event loop
/// must spin, e.g. through QTRY_* or QSignalSpy::wait). With Threading::OwnThread it
/// serves from a thread of its own, so a busy client event loop never slows it and
/// a blocked one does not stall it. Routes and counters are thread-safe either way.
///
///     LoopbackServer server;
///     QVERIFY(server.listen());
///     server.route("/a.png", Response::ok(LoopbackServer::png({64, 48}), "image/png"));
///     server.route("/flaky", [](const Request &r) {
///         return r.count == 1 ? Response::withStatus(500) : Response::ok("x", "text/plain");
///     });
///     fetch(server.url("/a.png"));
///     QCOMPARE(server.requestCount("/a.png"), 1);
class LoopbackServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackServer)

public:
    enum class Threading {
        CallerThread,
        OwnThread
    };

    explicit LoopbackServer(Threading threading = Threading::CallerThread, QObject *parent = nullptr);
    ~LoopbackServer() override;

    /// Binds to 127.0.0.1 on a free port. False when that fails.
    bool listen();
    /// Like listen(), but every connection speaks TLS with `certificate` and `key`
    /// (server-side QSslSocket) and url() gives https:// URLs. False when the binding
    /// fails or Qt has no TLS backend (check QSslSocket::supportsSsl() to skip).
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);

    bool isTls() const { return m_tls; }

    quint16 port() const;
    /// http://127.0.0.1:<port><path> (https:// after listenTls()); `host` may be
    /// "localhost" to look like a second host.
    QUrl url(const QString &path, const QString &host = QStringLiteral("127.0.0.1")) const;

    void route(const QString &path, const Response &response);
    void route(const QString &path, Handler handler);
    void clearRoutes();

    /// Requests received for `path` (without query), and in total.
    int requestCount(const QString &path) const;
    int totalRequests() const;
    /// Highest number of simultaneously open connections seen, overall and per Host
    /// header value (e.g. "127.0.0.1:8080"); a connection counts from accept to close.
    int peakConnections() const;
    int peakConnections(const QByteArray &hostHeader) const;
    void resetCounters();

    /// A real PNG or JPEG (`format` as QImageWriter spells it) of `size` pixels. With
    /// noise, the pixels are pseudo-random from `seed`, so the file does not
    /// compress: about width*height*3 bytes as PNG.
    static QByteArray image(QSize size, const char *format = "PNG", bool noise = false, quint32 seed = 1);

    static QByteArray png(QSize size) { return image(size, "PNG"); }

    static QByteArray jpeg(QSize size) { return image(size, "JPEG"); }

    /// A syntactically valid PNG whose header claims `size` pixels but which carries
    /// almost no data: a decompression bomb as image readers see it.
    static QByteArray pngClaiming(QSize size);

private:
    friend class ServerEngine;
    bool startListening(ServerEngine *engine);
    Handler handlerFor(const QByteArray &path, Request *request);
    void connectionOpened(const QByteArray &host);
    void connectionClosed(const QByteArray &host);

    mutable QMutex m_mutex;
    QHash<QByteArray, Handler> m_routes;
    QHash<QByteArray, int> m_counts;
    QHash<QByteArray, int> m_open;
    QHash<QByteArray, int> m_peak;
    int m_total = 0;
    int m_openAll = 0;
    int m_peakAll = 0;

    Threading m_threading;
    std::unique_ptr<QThread> m_thread;
    ServerEngine *m_engine = nullptr; // owned by this (same thread) or deleted on m_thread
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace PaperShelf::TestSupport
