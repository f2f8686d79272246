#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace PaperShelf::Core {

/// One run of text between block-level HTML tags.
struct HtmlSegment
{
    QString text;
    bool startsItem = false; ///< the text opens an `<li>` item
    int itemNumber = 0;      ///< number the renderer would show for that item, 0 if unknown
};

/// Turns the HTML flavour of the structured summaries into plain text, one
/// line at a time. It is stateful because an `<li>` is often alone on its line
/// and `<ol start="7">` numbering runs over many lines.
///
/// Only tags that a Markdown renderer knows are interpreted: block tags end a
/// segment, inline tags vanish. Anything else that looks like a tag
/// (`<Methods>`, `<V*>`, `<summary>` quoted by the LLM) is kept as literal
/// text, because it is part of what the machine wrote, not markup.
class HtmlText final
{
public:
    /// Splits one source line into segments; empty segments are dropped.
    QList<HtmlSegment> convertLine(QStringView line);

    /// Decodes named (`&lt;` `&gt;` `&amp;` `&quot;` `&apos;` `&nbsp;`) and
    /// numeric (`&#60;` `&#x3C;`) entities; unknown ones stay as they are.
    static QString decodeEntities(QStringView text);

private:
    enum class TagKind {
        NotATag,
        Inline,
        Block,
    };

    struct Tag
    {
        TagKind kind = TagKind::NotATag;
        qsizetype length = 0; ///< characters from '<' to '>' inclusive
        bool closing = false;
        QString name;  ///< lower case
        int start = 1; ///< `start` attribute of an `<ol>`
        bool hasStart = false;
    };

    struct ListLevel
    {
        bool ordered = false;
        bool numbered = false; ///< counter gives the item numbers the text means
        int counter = 0;
    };

    static Tag parseTag(QStringView text);
    static qsizetype decodeEntityAt(QStringView text, QString &out);
    void flush(QString &current, QList<HtmlSegment> &segments);
    void handleBlockTag(const Tag &tag);

    QList<ListLevel> m_lists;
    bool m_seenTopLevelList = false;
    bool m_pendingItem = false;
    int m_pendingNumber = 0;
};

} // namespace PaperShelf::Core
