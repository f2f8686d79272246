#include "core/digest/structuredlabel.h"

#include "core/digest/textnormaliser.h"

#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <initializer_list>

using namespace Qt::Literals::StringLiterals;

namespace PaperShelf::Core {

namespace {

// Longest label text looked at before the colon; real labels are at most ~15
// characters, so this also bounds the work per line.
constexpr qsizetype maxLabelScan = 40;
constexpr qsizetype maxNormalisedLabel = 16;
// Short metadata labels ("作者隶属", "URL及代码") are accepted without a number.
constexpr qsizetype maxShortMetadataLabel = 10;

bool isColon(QChar c)
{
    return c == QLatin1Char(':') || c == QChar(0xFF1A);
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool containsAny(const QString &text, std::initializer_list<const char16_t *> needles)
{
    for (const char16_t *needle : needles) {
        if (text.contains(QStringView(needle))) {
            return true;
        }
    }
    return false;
}

const QSet<QString> &commonLabels()
{
    // The spellings that README §8 of the corpus lists as frequent, normalised.
    static const QSet<QString> labels = {
        u"标题"_s,           u"题目"_s,           u"title"_s,        u"论文标题"_s,       u"中文标题"_s,
        u"标题及翻译"_s,     u"标题及中文翻译"_s, u"英文标题"_s,     u"titleinenglish"_s, u"中文翻译标题"_s,
        u"作者"_s,           u"authors"_s,        u"author"_s,       u"作者名单"_s,       u"第一作者"_s,
        u"其他作者"_s,       u"作者列表"_s,       u"作者姓名"_s,     u"affiliation"_s,    u"affiliations"_s,
        u"隶属机构"_s,       u"第一作者单位"_s,   u"所属机构"_s,     u"单位"_s,           u"隶属单位"_s,
        u"作者所属机构"_s,   u"作者隶属机构"_s,   u"作者所属单位"_s, u"隶属"_s,           u"所属单位"_s,
        u"作者归属"_s,       u"作者单位"_s,       u"机构"_s,         u"隶属关系"_s,       u"作者隶属"_s,
        u"关键词"_s,         u"keywords"_s,       u"keyword"_s,      u"英文关键词"_s,     u"中文关键词"_s,
        u"关键字"_s,         u"urls"_s,           u"url"_s,          u"论文链接"_s,       u"链接"_s,
        u"github代码链接"_s, u"github链接"_s,     u"github"_s,       u"网址"_s,           u"代码链接"_s,
        u"links"_s,          u"link"_s,           u"摘要"_s,         u"summary"_s,        u"概述"_s,
        u"概要"_s,           u"内容摘要"_s,       u"摘要内容"_s,     u"摘要总结"_s,       u"abstract"_s,
        u"总结"_s,           u"方法"_s,           u"方法论"_s,       u"methods"_s,        u"method"_s,
        u"方法论概述"_s,     u"方法概述"_s,       u"方法论思想"_s,   u"方法介绍"_s,       u"methodology"_s,
        u"结论"_s,           u"conclusion"_s,     u"conclusions"_s,  u"结论部分"_s,       u"综述"_s,
    };
    return labels;
}

bool isMetadataField(SummaryField field)
{
    return field == SummaryField::TitleZh || field == SummaryField::Authors || field == SummaryField::Affiliation
        || field == SummaryField::Keywords || field == SummaryField::Urls;
}

// "结论部分摘要", "摘要部分" and "Methods overview" open with the field's own
// word; "研究方法" (a sub-point heading in many summaries) does not.
bool startsWithFieldWord(const QString &label, SummaryField field)
{
    const auto startsWithAny = [&label](std::initializer_list<const char16_t *> words) {
        for (const char16_t *word : words) {
            if (label.startsWith(QStringView(word))) {
                return true;
            }
        }
        return false;
    };
    switch (field) {
    case SummaryField::Summary:
        return startsWithAny({u"摘要", u"概述", u"summary", u"abstract"});
    case SummaryField::Methods:
        return startsWithAny({u"方法", u"method"});
    case SummaryField::Conclusion:
        return startsWithAny({u"结论", u"conclusion"});
    default:
        return false;
    }
}

} // namespace

QString StructuredLabel::normaliseLabel(QStringView label)
{
    QString out;
    out.reserve(label.size());
    QChar closeParen;
    for (const QChar c : label) {
        if (!closeParen.isNull()) {
            if (c == closeParen) {
                closeParen = QChar();
            }
            continue;
        }
        if (c == QLatin1Char('(')) {
            closeParen = QLatin1Char(')');
            continue;
        }
        if (c == QChar(0xFF08)) {
            closeParen = QChar(0xFF09);
            continue;
        }
        if (c.isSpace() || TextNormaliser::isZeroWidth(c) || QStringView(u"*<>[]【】\"“”`").contains(c)) {
            continue;
        }
        out.append(c.toLower());
    }
    return out;
}

SummaryField StructuredLabel::classify(const QString &label, int number, bool methodsSeen)
{
    // Order matters: "第一作者单位" is an affiliation before it is an author,
    // "方法论概述" a method before a summary, "结论部分摘要" a conclusion.
    if (containsAny(label, {u"单位", u"机构", u"隶属", u"所属", u"归属", u"affiliation", u"institution", u"organi"})) {
        return SummaryField::Affiliation;
    }
    if (label.contains(u"作者") || label.startsWith(u"author")) {
        return SummaryField::Authors;
    }
    if (containsAny(label, {u"标题", u"题目"}) || label.startsWith(u"title")) {
        return SummaryField::TitleZh;
    }
    if (containsAny(label, {u"关键词", u"关键字", u"keyword"})) {
        return SummaryField::Keywords;
    }
    if (containsAny(label, {u"链接", u"网址", u"url", u"github", u"link", u"代码"}) || label == u"paper"
        || label == u"code") {
        return SummaryField::Urls;
    }
    if (containsAny(label, {u"结论", u"conclusion"}) || label == u"综述") {
        return SummaryField::Conclusion;
    }
    if (containsAny(label, {u"方法", u"method"})) {
        return SummaryField::Methods;
    }
    if (containsAny(label, {u"摘要", u"概述", u"概要", u"summary", u"abstract"})) {
        return SummaryField::Summary;
    }
    if (label.contains(u"总结")) {
        if (number > 0) {
            return number >= 7 ? SummaryField::Conclusion : SummaryField::Summary;
        }
        return methodsSeen ? SummaryField::Conclusion : SummaryField::Summary;
    }
    return SummaryField::None;
}

bool StructuredLabel::isCommonLabel(const QString &label)
{
    return commonLabels().contains(label);
}

LabelMatch StructuredLabel::match(QStringView line, bool startsItem, int itemNumber, bool methodsSeen)
{
    LabelMatch result;
    QStringView t = TextNormaliser::trimmed(line);
    int number = itemNumber;
    bool strong = startsItem; // evidence that this line opens an item
    bool exactOnly = !startsItem;

    qsizetype hashes = 0;
    while (hashes < t.size() && t[hashes] == QLatin1Char('#')) {
        ++hashes;
    }
    const bool heading = hashes > 0;
    if (heading) {
        t = TextNormaliser::trimmed(t.sliced(hashes));
        strong = true;
    }

    // Bold may wrap the number too: "**8. 结论**".
    bool bold = false;
    if (t.startsWith(u"**")) {
        bold = true;
        strong = true;
        t = TextNormaliser::trimmed(t.sliced(2));
    }

    qsizetype digits = 0;
    while (digits < t.size() && digits < 3 && isAsciiDigit(t[digits])) {
        ++digits;
    }
    if (digits > 0 && digits <= 2 && digits < t.size()) {
        const QChar next = t[digits];
        const int written = t.first(digits).toInt();
        if (QStringView(u".．、)）").contains(next)) {
            number = written;
            t = TextNormaliser::trimmed(t.sliced(digits + 1));
            strong = true;
            exactOnly = false;
        } else if (TextNormaliser::isCjk(next) || next == QLatin1Char('*')) {
            // "1标题：" (number without a dot) is only trusted with a common label.
            number = written;
            t = t.sliced(digits);
            strong = true;
            exactOnly = true;
        }
    }

    // "（8）结论：" - a parenthesised number is normally a sub-point ("(3) 研究方法"),
    // so it only counts when it is exactly the canonical number of the field.
    bool parenthesised = false;
    if (number == 0 && t.size() > 2 && (t.front() == QLatin1Char('(') || t.front() == QChar(0xFF08))
        && isAsciiDigit(t[1]) && (t[2] == QLatin1Char(')') || t[2] == QChar(0xFF09))) {
        number = t[1].digitValue();
        parenthesised = true;
        t = TextNormaliser::trimmed(t.sliced(3));
    }

    if (!bold && t.startsWith(u"**")) {
        bold = true;
        strong = true;
        t = TextNormaliser::trimmed(t.sliced(2));
    }
    // Sub-points open with "(1)", "（1）" or a bullet; they never start an item.
    if (t.isEmpty() || t.front() == QLatin1Char('(') || t.front() == QChar(0xFF08)
        || (!bold && QStringView(u"-*+•").contains(t.front()))) {
        return result;
    }

    // Label ends at the first colon, or at the closing bold marker.
    const qsizetype limit = std::min(t.size(), maxLabelScan);
    qsizetype labelEnd = -1;
    qsizetype valueStart = -1;
    for (qsizetype k = 0; k < limit; ++k) {
        if (isColon(t[k])) {
            labelEnd = k;
            valueStart = k + 1;
            break;
        }
        if (t[k] == QLatin1Char('*') && k + 1 < t.size() && t[k + 1] == QLatin1Char('*')) {
            labelEnd = k;
            valueStart = k + 2;
            while (valueStart < t.size() && t[valueStart].isSpace()) {
                ++valueStart;
            }
            if (valueStart < t.size() && isColon(t[valueStart])) {
                ++valueStart;
            }
            break;
        }
    }
    if (labelEnd < 0) {
        // A label alone on its line ("7. 方法论概述", "#### 标题", "**Methods**",
        // or a bare "标题" used as a heading); bare ones must be common labels.
        if (t.size() > maxLabelScan || (!strong && !isCommonLabel(normaliseLabel(t)))) {
            return result;
        }
        labelEnd = t.size();
        valueStart = t.size();
    }

    const QStringView rawLabel = t.first(labelEnd);
    if (rawLabel.contains(u"http", Qt::CaseInsensitive)) {
        return result;
    }
    const QString label = normaliseLabel(rawLabel);
    if (label.isEmpty() || label.size() > maxNormalisedLabel) {
        return result;
    }
    for (const QChar c : label) {
        if (QStringView(u"，。,;；！？!?、").contains(c)) {
            return result;
        }
    }
    const QStringView rawValue = TextNormaliser::trimmed(t.sliced(valueStart));
    // "<h2>Paper:1</h2>" is a rendering artifact, not a URL item.
    if (label == u"paper" && !rawValue.isEmpty() && std::all_of(rawValue.begin(), rawValue.end(), [](QChar c) {
            return c.isDigit();
        })) {
        return result;
    }
    const SummaryField field = classify(label, number, methodsSeen);
    if (field == SummaryField::None) {
        return result;
    }
    const bool common = isCommonLabel(label);
    bool accepted = false;
    if (parenthesised) {
        accepted = number == int(field);
    } else if (exactOnly && !heading && !bold) {
        accepted = common;
    } else if (number > 0) {
        accepted = common || std::abs(number - int(field)) <= 1;
    } else {
        accepted = common || (isMetadataField(field) && label.size() <= maxShortMetadataLabel)
                || startsWithFieldWord(label, field);
    }
    if (!accepted) {
        return result;
    }
    result.valid = true;
    result.field = field;
    result.number = number;
    result.value = TextNormaliser::removeBoldMarkers(rawValue).trimmed();
    result.confident = common && strong && !(exactOnly && !heading && !bold);
    return result;
}

} // namespace PaperShelf::Core
