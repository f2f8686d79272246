#pragma once

#include "core/db/records.h"
#include "core/search/paperfilter.h"

#include <QObject>
#include <QThread>

#include <optional>

namespace PaperShelf::Gui {

class LibraryWorker;
struct QueryResult;

/// The GUI's handle on a library: every read query runs on one worker thread
/// (LibraryWorker), so the event loop never waits for SQLite.
///
/// List queries are superseded, never queued up: while one runs, only the
/// newest request waits, and results of requests that are no longer the
/// newest are dropped. Paper loads work the same way. Results arrive as
/// signals on the GUI thread, tagged with the generation query() returned.
class LibraryClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryClient)

public:
    explicit LibraryClient(const QString &libraryPath, QObject *parent = nullptr);
    ~LibraryClient() override;

    const QString &libraryPath() const { return m_libraryPath; }

    /// Starts a list query (first page, total, tag counts); returns its generation.
    quint64 query(const Core::ListRequest &request);

    /// The generation of the newest query.
    quint64 currentGeneration() const { return m_generation; }

    /// Fetches more rows of the query `generation` (request.offset/limit say which).
    void fetchRows(quint64 generation, const Core::ListRequest &request);
    /// Loads one paper; only the newest load is delivered.
    void loadPaper(qint64 rowId);

    /// Reads the list rows of these papers again (an edit changed them): rowsReloaded().
    void reloadRows(const QList<qint64> &rowIds);
    /// Counts the tags of `filter` and the library again, without rows: countsRefreshed().
    void refreshCounts(const Core::PaperFilter &filter);

    /// Counts several filters (the shelves): filtersCounted(), newest request only.
    void countFilters(const QList<Core::PaperFilter> &filters);

    /// True while a list query is running or waiting.
    bool isBusy() const { return m_queryRunning; }

Q_SIGNALS:
    void queryFinished(quint64 generation,
                       const Core::PaperPage &page,
                       const QList<Core::TagCount> &tagCounts,
                       int libraryTotal);
    void rowsFetched(quint64 generation, int offset, const QList<Core::PaperSummary> &rows);
    void paperLoaded(const Core::PaperDetails &paper);
    void rowsReloaded(const QList<Core::PaperSummary> &rows);
    void filtersCounted(const QList<Core::PaperFilter> &filters, const QList<int> &counts);
    /// The filter's answer to refreshCounts(); only the newest is delivered.
    void countsRefreshed(const Core::PaperFilter &filter, const QList<Core::TagCount> &tagCounts, int libraryTotal);
    void failed(const QString &message);

private:
    void dispatchQuery();
    void deliverQuery(quint64 generation, const QueryResult &result);
    void dispatchLoad();

    QString m_libraryPath;
    QThread m_thread;
    LibraryWorker *m_worker = nullptr; ///< lives in m_thread; deleted when it finishes
    quint64 m_generation = 0;
    bool m_queryRunning = false;
    std::optional<std::pair<quint64, Core::ListRequest>> m_pendingQuery;
    bool m_loadRunning = false;
    std::optional<qint64> m_pendingLoad;
    quint64 m_countGeneration = 0;
    quint64 m_filterCountGeneration = 0;
};

} // namespace PaperShelf::Gui
