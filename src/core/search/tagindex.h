#pragma once

#include "core/db/records.h"
#include "core/util/result.h"

#include <QList>
#include <QSqlDatabase>

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

    /// Milliseconds the last (re)load took; 0 when the copy was fresh.
    qint64 lastLoadMs() const { return m_lastLoadMs; }

private:
    Result<void> refresh();

    struct TagPapers
    {
        Tag tag;
        std::vector<quint32> papers; ///< paper ids, ascending
    };

    QSqlDatabase m_db;
    std::vector<TagPapers> m_tags;
    qint64 m_maxPaperId = 0;
    qint64 m_dataVersion = -1;
    qint64 m_totalChanges = -1;
    qint64 m_lastLoadMs = 0;
};

} // namespace PaperShelf::Core
