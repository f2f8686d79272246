#include "core/digest/structuredsummaryparser.h"

#include "core/digest/htmltext.h"
#include "core/digest/structuredlabel.h"
#include "core/digest/textnormaliser.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <initializer_list>

namespace PaperShelf::Core {

namespace {

constexpr int fieldCount = 9; // SummaryField::None .. SummaryField::Conclusion

bool startsWithAny(QStringView text, std::initializer_list<const char16_t *> prefixes)
{
    for (const char16_t *prefix : prefixes) {
        if (text.startsWith(QStringView(prefix), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

bool containsAny(QStringView text, std::initializer_list<const char16_t *> needles)
{
    for (const char16_t *needle : needles) {
        if (text.contains(QStringView(needle))) {
            return true;
        }
    }
    return false;
}

} // namespace

bool StructuredSummaryParser::isChatter(QStringView text)
{
    if (startsWithAny(text, {u"好的", u"Please refer to relevant websites"})) {
        return true;
    }
    if (text.startsWith(u"希望") && containsAny(text, {u"帮助", u"符合", u"满足", u"要求", u"有用"})) {
        return true;
    }
    if (startsWithAny(text, {u"如有其他", u"如有任何", u"如果您还有", u"如果您有任何", u"如果你还有"})) {
        return true;
    }
    // "以下是回答：" announces the answer; it is not part of it.
    return text.startsWith(u"以下是") && (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)));
}

bool StructuredSummaryParser::isRenderingArtifact(QStringView text)
{
    // "<h2>Paper:1</h2>" flattened: a counter from the generating tool.
    if (!text.startsWith(u"Paper:", Qt::CaseInsensitive) || text.size() == 6) {
        return false;
    }
    const QStringView rest = text.sliced(6).trimmed();
    return !rest.isEmpty() && std::all_of(rest.begin(), rest.end(), [](QChar c) {
        return c.isDigit();
    });
}

bool StructuredSummaryParser::isRule(QStringView text)
{
    if (text.size() < 3) {
        return false;
    }
    const QChar first = text.front();
    if (first != QLatin1Char('-') && first != QLatin1Char('=') && first != QLatin1Char('*')
        && first != QLatin1Char('_')) {
        return false;
    }
    for (const QChar c : text) {
        if (c != first && !c.isSpace()) {
            return false;
        }
    }
    return true;
}

QString StructuredSummaryParser::cleanValueLine(QStringView text)
{
    QStringView t = TextNormaliser::trimmed(text);
    qsizetype hashes = 0;
    while (hashes < t.size() && t[hashes] == QLatin1Char('#')) {
        ++hashes;
    }
    if (hashes > 0) {
        t = TextNormaliser::trimmed(t.sliced(hashes));
    }
    QString clean = TextNormaliser::removeBoldMarkers(t);
    // Bullets are layout, not content: "- (1) 背景" and "<li>(1) 背景" read the same.
    if (clean.size() >= 2 && QStringView(u"-*+•").contains(clean.front())
        && (clean[1].isSpace() || clean[1] == QLatin1Char('(') || clean[1] == QChar(0xFF08))) {
        clean.remove(0, 1);
    }
    return TextNormaliser::removeZeroWidth(clean).trimmed();
}

QStringList StructuredSummaryParser::splitKeywords(QStringView value)
{
    QStringList keywords;
    QSet<QString> seen;
    qsizetype start = 0;
    const auto take = [&](qsizetype end) {
        QString keyword = cleanValueLine(value.sliced(start, end - start));
        while (!keyword.isEmpty()
               && (keyword.back() == QLatin1Char('.') || keyword.back() == QChar(0x3002) || keyword.back().isSpace())) {
            keyword.chop(1);
        }
        keyword = TextNormaliser::normaliseWhitespace(keyword);
        if (!keyword.isEmpty()) {
            const QString key = keyword.toCaseFolded();
            if (!seen.contains(key)) {
                seen.insert(key);
                keywords.append(keyword);
            }
        }
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (QStringView(u"、，,;；·\n").contains(value[i])) {
            take(i);
            start = i + 1;
        }
    }
    take(value.size());
    return keywords;
}

StructuredSummary StructuredSummaryParser::parse(const QList<QStringView> &lines)
{
    std::array<QStringList, fieldCount> values;
    // Items whose label occurred, to tell an empty item from an absent one.
    std::array<bool, fieldCount> labelled = {};
    SummaryField current = SummaryField::None;
    bool methodsSeen = false;
    HtmlText html;

    for (const QStringView line : lines) {
        if (TextNormaliser::isBlank(line)) {
            continue;
        }
        for (const HtmlSegment &segment : html.convertLine(line)) {
            const QString text = TextNormaliser::removeZeroWidth(segment.text);
            const QStringView t = TextNormaliser::trimmed(text);
            if (t.isEmpty() || isRule(t) || isChatter(t) || isRenderingArtifact(t)) {
                continue;
            }
            if (t.startsWith(u"Some Error for method")) {
                current = SummaryField::None;
                continue;
            }
            const LabelMatch label = StructuredLabel::match(t, segment.startsItem, segment.itemNumber, methodsSeen);
            // An earlier, already filled item is reopened only by a common
            // label that clearly opens an item; otherwise the line is a
            // sub-point of the current item ("3. 关键词提取：" in the methods).
            const bool reopensEarlier = label.valid && int(label.field) < int(current)
                                     && !values[std::size_t(label.field)].isEmpty() && !label.confident;
            if (label.valid && label.field != current && !reopensEarlier) {
                current = label.field;
                labelled[std::size_t(current)] = true;
                methodsSeen = methodsSeen || current == SummaryField::Methods;
                if (!label.value.isEmpty()) {
                    values[std::size_t(current)].append(label.value);
                }
                continue;
            }
            // A repeated label of the current item with nothing after it
            // ("8. 结论：" twice) adds no text; with a value the line is kept
            // whole, because sub-labels such as "Github 代码链接：" matter.
            if (label.valid && label.field == current && label.value.isEmpty()) {
                continue;
            }
            if (current != SummaryField::None) {
                const QString clean = cleanValueLine(t);
                if (!clean.isEmpty()) {
                    values[std::size_t(current)].append(clean);
                }
            }
        }
    }

    const auto joined = [&values](SummaryField field) {
        return values[std::size_t(field)].join(QLatin1Char('\n'));
    };
    StructuredSummary summary;
    summary.titleZh = joined(SummaryField::TitleZh);
    summary.authors = joined(SummaryField::Authors);
    summary.affiliation = joined(SummaryField::Affiliation);
    summary.keywords = splitKeywords(joined(SummaryField::Keywords));
    summary.urls = joined(SummaryField::Urls);
    summary.summary = joined(SummaryField::Summary);
    summary.methods = joined(SummaryField::Methods);
    summary.conclusion = joined(SummaryField::Conclusion);
    // Judged on the final value: a keywords item of separators only is empty too.
    const std::array<bool, fieldCount> hasText = {false,
                                                  !summary.titleZh.isEmpty(),
                                                  !summary.authors.isEmpty(),
                                                  !summary.affiliation.isEmpty(),
                                                  !summary.keywords.isEmpty(),
                                                  !summary.urls.isEmpty(),
                                                  !summary.summary.isEmpty(),
                                                  !summary.methods.isEmpty(),
                                                  !summary.conclusion.isEmpty()};
    for (int field = int(SummaryField::TitleZh); field < fieldCount; ++field) {
        if (labelled[std::size_t(field)] && !hasText[std::size_t(field)]) {
            summary.emptyItems.append(StructuredSummary::itemName(field));
        }
    }
    return summary;
}

} // namespace PaperShelf::Core
