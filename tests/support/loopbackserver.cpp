#include "loopbackserver.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QtEndian>

namespace PaperShelf::TestSupport {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffU;
    for (const char c : data) {
        crc ^= static_cast<quint8>(c);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc & 1U) ? (crc >> 1) ^ 0xedb88320U : crc >> 1;
        }
    }
    return crc ^ 0xffffffffU;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray chunk(4, '\0');
    qToBigEndian<quint32>(static_cast<quint32>(data.size()), chunk.data());
    const QByteArray typed = type + data;
    chunk += typed;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(typed), crc.data());
    return chunk + crc;
}

} // namespace

Response Response::ok(const QByteArray &body, const QByteArray &contentType)
{
    Response response;
    response.body = body;
    response.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    return response;
}

Response Response::withStatus(int code, const QByteArray &body)
{
    Response response;
    response.status = code;
    response.body = body;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")});
    return response;
}

Response Response::redirect(const QUrl &location, int code)
{
    Response response;
    response.status = code;
    response.headers.append({QByteArrayLiteral("Location"), location.toEncoded()});
    return response;
}

Response Response::withFault(Fault kind, const QByteArray &body, const QByteArray &contentType)
{
    Response response = ok(body, contentType);
    response.fault = kind;
    return response;
}

/// The QTcpServer behind LoopbackServer; lives on the serving thread.
class ServerEngine final : public QTcpServer
{
public:
    explicit ServerEngine(LoopbackServer *owner)
        : m_owner(owner)
    {
        connect(this, &QTcpServer::newConnection, this, &ServerEngine::acceptAll);
    }

    ~ServerEngine() override
    {
        // The sockets are children; deleted by ~QObject they would still signal
        // "disconnected" into handlers that use this engine, no longer one by then
        // (UBSan: member access within an object of type QObject).
        const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
        for (QTcpSocket *socket : sockets) {
            socket->disconnect();
            delete socket;
        }
    }

    /// From now on, accepted connections are wrapped in a server-side QSslSocket.
    void useTls(const QSslCertificate &certificate, const QSslKey &key)
    {
        m_tls = true;
        m_certificate = certificate;
        m_key = key;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (!m_tls) {
            QTcpServer::incomingConnection(descriptor);
            return;
        }
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        // A client that rejects the certificate ends the handshake: close our side too.
        connect(socket, &QSslSocket::errorOccurred, socket, [socket] {
            if (!socket->isEncrypted()) {
                socket->abort();
            }
        });
        addPendingConnection(socket);
        socket->startServerEncryption();
    }

private:
    void acceptAll()
    {
        while (QTcpSocket *socket = nextPendingConnection()) {
            socket->setParent(this);
            auto buffer = std::make_shared<QByteArray>();
            auto host = std::make_shared<QByteArray>();
            auto answered = std::make_shared<bool>(false);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer, host, answered] {
                buffer->append(socket->readAll());
                if (*answered || !buffer->contains("\r\n\r\n")) {
                    return;
                }
                *answered = true;
                answer(socket, *buffer, host.get());
            });
            connect(socket, &QTcpSocket::disconnected, socket, [this, socket, host, answered] {
                if (*answered) {
                    m_owner->connectionClosed(*host);
                }
                socket->deleteLater();
            });
        }
    }

    void answer(QTcpSocket *socket, const QByteArray &raw, QByteArray *host)
    {
        Request request;
        const QList<QByteArray> lines = raw.left(raw.indexOf("\r\n\r\n")).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const qsizetype question = target.indexOf('?');
        request.path = question < 0 ? target : target.left(question);
        request.query = question < 0 ? QByteArray() : target.mid(question + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0) {
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
        }
        *host = request.headers.value("host");
        m_owner->connectionOpened(*host);

        const Handler handler = m_owner->handlerFor(request.path, &request);
        const Response response = handler ? handler(request) : Response::withStatus(404, "not found");
        if (response.fault == Response::Fault::CloseWithoutResponse) {
            socket->disconnectFromHost();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
                        + "\r\nContent-Length: " + QByteArray::number(response.body.size())
                        + "\r\nConnection: close\r\n";
        for (const auto &[name, value] : response.headers) {
            head += name + ": " + value + "\r\n";
        }
        head += "\r\n";

        switch (response.fault) {
        case Response::Fault::None:
            socket->write(head + (request.method == "HEAD" ? QByteArray() : response.body));
            socket->disconnectFromHost();
            break;
        case Response::Fault::TruncateBody:
            socket->write(head + response.body.left(response.body.size() / 2));
            socket->disconnectFromHost();
            break;
        case Response::Fault::StallAfterHeaders:
            socket->write(head);
            break;
        case Response::Fault::Drip:
            socket->write(head);
            drip(socket, response.body, qMax(1, response.dripBytesPerSecond));
            break;
        case Response::Fault::CloseWithoutResponse:
            break;
        }
    }

    static void drip(QTcpSocket *socket, const QByteArray &body, int bytesPerSecond)
    {
        auto *timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, body, bytesPerSecond, offset] {
            socket->write(body.mid(*offset, bytesPerSecond));
            *offset += bytesPerSecond;
            if (*offset >= body.size()) {
                timer->stop();
                socket->disconnectFromHost();
            }
        });
        timer->start(1000);
    }

    LoopbackServer *m_owner;
    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

LoopbackServer::LoopbackServer(Threading threading, QObject *parent)
    : QObject(parent)
    , m_threading(threading)
{
}

LoopbackServer::~LoopbackServer()
{
    if (m_thread) {
        // Deleted on its thread before the thread stops. A queued deleteLater()
        // raced quit(): when the loop ended first, the engine and its QTcpServer
        // leaked (LeakSanitizer, now and then in tests that use OwnThread).
        ServerEngine *engine = m_engine;
        QMetaObject::invokeMethod(
            engine,
            [engine] {
            delete engine;
            },
            Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    } else {
        delete m_engine;
    }
}

bool LoopbackServer::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    if (m_engine || !QSslSocket::supportsSsl() || certificate.isNull() || key.isNull()) {
        return m_engine && m_tls && m_engine->isListening();
    }
    m_tls = true;
    auto *engine = new ServerEngine(this);
    engine->useTls(certificate, key);
    return startListening(engine);
}

bool LoopbackServer::listen()
{
    if (m_engine) {
        return m_engine->isListening();
    }
    return startListening(new ServerEngine(this)); // no QObject parent: it may live on another thread
}

bool LoopbackServer::startListening(ServerEngine *engine)
{
    m_engine = engine;
    bool listening = false;
    if (m_threading == Threading::OwnThread) {
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(QStringLiteral("LoopbackServer"));
        m_engine->moveToThread(m_thread.get());
        m_thread->start();
        QMetaObject::invokeMethod(
            m_engine,
            [this, &listening] {
            listening = m_engine->listen(QHostAddress::LocalHost);
            },
            Qt::BlockingQueuedConnection);
    } else {
        listening = m_engine->listen(QHostAddress::LocalHost);
    }
    m_port = listening ? m_engine->serverPort() : 0;
    return listening;
}

quint16 LoopbackServer::port() const
{
    return m_port;
}

QUrl LoopbackServer::url(const QString &path, const QString &host) const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host);
    url.setPort(m_port);
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? path : path.left(question), QUrl::TolerantMode); // keeps %2F as written
    if (question >= 0) {
        url.setQuery(path.mid(question + 1), QUrl::TolerantMode);
    }
    return url;
}

void LoopbackServer::route(const QString &path, const Response &response)
{
    route(path, [response](const Request &) {
        return response;
    });
}

void LoopbackServer::route(const QString &path, Handler handler)
{
    const QMutexLocker locker(&m_mutex);
    m_routes.insert(QUrl(path).toEncoded(QUrl::RemoveQuery), std::move(handler));
}

void LoopbackServer::clearRoutes()
{
    const QMutexLocker locker(&m_mutex);
    m_routes.clear();
}

int LoopbackServer::requestCount(const QString &path) const
{
    const QMutexLocker locker(&m_mutex);
    return m_counts.value(QUrl(path).toEncoded(QUrl::RemoveQuery));
}

int LoopbackServer::totalRequests() const
{
    const QMutexLocker locker(&m_mutex);
    return m_total;
}

int LoopbackServer::peakConnections() const
{
    const QMutexLocker locker(&m_mutex);
    return m_peakAll;
}

int LoopbackServer::peakConnections(const QByteArray &hostHeader) const
{
    const QMutexLocker locker(&m_mutex);
    return m_peak.value(hostHeader);
}

void LoopbackServer::resetCounters()
{
    const QMutexLocker locker(&m_mutex);
    m_counts.clear();
    m_peak.clear();
    m_total = 0;
    m_peakAll = m_openAll;
}

Handler LoopbackServer::handlerFor(const QByteArray &path, Request *request)
{
    const QMutexLocker locker(&m_mutex);
    ++m_total;
    request->count = ++m_counts[path];
    return m_routes.value(path);
}

void LoopbackServer::connectionOpened(const QByteArray &host)
{
    const QMutexLocker locker(&m_mutex);
    m_peakAll = qMax(m_peakAll, ++m_openAll);
    m_peak[host] = qMax(m_peak.value(host), ++m_open[host]);
}

void LoopbackServer::connectionClosed(const QByteArray &host)
{
    const QMutexLocker locker(&m_mutex);
    --m_openAll;
    --m_open[host];
}

QByteArray LoopbackServer::image(QSize size, const char *format, bool noise, quint32 seed)
{
    QImage image(size, QImage::Format_RGB32);
    if (noise) {
        QRandomGenerator random(seed);
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                line[x] = 0xff000000U | (random.generate() & 0x00ffffffU);
            }
        }
    } else {
        image.fill(QColor::fromHsv(static_cast<int>(seed % 360), 160, 220));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.write(image);
    return bytes;
}

QByteArray LoopbackServer::pngClaiming(QSize size)
{
    QByteArray header(13, '\0');
    qToBigEndian<quint32>(static_cast<quint32>(size.width()), header.data());
    qToBigEndian<quint32>(static_cast<quint32>(size.height()), header.data() + 4);
    header[8] = 8; // bit depth
    header[9] = 2; // truecolour
    // A few rows of zeros; the rest of the claimed image is simply missing.
    const QByteArray zlib = qCompress(QByteArray(1024, '\0')).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", zlib)
         + pngChunk("IEND", QByteArray());
}

} // namespace PaperShelf::TestSupport
