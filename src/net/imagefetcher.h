#pragma once

#include "core/images/imagecachestore.h"
#include "net/fetchpolicy.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace PaperShelf::Net {

/// What one fetch run did (the CLI prints it as JSON).
struct ImageFetchSummary
{
    int requested = 0;                ///< distinct screenshot URLs asked for
    int downloaded = 0;               ///< newly cached in this run
    int cachedAlready = 0;            ///< cached before the run
    QList<Core::ImageOutcome> failed; ///< with their errors (including unfetchable URLs)
    qint64 bytes = 0;                 ///< bytes of the files written
    qint64 elapsedMs = 0;
    bool cancelled = false;
    bool offline = false; ///< the run stopped (or never started) because the fetcher is offline
};

/// Downloads screenshots into the image cache of one library.
///
/// Requests go through the QNetworkAccessManager given (the application's, with
/// its request policy); the FetchPolicy bounds concurrency per run and per host,
/// times, sizes and retries. Bytes are checked while they arrive (size cap), then
/// validated and written with QSaveFile on the thread pool, so the thread that
/// owns the fetcher only moves buffers around. Outcomes are recorded in the
/// ImageCacheStore in batches (one transaction every quarter second at most).
///
/// Offline mode (setOffline(), or automatically after a run of connection
/// failures with no success, see FetchPolicy::offlineAfterFailures) sends no
/// requests: running work stops, and URLs not attempted stay "missing".
class ImageFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageFetcher)

public:
    /// `network` and `store` are not owned and must outlive the fetcher; the store's
    /// database must belong to the fetcher's thread.
    ImageFetcher(QNetworkAccessManager *network,
                 Core::ImageCacheStore *store,
                 FetchPolicy policy = FetchPolicy(),
                 QObject *parent = nullptr);
    ~ImageFetcher() override;

    const FetchPolicy &policy() const { return m_policy; }

    void setPolicy(const FetchPolicy &policy) { m_policy = policy; }

    /// Queues the jobs of `work` (added to a run in progress, or starting one).
    /// Its unfetchable URLs count as failed in the summary.
    void fetch(const Core::ImageWorkList &work);
    /// Stops the run: aborts requests, drops the queue, emits finished() (cancelled).
    void cancel();

    bool isRunning() const { return m_running; }

    void setOffline(bool offline);

    bool isOffline() const { return m_offline; }

Q_SIGNALS:
    /// `done` counts finished jobs (cached or failed), `failed` the failed among them.
    void progressChanged(int done, int failed, int total);
    /// One image is done (its file is in the cache folder when `ok`); the library
    /// records it with the next batch, see outcomesRecorded().
    void imageFinished(const QString &url, bool ok, const QString &error);
    /// A batch of outcomes is in the library: views that read states may reload now.
    void outcomesRecorded(const QList<PaperShelf::Core::ImageOutcome> &outcomes);
    void finished(const PaperShelf::Net::ImageFetchSummary &summary);
    void offlineChanged(bool offline);
    /// A batch could not be written to the library (the files are on disk regardless).
    void recordFailed(const QString &message);

private:
    struct Job;
    struct Processed;

    void pump();
    void start(const std::shared_ptr<Job> &job);
    void readAvailable(const std::shared_ptr<Job> &job);
    void replyFinished(const std::shared_ptr<Job> &job);
    void processed(const std::shared_ptr<Job> &job, const Processed &result);
    void retryOrFail(const std::shared_ptr<Job> &job, const QString &error, std::chrono::milliseconds retryAfter);
    void complete(const std::shared_ptr<Job> &job, const Core::ImageOutcome &outcome);
    void abortJob(const std::shared_ptr<Job> &job, const QString &reason);
    void noteConnectionFailure(bool failed);
    void flushOutcomes();
    void finishRunIfDone();
    void stopAll();

    QNetworkAccessManager *m_network;
    Core::ImageCacheStore *m_store;
    FetchPolicy m_policy;
    QRandomGenerator m_random{QRandomGenerator::global()->generate()};

    QList<std::shared_ptr<Job>> m_queue;  // waiting, in order (retries carry a not-before time)
    QList<std::shared_ptr<Job>> m_active; // request in flight
    int m_processing = 0;                 // validating/writing on the thread pool
    QHash<QString, int> m_activePerHost;
    QList<Core::ImageOutcome> m_unrecorded; // waiting for the next batch write
    QTimer m_flushTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_clock; // the run's clock; not-before times are on it

    ImageFetchSummary m_summary;
    int m_total = 0;
    int m_done = 0;
    int m_failed = 0;
    int m_connectionFailures = 0;
    bool m_running = false;
    bool m_offline = false;
};

} // namespace PaperShelf::Net

Q_DECLARE_METATYPE(PaperShelf::Net::ImageFetchSummary)
