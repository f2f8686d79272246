#include "core/digest/textnormaliser.h"

#include <algorithm>

namespace PaperShelf::Core {

bool TextNormaliser::isZeroWidth(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x200B && u <= 0x200D) || u == 0x2060 || u == 0xFEFF;
}

bool TextNormaliser::isBlank(QStringView line)
{
    for (const QChar c : line) {
        if (!c.isSpace() && !isZeroWidth(c)) {
            return false;
        }
    }
    return true;
}

QStringView TextNormaliser::trimmed(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text[begin].isSpace() || isZeroWidth(text[begin]))) {
        ++begin;
    }
    while (end > begin && (text[end - 1].isSpace() || isZeroWidth(text[end - 1]))) {
        --end;
    }
    return text.sliced(begin, end - begin);
}

QString TextNormaliser::normaliseWhitespace(QStringView text)
{
    QString result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (isZeroWidth(c)) {
            continue;
        }
        // QChar::isSpace covers NBSP (U+00A0), tabs, vertical tab and the
        // Unicode space separators.
        if (c.isSpace()) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace) {
            result.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        result.append(c);
    }
    return result;
}

QString TextNormaliser::removeZeroWidth(QStringView text)
{
    if (std::none_of(text.begin(), text.end(), [](QChar c) {
            return isZeroWidth(c);
        })) {
        return text.toString();
    }
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!isZeroWidth(c)) {
            result.append(c);
        }
    }
    return result;
}

bool TextNormaliser::isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF)  // radicals, punctuation, kana, unified ideographs
        || (u >= 0xF900 && u <= 0xFAFF)  // compatibility ideographs
        || (u >= 0xFF00 && u <= 0xFFEF)  // full-width forms
        || (u >= 0xAC00 && u <= 0xD7AF); // Hangul
}

QString TextNormaliser::joinParagraph(const QStringList &lines)
{
    QString result;
    for (const QString &line : lines) {
        const QString part = normaliseWhitespace(line);
        if (part.isEmpty()) {
            continue;
        }
        if (!result.isEmpty() && !isCjk(result.back()) && !isCjk(part.front())) {
            result.append(QLatin1Char(' '));
        }
        result.append(part);
    }
    return result;
}

QString TextNormaliser::removeBoldMarkers(QStringView text)
{
    if (!text.contains(u"**")) {
        return text.toString();
    }
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('*') && i + 1 < text.size() && text[i + 1] == QLatin1Char('*')) {
            ++i;
            continue;
        }
        result.append(text[i]);
    }
    return result;
}

} // namespace PaperShelf::Core
