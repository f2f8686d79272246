#include "core/review/segmentfields.h"

#include "core/digest/digestentry.h"

namespace PaperShelf::Core {

// Spelled out rather than copied from TextFields: the order in which the
// statics of two translation units are initialised is unspecified, and a copy
// made first is an empty string (segments came out with no field name).
// tst_reviewchecker and tst_reviewstore assert that the shared names agree.
const QString SegmentFields::SummaryZh = QStringLiteral("summary_zh");
const QString SegmentFields::Takeaway = QStringLiteral("takeaways_zh");
const QString SegmentFields::TitleZh = QStringLiteral("structured.title_zh");
const QString SegmentFields::Authors = QStringLiteral("structured.authors");
const QString SegmentFields::Affiliation = QStringLiteral("structured.affiliation");
const QString SegmentFields::Keywords = QStringLiteral("structured.keywords");
const QString SegmentFields::Urls = QStringLiteral("structured.urls");
const QString SegmentFields::Summary = QStringLiteral("structured.summary");
const QString SegmentFields::Methods = QStringLiteral("structured.methods");
const QString SegmentFields::Conclusion = QStringLiteral("structured.conclusion");

namespace {

const QString KeywordSeparator = QStringLiteral("; ");
const QString StructuredPrefix = QStringLiteral("structured.");

/// An item that now has text is no longer an empty one.
void markFilled(StructuredSummary &structured, const QString &field, const QString &text)
{
    if (field.startsWith(StructuredPrefix) && !text.trimmed().isEmpty()) {
        structured.emptyItems.removeAll(field.sliced(StructuredPrefix.size()));
    }
}

/// The string member of StructuredSummary that `field` names (nullptr for others).
QString *structuredText(StructuredSummary &structured, const QString &field)
{
    if (field == SegmentFields::TitleZh) {
        return &structured.titleZh;
    }
    if (field == SegmentFields::Authors) {
        return &structured.authors;
    }
    if (field == SegmentFields::Affiliation) {
        return &structured.affiliation;
    }
    if (field == SegmentFields::Urls) {
        return &structured.urls;
    }
    if (field == SegmentFields::Summary) {
        return &structured.summary;
    }
    if (field == SegmentFields::Methods) {
        return &structured.methods;
    }
    if (field == SegmentFields::Conclusion) {
        return &structured.conclusion;
    }
    return nullptr;
}

} // namespace

const QStringList &SegmentFields::names()
{
    static const QStringList list =
        {SummaryZh, Takeaway, TitleZh, Authors, Affiliation, Keywords, Urls, Summary, Methods, Conclusion};
    return list;
}

int SegmentFields::order(const QString &field)
{
    const qsizetype position = names().indexOf(field);
    return static_cast<int>(position < 0 ? names().size() : position);
}

QList<SegmentText> SegmentFields::extract(const DigestEntry &entry)
{
    QList<SegmentText> segments;
    const auto add = [&segments](const QString &field, int index, const QString &text) {
        if (!text.trimmed().isEmpty()) {
            segments.append({field, index, text});
        }
    };
    // A structured item given with no text is a segment too (the `empty` check
    // objects to it); its field name is "structured." + the canonical item name.
    const QStringList &emptyItems = entry.structured.emptyItems;
    const auto addStructured = [&](const QString &field, const QString &text) {
        if (text.trimmed().isEmpty() && emptyItems.contains(QStringView(field).sliced(StructuredPrefix.size()))) {
            segments.append({field, 0, QString()});
        } else {
            add(field, 0, text);
        }
    };
    add(SummaryZh, 0, entry.summaryZh);
    for (qsizetype i = 0; i < entry.takeawaysZh.size(); ++i) {
        add(Takeaway, static_cast<int>(i), entry.takeawaysZh.at(i));
    }
    StructuredSummary structured = entry.structured;
    for (const QString &field : names()) {
        if (field == Keywords) {
            addStructured(Keywords, structured.keywords.join(KeywordSeparator));
        } else if (const QString *text = structuredText(structured, field)) {
            addStructured(field, *text);
        }
    }
    return segments;
}

bool SegmentFields::apply(DigestEntry &entry, const QString &field, int index, const QString &text)
{
    if (field == SummaryZh) {
        entry.summaryZh = text;
        return true;
    }
    if (field == Takeaway) {
        if (index < 0 || index >= entry.takeawaysZh.size()) {
            return false;
        }
        entry.takeawaysZh[index] = text;
        return true;
    }
    if (field == Keywords) {
        QStringList keywords;
        for (const QString &keyword : text.split(QLatin1Char(';'))) {
            if (!keyword.trimmed().isEmpty()) {
                keywords.append(keyword.trimmed());
            }
        }
        entry.structured.keywords = keywords;
        markFilled(entry.structured, field, text);
        return true;
    }
    if (QString *member = structuredText(entry.structured, field)) {
        *member = text;
        markFilled(entry.structured, field, text);
        return true;
    }
    return false;
}

} // namespace PaperShelf::Core
