#include "gui/libraryclient.h"

#include "gui/libraryworker.h"

namespace PaperShelf::Gui {

LibraryClient::LibraryClient(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_libraryPath(libraryPath)
    , m_worker(new LibraryWorker(libraryPath))
{
    m_thread.setObjectName(QStringLiteral("library worker"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

LibraryClient::~LibraryClient()
{
    // Results already posted to this object are discarded with it; the worker
    // finishes its current query, then its connection closes in its own thread.
    m_thread.quit();
    m_thread.wait();
}

quint64 LibraryClient::query(const Core::ListRequest &request)
{
    ++m_generation;
    m_pendingQuery = std::make_pair(m_generation, request);
    if (!m_queryRunning) {
        dispatchQuery();
    }
    return m_generation;
}

void LibraryClient::dispatchQuery()
{
    if (!m_pendingQuery) {
        return;
    }
    const auto [generation, request] = *m_pendingQuery;
    m_pendingQuery.reset();
    m_queryRunning = true;
    LibraryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, generation, request]() {
        QueryResult result = worker->runQuery(request);
        QMetaObject::invokeMethod(
            this,
            [this, generation, result = std::move(result)]() {
            deliverQuery(generation, result);
            },
            Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LibraryClient::deliverQuery(quint64 generation, const QueryResult &result)
{
    m_queryRunning = false;
    if (generation == m_generation) {
        if (result.error.isEmpty()) {
            Q_EMIT queryFinished(generation, result.page, result.tagCounts, result.libraryTotal);
        } else {
            Q_EMIT failed(result.error);
        }
    }
    dispatchQuery(); // the newest request that arrived meanwhile, if any
}

void LibraryClient::fetchRows(quint64 generation, const Core::ListRequest &request)
{
    LibraryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, generation, request]() {
        Core::Result<QList<Core::PaperSummary>> rows = worker->fetchRows(request);
        QMetaObject::invokeMethod(
            this,
            [this, generation, offset = request.offset, rows = std::move(rows)]() {
            if (!rows) {
                Q_EMIT failed(rows.errorMessage());
            } else if (generation == m_generation) {
                Q_EMIT rowsFetched(generation, offset, *rows);
            }
            },
            Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LibraryClient::loadPaper(qint64 rowId)
{
    m_pendingLoad = rowId;
    if (!m_loadRunning) {
        dispatchLoad();
    }
}

void LibraryClient::dispatchLoad()
{
    if (!m_pendingLoad) {
        return;
    }
    const qint64 rowId = *m_pendingLoad;
    m_pendingLoad.reset();
    m_loadRunning = true;
    LibraryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, rowId]() {
        Core::Result<std::optional<Core::PaperDetails>> paper = worker->loadPaper(rowId);
        QMetaObject::invokeMethod(
            this,
            [this, paper = std::move(paper)]() {
            m_loadRunning = false;
            // A newer selection is waiting: skip this one, load that.
            if (!m_pendingLoad) {
                if (!paper) {
                    Q_EMIT failed(paper.errorMessage());
                } else if (*paper) {
                    Q_EMIT paperLoaded(**paper);
                }
            }
            dispatchLoad();
            },
            Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LibraryClient::reloadRows(const QList<qint64> &rowIds)
{
    if (rowIds.isEmpty()) {
        return;
    }
    LibraryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, rowIds]() {
        Core::Result<QList<Core::PaperSummary>> rows = worker->summaries(rowIds);
        QMetaObject::invokeMethod(
            this,
            [this, rows = std::move(rows)]() {
            if (!rows) {
                Q_EMIT failed(rows.errorMessage());
            } else {
                Q_EMIT rowsReloaded(*rows);
            }
            },
            Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LibraryClient::countFilters(const QList<Core::PaperFilter> &filters)
{
    const quint64 generation = ++m_filterCountGeneration;
    LibraryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, filters, generation]() {
        const QList<int> counts = worker->countFilters(filters);
        QMetaObject::invokeMethod(
            this,
            [this, filters, counts, generation]() {
            if (generation == m_filterCountGeneration) {
                Q_EMIT filtersCounted(filters, counts);
            }
            },
            Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LibraryClient::refreshCounts(const Core::PaperFilter &filter)
{
    const quint64 generation = ++m_countGeneration;
    LibraryWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, filter, generation]() {
        QueryResult result = worker->runCounts(filter);
        QMetaObject::invokeMethod(
            this,
            [this, filter, generation, result = std::move(result)]() {
            if (generation != m_countGeneration) {
                return; // a newer refresh is on its way
            }
            if (!result.error.isEmpty()) {
                Q_EMIT failed(result.error);
            } else {
                Q_EMIT countsRefreshed(filter, result.tagCounts, result.libraryTotal);
            }
            },
            Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace PaperShelf::Gui
