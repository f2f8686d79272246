#include "net/download.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>

namespace PaperShelf::Net {

Download::Download(QNetworkAccessManager *network, QUrl url, DownloadOptions options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(std::move(options))
{
    m_result.url = std::move(url);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this]() {
        fail(tr("no complete answer within %1 s").arg(m_options.deadlineMs / 1000.0));
    });
}

Download::~Download()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void Download::start()
{
    const QString scheme = m_result.url.scheme();
    if (!m_result.url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        // Queued so that finished() never fires inside start().
        QMetaObject::invokeMethod(
            this,
            [this]() {
            fail(tr("not an http(s) URL"));
            },
            Qt::QueuedConnection);
        return;
    }
    if (!m_options.saveTo.isEmpty()) {
        QDir().mkpath(QFileInfo(m_options.saveTo).absolutePath());
        m_file = std::make_unique<QSaveFile>(m_options.saveTo);
        if (!m_file->open(QIODevice::WriteOnly)) {
            const QString why = m_file->errorString();
            QMetaObject::invokeMethod(
                this,
                [this, why]() {
                fail(tr("cannot write %1: %2").arg(m_options.saveTo, why));
                },
                Qt::QueuedConnection);
            return;
        }
    }
    QNetworkRequest request(m_result.url);
    request.setTransferTimeout(m_options.inactivityTimeoutMs);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &Download::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Download::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &Download::progressed);
    m_deadline.start(m_options.deadlineMs);
}

void Download::abort()
{
    fail(tr("cancelled"));
}

void Download::onReadyRead()
{
    if (m_done || !m_reply) {
        return;
    }
    if (m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 400) {
        m_reply->readAll(); // an error page: onFinished() reports the status
        return;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxBytes) {
        fail(tr("larger than the limit of %1 bytes").arg(m_options.maxBytes));
        return;
    }
    const QByteArray chunk = m_reply->readAll();
    m_result.bytes += chunk.size();
    if (m_result.bytes > m_options.maxBytes) {
        fail(tr("larger than the limit of %1 bytes").arg(m_options.maxBytes));
        return;
    }
    if (m_options.validateHead && !m_headChecked) {
        m_head.append(chunk.left(m_options.sniffBytes - m_head.size()));
        if (m_head.size() >= m_options.sniffBytes) {
            m_headChecked = true;
            if (const QString why = m_options.validateHead(m_head); !why.isEmpty()) {
                fail(why);
                return;
            }
        }
    }
    if (m_file) {
        if (m_file->write(chunk) != chunk.size()) {
            fail(tr("cannot write %1: %2").arg(m_options.saveTo, m_file->errorString()));
        }
    } else {
        m_result.body.append(chunk);
    }
}

void Download::onFinished()
{
    if (m_done || !m_reply) {
        return;
    }
    m_result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.finalUrl = m_reply->url();
    m_result.contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (m_reply->error() != QNetworkReply::NoError) {
        if (m_result.httpStatus >= 400) {
            const QString reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            fail(tr("HTTP %1 %2").arg(m_result.httpStatus).arg(reason).trimmed());
        } else if (m_reply->error() == QNetworkReply::OperationCanceledError) {
            // QNetworkRequest's transfer timeout aborts the reply this way.
            fail(tr("no data for %1 s").arg(m_options.inactivityTimeoutMs / 1000.0));
        } else {
            fail(m_reply->errorString());
        }
        return;
    }
    onReadyRead(); // whatever is still buffered
    if (m_done) {
        return;
    }
    if (m_options.validateHead && !m_headChecked) {
        m_headChecked = true;
        if (const QString why = m_options.validateHead(m_head); !why.isEmpty()) {
            fail(why);
            return;
        }
    }
    if (m_file && !m_file->commit()) {
        fail(tr("cannot write %1: %2").arg(m_options.saveTo, m_file->errorString()));
        return;
    }
    complete();
}

void Download::fail(const QString &message)
{
    if (m_done) {
        return;
    }
    m_result.error = message;
    m_result.body.clear();
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // QSaveFile removes its temporary file
    }
    complete();
}

void Download::complete()
{
    m_done = true;
    m_deadline.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        if (reply->isRunning()) {
            reply->abort();
        }
        reply->deleteLater();
    }
    m_file.reset();
    Q_EMIT finished(m_result);
}

} // namespace PaperShelf::Net
