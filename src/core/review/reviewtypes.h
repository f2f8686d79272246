#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace PaperShelf::Core {

/// Where a segment stands in review (DESIGN.md §3). Stored by name.
enum class ReviewState {
    Unreviewed,
    Approved,
    Corrected,
    Flagged,
};

/// "unreviewed", "approved", "corrected", "flagged".
QString reviewStateName(ReviewState state);
/// Parses a name of reviewStateName(); returns false for anything else.
bool parseReviewState(QStringView text, ReviewState *state);

/// How much a finding matters. Ordered: a higher value is more severe.
enum class Severity {
    Info,
    Warning,
    Error,
};

/// "info", "warning", "error".
QString severityName(Severity severity);
bool parseSeverity(QStringView text, Severity *severity);

/// One machine Chinese unit of a paper, as the digest wrote it. `field` is one of
/// the SegmentFields names; `index` numbers the key takeaways (0-based) and is 0
/// for every other field.
struct SegmentText
{
    QString field;
    int index = 0;
    QString text;

    friend bool operator==(const SegmentText &, const SegmentText &) = default;
};

/// What an automatic check objects to: the span [start, end) of the checked text
/// (UTF-16 offsets), the check's id (see ReviewChecker::catalog()) and severity.
struct Finding
{
    QString check;
    Severity severity = Severity::Warning;
    int start = 0;
    int end = 0;
    QString excerpt; ///< the text of [start, end), for reports (never empty unless the segment is)

    friend bool operator==(const Finding &, const Finding &) = default;
};

/// A segment with its review work, as stored.
struct ReviewSegment
{
    qint64 id = 0;
    qint64 paperRowId = 0; ///< papers.id
    QString paperId;       ///< public id (papers.key)
    QString field;
    int index = 0;
    QString machineText; ///< the digest's text; never changed by review
    ReviewState state = ReviewState::Unreviewed;
    QString reviewerText;       ///< the correction ("" unless state is Corrected)
    QString flagReason;         ///< why it was flagged ("" unless state is Flagged)
    bool sourceChanged = false; ///< the machine text changed on a re-import after review work
    bool present = true;        ///< false: the paper's current digest text no longer has this segment
    QDateTime updatedAt;        ///< last review action (invalid: never reviewed)
    QList<Finding> findings;    ///< of the checks on effectiveText(), errors first

    /// The text a reader should see: the correction when there is one.
    QString effectiveText() const { return state == ReviewState::Corrected ? reviewerText : machineText; }

    bool isReviewed() const { return state == ReviewState::Approved || state == ReviewState::Corrected; }
};

/// One change of a segment's review state or text.
struct ReviewHistoryEntry
{
    qint64 id = 0;
    QString reviewer;
    QDateTime at;
    ReviewState stateBefore = ReviewState::Unreviewed;
    ReviewState stateAfter = ReviewState::Unreviewed;
    QString textBefore; ///< the effective text before
    QString textAfter;  ///< the effective text after
    QString note;       ///< the flag reason, or "source changed" for re-import transitions
};

/// A glossary entry: the agreed Chinese for an English term.
struct GlossaryTerm
{
    qint64 id = 0;
    QString term;      ///< English, matched case-insensitively on word boundaries
    QString preferred; ///< the agreed Chinese rendering
    QStringList wrong; ///< known wrong renderings
    QString note;

    friend bool operator==(const GlossaryTerm &, const GlossaryTerm &) = default;
};

/// Reviewed segments of a set of papers.
struct ReviewProgress
{
    int reviewed = 0; ///< approved or corrected
    int flagged = 0;
    int total = 0;
};

} // namespace PaperShelf::Core
