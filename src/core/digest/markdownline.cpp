#include "core/digest/markdownline.h"

#include "core/digest/textnormaliser.h"

namespace PaperShelf::Core {

namespace {

bool isColon(QChar c)
{
    return c == QLatin1Char(':') || c == QChar(0xFF1A);
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

} // namespace

bool MarkdownLine::isPaperHeading(QStringView line)
{
    // "##" alone or "## " with no text is a paper heading without a title:
    // the entry must still start there so that it can be reported and dropped.
    return line.startsWith(u"##") && (line.size() == 2 || line[2] == QLatin1Char(' ') || line[2] == QLatin1Char('\t'));
}

QDate MarkdownLine::isoDateAt(QStringView text)
{
    if (text.size() < 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-')) {
        return {};
    }
    for (const int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isAsciiDigit(text[i])) {
            return {};
        }
    }
    if (text.size() > 10 && isAsciiDigit(text[10])) {
        return {};
    }
    return QDate(text.first(4).toInt(), text.sliced(5, 2).toInt(), text.sliced(8, 2).toInt());
}

QDate MarkdownLine::updateHeadingDate(QStringView line)
{
    if (!line.startsWith(u"# ")) {
        return {};
    }
    const QStringView rest = TextNormaliser::trimmed(line.sliced(2));
    const QDate date = isoDateAt(rest);
    if (!date.isValid()) {
        return {};
    }
    const QStringView after = TextNormaliser::trimmed(rest.sliced(10));
    if (after.isEmpty() || after == u"更新" || after.compare(u"update", Qt::CaseInsensitive) == 0) {
        return date;
    }
    return {};
}

BoldHeader MarkdownLine::boldHeader(QStringView line)
{
    BoldHeader header;
    const QStringView t = TextNormaliser::trimmed(line);
    if (!t.startsWith(u"**")) {
        return header;
    }
    const qsizetype close = t.indexOf(u"**", 2);
    if (close < 0) {
        return header;
    }
    QStringView inner = TextNormaliser::trimmed(t.sliced(2, close - 2));
    while (!inner.isEmpty() && (isColon(inner.back()) || inner.back().isSpace())) {
        inner.chop(1);
    }
    if (inner.isEmpty()) {
        return header;
    }
    const QStringView rest = TextNormaliser::trimmed(t.sliced(close + 2));
    if (!rest.isEmpty() && !isColon(rest.front())) {
        return header;
    }
    header.valid = true;
    header.token = inner.toString();
    if (!rest.isEmpty()) {
        header.inlineText = TextNormaliser::trimmed(rest.sliced(1)).toString();
    }
    return header;
}

ListItem MarkdownLine::listItem(QStringView line)
{
    ListItem item;
    qsizetype i = 0;
    while (i < line.size() && (line[i].isSpace() || TextNormaliser::isZeroWidth(line[i]))) {
        ++i;
    }
    if (i >= line.size()) {
        return item;
    }
    item.indented = i > 0;
    const QChar c = line[i];
    qsizetype textStart = -1;
    if (c == QLatin1Char('-') || c == QLatin1Char('*') || c == QLatin1Char('+') || c == QChar(0x2022)) {
        if (i + 1 < line.size() && line[i + 1].isSpace()) {
            textStart = i + 2;
        } else if (c == QChar(0x2022)) {
            textStart = i + 1;
        }
    } else if (isAsciiDigit(c)) {
        qsizetype k = i;
        while (k < line.size() && k - i < 3 && isAsciiDigit(line[k])) {
            ++k;
        }
        if (k < line.size()
            && (line[k] == QLatin1Char('.') || line[k] == QChar(0x3001) || line[k] == QLatin1Char(')')
                || line[k] == QChar(0xFF0E))) {
            // "1.5 times" is a number, not a marker: a digit after the dot rules it out.
            if (k + 1 >= line.size() || !isAsciiDigit(line[k + 1])) {
                textStart = k + 1;
            }
        }
    }
    if (textStart < 0) {
        return item;
    }
    item.valid = true;
    item.text = TextNormaliser::trimmed(line.sliced(std::min(textStart, line.size())));
    return item;
}

} // namespace PaperShelf::Core
