#include "core/review/sourcetokens.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace PaperShelf::Core {

namespace {

// Compiled once; QRegularExpression::match() is const and safe to call from
// several threads on a shared object. Without UseUnicodePropertiesOption \w
// and \d are ASCII-only, which is what the lookarounds below rely on: a CJK
// character before a number or link is a boundary.
QRegularExpression compiled(const char16_t *pattern,
                            QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption)
{
    QRegularExpression re(QString::fromUtf16(pattern), options);
    re.optimize();
    Q_ASSERT_X(re.isValid(), "SourceTokens", qPrintable(re.errorString()));
    return re;
}

// A number of the Chinese text with what makes it a measurement: a metric
// name before it, a unit, percent sign or magnitude after it. Not preceded by a
// letter, digit, dot, hyphen or slash: GPT-4, NeRF2, v1.5 and 2D/3D are names.
const QRegularExpression &chineseNumberPattern()
{
    static const QRegularExpression re = compiled(
        uR"((?<![A-Za-z0-9_.\-/])(?:(?<metric>FID|KID|FVD|PSNR|SSIM|LPIPS|mIoU|IoU|mAP|AUC|Dice|DSC|BLEU|CIDEr|CLIP[- ]?[Ss]core))"
        uR"(\s*(?:值|分数|得分)?\s*(?:为|是|达到了?|达|提高了?|提升了?|降低了?|减少了?|增加了?|of|=|:|：)?\s*)?)"
        uR"((?<num>\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?))"
        uR"((?:\s?(?<unit>%|％|个百分点|percent|倍|×|[xX](?![A-Za-z0-9])|dB|fps|FPS|kHz|Hz|ms|毫秒|秒|分钟|小时|)"
        uR"(s(?![A-Za-z])|GB|MB|TB|[kKMB](?![A-Za-z])|万|千|百万|亿|FID|PSNR|mAP)(?![A-Za-z]))?)");
    return re;
}

// Every number of the English side, with an optional magnitude.
const QRegularExpression &englishNumberPattern()
{
    static const QRegularExpression re = compiled(
        uR"((?<![\d.])(\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)(?:\s?(k|K|M|B|thousand|million|billion)(?![A-Za-z]))?)");
    return re;
}

// Number words that a translation may turn into digits ("twice" -> 2倍).
const QRegularExpression &englishNumberWordPattern()
{
    static const QRegularExpression re = compiled(
        uR"(\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|)"
        uR"(hundred|thousand|twice|double|doubles|doubling|triple|triples|tripling|half|halves|halving|single|)"
        uR"(twofold|threefold|fourfold|fivefold|tenfold|hundredfold|order of magnitude|orders of magnitude)\b)",
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Case-insensitive only in the (?i:…) groups: a caseless negated class would
// also exclude the ASCII letters that fold to characters of its range (s, k).
const QRegularExpression &linkPattern()
{
    static const QRegularExpression re = compiled(
        uR"((?<![\w@/.])(?i:https?://|www\.|(?:github\.com|gitlab\.com|huggingface\.co|arxiv\.org)/))"
        uR"([^\s<>"'`()\[\]{}\x{80}-\x{FFFF}]+)"
        uR"(|(?<![\w./])(?:(?i:arXiv)\s*[:：]?\s*)?(?<id>(?:0[7-9]|1\d|2\d)(?:0[1-9]|1[0-2])\.\d{4,5})(?:v\d+)?(?!\d))");
    return re;
}

const QRegularExpression &arxivLinkPattern()
{
    static const QRegularExpression
        re = compiled(uR"(^arxiv\.org/(?:abs|pdf|html)/(?:[a-z\-]+(?:\.[a-z]{2})?/)?(\d{4}\.\d{4,5}))",
                      QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString numberKey(double value)
{
    return QString::number(value, 'g', 12);
}

double magnitude(QStringView suffix)
{
    if (suffix.isEmpty()) {
        return 1;
    }
    if (suffix == u"k" || suffix == u"K" || suffix == u"千" || suffix == u"thousand") {
        return 1e3;
    }
    if (suffix == u"万") {
        return 1e4;
    }
    if (suffix == u"M" || suffix == u"百万" || suffix == u"million") {
        return 1e6;
    }
    if (suffix == u"亿") {
        return 1e8;
    }
    if (suffix == u"B" || suffix == u"billion") {
        return 1e9;
    }
    return 1;
}

double parseNumber(QStringView digits)
{
    QString plain = digits.toString();
    plain.remove(QLatin1Char(','));
    return plain.toDouble();
}

bool isLinkTail(QChar c)
{
    return QStringView(u".,;:!?'\"*_>/").contains(c);
}

} // namespace

QList<SourceTokens::Token> SourceTokens::measuredNumbers(QStringView text)
{
    QList<Token> tokens;
    // Cheap exit: most segments have no digit at all.
    if (std::none_of(text.begin(), text.end(), [](QChar c) {
            return c.unicode() >= u'0' && c.unicode() <= u'9';
        })) {
        return tokens;
    }
    QRegularExpressionMatchIterator it = chineseNumberPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QStringView digits = match.capturedView(u"num");
        const QStringView unit = match.capturedView(u"unit");
        const bool hasMetric = match.capturedLength(u"metric") > 0;
        if (unit.isEmpty() && !hasMetric && !digits.contains(QLatin1Char(','))) {
            continue;
        }
        const double value = parseNumber(digits);
        Token token;
        token.start = hasMetric ? match.capturedStart(u"num") : match.capturedStart();
        token.end = match.capturedEnd();
        token.keys.append(numberKey(value));
        if (const double scale = magnitude(unit); scale != 1) {
            token.keys.append(numberKey(value * scale));
        }
        tokens.append(token);
    }
    return tokens;
}

void SourceTokens::addNumberKeys(QStringView text, QSet<QString> *keys)
{
    QRegularExpressionMatchIterator it = englishNumberPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QStringView digits = match.capturedView(1);
        const double value = parseNumber(digits);
        keys->insert(numberKey(value));
        if (const double scale = magnitude(match.capturedView(2)); scale != 1) {
            keys->insert(numberKey(value * scale));
        }
        if (digits.contains(QLatin1Char('.'))) {
            // A translation may round: 34.67% -> 35% or 34.7%.
            keys->insert(numberKey(std::round(value)));
            keys->insert(numberKey(std::round(value * 10) / 10));
        }
    }
    static const QHash<QString, QStringList> words = {
        {QStringLiteral("one"), {QStringLiteral("1")}},
        {QStringLiteral("single"), {QStringLiteral("1")}},
        {QStringLiteral("two"), {QStringLiteral("2")}},
        {QStringLiteral("twice"), {QStringLiteral("2")}},
        {QStringLiteral("double"), {QStringLiteral("2")}},
        {QStringLiteral("doubles"), {QStringLiteral("2")}},
        {QStringLiteral("doubling"), {QStringLiteral("2")}},
        {QStringLiteral("twofold"), {QStringLiteral("2")}},
        {QStringLiteral("three"), {QStringLiteral("3")}},
        {QStringLiteral("triple"), {QStringLiteral("3")}},
        {QStringLiteral("triples"), {QStringLiteral("3")}},
        {QStringLiteral("tripling"), {QStringLiteral("3")}},
        {QStringLiteral("threefold"), {QStringLiteral("3")}},
        {QStringLiteral("four"), {QStringLiteral("4")}},
        {QStringLiteral("fourfold"), {QStringLiteral("4")}},
        {QStringLiteral("five"), {QStringLiteral("5")}},
        {QStringLiteral("fivefold"), {QStringLiteral("5")}},
        {QStringLiteral("six"), {QStringLiteral("6")}},
        {QStringLiteral("seven"), {QStringLiteral("7")}},
        {QStringLiteral("eight"), {QStringLiteral("8")}},
        {QStringLiteral("nine"), {QStringLiteral("9")}},
        {QStringLiteral("ten"), {QStringLiteral("10")}},
        {QStringLiteral("tenfold"), {QStringLiteral("10")}},
        {QStringLiteral("order of magnitude"), {QStringLiteral("10")}},
        {QStringLiteral("orders of magnitude"), {QStringLiteral("10"), QStringLiteral("100")}},
        {QStringLiteral("eleven"), {QStringLiteral("11")}},
        {QStringLiteral("twelve"), {QStringLiteral("12")}},
        {QStringLiteral("fifteen"), {QStringLiteral("15")}},
        {QStringLiteral("twenty"), {QStringLiteral("20")}},
        {QStringLiteral("thirty"), {QStringLiteral("30")}},
        {QStringLiteral("forty"), {QStringLiteral("40")}},
        {QStringLiteral("fifty"), {QStringLiteral("50")}},
        {QStringLiteral("hundred"), {QStringLiteral("100")}},
        {QStringLiteral("hundredfold"), {QStringLiteral("100")}},
        {QStringLiteral("thousand"), {QStringLiteral("1000")}},
        {QStringLiteral("half"), {QStringLiteral("0.5"), QStringLiteral("50")}},
        {QStringLiteral("halves"), {QStringLiteral("0.5"), QStringLiteral("50"), QStringLiteral("2")}},
        {QStringLiteral("halving"), {QStringLiteral("0.5"), QStringLiteral("50"), QStringLiteral("2")}},
    };
    QRegularExpressionMatchIterator wordIt = englishNumberWordPattern().globalMatch(text);
    while (wordIt.hasNext()) {
        const QString word = wordIt.next().captured(1).toLower();
        for (const QString &key : words.value(word)) {
            keys->insert(key);
        }
    }
}

QList<SourceTokens::Token> SourceTokens::links(QStringView text)
{
    QList<Token> tokens;
    QRegularExpressionMatchIterator it = linkPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        Token token;
        token.start = match.capturedStart();
        token.end = match.capturedEnd();
        if (match.capturedLength(u"id") > 0) {
            token.keys.append(QStringLiteral("arxiv:") + match.capturedView(u"id"));
        } else {
            while (token.end > token.start && isLinkTail(text.at(token.end - 1))) {
                --token.end;
            }
            token.keys.append(normaliseLink(text.sliced(token.start, token.end - token.start)));
        }
        if (token.end > token.start && !token.keys.constFirst().isEmpty()) {
            tokens.append(token);
        }
    }
    return tokens;
}

bool SourceTokens::isArxivKey(QStringView key)
{
    return key.startsWith(u"arxiv:");
}

QString SourceTokens::normaliseLink(QStringView link)
{
    QString key = link.toString().toLower();
    if (key.contains(QLatin1Char('%'))) {
        // Chinese text glued to a link arrives percent-encoded ("…/repo%E8%8E%B7%E5%8F%96"):
        // decode, and keep what comes before the first non-ASCII character.
        key = QUrl::fromPercentEncoding(key.toLatin1());
        const auto nonAscii = std::find_if(key.cbegin(), key.cend(), [](QChar c) {
            return c.unicode() >= 0x80;
        });
        key.truncate(nonAscii - key.cbegin());
    }
    for (const QLatin1String prefix : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (key.startsWith(prefix)) {
            key.remove(0, prefix.size());
            break;
        }
    }
    if (key.startsWith(QLatin1String("www."))) {
        key.remove(0, 4);
    }
    while (!key.isEmpty() && isLinkTail(key.back())) {
        key.chop(1);
    }
    if (key.endsWith(QLatin1String(".git"))) {
        key.chop(4);
    }
    if (const QRegularExpressionMatch match = arxivLinkPattern().match(key); match.hasMatch()) {
        return QStringLiteral("arxiv:") + match.capturedView(1);
    }
    return key;
}

QStringList SourceTokens::nameParts(QStringView text)
{
    QStringList parts;
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString word;
    QString joined; // the parts of a hyphenated or apostrophed name, run together
    int pieces = 0;
    const auto finishWord = [&] {
        if (!word.isEmpty()) {
            parts.append(word);
            joined += word;
            ++pieces;
            word.clear();
        }
    };
    const auto finishName = [&] {
        finishWord();
        if (pieces > 1) {
            parts.append(joined);
        }
        joined.clear();
        pieces = 0;
    };
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        if (c.isLetter() && c.script() == QChar::Script_Latin) {
            word += c.toCaseFolded();
        } else if (c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QChar(0x2019)) {
            finishWord();
        } else {
            finishName();
        }
    }
    finishName();
    return parts;
}

QString SourceTokens::foldName(QStringView text)
{
    // Character by character rather than through QString::normalized(): this
    // runs over every abstract, and almost all of it is ASCII.
    QString folded(text.size() * 2, Qt::Uninitialized); // a decomposition yields at most two characters here
    QChar *out = folded.data();
    QChar *const begin = out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if (u >= u'A' && u <= u'Z') {
                *out++ = QChar(char16_t(u + (u'a' - u'A')));
            } else if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
                *out++ = c;
            }
        } else if (!c.isLetterOrNumber()) {
            continue;
        } else if (c.decompositionTag() == QChar::Canonical) {
            for (const QChar part : c.decomposition()) {
                if (part.isLetterOrNumber() && out - begin < folded.size()) {
                    *out++ = part.toCaseFolded();
                }
            }
        } else {
            *out++ = c.toCaseFolded();
        }
    }
    folded.truncate(out - begin);
    return folded;
}

} // namespace PaperShelf::Core
