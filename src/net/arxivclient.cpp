#include "net/arxivclient.h"

#include "core/arxiv/arxivfeedparser.h"
#include "core/arxiv/arxivmetadatastore.h"
#include "core/db/database.h"
#include "core/db/sqlquery.h"

#include <QHash>
#include <QUrlQuery>
#include <QtConcurrent>

namespace PaperShelf::Net {

ArxivClient::ArxivClient(QNetworkAccessManager *network, QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_libraryPath(std::move(libraryPath))
{
    m_options.maxBytes = 8LL * 1024 * 1024; // 50 entries are about 200 KB
    m_options.deadlineMs = 120'000;
    m_wait.setSingleShot(true);
    m_wait.setTimerType(Qt::PreciseTimer); // coarse timers may fire up to 5 % early
    connect(&m_wait, &QTimer::timeout, this, &ArxivClient::sendBatch);
    connect(&m_store, &QFutureWatcher<QString>::finished, this, [this]() {
        const QString error = m_store.result();
        for (const int index : std::as_const(m_batch)) {
            ArxivPaperResult &paper = m_report.papers[index];
            if (!error.isEmpty() && paper.error.isEmpty()) {
                paper.error = tr("not saved: %1").arg(error);
            }
        }
        m_done += static_cast<int>(m_batch.size());
        m_batch.clear();
        Q_EMIT progressed(m_done, static_cast<int>(m_report.papers.size()));
        scheduleNextBatch();
    });
}

ArxivClient::~ArxivClient()
{
    m_store.waitForFinished();
}

QUrl ArxivClient::batchUrl(const QUrl &apiUrl, const QStringList &ids)
{
    QUrl url(apiUrl);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("id_list"), ids.join(QLatin1Char(',')));
    query.addQueryItem(QStringLiteral("start"), QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("max_results"), QString::number(ids.size()));
    url.setQuery(query);
    return url;
}

bool ArxivClient::fetch(const QList<ArxivRequest> &requests)
{
    if (m_running) {
        return false;
    }
    m_running = true;
    m_cancelled = false;
    m_report = ArxivRunReport();
    m_pending.clear();
    m_done = 0;
    m_runTimer.start();
    for (const ArxivRequest &request : requests) {
        ArxivPaperResult paper;
        paper.paperRowId = request.paperRowId;
        paper.paperId = request.paperId;
        paper.arxivId = request.arxivId;
        paper.digestTitle = request.digest.title;
        if (request.arxivId.isEmpty()) {
            paper.error = tr("the paper has no arXiv id");
            ++m_done;
        } else {
            m_pending.append(static_cast<int>(m_report.papers.size()));
        }
        m_report.papers.append(paper);
    }
    m_requests = requests;
    // Queued: finished() never fires inside fetch().
    QMetaObject::invokeMethod(this, &ArxivClient::scheduleNextBatch, Qt::QueuedConnection);
    return true;
}

void ArxivClient::cancel()
{
    m_cancelled = true;
    if (m_wait.isActive()) {
        m_wait.stop();
        scheduleNextBatch();
    }
}

void ArxivClient::scheduleNextBatch()
{
    if (m_cancelled || m_pending.isEmpty()) {
        finish();
        return;
    }
    // Spacing counts from the end of the previous response, so the server sees
    // at least the interval between two requests however long one took.
    const qint64 wait = m_sinceLastRequest.isValid() ? m_intervalMs - m_sinceLastRequest.elapsed() : 0;
    m_wait.start(static_cast<int>(std::max<qint64>(0, wait)));
}

void ArxivClient::sendBatch()
{
    m_batch = m_pending.mid(0, BatchSize);
    m_pending.remove(0, m_batch.size());
    QStringList ids;
    for (const int index : std::as_const(m_batch)) {
        ids.append(m_report.papers.at(index).arxivId);
    }
    ++m_report.requests;
    m_current = new Download(m_network, batchUrl(m_apiUrl, ids), m_options, this);
    connect(m_current, &Download::finished, this, &ArxivClient::onBatchDownloaded);
    m_current->start();
}

void ArxivClient::onBatchDownloaded(const DownloadResult &result)
{
    m_current->deleteLater();
    m_current = nullptr;
    m_sinceLastRequest.start();
    QString batchError = result.error;
    Core::ArxivFeed feed;
    if (batchError.isEmpty()) {
        Core::Result<Core::ArxivFeed> parsed = Core::ArxivFeedParser::parse(result.body);
        if (parsed) {
            feed = std::move(parsed).value();
        } else {
            batchError = parsed.errorMessage();
        }
    }
    m_report.feedErrors += feed.errors;
    QHash<QString, Core::ArxivRecord> byId;
    for (const Core::ArxivRecord &record : std::as_const(feed.records)) {
        byId.insert(record.arxivId, record);
    }
    QList<int> found;
    for (const int index : std::as_const(m_batch)) {
        ArxivPaperResult &paper = m_report.papers[index];
        if (!batchError.isEmpty()) {
            paper.error = batchError;
        } else if (const auto it = byId.constFind(paper.arxivId); it != byId.cend()) {
            paper.record = *it;
            paper.differences = Core::ArxivComparison::compare(m_requests.at(index).digest, *it);
            found.append(index);
        } else {
            paper.error = tr("not found on arXiv");
        }
    }
    storeBatch(found);
}

void ArxivClient::storeBatch(const QList<int> &indexes)
{
    QList<std::pair<qint64, Core::ArxivRecord>> records;
    for (const int index : indexes) {
        records.append({m_report.papers.at(index).paperRowId, *m_report.papers.at(index).record});
    }
    const QString libraryPath = m_libraryPath;
    m_store.setFuture(QtConcurrent::run([libraryPath, records]() -> QString {
        if (records.isEmpty()) {
            return QString();
        }
        Core::Result<std::unique_ptr<Core::Database>> database = Core::Database::open(libraryPath);
        if (!database) {
            return database.errorMessage();
        }
        const QSqlDatabase db = (*database)->connection();
        Core::Transaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.errorMessage();
        }
        Core::ArxivMetadataStore store(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto &[rowId, record] : records) {
            if (auto saved = store.save(rowId, record, now); !saved) {
                return saved.errorMessage();
            }
        }
        const Core::Result<void> committed = transaction.commit();
        return committed.errorMessage();
    }));
}

void ArxivClient::finish()
{
    for (const int index : std::as_const(m_pending)) {
        m_report.papers[index].error = tr("cancelled");
    }
    m_pending.clear();
    m_report.cancelled = m_cancelled;
    m_report.elapsedMs = m_runTimer.elapsed();
    m_running = false;
    Q_EMIT finished(m_report);
}

} // namespace PaperShelf::Net
