#pragma once

#include "core/util/result.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>

namespace PaperShelf::Core {

class StatementCache;

/// The review part of the annotation archive: every segment someone worked on
/// (a state other than unreviewed, a correction, a flag or any history), keyed
/// by paper, as JSON:
///
///     [{"field", "index", "machine_text", "state", "reviewer_text", "flag_reason",
///       "source_changed", "present", "updated_at",
///       "history": [{"reviewer", "at", "state_before", "state_after",
///                    "text_before", "text_after", "note"}]}]
///
/// A segment is matched by field and index. The newer side (`updated_at`) keeps
/// its state; when the library's machine text differs from the archived one, the
/// rule of a re-import applies (an approval becomes unreviewed, a correction or
/// flag is kept; both get the "source changed" mark). History entries are a
/// union. A segment the library's paper no longer has is kept as not present,
/// as SegmentSync keeps vanished work.
class ReviewArchive final
{
public:
    struct PaperSegments
    {
        QString title;
        QJsonArray segments;
    };

    struct MergeCounts
    {
        int segmentsTaken = 0;
        int historyAdded = 0;
    };

    /// The worked-on segments of every paper, by public paper id.
    static Result<QHash<QString, PaperSegments>> exportAll(const QSqlDatabase &db);

    /// Merges one paper's archived segments; runs inside the caller's transaction.
    static Result<void> mergePaper(StatementCache &statements,
                                   qint64 paperRowId,
                                   const QJsonArray &segments,
                                   MergeCounts *counts);
};

} // namespace PaperShelf::Core
