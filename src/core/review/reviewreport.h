#pragma once

#include "core/review/reviewtypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace PaperShelf::Core {

/// One paper's part of a review report: its segments in reading order (with
/// their findings) and the history of each, oldest first, by segment id.
struct ReviewReportPaper
{
    QString paperId; ///< public id (papers.key)
    QString title;
    QList<ReviewSegment> segments;
    QHash<qint64, QList<ReviewHistoryEntry>> history;
};

/// Which segments a report lists.
enum class ReviewReportScope {
    Worked, ///< segments with review work: approved, corrected or flagged
    All,    ///< every segment, unreviewed ones included
};

enum class ReviewReportFormat {
    Markdown,
    Csv,
};

/// A report of review work, as Markdown (to read or attach to an issue) or CSV
/// (for a spreadsheet): per paper and segment its state, the checks that found
/// something in it, the last change from its history (who and when), the
/// machine text ("before") and the text a reader sees ("after"), the flag reason
/// and whether the machine text changed after the review (or the segment left
/// the digest). Papers without a listed segment are left out.
///
/// Pure functions of their input. The text comes from digests and reviewers,
/// so it is never trusted: in Markdown every character that could start
/// formatting, a link, HTML or a table cell is backslash-escaped and line breaks
/// become `<br>`, so that each value stays one table cell of plain text; CSV
/// follows CsvExporter (RFC 4180, CRLF, spreadsheet formula guard).
class ReviewReport final
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Core::ReviewReport)

public:
    /// "markdown" or "csv" (nullopt for anything else).
    static std::optional<ReviewReportFormat> formatFromName(QStringView name);

    static QString render(ReviewReportFormat format, const QList<ReviewReportPaper> &papers, ReviewReportScope scope);

    /// A heading with a summary line, then per paper a `##` heading and per
    /// segment a `###` heading with a two-column table (Item, Value). Labels
    /// follow the interface language (translation context PaperShelf::Core::ReviewReport); state
    /// and check ids stay as stored.
    static QString markdown(const QList<ReviewReportPaper> &papers, ReviewReportScope scope);

    /// A header row, then one row a segment, columns:
    ///
    ///     paper_id,title,field,index,state,checks,reviewer,reviewed_at,before,after,flag_reason,source_changed,present
    ///
    /// `checks` are the distinct check ids of the findings joined with "; ";
    /// `reviewer` and `reviewed_at` (ISO 8601, UTC) are those of the last history
    /// entry ("" without history); `source_changed` and `present` are yes or no.
    static QString csv(const QList<ReviewReportPaper> &papers, ReviewReportScope scope);

    /// `text` as inline Markdown that shows exactly `text`: see the class comment.
    static QString markdownText(QStringView text);
};

} // namespace PaperShelf::Core
