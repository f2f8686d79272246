#pragma once

#include "core/search/paperfilter.h"
#include "core/util/result.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <vector>

namespace PaperShelf::Core {

class TagIndex;

/// Answers list, count and tag-count questions about a library.
///
/// A filter is compiled once into SQL conditions on a paper id with bound values
/// (full-text terms, tag ids); sorting and counting happen in SQLite so the GUI
/// never holds more than a page of rows. With a text search the queries are
/// driven by the full-text index itself (counting and bm25 ranking never touch
/// the papers table); tag counts over a filtered set use `tags` when given, and
/// so do counts without a text (tag and annotation conditions become id sets
/// intersected in memory). Annotation and digest conditions (PaperFilter's
/// statuses, favourites, notes, latest digest) are id subqueries answered by the
/// indexes of schema version 3.
class PaperSearch final
{
public:
    /// `tags` (optional, not owned) answers tagCounts() from memory.
    explicit PaperSearch(const QSqlDatabase &db, TagIndex *tags = nullptr);

    /// One page of results plus the total number of matches.
    Result<PaperPage> list(const ListRequest &request);
    /// Only the rows of one page (no total): what scrolling further down needs.
    Result<QList<PaperSummary>> rows(const ListRequest &request);
    Result<int> count(const PaperFilter &filter);
    /// The list rows of these papers, in this order; unknown ids are left out.
    Result<QList<PaperSummary>> summaries(const QList<qint64> &rowIds, bool withTags = true);
    /// Internal ids of every match, in the requested order (for exports and bulk actions).
    Result<QList<qint64>> ids(const PaperFilter &filter, std::optional<SortOrder> sort);
    /// How many papers of the filtered set carry each tag; tags with no paper there are omitted.
    /// Sorted by kind, then count (descending), then name.
    Result<QList<TagCount>> tagCounts(const PaperFilter &filter);

    /// The SQL conditions a filter compiles to; exposed for tests and the bench tool.
    struct Compiled
    {
        bool matchesNothing = false;    ///< a required tag does not exist
        QString positiveMatch;          ///< FTS5 expression all results must match ("" = none)
        QStringList conditions;         ///< further SQL conditions on a paper id written as %1
        QVariantList values;            ///< bound in order of the ? in `conditions`
        QString negativeMatch;          ///< FTS5 expression no result may match ("" = none)
        QList<QList<qint64>> allOfTags; ///< tags.id groups: one tag of every group
        QList<qint64> anyOfTags;        ///< tags.id: at least one (when not empty)
        QList<qint64> noneOfTags;       ///< tags.id: none

        /// A query of paper ids (`SELECT paper_id ...`) for the annotation and digest
        /// conditions; each is also one of `conditions`. They are answered through the
        /// indexes of schema version 3 and are small sets except for "unread", which is
        /// written as the exclusion of the other statuses.
        struct IdSet
        {
            QString sql;
            QVariantList values;
            bool exclude = false; ///< matching papers are NOT in this set
        };

        QList<IdSet> idSets;

        /// " AND "-joined conditions with %1 replaced by `idColumn` ("" when none).
        QString conditionsOn(const QString &idColumn) const;
    };

    Result<Compiled> compile(const PaperFilter &filter);

private:
    Result<QList<qint64>> resolveTags(const QList<TagSelector> &selectors, bool requireEach, bool *missing);
    /// `expected`: how many papers match, when known; a large share of the library
    /// makes the query walk the sort index instead of sorting the matches.
    Result<QList<qint64>> orderedIds(const Compiled &compiled,
                                     SortOrder sort,
                                     int limit,
                                     int offset,
                                     bool reversed,
                                     std::optional<int> expected = std::nullopt);
    /// The matching ids worked out with the tag index (nullopt without one).
    Result<std::optional<std::vector<qint64>>> selectInMemory(const Compiled &compiled);
    Result<int> libraryCount();
    /// The ids `set` selects, ascending and without repeats.
    Result<std::vector<qint64>> idsOf(const Compiled::IdSet &set);
    Result<int> countCompiled(const Compiled &compiled);
    /// `SELECT <what> FROM ...` over the matching papers; the id column is named `id`.
    QString matchingSql(const Compiled &compiled, const QString &what, QVariantList *values) const;
    Result<void> fillRows(QList<PaperSummary> &rows, bool withTags);

    QSqlDatabase m_db;
    TagIndex *m_tags = nullptr;
};

} // namespace PaperShelf::Core
