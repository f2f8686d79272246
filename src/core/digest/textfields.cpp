#include "core/digest/textfields.h"

#include "core/digest/digestentry.h"

namespace PaperShelf::Core {

const QString TextFields::Title = QStringLiteral("title");
const QString TextFields::Abstract = QStringLiteral("abstract");
const QString TextFields::SummaryZh = QStringLiteral("summary_zh");
const QString TextFields::TakeawaysZh = QStringLiteral("takeaways_zh");
const QString TextFields::TitleZh = QStringLiteral("structured.title_zh");
const QString TextFields::StructuredSummary = QStringLiteral("structured.summary");
const QString TextFields::StructuredMethods = QStringLiteral("structured.methods");
const QString TextFields::StructuredConclusion = QStringLiteral("structured.conclusion");

const QStringList &TextFields::names()
{
    static const QStringList list =
        {Title, Abstract, SummaryZh, TakeawaysZh, TitleZh, StructuredSummary, StructuredMethods, StructuredConclusion};
    return list;
}

bool TextFields::isKnown(const QString &field)
{
    return names().contains(field);
}

QString TextFields::text(const DigestEntry &entry, const QString &field)
{
    if (field == Title) {
        return entry.title;
    }
    if (field == Abstract) {
        return entry.abstract;
    }
    if (field == SummaryZh) {
        return entry.summaryZh;
    }
    if (field == TakeawaysZh) {
        return entry.takeawaysZh.join(QLatin1Char('\n'));
    }
    if (field == TitleZh) {
        return entry.structured.titleZh;
    }
    if (field == StructuredSummary) {
        return entry.structured.summary;
    }
    if (field == StructuredMethods) {
        return entry.structured.methods;
    }
    if (field == StructuredConclusion) {
        return entry.structured.conclusion;
    }
    return {};
}

} // namespace PaperShelf::Core
