#include "gui/readerfieldmap.h"

#include "core/digest/digestentry.h"
#include "core/digest/textfields.h"
#include "gui/readerhtmlbuilder.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace PaperShelf::Gui {

namespace {

Q_LOGGING_CATEGORY(lcReaderFieldMap, "papershelf.gui.readerfieldmap")

} // namespace

void ReaderFieldMap::clear()
{
    m_segments.clear();
    m_fieldTexts.clear();
}

void ReaderFieldMap::scan(QTextDocument *document, const Core::DigestEntry &entry)
{
    clear();
    QSet<QString> seen;

    // Collected as values first: changing formats while iterating would merge
    // and split fragments. Formats never change the text, so positions hold.
    struct Marked
    {
        int position;
        int length;
        QTextCharFormat format;
    };

    QList<Marked> marked;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QStringList names = fragment.charFormat().anchorNames();
            for (const QString &name : names) {
                Segment segment;
                qsizetype length = 0;
                if (!ReaderHtmlBuilder::parseSegmentMarker(name, &segment.field, &segment.fieldStart, &length)) {
                    continue;
                }
                if (marked.isEmpty() || marked.constLast().position != fragment.position()) {
                    marked.append({fragment.position(), fragment.length(), fragment.charFormat()});
                }
                if (seen.contains(name)) {
                    continue; // inherited by a later fragment of the segment
                }
                seen.insert(name);
                if (!m_fieldTexts.contains(segment.field)) {
                    m_fieldTexts.insert(segment.field, Core::TextFields::text(entry, segment.field));
                }
                const QString &fieldText = m_fieldTexts[segment.field];
                if (segment.fieldStart + length > fieldText.size()) {
                    qCWarning(lcReaderFieldMap) << "segment outside its field:" << name;
                    continue;
                }
                segment.text = fieldText.sliced(segment.fieldStart, length);
                segment.documentStart = fragment.position();
                segment.documentLength = toDocument(segment, length);
                if (!matches(document, segment)) {
                    // Qt changed the text on the way in; rather no mapping than a wrong one.
                    qCWarning(lcReaderFieldMap) << "document text differs from the field's text:" << name;
                    continue;
                }
                m_segments.append(segment);
            }
        }
    }
    std::stable_sort(m_segments.begin(), m_segments.end(), [](const Segment &a, const Segment &b) {
        return a.documentStart < b.documentStart;
    });
    for (const Marked &fragment : std::as_const(marked)) {
        removeMarker(document, fragment.position, fragment.length, fragment.format);
    }
}

void ReaderFieldMap::removeMarker(QTextDocument *document, int position, int length, QTextCharFormat format)
{
    format.clearProperty(QTextFormat::AnchorName);
    format.clearProperty(QTextFormat::IsAnchor);
    QTextCursor cursor(document);
    cursor.setPosition(position);
    cursor.setPosition(position + length, QTextCursor::KeepAnchor);
    cursor.setCharFormat(format);
}

bool ReaderFieldMap::matches(const QTextDocument *document, const Segment &segment)
{
    if (segment.documentStart + segment.documentLength >= document->characterCount()) {
        return false;
    }
    int position = segment.documentStart;
    for (const QChar c : segment.text) {
        if (c == u'\r') {
            continue; // dropped by ReaderHtmlBuilder::escaped()
        }
        const QChar expected = c == u'\n' ? QChar(QChar::LineSeparator) : c;
        if (document->characterAt(position) != expected) {
            return false;
        }
        ++position;
    }
    return true;
}

int ReaderFieldMap::toDocument(const Segment &segment, qsizetype offset)
{
    const auto carriageReturns = std::count(segment.text.cbegin(), segment.text.cbegin() + offset, u'\r');
    return static_cast<int>(offset - carriageReturns);
}

qsizetype ReaderFieldMap::toField(const Segment &segment, int documentOffset)
{
    // The first unit shown at that position; a '\r' before it is not shown.
    int shown = 0;
    qsizetype offset = 0;
    while (offset < segment.text.size()) {
        if (segment.text.at(offset) != u'\r') {
            if (shown == documentOffset) {
                return offset;
            }
            ++shown;
        }
        ++offset;
    }
    return offset;
}

std::optional<SelectionAnchor> ReaderFieldMap::anchorFor(int start, int end) const
{
    if (start > end) {
        std::swap(start, end);
    }
    const auto intersects = [start, end](const Segment &segment) {
        return segment.documentLength > 0 && segment.documentStart < end
            && segment.documentStart + segment.documentLength > start;
    };
    const auto first = std::find_if(m_segments.cbegin(), m_segments.cend(), intersects);
    if (first == m_segments.cend()) {
        return std::nullopt;
    }
    // Clipped to the first field: follow its segments (list items) while they
    // are next in the document and still inside the selection.
    auto last = first;
    for (auto it = first + 1; it != m_segments.cend() && it->field == first->field && intersects(*it); ++it) {
        last = it;
    }
    SelectionAnchor anchor;
    anchor.field = first->field;
    anchor.start = first->fieldStart + toField(*first, std::max(start, first->documentStart) - first->documentStart);
    const qsizetype fieldEnd = last->fieldStart
                             + toField(*last,
                                       std::min(end, last->documentStart + last->documentLength) - last->documentStart);
    anchor.length = fieldEnd - anchor.start;
    if (anchor.length <= 0) {
        return std::nullopt;
    }
    anchor.quote = m_fieldTexts.value(anchor.field).sliced(anchor.start, anchor.length);
    return anchor;
}

QList<ReaderFieldMap::Range> ReaderFieldMap::documentRanges(const QString &field,
                                                            qsizetype start,
                                                            qsizetype length) const
{
    QList<Range> ranges;
    const qsizetype end = start + length;
    if (start < 0 || length <= 0 || end > m_fieldTexts.value(field).size()) {
        return ranges;
    }
    for (const Segment &segment : m_segments) {
        if (segment.field != field) {
            continue;
        }
        const qsizetype from = std::max(start, segment.fieldStart);
        const qsizetype to = std::min(end, segment.fieldStart + segment.text.size());
        if (from >= to) {
            continue;
        }
        const Range range{segment.documentStart + toDocument(segment, from - segment.fieldStart),
                          segment.documentStart + toDocument(segment, to - segment.fieldStart)};
        if (range.end > range.start) {
            ranges.append(range);
        }
    }
    return ranges;
}

} // namespace PaperShelf::Gui
