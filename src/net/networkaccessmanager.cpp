#include "net/networkaccessmanager.h"

#include <QCoreApplication>
#include <QNetworkRequest>

namespace PaperShelf::Net {

NetworkAccessManager::NetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
    setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    setTransferTimeout(DefaultTransferTimeoutMs);
}

NetworkAccessManager::~NetworkAccessManager() = default;

QByteArray NetworkAccessManager::userAgent()
{
    return QByteArrayLiteral("PaperShelf/") + QCoreApplication::applicationVersion().toLatin1();
}

QNetworkReply *NetworkAccessManager::createRequest(Operation op,
                                                   const QNetworkRequest &request,
                                                   QIODevice *outgoingData)
{
    QNetworkRequest policed(request);
    if (!policed.hasRawHeader("User-Agent")) {
        policed.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    }
    // NoLessSafeRedirectPolicy refuses https -> http; the cap bounds redirect chains.
    policed.setMaximumRedirectsAllowed(MaxRedirects);
    return QNetworkAccessManager::createRequest(op, policed, outgoingData);
}

} // namespace PaperShelf::Net
