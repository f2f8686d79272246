#include "core/digest/htmltext.h"

#include "core/digest/textnormaliser.h"

#include <array>

namespace PaperShelf::Core {

namespace {

// Tags after which a renderer starts a new block. Kept small on purpose: a
// tag outside both lists is shown literally (see class comment).
constexpr std::array blockTags = {u"p",  u"li", u"ol", u"ul", u"br", u"pre", u"div", u"blockquote",
                                  u"h1", u"h2", u"h3", u"h4", u"h5", u"h6",  u"hr",  u"table",
                                  u"tr", u"td", u"th", u"dl", u"dt", u"dd"};
constexpr std::array inlineTags = {u"strong",
                                   u"em",
                                   u"b",
                                   u"i",
                                   u"u",
                                   u"code",
                                   u"a",
                                   u"span",
                                   u"sup",
                                   u"sub",
                                   u"s",
                                   u"del",
                                   u"mark",
                                   u"small",
                                   u"font",
                                   u"img",
                                   u"kbd",
                                   u"tt"};

// Entities are short; anything longer than this after '&' is not one.
constexpr qsizetype maxEntityLength = 10;

// A tag longer than this is treated as text, which bounds the scan per '<'.
constexpr qsizetype maxTagLength = 200;

template<std::size_t N>
bool contains(const std::array<const char16_t *, N> &list, QStringView name)
{
    for (const char16_t *item : list) {
        if (name == QStringView(item)) {
            return true;
        }
    }
    return false;
}

} // namespace

QList<HtmlSegment> HtmlText::convertLine(QStringView line)
{
    QList<HtmlSegment> segments;
    QString current;
    // Most lines of a Markdown-form block hold no markup at all.
    if (!line.contains(QLatin1Char('<')) && !line.contains(QLatin1Char('&'))) {
        current = line.toString();
        flush(current, segments);
        return segments;
    }
    current.reserve(line.size());
    for (qsizetype i = 0; i < line.size();) {
        const QChar c = line[i];
        if (c == QLatin1Char('<')) {
            const Tag tag = parseTag(line.sliced(i));
            if (tag.kind == TagKind::Block) {
                flush(current, segments);
                handleBlockTag(tag);
                i += tag.length;
                continue;
            }
            if (tag.kind == TagKind::Inline) {
                // Bold is kept as Markdown bold: "<strong>结论</strong>" is a
                // label exactly like "**结论**", and the value cleaner drops it.
                if (tag.name == u"strong" || tag.name == u"b") {
                    current.append(u"**");
                }
                i += tag.length;
                continue;
            }
        } else if (c == QLatin1Char('&')) {
            const qsizetype used = decodeEntityAt(line.sliced(i), current);
            if (used > 0) {
                i += used;
                continue;
            }
        }
        current.append(c);
        ++i;
    }
    flush(current, segments);
    return segments;
}

void HtmlText::flush(QString &current, QList<HtmlSegment> &segments)
{
    if (TextNormaliser::isBlank(current)) {
        current.clear();
        return;
    }
    HtmlSegment segment;
    segment.text = current;
    segment.startsItem = m_pendingItem;
    segment.itemNumber = m_pendingNumber;
    segments.append(segment);
    m_pendingItem = false;
    m_pendingNumber = 0;
    current.clear();
}

void HtmlText::handleBlockTag(const Tag &tag)
{
    if (tag.name == u"ol" || tag.name == u"ul") {
        if (tag.closing) {
            if (!m_lists.isEmpty()) {
                m_lists.removeLast();
            }
        } else {
            // A renderer numbers every plain <ol> from 1, but in the digests a
            // second top-level <ol> continues the items of the first one (it
            // follows a stray paragraph), so its numbers are unknown unless
            // it says start="N".
            const bool ordered = tag.name == u"ol";
            const bool topLevel = m_lists.isEmpty();
            const bool numbered = ordered && (tag.hasStart || !topLevel || !m_seenTopLevelList);
            if (topLevel && ordered) {
                m_seenTopLevelList = true;
            }
            m_lists.append(ListLevel{ordered, numbered, tag.start - 1});
        }
    } else if (tag.name == u"li" && !tag.closing) {
        // Only items of an outermost <ol> are structured-summary items; <ul>
        // items and nested lists hold sub-points of the current value.
        if (m_lists.size() == 1 && m_lists.last().ordered) {
            m_pendingItem = true;
            ++m_lists.last().counter;
            m_pendingNumber = m_lists.last().numbered ? m_lists.last().counter : 0;
        }
    }
}

HtmlText::Tag HtmlText::parseTag(QStringView text)
{
    Tag tag;
    qsizetype i = 1;
    if (i < text.size() && text[i] == QLatin1Char('/')) {
        tag.closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < text.size() && i < maxTagLength && text[i].isLetterOrNumber() && text[i].unicode() < 0x80) {
        ++i;
    }
    if (i == nameStart || i >= text.size()) {
        return tag;
    }
    tag.name = text.sliced(nameStart, i - nameStart).toString().toLower();
    const QChar after = text[i];
    if (after != QLatin1Char('>') && after != QLatin1Char('/') && !after.isSpace()) {
        return tag;
    }
    const qsizetype close = text.first(std::min(text.size(), maxTagLength)).indexOf(QLatin1Char('>'), i);
    if (close < 0) {
        return tag;
    }
    if (contains(blockTags, tag.name)) {
        tag.kind = TagKind::Block;
    } else if (contains(inlineTags, tag.name)) {
        tag.kind = TagKind::Inline;
    } else {
        return tag;
    }
    tag.length = close + 1;
    if (tag.name == u"ol" && !tag.closing) {
        const QStringView attributes = text.sliced(i, close - i);
        const qsizetype at = attributes.indexOf(u"start=");
        if (at >= 0) {
            qsizetype k = at + 6;
            while (k < attributes.size() && (attributes[k] == QLatin1Char('"') || attributes[k] == QLatin1Char('\''))) {
                ++k;
            }
            qsizetype end = k;
            while (end < attributes.size() && attributes[end].isDigit()) {
                ++end;
            }
            bool ok = false;
            const int start = attributes.sliced(k, end - k).toInt(&ok);
            if (ok && start > 0 && start < 1000) {
                tag.start = start;
                tag.hasStart = true;
            }
        }
    }
    return tag;
}

qsizetype HtmlText::decodeEntityAt(QStringView text, QString &out)
{
    const qsizetype semicolon = text.first(std::min(text.size(), maxEntityLength)).indexOf(QLatin1Char(';'));
    if (semicolon < 2) {
        return 0;
    }
    const QStringView name = text.sliced(1, semicolon - 1);
    if (name.front() == QLatin1Char('#')) {
        bool ok = false;
        uint code = 0;
        if (name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X'))) {
            code = name.sliced(2).toUInt(&ok, 16);
        } else {
            code = name.sliced(1).toUInt(&ok, 10);
        }
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            return 0;
        }
        const char32_t ucs4 = code;
        out.append(QString::fromUcs4(&ucs4, 1));
        return semicolon + 1;
    }

    static constexpr struct
    {
        const char16_t *name;
        char16_t value;
    } named[] = {{u"lt", u'<'},
                 {u"gt", u'>'},
                 {u"amp", u'&'},
                 {u"quot", u'"'},
                 {u"apos", u'\''},
                 {u"nbsp", u'\u00A0'},
                 {u"ldquo", u'\u201C'},
                 {u"rdquo", u'\u201D'},
                 {u"lsquo", u'\u2018'},
                 {u"rsquo", u'\u2019'},
                 {u"mdash", u'\u2014'},
                 {u"ndash", u'\u2013'},
                 {u"hellip", u'\u2026'}};

    for (const auto &entity : named) {
        if (name == QStringView(entity.name)) {
            out.append(QChar(entity.value));
            return semicolon + 1;
        }
    }
    return 0;
}

QString HtmlText::decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == QLatin1Char('&')) {
            const qsizetype used = decodeEntityAt(text.sliced(i), out);
            if (used > 0) {
                i += used;
                continue;
            }
        }
        out.append(text[i]);
        ++i;
    }
    return out;
}

} // namespace PaperShelf::Core
