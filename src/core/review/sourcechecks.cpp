#include "core/review/sourcechecks.h"

#include "core/review/checkcatalog.h"
#include "core/review/sourcetokens.h"

#include <QRegularExpression>

namespace PaperShelf::Core {

namespace {

std::pair<qsizetype, qsizetype> trimmedSpan(QStringView text)
{
    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && text.at(start).isSpace()) {
        ++start;
    }
    while (end > start && text.at(end - 1).isSpace()) {
        --end;
    }
    return {start, end};
}

bool linkMatches(const QString &key, const QStringList &englishKeys)
{
    for (const QString &english : englishKeys) {
        if (key == english) {
            return true;
        }
        // One side may name the repository, the other a page inside it.
        const bool longer = key.size() > english.size();
        const QString &inner = longer ? english : key;
        const QString &outer = longer ? key : english;
        if (!SourceTokens::isArxivKey(inner) && outer.startsWith(inner) && outer.at(inner.size()) == QLatin1Char('/')) {
            return true;
        }
    }
    return false;
}

/// Words that occur in authors items without naming anyone.
bool isNameStopword(const QString &part)
{
    static const QSet<QString> words = {
        QStringLiteral("et"),         QStringLiteral("al"),
        QStringLiteral("and"),        QStringLiteral("etc"),
        QStringLiteral("author"),     QStringLiteral("authors"),
        QStringLiteral("none"),       QStringLiteral("null"),
        QStringLiteral("unknown"),    QStringLiteral("not"),
        QStringLiteral("provided"),   QStringLiteral("available"),
        QStringLiteral("university"), QStringLiteral("institute"),
        QStringLiteral("lab"),        QStringLiteral("laboratory"),
        QStringLiteral("team"),       QStringLiteral("the"),
        QStringLiteral("of"),         QStringLiteral("corresponding"),
        QStringLiteral("equal"),      QStringLiteral("contribution"),
        QStringLiteral("first"),      QStringLiteral("others"),
        QStringLiteral("xxx"),        QStringLiteral("na"),
        QStringLiteral("mentioned"),
    };
    return part.size() < 2 || words.contains(part);
}

const QRegularExpression &latinWordPattern()
{
    static const QRegularExpression re = [] {
        QRegularExpression compiled(QStringLiteral("[A-Za-z0-9][A-Za-z0-9\\-]*[A-Za-z0-9]"));
        compiled.optimize();
        return compiled;
    }();
    return re;
}

} // namespace

void SourceChecks::numbers(QStringView text, const PreparedSource &source, QList<Finding> *out)
{
    for (const SourceTokens::Token &token : SourceTokens::measuredNumbers(text)) {
        const bool known = std::any_of(token.keys.cbegin(), token.keys.cend(), [&source](const QString &key) {
            return source.numberKeys.contains(key);
        });
        if (!known) {
            out->append(CheckCatalog::finding(CheckCatalog::NumberMismatch, text, token.start, token.end));
        }
    }
}

void SourceChecks::links(QStringView text, const PreparedSource &source, QList<Finding> *out)
{
    for (const SourceTokens::Token &token : SourceTokens::links(text)) {
        const QStringView span = text.sliced(token.start, token.end - token.start);
        // "github.com/xxx" is a placeholder (reported as such), not a wrong link.
        if (span.contains(u"xxx", Qt::CaseInsensitive) || span.contains(u"your", Qt::CaseInsensitive)
            || span.contains(u"example.com", Qt::CaseInsensitive)) {
            continue;
        }
        const QString &key = token.keys.constFirst();
        if (linkMatches(key, source.linkKeys)) {
            continue;
        }
        // Links the English hides ("this https URL") cannot be verified; ids can.
        if (source.linksHidden && !SourceTokens::isArxivKey(key)) {
            continue;
        }
        out->append(CheckCatalog::finding(CheckCatalog::UrlMismatch, text, token.start, token.end));
    }
}

namespace {

/// Romanisations of common Chinese surnames (pinyin, Wade–Giles, Cantonese,
/// Korean), to compare names written in characters with the Latin originals.
const QHash<QChar, QStringList> &surnameRomanisations()
{
    static const QHash<QChar, QStringList> table = [] {
        QHash<QChar, QStringList> parsed;
        const QString spec = QStringLiteral(
            "王:wang/wong 李:li/lee/lei 张:zhang/chang/cheung 刘:liu/lau/lew 陈:chen/chan/tan 杨:yang/yeung/young "
            "黄:huang/wong/hwang 赵:zhao/chao/chiu 吴:wu/ng/woo 周:zhou/chou/chow 徐:xu/hsu/tsui 孙:sun/suen 马:ma/mah "
            "朱:zhu/chu/chue 胡:hu/wu/hoo 郭:guo/kuo/kwok 何:he/ho/hoh 林:lin/lam/lim 罗:luo/lo/law 高:gao/kao/ko "
            "郑:zheng/cheng/chang/cheang 梁:liang/leung 谢:xie/hsieh/tse 宋:song/sung 唐:tang/tong 许:xu/hsu/hui "
            "韩:han/hon 冯:feng/fung 邓:deng/teng/tang 曹:cao/tsao/cho 彭:peng/pang 曾:zeng/tseng/tsang "
            "肖:xiao/hsiao/siu 萧:xiao/hsiao/siu 田:tian/tien 董:dong/tung 袁:yuan/yuen 潘:pan/poon 于:yu/yue "
            "蒋:jiang/chiang 蔡:cai/tsai/choi 余:yu/yue 杜:du/tu/to 叶:ye/yeh/yip 程:cheng/ching 苏:su/so 魏:wei/ngai "
            "吕:lv/lu/lyu/lui 丁:ding/ting 任:ren/jen/yam 沈:shen/shum/sham 姚:yao/yiu 卢:lu/lo/lou "
            "姜:jiang/chiang/keung/kang 崔:cui/tsui/choi 钟:zhong/chung 谭:tan/tam 陆:lu/luk 汪:wang/wong 范:fan/fan "
            "金:jin/kim/kam 石:shi/shih/shek 廖:liao/liu 贾:jia/chia/ka 夏:xia/hsia/ha 付:fu/foo 傅:fu/foo "
            "方:fang/fong 白:bai/pai/pak 邹:zou/tsou/chau 孟:meng/mang 熊:xiong/hsiung/hung 秦:qin/chin/chun "
            "邱:qiu/chiu/yau 江:jiang/kong/chiang 尹:yin/wan/yoon 薛:xue/hsueh/sit 闫:yan/yim 阎:yan/yim 段:duan/tuen "
            "雷:lei/lui 侯:hou/hau 龙:long/lung 史:shi/shih/sze 陶:tao/to 黎:li/lai 贺:he/ho 顾:gu/ku/koo 毛:mao/mo "
            "郝:hao 龚:gong/kung 邵:shao/shiu 万:wan/man 钱:qian/chien/chin 严:yan/yim 武:wu/mo 戴:dai/tai 莫:mo/mok "
            "孔:kong/hung 向:xiang/heung 常:chang/sheung 温:wen/wan 康:kang/hong 施:shi/sze 文:wen/man/moon 牛:niu "
            "樊:fan 葛:ge/ko 邢:xing/ying 安:an/on/ahn 齐:qi/chi/chai 易:yi/yick 乔:qiao/kiu 庞:pang/pong 颜:yan/ngan "
            "倪:ni/ngai 庄:zhuang/chong 聂:nie/nip 章:zhang/cheung 鲁:lu/lo 岳:yue/yueh/ngok 翟:zhai/chak 殷:yin/yan "
            "詹:zhan/chan/chim 申:shen/shin 耿:geng/kang 关:guan/kwan 兰:lan/lam 焦:jiao/chiu 左:zuo/tso 柳:liu/lau "
            "甘:gan/kam 祝:zhu/chuk 包:bao/pao 宁:ning 柯:ke/ko/kuo 纪:ji/chi/kei 梅:mei/mui 童:tong/tung 凌:ling "
            "毕:bi/pi 单:shan/sin 季:ji/kwai 裴:pei/pui 霍:huo/fok 涂:tu 成:cheng/shing/sung 苗:miao 谷:gu/ku "
            "盛:sheng/shing 曲:qu 翁:weng/yung 冉:ran 骆:luo/lok 蓝:lan/lam 路:lu 游:you/yu/yau 辛:xin/shin "
            "管:guan/kwun 柴:chai 鲍:bao/pao 华:hua/wah 喻:yu 房:fang/fong 滕:teng 屈:qu/wat 饶:rao/yiu 解:xie 艾:ai "
            "尤:you/yau 时:shi/si 穆:mu 卓:zhuo/cheuk 车:che 项:xiang 连:lian/lin 戚:qi/chik 岑:cen/shum/sham "
            "景:jing/king 费:fei 卫:wei/wai 米:mi 宗:zong/chung 桂:gui/kwai 全:quan/chuen 应:ying 邬:wu 边:bian/pin "
            "卞:bian/pin 沙:sha 荣:rong/wing/yung 郎:lang/long 仲:zhong/chung 虞:yu 明:ming 池:chi 查:zha/cha 迟:chi "
            "谈:tan 匡:kuang/hong 鞠:ju 惠:hui/wai 荆:jing 冀:ji 郁:yu/yuk 胥:xu 南:nan/nam 储:chu 栗:li 燕:yan/yin "
            "楚:chu/cho 劳:lao/lo 冼:xian/sin 楼:lou/lau 满:man/moon 闻:wen/man 厉:li/lai 伊:yi 权:quan/kwon 帅:shuai "
            "屠:tu/to 朴:piao/park/pu/pak 祖:zu/cho 狄:di/dik 晋:jin/chun 邸:di 覃:qin/tam 韦:wei/wai "
            "阮:ruan/yuen/nguyen 舒:shu/shue 符:fu/foo 尚:shang 欧:ou/au 麦:mai/mak 简:jian/kan 窦:dou 娄:lou 褚:chu");
        for (const QString &item : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            parsed.insert(item.front(), item.sliced(2).split(QLatin1Char('/')));
        }
        return parsed;
    }();
    return table;
}

/// How the names written in Chinese characters compare with the real authors.
struct ChineseNames
{
    int recognised = 0;   ///< two- or three-character names with a known surname character
    bool matches = false; ///< one of them romanises to a real surname
};

/// Names in `text` written in Chinese characters: runs of two or three
/// characters whose first (or last, when the name keeps the order of the Latin
/// original: "雷陈" for Lei Chen) character is a known surname. Names with a
/// middle dot are transliterations of other languages and are skipped.
ChineseNames chineseNames(QStringView text, const PreparedSource &source)
{
    const QHash<QChar, QStringList> &table = surnameRomanisations();
    ChineseNames names;
    qsizetype start = -1;
    bool dotted = false;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text.at(i) : QChar();
        if (c.script() == QChar::Script_Han) {
            start = start < 0 ? i : start;
            continue;
        }
        if (c == QChar(0x00B7) || c == QChar(0x30FB)) {
            dotted = true;
            continue;
        }
        if (start >= 0 && !dotted && i - start >= 2 && i - start <= 3) {
            bool known = false;
            for (const QChar surname : {text.at(start), text.at(i - 1)}) {
                if (const auto forms = table.constFind(surname); forms != table.cend()) {
                    known = true;
                    names.matches = names.matches || std::any_of(forms->cbegin(), forms->cend(), [&](const QString &f) {
                                        return source.surnames.contains(f);
                                    });
                }
            }
            names.recognised += known ? 1 : 0;
        }
        start = -1;
        dotted = false;
    }
    return names;
}

/// True when some real author has a Chinese surname (else names written in
/// characters are transliterations that cannot be compared).
bool hasChineseSurname(const PreparedSource &source)
{
    const QHash<QChar, QStringList> &table = surnameRomanisations();
    return std::any_of(table.cbegin(), table.cend(), [&source](const QStringList &forms) {
        return std::any_of(forms.cbegin(), forms.cend(), [&source](const QString &form) {
            return source.surnames.contains(form);
        });
    });
}

} // namespace

void SourceChecks::authors(QStringView text, const PreparedSource &source, QList<Finding> *out)
{
    if (source.surnames.isEmpty()) {
        return;
    }
    // A list mostly in Chinese characters is compared by surname romanisation;
    // one in Latin script by spelling.
    qsizetype latin = 0;
    qsizetype cjk = 0;
    for (const QChar c : text) {
        latin += c.isLetter() && c.script() == QChar::Script_Latin ? 1 : 0;
        cjk += c.script() == QChar::Script_Han ? 1 : 0;
    }
    const ChineseNames written = cjk > 0 ? chineseNames(text, source) : ChineseNames();
    if (written.matches) {
        return;
    }
    if (latin < 2 * cjk) {
        if (written.recognised >= 2 && hasChineseSurname(source)) {
            const auto [start, end] = trimmedSpan(text);
            out->append(CheckCatalog::finding(CheckCatalog::AuthorMismatch, text, start, end));
        }
        return;
    }
    QSet<QString> parts;
    for (const QString &part : SourceTokens::nameParts(text)) {
        if (!isNameStopword(part)) {
            parts.insert(part);
        }
    }
    // Fewer than two Latin name parts is not a list of names.
    if (parts.size() < 2) {
        return;
    }
    for (const QString &part : std::as_const(parts)) {
        if (source.surnames.contains(part)) {
            return;
        }
        // Names copied from a PDF carry affiliation marks ("Hamzaa" for Hamza^a).
        for (qsizetype cut = 1; cut <= 2 && part.size() - cut >= 3; ++cut) {
            if (source.surnames.contains(part.first(part.size() - cut))) {
                return;
            }
        }
    }
    const auto [start, end] = trimmedSpan(text);
    out->append(CheckCatalog::finding(CheckCatalog::AuthorMismatch, text, start, end));
}

void SourceChecks::title(QStringView text, const PreparedSource &source, QList<Finding> *out)
{
    if (!source.methodTokens.isEmpty()) {
        const QString folded = SourceTokens::foldName(text);
        for (const QString &token : source.methodTokens) {
            if (!folded.contains(token)) {
                const auto [start, end] = trimmedSpan(text);
                out->append(CheckCatalog::finding(CheckCatalog::TitleMismatch, text, start, end));
                return;
            }
        }
    }
    // A CamelCase or alphanumeric name that the English never uses: the title
    // of another paper, or an invented name.
    QRegularExpressionMatchIterator it = latinWordPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QStringView word = match.capturedView();
        bool camelOrDigit = false;
        for (qsizetype i = 1; i < word.size(); ++i) {
            const QChar c = word.at(i);
            const QChar previous = word.at(i - 1);
            camelOrDigit = camelOrDigit || (c.isUpper() && previous.isLower())
                        || (c.isDigit() != previous.isDigit() && c != QLatin1Char('-') && previous != QLatin1Char('-'));
        }
        if (word.size() >= 4 && camelOrDigit && !source.englishNames.contains(SourceTokens::foldName(word))) {
            out->append(
                CheckCatalog::finding(CheckCatalog::TitleMismatch, text, match.capturedStart(), match.capturedEnd()));
        }
    }
}

void SourceChecks::glossary(QStringView text,
                            const PreparedSource &source,
                            const QList<GlossaryTerm> &glossary,
                            QList<Finding> *out)
{
    for (const int index : source.glossaryTerms) {
        if (index < 0 || index >= glossary.size()) {
            continue;
        }
        const GlossaryTerm &term = glossary.at(index);
        if (!term.preferred.isEmpty() && text.contains(term.preferred)) {
            continue;
        }
        for (const QString &wrong : term.wrong) {
            if (wrong.isEmpty()) {
                continue;
            }
            for (qsizetype from = 0; (from = text.indexOf(wrong, from)) >= 0; from += wrong.size()) {
                out->append(CheckCatalog::finding(CheckCatalog::Glossary, text, from, from + wrong.size()));
            }
        }
    }
}

} // namespace PaperShelf::Core
