#pragma once

#include "core/digest/digestentry.h"
#include "core/review/reviewtypes.h"

#include <QList>

namespace PaperShelf::Core {

/// What applying review work to entries did, summed over the entries.
struct ReviewCorrectionCount
{
    int corrected = 0;      ///< corrections written over the machine text
    int flaggedOmitted = 0; ///< flagged texts left out
    int flaggedKept = 0;    ///< flagged texts kept (their machine text stays)
    int notApplicable = 0;  ///< corrections and flags made against another text than the entry's

    friend bool operator==(const ReviewCorrectionCount &, const ReviewCorrectionCount &) = default;
};

/// Applies a paper's review work to one of its digest entries (the corrected
/// digest export). A correction replaces only the text it was made against: a
/// corrected segment whose machine text equals the entry's current text of that
/// segment is replaced by the reviewer's text; one made against another text (an
/// older appearance, a changed source) leaves the entry's text alone. Flags match
/// the same way; a matching flagged text is left out (field emptied, takeaway
/// dropped) unless flagged texts are included, when the machine text stays.
/// Approved and unreviewed segments change nothing. Pure; any thread.
class ReviewCorrections final
{
public:
    static DigestEntry apply(const DigestEntry &entry,
                             const QList<ReviewSegment> &segments,
                             bool includeFlagged,
                             ReviewCorrectionCount *count = nullptr);
};

} // namespace PaperShelf::Core
