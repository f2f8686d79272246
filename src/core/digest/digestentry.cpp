#include "core/digest/digestentry.h"

namespace PaperShelf::Core {

bool StructuredSummary::isEmpty() const
{
    return titleZh.isEmpty() && authors.isEmpty() && affiliation.isEmpty() && keywords.isEmpty() && urls.isEmpty()
        && summary.isEmpty() && methods.isEmpty() && conclusion.isEmpty();
}

} // namespace PaperShelf::Core
