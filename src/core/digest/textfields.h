#pragma once

#include <QString>
#include <QStringList>

namespace PaperShelf::Core {

struct DigestEntry;

/// Names for the machine-text fields of an entry that user work points into
/// (highlights, later review): stable strings stored in the library. List
/// fields (the key takeaways) are one text, items joined with '\n'.
class TextFields final
{
public:
    static const QString Title;
    static const QString Abstract;
    static const QString SummaryZh;
    static const QString TakeawaysZh;
    static const QString TitleZh;
    static const QString StructuredSummary;
    static const QString StructuredMethods;
    static const QString StructuredConclusion;

    /// Every field name, in reading order.
    static const QStringList &names();
    static bool isKnown(const QString &field);
    /// The text of `field` in `entry` ("" for an unknown field).
    static QString text(const DigestEntry &entry, const QString &field);
};

} // namespace PaperShelf::Core
