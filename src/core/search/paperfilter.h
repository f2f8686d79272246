#pragma once

#include "core/db/records.h"

#include <QList>
#include <QString>

#include <optional>

namespace PaperShelf::Core {

/// A tag named by the user: "name" matches that name in any kind, "kind:name"
/// (topic:, keyword:, user:) only in that kind. Names compare case-insensitively.
struct TagSelector
{
    QString name;
    std::optional<TagKind> kind;

    static TagSelector parse(const QString &text);
    QString toString() const;
    friend bool operator==(const TagSelector &, const TagSelector &) = default;
};

/// Which papers to show: a search text (see TextQuery), tag conditions and
/// conditions on the user's annotations and on the digests. All conditions hold
/// together (AND).
struct PaperFilter
{
    QString text;
    QList<TagSelector> allOf;  ///< every one of these (AND)
    QList<TagSelector> anyOf;  ///< at least one of these (OR)
    QList<TagSelector> noneOf; ///< none of these (NOT)

    /// The paper's reading status is one of these; empty (or all four) = any.
    /// A paper without an annotations row is Unread. Order and repeats do not matter.
    QList<ReadingStatus> statuses;
    bool favouritesOnly = false; ///< only papers marked favourite
    /// Only papers whose notes hold more than white space (ASCII white space,
    /// no-break space and ideographic space are trimmed).
    bool withNotesOnly = false;
    /// Only papers that are new in the latest digest. The latest digest date D is
    /// the greatest date of a digest that holds at least one entry (an empty digest
    /// file does not count); a paper is new in it when it appears in a digest dated
    /// D (any topic: every digest of that day counts) and in no digest dated before
    /// D. A paper first seen earlier and repeated on D is not new.
    bool latestDigestOnly = false;

    /// True when the filter matches every paper (no condition at all).
    bool isEmpty() const;
    /// Bit i set when ReadingStatus i is kept; 0 when any status is (empty or all four).
    int statusMask() const;
    /// Statuses compare as sets; everything else in order.
    friend bool operator==(const PaperFilter &a, const PaperFilter &b);
};

/// What the paper list is sorted by; each key has a natural direction.
enum class SortOrder {
    Relevance,      ///< bm25 rank of the text search, best first; date without a text
    Date,           ///< latest appearance, newest first
    Title,          ///< A to Z (case-insensitive)
    Topics,         ///< topic names, A to Z
    Status,         ///< unread, to read, reading, read
    Rating,         ///< highest first
    Figures,        ///< most screenshots first
    ReviewProgress, ///< share of review segments approved or corrected (none: lowest)
    Pdf,            ///< cached PDFs first, then failed downloads, then the rest
};

struct ListRequest
{
    PaperFilter filter;
    std::optional<SortOrder> sort; ///< default: relevance with a text, else date
    int limit = 50;                ///< 0 = no limit
    int offset = 0;
    bool reversed = false; ///< the opposite of the sort key's natural direction
    bool withTags = true;  ///< fill PaperSummary::tags (else only topics, from the paper row)
};

struct PaperPage
{
    int total = 0; ///< all matches, not just this page
    QList<PaperSummary> papers;
};

} // namespace PaperShelf::Core
