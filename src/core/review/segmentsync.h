#pragma once

#include "core/util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace PaperShelf::Core {

struct DigestEntry;

/// The import side of review: keeps a paper's review segments in line with its
/// current machine text. The only writer of review_segments.machine_text.
class SegmentSync final
{
public:
    explicit SegmentSync(const QSqlDatabase &db);

    /// Makes the paper's segments match `current` (its current machine text),
    /// inside the caller's transaction. New segments start unreviewed. A changed
    /// machine text marks an approved segment unreviewed with "source changed";
    /// a corrected or flagged one keeps its work and gets the mark. A segment gone
    /// from the text is deleted when nobody worked on it, else kept as not present.
    Result<void> syncPaper(qint64 paperRowId, const DigestEntry &current, const QString &reviewer = QString());

    /// Papers whose segments were never made (a library from before schema 4): sync them
    /// all, `batch` papers a transaction; returns how many papers. Clears the mark when done.
    /// `progress` returning false cancels (the mark stays, the rest is done next time).
    Result<int> backfillSegments(int batch, const std::function<bool(int done, int total)> &progress = {});

private:
    QSqlDatabase m_db;
};

} // namespace PaperShelf::Core
