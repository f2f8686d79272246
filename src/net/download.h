#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

namespace PaperShelf::Net {

/// How one download is bounded and where its body goes.
struct DownloadOptions
{
    int inactivityTimeoutMs = 15'000; ///< no byte for this long: fail (QNetworkRequest transfer timeout)
    int deadlineMs = 60'000;          ///< the whole transfer must end within this
    qint64 maxBytes = 20LL * 1024 * 1024;
    /// Empty: the body is kept in memory (DownloadResult::body). Otherwise it is
    /// written through QSaveFile to this path, which exists only after success.
    QString saveTo;
    /// Checks the first bytes (at least `sniffBytes` of them, or the whole body
    /// when shorter); returns an error message to reject the body, "" to accept.
    std::function<QString(const QByteArray &head)> validateHead;
    qint64 sniffBytes = 0;
};

/// What one download produced.
struct DownloadResult
{
    QUrl url;      ///< as requested
    QUrl finalUrl; ///< after redirects
    int httpStatus = 0;
    QString contentType;
    QByteArray body; ///< in-memory downloads only
    qint64 bytes = 0;
    QString error; ///< "" on success

    bool ok() const { return error.isEmpty(); }
};

/// One GET through the application's network manager, with an inactivity
/// timeout, an overall deadline and a size cap enforced while reading. The
/// result arrives once through finished(); a file target is committed only on
/// success, so a failure never leaves a partial file.
class Download final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Download)

public:
    Download(QNetworkAccessManager *network, QUrl url, DownloadOptions options, QObject *parent = nullptr);
    ~Download() override;

    void start();
    /// Stops the transfer; finished() reports "cancelled".
    void abort();

    const DownloadResult &result() const { return m_result; }

Q_SIGNALS:
    void progressed(qint64 received, qint64 total);
    void finished(const PaperShelf::Net::DownloadResult &result);

private:
    void onReadyRead();
    void onFinished();
    void fail(const QString &message);
    void complete();

    QNetworkAccessManager *m_network = nullptr;
    DownloadOptions m_options;
    DownloadResult m_result;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_head; ///< first bytes kept for validateHead
    bool m_headChecked = false;
    bool m_done = false;
    QTimer m_deadline;
};

} // namespace PaperShelf::Net
