#pragma once

#include "core/db/records.h"
#include "core/search/paperfilter.h"
#include "core/util/result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace PaperShelf::Core {
class Database;
class TagIndex;
} // namespace PaperShelf::Core

namespace PaperShelf::Gui {

/// What one list query returns: the first page, the total and the tag counts.
struct QueryResult
{
    Core::PaperPage page;
    QList<Core::TagCount> tagCounts;
    int libraryTotal = 0; ///< papers in the library, whatever the filter
    QString error;        ///< empty on success
};

/// Runs the library's read queries on a worker thread, on a connection of its
/// own (Qt SQL connections belong to the thread that opened them). Lives in
/// LibraryClient's thread; its functions are only called there.
class LibraryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryWorker)

public:
    explicit LibraryWorker(QString libraryPath);
    ~LibraryWorker() override;

    QueryResult runQuery(const Core::ListRequest &request);
    Core::Result<QList<Core::PaperSummary>> fetchRows(const Core::ListRequest &request);
    Core::Result<std::optional<Core::PaperDetails>> loadPaper(qint64 rowId);
    /// The list rows of these papers (after an edit changed them).
    Core::Result<QList<Core::PaperSummary>> summaries(const QList<qint64> &rowIds);
    /// Tag counts of `filter` and the library total, without rows.
    QueryResult runCounts(const Core::PaperFilter &filter);
    /// How many papers each filter matches (-1 where it failed).
    QList<int> countFilters(const QList<Core::PaperFilter> &filters);

private:
    /// Opens the connection on first use (in the worker thread).
    Core::Result<void> ensureOpen();

    QString m_libraryPath;
    std::unique_ptr<Core::Database> m_database;
    std::unique_ptr<Core::TagIndex> m_tags;
};

} // namespace PaperShelf::Gui
