#pragma once

#include "gui/selectionanchor.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QTextCharFormat;
class QTextDocument;

namespace PaperShelf::Core {
struct DigestEntry;
} // namespace PaperShelf::Core

namespace PaperShelf::Gui {

/// Where the text fields of one reader document are: maps document positions
/// to (field, UTF-16 offset) and back.
///
/// scan() reads the segment markers that ReaderHtmlBuilder writes and keeps a
/// segment only when the document holds exactly the field's text there (each
/// unit one position, '\r' none, '\n' a line break); a segment that does not
/// match is left out, so a mapping is either exact or absent. The markers are
/// then taken out of the document: its only anchors stay its links.
class ReaderFieldMap final
{
public:
    /// A document range [start, end).
    struct Range
    {
        int start = 0;
        int end = 0;
    };

    /// Replaces the map with the segments of `document`, whose field texts
    /// come from `entry`, and removes their markers from `document`.
    void scan(QTextDocument *document, const Core::DigestEntry &entry);
    void clear();

    bool isEmpty() const { return m_segments.isEmpty(); }

    /// The field range that the document selection [start, end) covers, clipped
    /// to the first field it touches; nullopt when it touches no field text.
    std::optional<SelectionAnchor> anchorFor(int start, int end) const;
    /// The document ranges showing [start, start + length) of `field`'s text;
    /// empty when the field is not shown or the range is outside its text.
    QList<Range> documentRanges(const QString &field, qsizetype start, qsizetype length) const;

    /// The text of `field` as scanned; "" for a field not in the document.
    QString fieldText(const QString &field) const { return m_fieldTexts.value(field); }

private:
    struct Segment
    {
        QString field;
        qsizetype fieldStart = 0; ///< where `text` starts in the field's text
        QString text;             ///< this part of the field's text
        int documentStart = 0;
        int documentLength = 0; ///< `text` without its '\r'
    };

    /// Document offset (from the segment start) of `offset` units into the segment's text.
    static int toDocument(const Segment &segment, qsizetype offset);
    /// Offset into the segment's text of a document offset from the segment start.
    static qsizetype toField(const Segment &segment, int documentOffset);
    static bool matches(const QTextDocument *document, const Segment &segment);
    /// Clears the named-anchor properties of [position, position + length), which has one char format.
    static void removeMarker(QTextDocument *document, int position, int length, QTextCharFormat format);

    QList<Segment> m_segments; ///< in document order
    QHash<QString, QString> m_fieldTexts;
};

} // namespace PaperShelf::Gui
