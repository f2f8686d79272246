#pragma once

#include "core/db/records.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace PaperShelf::Core {

/// Writes papers in the digest format that PaperShelf imports, so that an
/// export can be imported again (by PaperShelf or by anything that reads the
/// original digests): Hexo front matter, a `# YYYY-MM-DD 更新` heading, then one
/// `## title` section per paper with the Authors line, abstract, PDF line,
/// `**Summary**`, `**Key Takeaways**`, the ChatPaperFree block as a Markdown
/// numbered list (`1. Title: …` to `8. Conclusion: …`, empty items left out,
/// extra lines of a value indented by four spaces) and the `<details>` block
/// of screenshots. Only machine text is written; notes, status, rating and
/// user tags stay out, because a digest has no place for user work.
///
/// Text from the library cannot change the structure of the file:
/// * every single-line field (title, authors, abstract, comment, summary,
///   takeaways, keywords) has its line breaks collapsed to spaces;
/// * a `<` that could open an HTML tag (`<details>`, `</summary>`, `<img`,
///   `<script>`, ...) is written as `&lt;`;
/// * text that starts a Markdown block (abstract, summary, takeaway items) has
///   a leading block marker backslash-escaped (`\#`, `\>`, `\[PDF]`,
///   `\*\*Authors`, `\- `, `1\. `, ...), which a Markdown renderer shows as the
///   plain character. The title needs no such escape: the `## ` in front of
///   it already decides what its line is.
/// The escapes are visible in the text of a re-imported entry; they only ever
/// appear for text that would otherwise have been read as structure.
class MarkdownExporter final
{
public:
    /// The whole digest. `title` is the topic (front-matter title and tag);
    /// `date` must be valid, it dates the front matter and the update heading.
    static QString exportPapers(const QList<PaperDetails> &papers, const QString &title, QDate date);

    /// `text` as one line that may follow other text on its line: line breaks
    /// collapsed, tag-like `<` written as `&lt;`.
    static QString inlineText(QStringView text);

    /// `text` as one line that starts a Markdown block: inlineText() plus an
    /// escaped leading block marker.
    static QString blockText(QStringView text);
};

} // namespace PaperShelf::Core
