#include "core/review/reviewtypes.h"

#include <array>
#include <utility>

namespace PaperShelf::Core {

namespace {

constexpr std::array<std::pair<ReviewState, const char16_t *>, 4> StateNames = {{
    {ReviewState::Unreviewed, u"unreviewed"},
    {ReviewState::Approved, u"approved"},
    {ReviewState::Corrected, u"corrected"},
    {ReviewState::Flagged, u"flagged"},
}};

constexpr std::array<std::pair<Severity, const char16_t *>, 3> SeverityNames = {{
    {Severity::Info, u"info"},
    {Severity::Warning, u"warning"},
    {Severity::Error, u"error"},
}};

} // namespace

QString reviewStateName(ReviewState state)
{
    for (const auto &[value, name] : StateNames) {
        if (value == state) {
            return QString::fromUtf16(name);
        }
    }
    return {};
}

bool parseReviewState(QStringView text, ReviewState *state)
{
    for (const auto &[value, name] : StateNames) {
        if (text == QStringView(name)) {
            *state = value;
            return true;
        }
    }
    return false;
}

QString severityName(Severity severity)
{
    for (const auto &[value, name] : SeverityNames) {
        if (value == severity) {
            return QString::fromUtf16(name);
        }
    }
    return {};
}

bool parseSeverity(QStringView text, Severity *severity)
{
    for (const auto &[value, name] : SeverityNames) {
        if (text == QStringView(name)) {
            *severity = value;
            return true;
        }
    }
    return false;
}

} // namespace PaperShelf::Core
