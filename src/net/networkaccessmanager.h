#pragma once

#include <QNetworkAccessManager>

namespace PaperShelf::Net {

/// The application's one network manager. It carries the request policy every
/// PaperShelf request follows: user agent, redirect rules (at most 5, never
/// from https to http), TLS failures fail closed, and a transfer timeout.
/// Net classes receive it through their constructors; nothing creates its own.
class NetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkAccessManager)

public:
    static constexpr int MaxRedirects = 5;
    static constexpr int DefaultTransferTimeoutMs = 15'000;

    explicit NetworkAccessManager(QObject *parent = nullptr);
    ~NetworkAccessManager() override;

    static QByteArray userAgent();

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;
};

} // namespace PaperShelf::Net
