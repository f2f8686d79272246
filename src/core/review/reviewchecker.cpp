#include "core/review/reviewchecker.h"

#include "core/digest/digestentry.h"

namespace PaperShelf::Core {

// Placeholder until the checks land (issue 6): no check, no finding.

ReviewChecker::ReviewChecker(QList<GlossaryTerm> glossary)
    : m_glossary(std::move(glossary))
{
}

ReviewChecker::~ReviewChecker() = default;
ReviewChecker::ReviewChecker(const ReviewChecker &) = default;
ReviewChecker &ReviewChecker::operator=(const ReviewChecker &) = default;

const QList<CheckInfo> &ReviewChecker::catalog()
{
    static const QList<CheckInfo> checks;
    return checks;
}

const CheckInfo *ReviewChecker::info(const QString &id)
{
    for (const CheckInfo &check : catalog()) {
        if (check.id == id) {
            return &check;
        }
    }
    return nullptr;
}

QList<Finding> ReviewChecker::check(const SegmentText &segment, const DigestEntry &entry) const
{
    Q_UNUSED(segment)
    Q_UNUSED(entry)
    return {};
}

} // namespace PaperShelf::Core
