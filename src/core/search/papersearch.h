#pragma once

#include "core/search/paperfilter.h"
#include "core/util/result.h"

#include <QSqlDatabase>
#include <QVariantList>

namespace PaperShelf::Core {

/// Answers list, count and tag-count questions about a library.
///
/// A filter is compiled once into SQL conditions on `papers p` with bound values
/// (full-text terms, tag ids); all sorting and counting happens in SQLite so the
/// GUI never holds more than a page of rows.
class PaperSearch final
{
public:
    explicit PaperSearch(QSqlDatabase db);

    /// One page of results plus the total number of matches.
    Result<PaperPage> list(const ListRequest &request);
    Result<int> count(const PaperFilter &filter);
    /// Internal ids of every match, in the requested order (for exports and bulk actions).
    Result<QList<qint64>> ids(const PaperFilter &filter, std::optional<SortOrder> sort);
    /// How many papers of the filtered set carry each tag; tags with no paper there are omitted.
    /// Sorted by kind, then count (descending), then name.
    Result<QList<TagCount>> tagCounts(const PaperFilter &filter);

    /// The SQL conditions a filter compiles to; exposed for tests and the bench tool.
    struct Compiled
    {
        bool matchesNothing = false; ///< a required tag does not exist
        QString positiveMatch;       ///< FTS5 expression all results must match ("" = none)
        QStringList conditions;      ///< SQL conditions on `p`, joined with AND
        QVariantList values;         ///< bound in order of the ? in `conditions`
    };

    Result<Compiled> compile(const PaperFilter &filter);

private:
    Result<QList<qint64>> resolveTags(const QList<TagSelector> &selectors, bool requireEach, bool *missing);
    Result<QList<qint64>> orderedIds(const Compiled &compiled, SortOrder sort, int limit, int offset);
    Result<void> fillRows(QList<PaperSummary> &rows);

    QSqlDatabase m_db;
};

} // namespace PaperShelf::Core
