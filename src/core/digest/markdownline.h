#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace PaperShelf::Core {

/// A line made only of bold text, e.g. `**Summary**`, `**要点：**  ` or
/// `**Summary**：text` (header with the text on the same line).
struct BoldHeader
{
    bool valid = false;
    QString token;      ///< text inside the bold markers, colons and spaces trimmed
    QString inlineText; ///< text after `**...**：`, "" when the line ends after the header
};

/// A Markdown list item with its marker removed.
struct ListItem
{
    bool valid = false;
    bool indented = false;
    QStringView text;
};

/// Line-level recognisers for the Markdown that digests use. Each looks at
/// one line only, so the parser stays a single linear pass.
class MarkdownLine final
{
public:
    /// `## title` (exactly two hashes, then a space or the end of the line).
    static bool isPaperHeading(QStringView line);

    /// `# YYYY-MM-DD 更新`; returns an invalid date for any other line.
    static QDate updateHeadingDate(QStringView line);

    static BoldHeader boldHeader(QStringView line);

    /// Items marked `- `, `* `, `+ `, `• `, `N. `, `N.` (no space), `N、` or `N)`.
    static ListItem listItem(QStringView line);

    /// Reads `YYYY-MM-DD` at the start of `text`.
    static QDate isoDateAt(QStringView text);
};

} // namespace PaperShelf::Core
