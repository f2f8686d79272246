#include "core/digest/chinesenotesparser.h"

#include "core/digest/markdownline.h"
#include "core/digest/textnormaliser.h"

namespace PaperShelf::Core {

bool ChineseNotesParser::isTakeawaysToken(QStringView token)
{
    const QString t = TextNormaliser::normaliseWhitespace(token).toLower();
    for (const char16_t *word :
         {u"takeaway", u"key point", u"要点", u"关键点", u"关键见解", u"主要内容", u"主要结论", u"highlights"}) {
        if (t.contains(QStringView(word))) {
            return true;
        }
    }
    return false;
}

ChineseNotes ChineseNotesParser::parse(const QList<QStringView> &lines)
{
    ChineseNotes notes;
    const qsizetype n = lines.size();
    qsizetype i = 0;
    BoldHeader header;
    for (; i < n; ++i) {
        header = MarkdownLine::boldHeader(lines[i]);
        if (header.valid) {
            break;
        }
    }
    if (i >= n) {
        return notes;
    }
    qsizetype takeawaysHeader = -1;
    if (isTakeawaysToken(header.token)) {
        takeawaysHeader = i;
    } else {
        QStringList text;
        if (!header.inlineText.isEmpty()) {
            text.append(header.inlineText);
        }
        qsizetype j = i + 1;
        if (text.isEmpty()) {
            while (j < n && TextNormaliser::isBlank(lines[j])) {
                ++j;
            }
        }
        for (; j < n && !TextNormaliser::isBlank(lines[j]); ++j) {
            const BoldHeader next = MarkdownLine::boldHeader(lines[j]);
            // A bold line right under the header is the summary itself in bold;
            // a bold line after summary text is the next header.
            if (next.valid && (isTakeawaysToken(next.token) || !text.isEmpty())) {
                break;
            }
            text.append(TextNormaliser::removeBoldMarkers(lines[j]));
        }
        notes.summary = TextNormaliser::joinParagraph(text);
        for (; j < n; ++j) {
            if (MarkdownLine::boldHeader(lines[j]).valid) {
                takeawaysHeader = j;
                break;
            }
        }
    }
    if (takeawaysHeader >= 0) {
        notes.takeaways = parseList(lines, takeawaysHeader + 1);
    }
    return notes;
}

QStringList ChineseNotesParser::parseList(const QList<QStringView> &lines, qsizetype from)
{
    // Each item is collected as its lines and joined once at the end, so a
    // long run of continuation lines stays linear.
    QList<QStringList> items;
    bool afterItem = false;
    for (qsizetype i = from; i < lines.size(); ++i) {
        const QStringView line = lines[i];
        if (TextNormaliser::isBlank(line)) {
            afterItem = false;
            continue;
        }
        const ListItem item = MarkdownLine::listItem(line);
        if (item.valid) {
            if (!TextNormaliser::isBlank(item.text)) {
                items.append({TextNormaliser::removeBoldMarkers(item.text)});
                afterItem = true;
            }
            continue;
        }
        if (!items.isEmpty() && MarkdownLine::boldHeader(line).valid) {
            break;
        }
        if (afterItem && (line.front().isSpace() || TextNormaliser::isZeroWidth(line.front()))) {
            items.last().append(TextNormaliser::removeBoldMarkers(TextNormaliser::trimmed(line)));
            continue;
        }
        afterItem = false;
    }
    QStringList takeaways;
    takeaways.reserve(items.size());
    for (const QStringList &parts : std::as_const(items)) {
        takeaways.append(TextNormaliser::joinParagraph(parts));
    }
    return takeaways;
}

} // namespace PaperShelf::Core
