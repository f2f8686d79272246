#include "core/review/textchecks.h"

#include "core/review/checkcatalog.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <bitset>
#include <initializer_list>

namespace PaperShelf::Core {

namespace {

using Re = QRegularExpression;

// Compiled once and shared: match() is const and thread-safe. Without
// UseUnicodePropertiesOption, \w, \b and \s are ASCII-only, so a CJK
// character next to a Latin word is a boundary, which is what these rely on.
Re compiled(const char16_t *pattern, Re::PatternOptions options = Re::NoPatternOption)
{
    Re re(QString::fromUtf16(pattern), options);
    re.optimize();
    Q_ASSERT_X(re.isValid(), "TextChecks", qPrintable(re.errorString()));
    return re;
}

constexpr Re::PatternOptions Caseless = Re::CaseInsensitiveOption;
constexpr Re::PatternOptions CaselessLines = Re::CaseInsensitiveOption | Re::MultilineOption;

bool isSentenceEnd(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c == QLatin1Char('\n') || QStringView(u"。！？!?").contains(c)) {
        return true;
    }
    // An English full stop, not a decimal point or an abbreviation inside a word.
    return c == QLatin1Char('.') && (i + 1 == text.size() || text.at(i + 1).isSpace());
}

bool isTrimmable(QChar c)
{
    return c.isSpace() || c == QChar(0x3000);
}

/// Appends a finding for [start, end), merged into the previous finding of the
/// same check when they overlap (two matches in one sentence are one finding).
void append(QList<Finding> *out, const QString &id, QStringView text, qsizetype start, qsizetype end)
{
    if (!out->isEmpty() && out->constLast().check == id && start < out->constLast().end) {
        const qsizetype mergedStart = std::min<qsizetype>(out->constLast().start, start);
        const qsizetype mergedEnd = std::max<qsizetype>(out->constLast().end, end);
        out->last() = CheckCatalog::finding(id, text, mergedStart, mergedEnd);
        return;
    }
    out->append(CheckCatalog::finding(id, text, start, end));
}

/// Every match of `re`, reported as the match itself or as its sentence.
void appendMatches(const Re &re, QStringView text, const QString &id, bool wholeSentence, QList<Finding> *out)
{
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() == 0) {
            continue;
        }
        if (wholeSentence) {
            const auto [start, end] = TextChecks::sentenceAround(text, match.capturedStart(), match.capturedEnd());
            append(out, id, text, start, end);
        } else {
            append(out, id, text, match.capturedStart(), match.capturedEnd());
        }
    }
}

/// [start, end) of `text` without surrounding whitespace.
std::pair<qsizetype, qsizetype> trimmedSpan(QStringView text)
{
    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && isTrimmable(text.at(start))) {
        ++start;
    }
    while (end > start && isTrimmable(text.at(end - 1))) {
        --end;
    }
    return {start, end};
}

/// Words of which a text must contain at least one for a pattern to match: a
/// cheap necessary condition checked before the pattern. PCRE cannot skip ahead
/// to a CJK first character, so a pattern of many alternatives is tried at every
/// position; this is one pass over the text with a table lookup per character
/// (a QStringView::contains() per word cost more than the patterns themselves).
/// Every alternative of a guarded pattern must contain one of the words; the
/// table rows of tst_reviewchecker exercise each alternative.
class NeedleSet final
{
public:
    /// `words` match exactly; `latin` (lower-case ASCII) in any case.
    NeedleSet(std::initializer_list<const char16_t *> words, std::initializer_list<const char16_t *> latin = {})
    {
        for (const char16_t *word : words) {
            add(QStringView(word), false);
        }
        for (const char16_t *word : latin) {
            add(QStringView(word), true);
        }
    }

    bool foundIn(QStringView text) const
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (!m_first.test(text.at(i).unicode())) {
                continue;
            }
            for (const Needle &needle : m_needles) {
                if (needle.text.size() <= text.size() - i && matchesAt(needle, text, i)) {
                    return true;
                }
            }
        }
        return false;
    }

private:
    struct Needle
    {
        QStringView text;
        bool caseless = false;
    };

    static char16_t lower(char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c; }

    static bool matchesAt(const Needle &needle, QStringView text, qsizetype at)
    {
        for (qsizetype j = 0; j < needle.text.size(); ++j) {
            const char16_t c = text.at(at + j).unicode();
            if ((needle.caseless ? lower(c) : c) != needle.text.at(j).unicode()) {
                return false;
            }
        }
        return true;
    }

    void add(QStringView word, bool caseless)
    {
        m_needles.append({word, caseless});
        const char16_t first = word.front().unicode();
        m_first.set(first);
        if (caseless && first >= u'a' && first <= u'z') {
            m_first.set(char16_t(first - (u'a' - u'A')));
        }
    }

    std::bitset<0x10000> m_first;
    QList<Needle> m_needles;
};

bool hasAsciiLetter(QStringView text)
{
    for (const QChar c : text) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))) {
            return true;
        }
    }
    return false;
}

// What a fill-in inside brackets talks about: [论文链接], 【领域】, <作者姓名>, [Your Name].
#define FILL_IN_ZH \
    u"链接|地址|网址|名称|姓名|名字|领域|创新点|待补充|待定|填写|此处|这里|标题|作者|单位|机构|关键词|数值|年份|xxx"
#define FILL_IN_EN                                                                                                  \
    u"insert|your |author|name|title|link|url|github|code|project|paper|domain|field|tbd|todo|placeholder|keyword|" \
    u"affiliation|institution|university|here"

const Re &placeholderPattern()
{
    static const Re re = compiled(
        uR"((?<![A-Za-z])(?:xx+|XX+)(?![A-Za-z]))"
        uR"(|(?<![A-Za-z])X(?=\s?[%％倍]))"
        uR"(|\[[^\[\]\n]{0,20}?(?:)" FILL_IN_ZH uR"()[^\[\]\n]{0,20}?\](?!\())"
        uR"(|【[^【】\n]{0,20}?(?:)" FILL_IN_ZH uR"()[^【】\n]{0,20}?】)"
        uR"(|<[^<>\n]{0,20}?(?:)" FILL_IN_ZH uR"()[^<>\n]{0,20}?>)"
        uR"(|\[\s*(?:)" FILL_IN_EN uR"()[^\[\]\n]{0,30}\](?!\())"
        uR"(|<\s*(?:)" FILL_IN_EN uR"()[^<>\n]{0,30}>)"
        // 作者名 as a stand-in, not in "作者名单", "作者名字为…" or "未提及作者姓名".
        uR"(|(?<![及供的])作者(?:姓名|名字|名)(?![单首为是未称])|作者[1-9A-C](?![0-9A-Za-z]))"
        uR"(|\bAuthor\s?[1-9]\b|\bAuthor [A-C]\b|(?:单位|机构|大学|学校|公司|期刊|会议)名称|某某)"
        // The model saying that its text is only a template to fill in.
        uR"(|以上(?:内容)?仅为示例|(?:请|需要|需)?根据实际(?:情况|内容|论文|文章)?(?:的内容)?(?:进行)?(?:填写|填充|补充))"
        uR"(|请自行补充|待查阅论文后填写)",
        Caseless);
    return re;
}

#undef FILL_IN_ZH
#undef FILL_IN_EN

// A value that is nothing but an item label: the template came back unfilled.
const Re &labelOnlyPattern()
{
    static const Re re = compiled(
        uR"(^(?:论文标题|中文标题|英文标题|标题|题目|作者|作者名单|作者列表|单位|第一作者单位|所属机构|关键词|链接|论文链接|)"
        uR"(代码链接|摘要|方法|结论|Title|Authors?|Affiliations?|Keywords|Urls?|Summary|Methods?|Conclusions?)[\s:：。.]*$)",
        Caseless);
    return re;
}

// One line that says "nothing here", possibly after a label or bullet.
const Re &noneLinePattern()
{
    static const Re re = compiled(
        uR"(^\s*(?:[-*•]\s*)?(?:[^:：\n]{1,30}[:：]\s*)?)"
        uR"((?:none|null|nil|n/?a|not\s+(?:provided|available|mentioned|specified|given|applicable|found|disclosed|)"
        uR"(publicly available|public)|unknown|unavailable|无|暂无|没有|未提供|未提及|未给出|未说明|未知|不详|未公开|待补充|)"
        uR"(不适用|未找到|未注明|未列出|无相关信息|暂未提供|暂未公开|未明确))"
        uR"(\s*(?:[（(][^）)\n]{0,80}[）)])?\s*[。.!！;；]?\s*$)",
        Caseless);
    return re;
}

// A sentence saying that the abstract, or the text the model was given, does
// not hold the answer. "文章未涉及…" is left alone: in a conclusion it names a
// limitation of the paper, which is content.
const Re &missingInfoPattern()
{
    static const Re re = compiled(
        uR"((?:摘要|所给|给定|提供)的?(?:信息|内容|摘要|文本)?(?:中|里|内)?并?(?:没有|未|无)(?:提供|提及|提到|给出|说明|包含|涉及|明确|列出|透露))"
        uR"(|(?:未|没有|并未)(?:在|于)(?:摘要|原文|所给)中?(?:提及|提到|提供|给出|说明|明确))"
        uR"(|(?:无法|不能|未能)(?:从|根据|通过)(?:摘要|原文|所给|给定|提供的|现有)[^。\n]{0,20}?(?:获取|得知|确定|提供|判断|得出|总结))"
        uR"(|由于(?:缺少|缺乏)(?:相关)?信息)"
        uR"(|\bnot (?:mentioned|provided|specified|given|stated|available) in the (?:abstract|provided))"
        uR"(|\bthe abstract does(?: not|n't) (?:mention|provide|specify|state|give|include))"
        uR"(|\b(?:cannot|can't|unable to) (?:be )?(?:determined|found|provided) (?:from|in) the (?:abstract|given))",
        Caseless);
    return re;
}

// In names and links (authors, affiliation, keywords, urls), any "not given"
// or "cannot provide" is a non-answer.
const Re &missingMetadataPattern()
{
    static const Re re = compiled(
        uR"((?:文中|文章|论文|原文)中?并?(?:没有|未)(?:提供|提及|提到|给出|说明|列出|注明))"
        // The paper link is always known (arXiv); a missing code link is information.
        uR"(|(?:无法|不能)(?:直接)?(?:提供|给出|确定|获取|填写)[^。\n]{0,12}?(?:论文链接|论文的链接|作者|单位|机构|关键词))"
        uR"(|(?:论文链接|文章链接|作者|单位|机构|关键词)(?:[^。\n，,]{0,6}?)(?:未提供|未提及|未给出|未列出|未注明|不详|待补充|无法提供|无法确定|未知))"
        uR"(|\bnot (?:mentioned|provided|specified|given|stated|available) in the (?:paper|text))",
        Caseless);
    return re;
}

const Re &chatterPattern()
{
    static const Re re = compiled(
        // Preambles at the start of a line.
        uR"(^\s*(?:好的(?=[，,。！!\s]|$|我|接下来)|当然[，,！!]|当然可以|没问题|以下是|下面是|根据您|根据你|我将|我会为您|让我来|)"
        uR"(以上(?:就)?是(?:对|根据|为您|我)|Sure\b|Certainly\b|Of course\b|Okay\b|Here is\b|Here's\b|Here are\b|)"
        uR"(Below is\b))"
        // Closings and offers.
        uR"(|希望[^。\n]{0,30}?(?:有所帮助|有帮助|帮助到|符合您|满足您|符合你|满足你|符合要求|满足要求|符合您的|对您有用))"
        uR"(|如有(?:其他|任何|更多)?(?:问题|疑问|需要|需求))"
        uR"(|如果(?:您|你)(?:还|有)?(?:有|需要)[^。\n]{0,30}?(?:请|随时|欢迎|可以|我))"
        uR"(|(?:请|欢迎)随时|祝您|感谢您?的(?:耐心|理解|支持|关注)|需要我(?:为您)?)"
        uR"(|我可以(?:为您|帮您|再|进一步))"
        uR"(|\bhope (?:this|that|it|these) (?:helps|is helpful|was helpful)|\bfeel free to\b|\blet me know\b)"
        uR"(|\bPlease refer to relevant websites|\bIf you have any (?:other |further |more )?questions)"
        // Apologies and remarks about being an AI.
        uR"(|抱歉|对不起|很遗憾|深感歉意|表示歉意|请谅解|敬请谅解|请您谅解|\bsorry\b|\bI apologi[sz]e)"
        uR"(|作为(?:一个|一名)?(?:AI|人工智能|语言模型|大语言模型|大型语言模型)|\bas an AI\b)"
        uR"(|我(?:无法|不能)(?:直接)?(?:访问|获取|浏览|检索|联网)|无法(?:直接)?访问(?:互联网|网络|外部))"
        uR"(|\bI (?:cannot|can't|am unable to|don't have the ability to) (?:access|browse))",
        CaselessLines);
    return re;
}

const Re &promptLeakPattern()
{
    static const Re re =
        compiled(uR"((?:请|务必)?(?:使用|用)中文(?:回答|作答|输出|总结|回复)|请(?:使用|用)中文)"
                 uR"(|\b(?:answer|respond|reply|output|write)s?\s+(?:it\s+)?in\s+Chinese\b|\bUse Chinese answers?\b)"
                 uR"(|(?:按照|按|遵循|根据)(?:以下|上述|下面|上面|后面|给定|给出|规定|要求)的?(?:输出)?的?格式)"
                 uR"(|严格(?:按照|遵循|遵守)[^。\n]{0,8}?(?:格式|要求|指示|规则|模板))"
                 uR"(|输出(?:到|至)\s*xxx|按照换行|不要重复|原数字的使|利用原文数|(?:使用|遵循)原文的?数(?:字|值))"
                 uR"(|专有名词(?:需要|需)?用英文标注|请总结|请概括)"
                 uR"(|<\s*/?\s*(?:summary|Methods|Conclusion)\s*>|&lt;\s*(?:summary|Methods|Conclusion)\s*&gt;)"
                 // The prompt's own ellipsis after "(3):xxx；" (a Chinese "......" alone is punctuation).
                 uR"(|\b(?:following|above|given) (?:format|template)\b|\bBe sure to use\b)"
                 uR"(|(?:xxx|[；;])\s*\.{6,}|\.{6,}(?=\s*(?:按照|一定要|务必)))",
                 Caseless);
    return re;
}

const Re &toolErrorPattern()
{
    static const Re re = compiled(
        uR"(^\s*(?:Error|ERROR|错误)\b)"
        uR"(|(?:Some Error for|\berror code\b|\bstatus code\b|\brate[ _-]?limit)"
        uR"(|Too Many Requests|Traceback \(most recent call last\)|\b[A-Z][A-Za-z]*(?:Error|Exception)\b\s*[:(])"
        uR"(|Internal Server Error|Bad Gateway|Service Unavailable|\brequest timed out\b|maximum context length)"
        // Chinese error notes of API clients; "生成失败" or "网络错误" are also
        // ordinary words in papers (face generation fails, network error), so not here.
        uR"(|请求(?:失败|超时|出错)|服务器(?:繁忙|错误|异常|不可用)|服务繁忙|接口(?:错误|调用失败))"
        uR"(|(?:超出|超过)[^。\n]{0,8}?(?:token|上下文长度|速率|频率)(?:限制|上限)))",
        Re::MultilineOption);
    return re;
}

const Re &serializedListPattern()
{
    static const Re re = compiled(
        // ['a', 'b'] or ["a"; "b"] (keywords arrive split and joined with "; ").
        uR"(\[\s*(['"])[^'"\n\[\]]{0,120}\1(?:\s*[,;，；]\s*(['"])[^'"\n\[\]]{0,120}\2)*\s*\])"
        // Quoted strings joined by ", " or ": " (a list or dict whose brackets are elsewhere).
        uR"(|[\[{]?\s*"[^"\n]{1,400}"(?:\s*[,:]\s*"[^"\n]{1,400}")+\s*[\]}]?)");
    return re;
}

} // namespace

std::pair<qsizetype, qsizetype> TextChecks::sentenceAround(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype from = start;
    while (from > 0 && !isSentenceEnd(text, from - 1)) {
        --from;
    }
    qsizetype to = std::max(end, start + 1);
    if (to > text.size()) {
        to = text.size();
    }
    while (to < text.size() && !isSentenceEnd(text, to - 1)) {
        ++to;
    }
    if (to > from && text.at(to - 1) == QLatin1Char('\n')) {
        --to;
    }
    while (from < to && isTrimmable(text.at(from))) {
        ++from;
    }
    while (to > from && isTrimmable(text.at(to - 1))) {
        --to;
    }
    return {from, to};
}

void TextChecks::placeholder(QStringView text, QList<Finding> *out)
{
    const auto [start, end] = trimmedSpan(text);
    if (labelOnlyPattern().match(text.sliced(start, end - start)).hasMatch()) {
        append(out, CheckCatalog::Placeholder, text, start, end);
        return;
    }
    static const NeedleSet
        needles({u"[", u"【", u"<", u"作者", u"名称", u"某某", u"示例", u"实际", u"自行补充", u"待查阅"},
                {u"xx", u"x%", u"x倍", u"x ％", u"x %", u"x％", u"author"});
    if (needles.foundIn(text)) {
        appendMatches(placeholderPattern(), text, CheckCatalog::Placeholder, false, out);
    }
}

void TextChecks::nonAnswer(QStringView text, bool metadata, QList<Finding> *out)
{
    // The whole field: every non-blank line says "none".
    const auto [start, end] = trimmedSpan(text);
    bool allNone = start < end;
    for (const QStringView line : text.sliced(start, end - start).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !noneLinePattern().match(line).hasMatch()) {
            allNone = false;
            break;
        }
    }
    if (allNone) {
        append(out, CheckCatalog::NonAnswer, text, start, end);
        return;
    }
    static const NeedleSet subjects({u"摘要", u"所给", u"给定", u"提供", u"原文", u"现有"});
    static const NeedleSet negations({u"没有", u"未", u"无", u"不能"});
    static const NeedleSet others({u"缺少", u"缺乏"}, {u"not ", u"abstract", u"cannot", u"can't", u"unable"});
    if ((subjects.foundIn(text) && negations.foundIn(text)) || others.foundIn(text)) {
        appendMatches(missingInfoPattern(), text, CheckCatalog::NonAnswer, true, out);
    }
    if (metadata) {
        appendMatches(missingMetadataPattern(), text, CheckCatalog::NonAnswer, true, out);
    }
}

void TextChecks::chatter(QStringView text, QList<Finding> *out)
{
    static const NeedleSet needles({u"好的",   u"当然",         u"没问题",       u"以下是",   u"下面是", u"根据您",
                                    u"根据你", u"我将",         u"我会",         u"我可以",   u"我无法", u"我不能",
                                    u"让我",   u"需要我",       u"以上是",       u"以上就是", u"希望",   u"如有",
                                    u"如果您", u"如果你",       u"随时",         u"祝您",     u"感谢",   u"抱歉",
                                    u"对不起", u"遗憾",         u"歉意",         u"谅解",     u"作为一", u"作为A",
                                    u"作为a",  u"作为人工智能", u"作为语言模型", u"作为大",   u"访问"},
                                   {u"sure",
                                    u"certainly",
                                    u"of course",
                                    u"okay",
                                    u"here",
                                    u"below is",
                                    u"hope",
                                    u"feel free",
                                    u"let me",
                                    u"refer to relevant",
                                    u"questions",
                                    u"sorry",
                                    u"apologi",
                                    u"as an ai",
                                    u"cannot",
                                    u"can't",
                                    u"unable",
                                    u"don't have"});
    if (needles.foundIn(text)) {
        appendMatches(chatterPattern(), text, CheckCatalog::Chatter, true, out);
    }
}

void TextChecks::promptLeak(QStringView text, QList<Finding> *out)
{
    static const NeedleSet
        needles({u"中文",
                 u"格式",
                 u"严格",
                 u"输出到",
                 u"输出至",
                 u"换行",
                 u"不要重复",
                 u"原数字",
                 u"原文数",
                 u"原文的数",
                 u"专有名词",
                 u"请总结",
                 u"请概括",
                 u"......"},
                {u"chinese", u"summary", u"methods", u"conclusion", u"format", u"template", u"be sure"});
    if (needles.foundIn(text)) {
        appendMatches(promptLeakPattern(), text, CheckCatalog::PromptLeak, true, out);
    }
}

void TextChecks::toolError(QStringView text, QList<Finding> *out)
{
    static const NeedleSet needles({u"错误", u"请求", u"服务器", u"服务繁忙", u"接口", u"超出", u"超过"},
                                   {u"error",
                                    u"status code",
                                    u"rate limit",
                                    u"rate_limit",
                                    u"rate-limit",
                                    u"ratelimit",
                                    u"too many",
                                    u"traceback",
                                    u"exception",
                                    u"bad gateway",
                                    u"unavailable",
                                    u"timed out",
                                    u"context length"});
    if (!needles.foundIn(text)) {
        return;
    }
    // The error message is the whole line around the match.
    QRegularExpressionMatchIterator it = toolErrorPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        qsizetype lineStart = match.capturedStart();
        while (lineStart > 0 && text.at(lineStart - 1) != QLatin1Char('\n')) {
            --lineStart;
        }
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), match.capturedEnd());
        lineEnd = lineEnd < 0 ? text.size() : lineEnd;
        const auto [start, end] = trimmedSpan(text.sliced(lineStart, lineEnd - lineStart));
        if (end > start) {
            append(out, CheckCatalog::ToolError, text, lineStart + start, lineStart + end);
        }
    }
}

void TextChecks::serializedList(QStringView text, QList<Finding> *out)
{
    if (!text.contains(QLatin1Char('[')) && !text.contains(QLatin1Char('"'))) {
        return;
    }
    appendMatches(serializedListPattern(), text, CheckCatalog::SerializedList, false, out);
}

void TextChecks::untranslated(QStringView text, const QList<Finding> &covered, QList<Finding> *out)
{
    // English words that names and terms do not contain but sentences do.
    static const QSet<QStringView> functionWords = {
        u"the",  u"a",     u"an", u"of",   u"to",   u"in",    u"for", u"with", u"and", u"is",   u"are",
        u"was",  u"were",  u"be", u"this", u"that", u"these", u"we",  u"our",  u"by",  u"on",   u"from",
        u"into", u"which", u"as", u"it",   u"its",  u"can",   u"has", u"have", u"not", u"such", u"than",
    };
    qsizetype latin = 0;
    qsizetype cjk = 0;
    int sentenceWords = 0;
    qsizetype wordStart = -1;
    const auto endWord = [&](qsizetype i) {
        if (wordStart >= 0) {
            const QString word = text.sliced(wordStart, i - wordStart).toString().toLower();
            sentenceWords += functionWords.contains(word) ? 1 : 0;
            wordStart = -1;
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool letter = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                         || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
        if (!letter) {
            endWord(i);
        }
        const auto coveredBy = std::find_if(covered.cbegin(), covered.cend(), [i](const Finding &finding) {
            return finding.start <= i && i < finding.end;
        });
        if (coveredBy != covered.cend()) {
            i = coveredBy->end - 1;
            continue;
        }
        // Links are Latin by nature, and a bracketed aside without Chinese is
        // the English original given next to its translation: skip both.
        if (c == QLatin1Char('h')
            && (text.sliced(i).startsWith(u"http://") || text.sliced(i).startsWith(u"https://"))) {
            while (i + 1 < text.size() && !text.at(i + 1).isSpace()) {
                ++i;
            }
            continue;
        }
        if (c == QLatin1Char('(') || c == QChar(0xFF08)) {
            qsizetype close = i + 1;
            bool chinese = false;
            while (close < text.size() && close - i < 300 && text.at(close) != QLatin1Char(')')
                   && text.at(close) != QChar(0xFF09) && text.at(close) != QLatin1Char('\n')) {
                chinese = chinese || (text.at(close).unicode() >= 0x3400 && text.at(close).unicode() <= 0x9FFF);
                ++close;
            }
            if (!chinese && close < text.size() && text.at(close) != QLatin1Char('\n')) {
                i = close;
                continue;
            }
        }
        if (letter) {
            ++latin;
            if (wordStart < 0) {
                wordStart = i;
            }
        } else if (c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF) {
            ++cjk;
        }
    }
    endWord(text.size());
    // An English word carries about as much as two to three Chinese characters,
    // so "mostly Latin" weighs letters against three times the characters, and
    // asks for English sentences (function words), not a list of names and terms.
    constexpr qsizetype minimumLetters = 12;
    constexpr int minimumFunctionWords = 3;
    if (latin < minimumLetters) {
        return;
    }
    if (cjk == 0 || (latin * 10 > (latin + 3 * cjk) * 6 && sentenceWords >= minimumFunctionWords)) {
        const auto [start, end] = trimmedSpan(text);
        append(out, CheckCatalog::Untranslated, text, start, end);
    }
}

void TextChecks::truncated(QStringView text, QStringView englishWords, QList<Finding> *out)
{
    const auto [start, end] = trimmedSpan(text);
    if (end <= start) {
        return;
    }
    const QChar last = text.at(end - 1);
    // Not ；: structured sub-points end on it ("工作量：…；") as on a full stop.
    bool cut = QStringView(u"，,、:：-—(（[【《“‘").contains(last);
    if (!cut && end - start > 1 && QStringView(u"的和与及或并").contains(last)) {
        // A clause cannot end on these particles, unless they close a word
        // ("目的", "参与", "涉及", "合并"): those two-character words are exempt.
        static const QStringList words = {QStringLiteral("目的"),
                                          QStringLiteral("总和"),
                                          QStringLiteral("饱和"),
                                          QStringLiteral("缓和"),
                                          QStringLiteral("温和"),
                                          QStringLiteral("平和"),
                                          QStringLiteral("柔和"),
                                          QStringLiteral("调和"),
                                          QStringLiteral("参与"),
                                          QStringLiteral("给与"),
                                          QStringLiteral("涉及"),
                                          QStringLiteral("普及"),
                                          QStringLiteral("波及"),
                                          QStringLiteral("提及"),
                                          QStringLiteral("顾及"),
                                          QStringLiteral("危及"),
                                          QStringLiteral("合并"),
                                          QStringLiteral("兼并")};
        cut = !words.contains(text.sliced(end - 2, 2));
    }
    qsizetype spanEnd = end;
    if (!cut && hasAsciiLetter(QStringView(&last, 1))) {
        // A Latin word at the very end that the English side only has as the
        // start of a longer word ("…采用Gaussian Spl").
        qsizetype wordStart = end;
        while (wordStart > start && text.at(wordStart - 1).isLetter() && text.at(wordStart - 1).unicode() < 0x80) {
            --wordStart;
        }
        const QString word = text.sliced(wordStart, end - wordStart).toString().toCaseFolded();
        if (word.size() >= 2) {
            bool whole = false;
            bool prefix = false;
            qsizetype from = 0;
            while (!whole && (from = englishWords.indexOf(word, from)) >= 0) {
                const bool startOk = from == 0 || !englishWords.at(from - 1).isLetter();
                const qsizetype after = from + word.size();
                if (startOk) {
                    if (after == englishWords.size() || !englishWords.at(after).isLetter()) {
                        whole = true;
                    } else {
                        prefix = true;
                    }
                }
                from = after;
            }
            cut = prefix && !whole;
        }
    }
    if (!cut) {
        return;
    }
    // Report the last clause, at most 30 characters of it.
    qsizetype clause = spanEnd - 1;
    while (clause > start && !QStringView(u"。！？；，,;!?\n").contains(text.at(clause - 1))) {
        --clause;
    }
    clause = std::max(clause, spanEnd - 30);
    if (clause > start && text.at(clause).isLowSurrogate()) {
        --clause;
    }
    while (clause < spanEnd - 1 && isTrimmable(text.at(clause))) {
        ++clause;
    }
    append(out, CheckCatalog::Truncated, text, clause, spanEnd);
}

bool TextChecks::isEmptyText(QStringView text)
{
    for (const QChar c : text) {
        if (!isTrimmable(c) && !QStringView(u"-–—_.。…·").contains(c)) {
            return false;
        }
    }
    return true;
}

} // namespace PaperShelf::Core
