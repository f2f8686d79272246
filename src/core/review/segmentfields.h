#pragma once

#include "core/review/reviewtypes.h"

#include <QList>
#include <QString>

namespace PaperShelf::Core {

struct DigestEntry;

/// The segments of a digest entry (the machine Chinese units that review works
/// on) and their stable field names. The one-line summary and the key takeaways
/// share their names with TextFields (highlights use them too); each takeaway is
/// its own segment, numbered by `index`.
class SegmentFields final
{
public:
    static const QString SummaryZh;   ///< "summary_zh"
    static const QString Takeaway;    ///< "takeaways_zh", index = takeaway number (0-based)
    static const QString TitleZh;     ///< "structured.title_zh"
    static const QString Authors;     ///< "structured.authors"
    static const QString Affiliation; ///< "structured.affiliation"
    static const QString Keywords;    ///< "structured.keywords", the keywords joined with "; "
    static const QString Urls;        ///< "structured.urls"
    static const QString Summary;     ///< "structured.summary"
    static const QString Methods;     ///< "structured.methods"
    static const QString Conclusion;  ///< "structured.conclusion"

    /// Every field name in reading order (the order segments are listed and queued in).
    static const QStringList &names();
    /// Position of `field` in names() (names().size() for an unknown field).
    static int order(const QString &field);
    /// Every segment `entry` has, in reading order. Empty fields give no segment,
    /// except a structured item listed in StructuredSummary::emptyItems (label
    /// present, no text), which gives one with empty text.
    static QList<SegmentText> extract(const DigestEntry &entry);
    /// Writes `text` into the field of `entry` that (field, index) names; false when
    /// there is no such field or takeaway.
    static bool apply(DigestEntry &entry, const QString &field, int index, const QString &text);
};

} // namespace PaperShelf::Core
