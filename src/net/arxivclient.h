#pragma once

#include "core/arxiv/arxivcomparison.h"
#include "core/arxiv/arxivrecord.h"
#include "core/digest/digestentry.h"
#include "net/download.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace PaperShelf::Net {

/// One paper to look up on arXiv.
struct ArxivRequest
{
    qint64 paperRowId = 0;    ///< papers.id, where the record is stored
    QString paperId;          ///< public id, for reports
    QString arxivId;          ///< without version; "" when the paper has none
    Core::DigestEntry digest; ///< the digest's text, compared with arXiv's
};

/// What arXiv said about one paper.
struct ArxivPaperResult
{
    qint64 paperRowId = 0;
    QString paperId;
    QString arxivId;
    QString digestTitle;                     ///< the paper's title in the digest, for reports
    std::optional<Core::ArxivRecord> record; ///< nullopt when not fetched
    QList<Core::ArxivDifference> differences;
    QString error; ///< "" when the record was fetched and stored
};

/// The outcome of one ArxivClient run.
struct ArxivRunReport
{
    QList<ArxivPaperResult> papers; ///< in request order
    int requests = 0;               ///< HTTP requests sent
    QStringList feedErrors;         ///< error entries the API returned
    qint64 elapsedMs = 0;
    bool cancelled = false;
};

/// Fetches arXiv metadata for papers: `id_list` queries of up to BatchSize ids,
/// at most one request per interval (the arXiv API asks for 3 s), each feed
/// parsed with Core::ArxivFeedParser, records stored in the library's
/// `arxiv_metadata` (on a pool thread, its own connection) and compared with
/// the digest's text. The digest's text is never changed.
class ArxivClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArxivClient)

public:
    static constexpr int BatchSize = 50;
    static constexpr int DefaultIntervalMs = 3'000;

    ArxivClient(QNetworkAccessManager *network, QString libraryPath, QObject *parent = nullptr);
    ~ArxivClient() override;

    /// The API endpoint (default https://export.arxiv.org/api/query); tests point it at a loopback server.
    void setApiUrl(const QUrl &url) { m_apiUrl = url; }

    QUrl apiUrl() const { return m_apiUrl; }

    /// Test hook: the minimum time from the end of one response to the next request.
    void setRequestInterval(int ms) { m_intervalMs = ms; }

    void setDownloadOptions(const DownloadOptions &options) { m_options = options; }

    /// The query URL for one batch of ids (without versions).
    static QUrl batchUrl(const QUrl &apiUrl, const QStringList &ids);

    /// Starts a run; false when one is already running.
    bool fetch(const QList<ArxivRequest> &requests);
    /// Stops after the current request; unsent papers are reported as cancelled.
    void cancel();

    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// After each batch: papers done (fetched or failed) out of total.
    void progressed(int done, int total);
    void finished(const PaperShelf::Net::ArxivRunReport &report);

private:
    void scheduleNextBatch();
    void sendBatch();
    void onBatchDownloaded(const DownloadResult &result);
    void storeBatch(const QList<int> &indexes);
    void finish();

    QNetworkAccessManager *m_network = nullptr;
    QString m_libraryPath;
    QUrl m_apiUrl{QStringLiteral("https://export.arxiv.org/api/query")};
    int m_intervalMs = DefaultIntervalMs;
    DownloadOptions m_options;
    bool m_running = false;
    bool m_cancelled = false;
    ArxivRunReport m_report;
    QList<int> m_pending; ///< indexes into m_report.papers still to request
    QList<int> m_batch;   ///< indexes of the batch in flight
    int m_done = 0;
    Download *m_current = nullptr;
    QElapsedTimer m_sinceLastRequest;
    QElapsedTimer m_runTimer;
    QTimer m_wait;
    QFutureWatcher<QString> m_store;
    QList<ArxivRequest> m_requests;
};

} // namespace PaperShelf::Net
