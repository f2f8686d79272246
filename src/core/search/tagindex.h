#pragma once

#include "core/db/records.h"
#include "core/util/result.h"

#include <QList>
#include <QSqlDatabase>

#include <unordered_map>
#include <vector>

namespace PaperShelf::Core {

/// An in-memory copy of which papers carry which tag, for counting tags over a
/// filtered set of papers. Counting in SQL visits every paper_tags row of the
/// set (a quarter of a million rows for a common word in a 100,000-paper
/// library); here it is a membership test per row, a few milliseconds.
///
/// The copy is reloaded when the library changed since it was loaded (this
/// connection's total_changes() or another connection's commit, seen through
/// PRAGMA data_version). Keep one per connection for as long as it is open.
class TagIndex final
{
public:
    explicit TagIndex(const QSqlDatabase &db);

    /// Counts per tag over the papers whose ids are in `paperIds` (any order).
    Result<QList<TagCount>> count(const std::vector<qint64> &paperIds);

    /// The papers of `base` (every paper when null) that carry one tag of each
    /// group in `allOf`, one of `anyOf` (when not empty) and none of `noneOf`;
    /// tags are given by tags.id. Ascending. Tag filters need no SQL at all.
    Result<std::vector<qint64>> select(const std::vector<qint64> *base,
                                       const QList<QList<qint64>> &allOf,
                                       const QList<qint64> &anyOf,
                                       const QList<qint64> &noneOf);

    /// Number of papers in the library (as of the last refresh).
    Result<int> paperCount();

    /// Milliseconds the last (re)load took.
    qint64 lastLoadMs() const { return m_lastLoadMs; }

    /// How many times the copy was (re)loaded.
    int loadCount() const { return m_loads; }

private:
    Result<void> refresh();

    struct TagPapers
    {
        qint64 id = 0; ///< tags.id
        Tag tag;
        std::vector<quint32> papers; ///< paper ids, ascending
    };

    QSqlDatabase m_db;
    std::vector<TagPapers> m_tags;
    std::unordered_map<qint64, size_t> m_byId; ///< tags.id -> index into m_tags
    std::vector<quint32> m_allPapers;          ///< every paper id, ascending
    qint64 m_maxPaperId = 0;
    qint64 m_dataVersion = -1;
    qint64 m_totalChanges = -1;
    qint64 m_lastLoadMs = 0;
    int m_loads = 0;
};

} // namespace PaperShelf::Core
