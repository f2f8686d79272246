#include "net/imagefetcher.h"

#include "net/imagevalidator.h"

#include <QDir>
#include <QFutureWatcher>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QtConcurrent>

#include <limits>

namespace PaperShelf::Net {

Q_LOGGING_CATEGORY(lcImageFetcher, "papershelf.net.images")

namespace {

constexpr int FlushIntervalMs = 250;
constexpr int FlushBatch = 200;

/// Retry-After as a delay: delta seconds or an HTTP date; zero when absent or unreadable.
std::chrono::milliseconds retryAfter(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty()) {
        return std::chrono::milliseconds(0);
    }
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber) {
        return std::chrono::milliseconds(qMax<qint64>(0, seconds) * 1000);
    }
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value).remove(QStringLiteral(" GMT")),
                                                   QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
    if (!when.isValid()) {
        return std::chrono::milliseconds(0);
    }
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::utc());
    return std::chrono::milliseconds(qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(utc)));
}

bool isConnectionFailure(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}

bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer (inactivity) timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

} // namespace

struct ImageFetcher::Job
{
    Core::ImageJob job;
    QString host;
    QUrl currentUrl;  // after redirects
    int attempts = 0; // requests started so far
    qint64 notBefore = 0;
    QNetworkReply *reply = nullptr;
    QByteArray data;
    QString abortReason; // set when we aborted the reply ourselves
    int redirects = 0;
    bool dropped = false; // cancelled or offline: no outcome is recorded
};

struct ImageFetcher::Processed
{
    bool ok = false;
    QString file;
    qint64 bytes = 0;
    QSize size;
    QString error;
};

ImageFetcher::ImageFetcher(QNetworkAccessManager *network,
                           Core::ImageCacheStore *store,
                           FetchPolicy policy,
                           QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_policy(policy)
{
    qRegisterMetaType<PaperShelf::Net::ImageFetchSummary>();
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &ImageFetcher::flushOutcomes);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ImageFetcher::pump);
}

ImageFetcher::~ImageFetcher()
{
    m_running = false; // no signals from here on
    stopAll();
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>()) {
        watcher->disconnect(this);
        watcher->waitForFinished();
    }
    flushOutcomes();
}

void ImageFetcher::fetch(const Core::ImageWorkList &work)
{
    if (!m_running) {
        m_summary = ImageFetchSummary();
        m_total = 0;
        m_done = 0;
        m_failed = 0;
        m_clock.start();
        m_running = true;
        QDir().mkpath(m_store->imageDir());
    }
    m_summary.requested += work.requested;
    m_summary.cachedAlready += work.cachedAlready;
    for (const Core::ImageOutcome &unfetchable : work.unfetchable) {
        m_summary.failed.append(unfetchable);
        ++m_total;
        ++m_done;
        ++m_failed;
    }
    QSet<QString> known;
    for (const auto &job : std::as_const(m_queue)) {
        known.insert(job->job.url);
    }
    for (const auto &job : std::as_const(m_active)) {
        known.insert(job->job.url);
    }
    for (const Core::ImageJob &item : work.jobs) {
        if (known.contains(item.url)) {
            continue;
        }
        known.insert(item.url);
        auto job = std::make_shared<Job>();
        job->job = item;
        job->host = item.fetchUrl.host().toLower();
        job->currentUrl = item.fetchUrl;
        m_queue.append(job);
        ++m_total;
    }
    if (m_offline) {
        m_summary.offline = true;
        stopAll();
    }
    Q_EMIT progressChanged(m_done, m_failed, m_total);
    // Queued, so that a caller connecting to finished() after fetch() still hears it.
    QMetaObject::invokeMethod(this, &ImageFetcher::pump, Qt::QueuedConnection);
}

void ImageFetcher::cancel()
{
    if (!m_running) {
        return;
    }
    m_summary.cancelled = true;
    stopAll();
    finishRunIfDone();
}

void ImageFetcher::setOffline(bool offline)
{
    if (offline == m_offline) {
        return;
    }
    m_offline = offline;
    m_connectionFailures = 0;
    Q_EMIT offlineChanged(offline);
    if (offline && m_running) {
        m_summary.offline = true;
        stopAll();
        finishRunIfDone();
    }
}

void ImageFetcher::stopAll()
{
    m_queue.clear();
    m_retryTimer.stop();
    const QList<std::shared_ptr<Job>> active = m_active;
    for (const auto &job : active) {
        job->dropped = true;
        if (job->reply) {
            job->reply->abort(); // replyFinished() runs now and forgets the job
        }
    }
}

void ImageFetcher::pump()
{
    if (!m_running) {
        return;
    }
    const qint64 now = m_clock.elapsed();
    qint64 wake = std::numeric_limits<qint64>::max();
    for (qsizetype i = 0; i < m_queue.size() && m_active.size() < m_policy.concurrency;) {
        const std::shared_ptr<Job> job = m_queue.at(i);
        if (job->notBefore > now) {
            wake = qMin(wake, job->notBefore);
            ++i;
        } else if (m_activePerHost.value(job->host) >= m_policy.perHost) {
            ++i;
        } else {
            m_queue.removeAt(i);
            start(job);
        }
    }
    if (wake != std::numeric_limits<qint64>::max()) {
        const int delay = static_cast<int>(qMax<qint64>(0, wake - now));
        if (!m_retryTimer.isActive() || m_retryTimer.remainingTime() > delay) {
            m_retryTimer.start(delay);
        }
    }
    finishRunIfDone();
}

void ImageFetcher::start(const std::shared_ptr<Job> &job)
{
    ++job->attempts;
    job->data.clear();
    job->abortReason.clear();
    job->redirects = 0;
    job->currentUrl = job->job.fetchUrl;

    QNetworkRequest request(job->job.fetchUrl);
    // Every redirect is checked here (https -> http refused, count capped).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_policy.maxRedirects);
    request.setTransferTimeout(static_cast<int>(m_policy.inactivityTimeout.count()));
    QNetworkReply *reply = m_network->get(request);
    job->reply = reply;
    m_active.append(job);
    ++m_activePerHost[job->host];

    connect(reply, &QNetworkReply::redirected, this, [this, job](const QUrl &target) {
        const QUrl next = job->currentUrl.resolved(target);
        if (++job->redirects > m_policy.maxRedirects) {
            abortJob(job, tr("too many redirects"));
        } else if (!FetchPolicy::allowsRedirect(job->currentUrl, next)) {
            abortJob(job, tr("redirect refused: %1 to %2").arg(job->currentUrl.scheme(), next.scheme()));
        } else {
            job->currentUrl = next;
            Q_EMIT job->reply->redirectAllowed();
        }
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, job] {
        const qint64 announced = job->reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        const int status = job->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 300 && announced > m_policy.maxBytes) {
            abortJob(job, tr("file too large: %1 bytes (limit %2)").arg(announced).arg(m_policy.maxBytes));
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, job] {
        readAvailable(job);
    });
    connect(reply, &QNetworkReply::finished, this, [this, job] {
        replyFinished(job);
    });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, job] {
        abortJob(job, tr("deadline exceeded: not complete after %1 ms").arg(m_policy.deadline.count()));
    });
    deadline->start(static_cast<int>(m_policy.deadline.count()));
}

void ImageFetcher::readAvailable(const std::shared_ptr<Job> &job)
{
    if (!job->reply || !job->abortReason.isEmpty()) {
        return;
    }
    job->data += job->reply->readAll();
    if (job->data.size() > m_policy.maxBytes) {
        abortJob(job, tr("file too large: over %1 bytes").arg(m_policy.maxBytes));
    }
}

void ImageFetcher::abortJob(const std::shared_ptr<Job> &job, const QString &reason)
{
    if (job->reply && job->abortReason.isEmpty()) {
        job->abortReason = reason;
        job->reply->abort();
    }
}

void ImageFetcher::replyFinished(const std::shared_ptr<Job> &job)
{
    QNetworkReply *reply = job->reply;
    if (!reply) {
        return;
    }
    job->reply = nullptr;
    m_active.removeOne(job);
    --m_activePerHost[job->host];
    reply->disconnect(this);
    reply->deleteLater();
    if (job->dropped) {
        finishRunIfDone();
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (!job->abortReason.isEmpty()) {
        // Our own limits (size, deadline, redirects): the same request would fail again.
        complete(job, {job->job.url, false, {}, 0, 0, 0, job->abortReason});
    } else if (status >= 400) {
        noteConnectionFailure(false);
        const QString message = tr("HTTP %1").arg(status);
        if (status == 408 || status == 429 || status >= 500) {
            retryOrFail(job, message, retryAfter(reply));
        } else {
            complete(job, {job->job.url, false, {}, 0, 0, 0, message});
        }
    } else if (error != QNetworkReply::NoError) {
        noteConnectionFailure(isConnectionFailure(error));
        const QString message = error == QNetworkReply::OperationCanceledError
                                  ? tr("timed out: no data for %1 ms").arg(m_policy.inactivityTimeout.count())
                                  : reply->errorString();
        if (isTransient(error)) {
            retryOrFail(job, message, std::chrono::milliseconds(0));
        } else {
            complete(job, {job->job.url, false, {}, 0, 0, 0, message});
        }
    } else if (status < 200 || status >= 300) {
        // Qt ends an over-long redirect chain this way, too (seen: status 100, no error).
        const QString message = job->redirects > 0
                                  ? tr("redirect chain failed after %n redirect(s)", nullptr, job->redirects)
                                  : tr("HTTP %1: no image").arg(status);
        complete(job, {job->job.url, false, {}, 0, 0, 0, message});
    } else {
        noteConnectionFailure(false);
        job->data += reply->readAll();
        ++m_processing;
        const QString url = job->job.url;
        const QString imageDir = m_store->imageDir();
        const QByteArray data = std::exchange(job->data, QByteArray());
        auto *watcher = new QFutureWatcher<Processed>(this);
        connect(watcher, &QFutureWatcher<Processed>::finished, this, [this, job, watcher] {
            watcher->deleteLater();
            --m_processing;
            processed(job, watcher->result());
        });
        watcher->setFuture(QtConcurrent::run([data, url, imageDir] {
            Processed result;
            const Core::Result<ValidatedImage> image = ImageValidator::validate(data);
            if (!image) {
                result.error = image.errorMessage();
                return result;
            }
            const QString name = Core::ImageCacheStore::fileNameFor(url, image->extension);
            QSaveFile file(QDir(imageDir).filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
                result.error = QStringLiteral("cannot write the cache file: %1").arg(file.errorString());
                return result;
            }
            result.ok = true;
            result.file = name;
            result.bytes = data.size();
            result.size = image->size;
            return result;
        }));
    }
    pump();
}

void ImageFetcher::processed(const std::shared_ptr<Job> &job, const Processed &result)
{
    Core::ImageOutcome outcome;
    outcome.url = job->job.url;
    outcome.ok = result.ok;
    outcome.file = result.file;
    outcome.bytes = result.bytes;
    outcome.width = result.size.width();
    outcome.height = result.size.height();
    outcome.error = result.error;
    complete(job, outcome);
    finishRunIfDone();
}

void ImageFetcher::retryOrFail(const std::shared_ptr<Job> &job,
                               const QString &error,
                               std::chrono::milliseconds retryAfterDelay)
{
    if (job->attempts > m_policy.retries || m_offline) {
        complete(job,
                 {job->job.url, false, {}, 0, 0, 0, tr("%1 (after %n attempt(s))", nullptr, job->attempts).arg(error)});
        return;
    }
    const std::chrono::milliseconds delay = m_policy.retryDelay(job->attempts, retryAfterDelay, m_random);
    qCDebug(lcImageFetcher) << "retrying" << job->job.fetchUrl << "in" << delay.count() << "ms:" << error;
    job->notBefore = m_clock.elapsed() + delay.count();
    m_queue.prepend(job);
}

void ImageFetcher::complete(const std::shared_ptr<Job> &job, const Core::ImageOutcome &outcome)
{
    Q_UNUSED(job)
    if (!m_running) {
        return;
    }
    m_unrecorded.append(outcome);
    if (m_unrecorded.size() >= FlushBatch) {
        flushOutcomes();
    } else if (!m_flushTimer.isActive()) {
        m_flushTimer.start(FlushIntervalMs);
    }
    ++m_done;
    if (outcome.ok) {
        ++m_summary.downloaded;
        m_summary.bytes += outcome.bytes;
    } else {
        ++m_failed;
        m_summary.failed.append(outcome);
    }
    Q_EMIT imageFinished(outcome.url, outcome.ok, outcome.error);
    Q_EMIT progressChanged(m_done, m_failed, m_total);
}

void ImageFetcher::noteConnectionFailure(bool failed)
{
    if (!failed) {
        m_connectionFailures = 0;
        return;
    }
    if (++m_connectionFailures >= m_policy.offlineAfterFailures && !m_offline) {
        qCInfo(lcImageFetcher) << "network unreachable; switching to offline mode";
        setOffline(true);
    }
}

void ImageFetcher::flushOutcomes()
{
    m_flushTimer.stop();
    if (m_unrecorded.isEmpty()) {
        return;
    }
    const QList<Core::ImageOutcome> outcomes = std::exchange(m_unrecorded, {});
    const Core::Result<void> recorded = m_store->record(outcomes);
    if (!recorded) {
        qCWarning(lcImageFetcher) << "cannot record image outcomes:" << recorded.errorMessage();
        if (m_running) {
            Q_EMIT recordFailed(recorded.errorMessage());
        }
        return;
    }
    Q_EMIT outcomesRecorded(outcomes);
}

void ImageFetcher::finishRunIfDone()
{
    if (!m_running || !m_queue.isEmpty() || !m_active.isEmpty() || m_processing > 0) {
        return;
    }
    flushOutcomes();
    m_running = false;
    m_summary.elapsedMs = m_clock.elapsed();
    Q_EMIT progressChanged(m_done, m_failed, m_total);
    Q_EMIT finished(m_summary);
}

} // namespace PaperShelf::Net
