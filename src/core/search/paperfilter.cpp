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
    return text.trimmed().isEmpty() && allOf.isEmpty() && anyOf.isEmpty() && noneOf.isEmpty();
}

} // namespace PaperShelf::Core
