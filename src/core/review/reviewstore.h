#pragma once

#include "core/review/reviewtypes.h"
#include "core/util/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace PaperShelf::Core {

class ReviewChecker;
struct DigestEntry;

/// Which segments a review queue holds. Empty members do not restrict.
struct ReviewQueueFilter
{
    QList<ReviewState> states;
    QString check;                       ///< only segments with a finding of this check
    std::optional<Severity> minSeverity; ///< only segments with a finding at least this severe
    QString topic;                       ///< only papers with this topic tag
    QDate digestDate;                    ///< only papers appearing in a digest of this date
    QStringList userTags;                ///< only papers carrying all these own tags
    QList<qint64> paperRowIds;           ///< only these papers
    bool includeGone = false;            ///< also segments no longer in the current text
};

/// One queue position.
struct ReviewQueueItem
{
    qint64 segmentId = 0;
    qint64 paperRowId = 0;
};

/// The review state a segment had, to restore it (undo).
struct ReviewSnapshot
{
    ReviewState state = ReviewState::Unreviewed;
    QString reviewerText;
    QString flagReason;
};

/// Review progress of one digest file.
struct DigestReviewProgress
{
    qint64 digestId = 0;
    QString source;
    QString topic;
    QDate date;
    ReviewProgress progress;
};

/// The review segments of the library, their states, corrections, history and
/// check findings (tables review_segments, review_history, review_findings).
///
/// The machine text of a segment is only ever written by SegmentSync (imports);
/// review actions write the reviewer's side and one history row each, in one
/// transaction. Every action names its reviewer. Findings are stored per segment
/// for its effective text; a segment whose text changed is unchecked until
/// storeFindings() (see ReviewCheckRunner) or recheck() runs.
class ReviewStore final
{
public:
    explicit ReviewStore(const QSqlDatabase &db);

    // Reads
    Result<ReviewSegment> segment(qint64 segmentId) const;
    /// The segments of a paper in reading order, with findings.
    Result<QList<ReviewSegment>> segments(qint64 paperRowId) const;
    /// The segments of many papers (paper row id → its segments in reading order).
    Result<QHash<qint64, QList<ReviewSegment>>> segmentsOfPapers(const QList<qint64> &paperRowIds) const;
    /// Oldest first.
    Result<QList<ReviewHistoryEntry>> history(qint64 segmentId) const;
    Result<QHash<qint64, QList<ReviewHistoryEntry>>> histories(const QList<qint64> &segmentIds) const;
    /// Papers newest first (latest digest date), segments in reading order.
    Result<QList<ReviewQueueItem>> queue(const ReviewQueueFilter &filter) const;
    Result<QHash<qint64, ReviewProgress>> progress(const QList<qint64> &paperRowIds) const;
    Result<ReviewProgress> totalProgress() const;
    /// Every digest with its papers' progress, newest first.
    Result<QList<DigestReviewProgress>> progressByDigest() const;
    /// check id → number of findings (over present segments).
    Result<QHash<QString, int>> findingCounts() const;

    // Review actions (each one transaction with one history row; return the segment after)
    Result<ReviewSegment> approve(qint64 segmentId, const QString &reviewer);
    /// Stores `text` as the correction (the machine text stays). A text equal to the
    /// machine text reverts instead. Never approves by itself.
    Result<ReviewSegment> correct(qint64 segmentId, const QString &text, const QString &reviewer);
    Result<ReviewSegment> flag(qint64 segmentId, const QString &reason, const QString &reviewer);
    /// Back to the machine text, unreviewed (the correction is kept in history).
    Result<ReviewSegment> revert(qint64 segmentId, const QString &reviewer);
    /// Puts back a state captured with snapshot() (undo/redo).
    Result<ReviewSegment> restore(qint64 segmentId, const ReviewSnapshot &snapshot, const QString &reviewer);
    static ReviewSnapshot snapshot(const ReviewSegment &segment);

    // Checks
    /// Segments whose findings are out of date (at most `limit`, by paper), without findings.
    Result<QList<ReviewSegment>> uncheckedSegments(int limit) const;
    Result<int> uncheckedCount() const;
    /// Replaces the findings of many segments and marks them checked, in one transaction.
    Result<void> storeFindings(const QHash<qint64, QList<Finding>> &findings);
    /// Runs `checker` on the segments now (used after an edit), storing the findings.
    Result<void> recheck(const QList<qint64> &segmentIds, const ReviewChecker &checker);
    /// Marks every segment unchecked (after a glossary change).
    Result<void> invalidateChecks();
    /// The current machine text of each paper (with its arXiv id), the English
    /// source the checks compare against.
    Result<QHash<qint64, DigestEntry>> currentEntries(const QList<qint64> &paperRowIds) const;

private:
    Result<void> attachFindings(QList<ReviewSegment> &segments) const;
    /// Writes `after` over `before` with one history row, in one transaction.
    Result<ReviewSegment> write(const ReviewSegment &before,
                                const ReviewSnapshot &after,
                                const QString &reviewer,
                                const QString &note);

    QSqlDatabase m_db;
};

} // namespace PaperShelf::Core
