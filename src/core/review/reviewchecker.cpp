#include "core/review/reviewchecker.h"

#include "core/digest/digestentry.h"
#include "core/review/checkcatalog.h"
#include "core/review/segmentfields.h"
#include "core/review/sourcechecks.h"
#include "core/review/textchecks.h"

#include <algorithm>

namespace PaperShelf::Core {

namespace {

enum class FieldKind {
    Prose,    ///< one-line summary, takeaways, structured summary/methods/conclusion
    Title,    ///< structured.title_zh
    Metadata, ///< authors, affiliation, keywords, urls: names and links, not prose
};

FieldKind kindOf(const QString &field)
{
    if (field == SegmentFields::TitleZh) {
        return FieldKind::Title;
    }
    if (field == SegmentFields::Authors || field == SegmentFields::Affiliation || field == SegmentFields::Keywords
        || field == SegmentFields::Urls) {
        return FieldKind::Metadata;
    }
    return FieldKind::Prose;
}

bool has(const QList<Finding> &findings, const QString &check)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&check](const Finding &finding) {
        return finding.check == check;
    });
}

bool overlapsAny(const Finding &finding, const QList<Finding> &findings, const QString &check)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &other) {
        return other.check == check && other.start < finding.end && finding.start < other.end;
    });
}

} // namespace

ReviewChecker::ReviewChecker(QList<GlossaryTerm> glossary)
    : m_glossary(std::move(glossary))
{
}

ReviewChecker::~ReviewChecker() = default;
ReviewChecker::ReviewChecker(const ReviewChecker &) = default;
ReviewChecker &ReviewChecker::operator=(const ReviewChecker &) = default;

const QList<CheckInfo> &ReviewChecker::catalog()
{
    return CheckCatalog::list();
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
    return check(segment, prepare(entry));
}

PreparedSource ReviewChecker::prepare(const DigestEntry &entry) const
{
    return PreparedSource::from(entry, m_glossary);
}

QList<Finding> ReviewChecker::check(const SegmentText &segment, const PreparedSource &source) const
{
    const QString &text = segment.text;
    QList<Finding> findings;
    if (TextChecks::isEmptyText(text)) {
        const auto [start, end] = TextChecks::sentenceAround(text, 0, text.size());
        findings.append(CheckCatalog::finding(CheckCatalog::Empty, text, start, end));
        return findings;
    }
    const FieldKind kind = kindOf(segment.field);

    TextChecks::placeholder(text, &findings);
    TextChecks::nonAnswer(text, kind == FieldKind::Metadata, &findings);
    TextChecks::promptLeak(text, &findings);
    {
        // A sentence that is a non-answer or a leaked instruction is reported
        // as that, not again as chatter.
        QList<Finding> chatter;
        TextChecks::chatter(text, &chatter);
        for (const Finding &finding : chatter) {
            if (!overlapsAny(finding, findings, CheckCatalog::NonAnswer)
                && !overlapsAny(finding, findings, CheckCatalog::PromptLeak)) {
                findings.append(finding);
            }
        }
    }
    TextChecks::toolError(text, &findings);
    TextChecks::serializedList(text, &findings);
    SourceChecks::links(text, source, &findings);
    const bool noAnswer = has(findings, CheckCatalog::NonAnswer) || has(findings, CheckCatalog::ToolError);
    const bool unfilled = noAnswer || has(findings, CheckCatalog::Placeholder);

    if (kind != FieldKind::Metadata) {
        SourceChecks::numbers(text, source, &findings);
        SourceChecks::glossary(text, source, m_glossary, &findings);
        if (!noAnswer && !has(findings, CheckCatalog::SerializedList)) {
            TextChecks::untranslated(text, findings, &findings);
        }
    }
    if (kind == FieldKind::Title && !unfilled) {
        SourceChecks::title(text, source, &findings);
    }
    if (segment.field == SegmentFields::Authors && !unfilled) {
        SourceChecks::authors(text, source, &findings);
    }
    if (kind == FieldKind::Prose && !noAnswer) {
        TextChecks::truncated(text, source.englishWords, &findings);
    }

    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.start != b.start) {
            return a.start < b.start;
        }
        return CheckCatalog::order(a.check) < CheckCatalog::order(b.check);
    });
    return findings;
}

} // namespace PaperShelf::Core
