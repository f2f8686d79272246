#include "core/digest/digestentry.h"

namespace PaperShelf::Core {

bool StructuredSummary::isEmpty() const
{
    return titleZh.isEmpty() && authors.isEmpty() && affiliation.isEmpty() && keywords.isEmpty() && urls.isEmpty()
        && summary.isEmpty() && methods.isEmpty() && conclusion.isEmpty();
}

QString StructuredSummary::itemName(int number)
{
    static const QStringList names = {QStringLiteral("title_zh"),
                                      QStringLiteral("authors"),
                                      QStringLiteral("affiliation"),
                                      QStringLiteral("keywords"),
                                      QStringLiteral("urls"),
                                      QStringLiteral("summary"),
                                      QStringLiteral("methods"),
                                      QStringLiteral("conclusion")};
    return number >= 1 && number <= names.size() ? names.at(number - 1) : QString();
}

} // namespace PaperShelf::Core
