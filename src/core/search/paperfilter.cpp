#include "core/search/paperfilter.h"

namespace PaperShelf::Core {

TagSelector TagSelector::parse(const QString &text)
{
    TagSelector selector;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    TagKind kind = TagKind::Topic;
    if (colon > 0 && parseTagKind(QStringView(text).left(colon), &kind)) {
        selector.kind = kind;
        selector.name = text.mid(colon + 1).simplified();
    } else {
        selector.name = text.simplified();
    }
    return selector;
}

QString TagSelector::toString() const
{
    return kind ? tagKindName(*kind) + QLatin1Char(':') + name : name;
}

bool PaperFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && allOf.isEmpty() && anyOf.isEmpty() && noneOf.isEmpty() && statusMask() == 0
        && !favouritesOnly && !withNotesOnly && !latestDigestOnly;
}

int PaperFilter::statusMask() const
{
    constexpr int All = (1 << 4) - 1;
    int mask = 0;
    for (const ReadingStatus status : statuses) {
        mask |= 1 << static_cast<int>(status);
    }
    return mask == All ? 0 : mask;
}

bool operator==(const PaperFilter &a, const PaperFilter &b)
{
    return a.text == b.text && a.allOf == b.allOf && a.anyOf == b.anyOf && a.noneOf == b.noneOf
        && a.statusMask() == b.statusMask() && a.favouritesOnly == b.favouritesOnly
        && a.withNotesOnly == b.withNotesOnly && a.latestDigestOnly == b.latestDigestOnly;
}

} // namespace PaperShelf::Core
