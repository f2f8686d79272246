#pragma once

#include "core/digest/digestentry.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace PaperShelf::Core {

/// Writes a digest in the input format (DESIGN.md §2) so that DigestParser reads
/// back exactly the entries it was given: parse → write → parse keeps every field
/// of every DigestEntry except `line`, plus the topic and the date.
///
/// Layout: Hexo front matter, a disclaimer quote, `# <date> 更新`, then per entry
/// `## title`, `**Authors:…**`, the abstract, `[PDF](url) comment`, `**Summary**`
/// with its line, `**Key Takeaways**` as a `- ` list, the ChatPaperFree marker with
/// the structured summary as a Markdown numbered list under the canonical English
/// labels (`1. Title:` … `8. Conclusion:`, empty items left out, further lines of a
/// value as indented `- ` sub-points) and a `<details>` block of `<img src>` tags.
///
/// Untrusted text cannot change the structure, and the escapes are chosen so that
/// the parser removes them again (none shows in the re-imported text):
/// * the parser drops zero-width characters from titles, authors, comments, the
///   summary and the takeaways, so a U+200B is put inside markup there: after a
///   `<` that would open a tag (`<​details>`), between the stars of `**` (which
///   would otherwise be taken for bold) and in front of a leading `#`;
/// * the structured block decodes HTML entities, so `&` and `<` are written as
///   `&amp;` and `&lt;`; every line after the first of a value gets a `- ` bullet,
///   which the parser strips and which keeps the line from being read as a label,
///   a rule or chatter.
/// What the format cannot hold is normalised on the way out (see normalise()):
/// line breaks and runs of spaces in one-line fields, empty takeaways, empty
/// lines and `**` in structured values. A few inputs cannot round trip at all
/// (an abstract that starts with `[PDF](`, `<details` or `**[ChatPaperFree]`, a
/// screenshot URL holding `>` or both quote characters); they never occur in
/// digests and are written as they are.
class DigestWriter final
{
public:
    /// The whole file as UTF-8 text (LF line ends, ending with a newline).
    /// `date` may be invalid (no date line and no update heading are written).
    static QString write(const QString &topic, QDate date, const QList<DigestEntry> &entries);

    /// `entry` as the parser would read it back from write(): the form of any text
    /// (a reviewer's correction, say) that the digest format can carry. `line`
    /// and the fields derived from the PDF link and the comment are kept.
    static DigestEntry normalise(const DigestEntry &entry);

    /// The file name a digest of `topic` is published under (`/` and other
    /// characters that are not allowed in file names become `_`), with ".md".
    static QString fileName(const QString &topic);
};

} // namespace PaperShelf::Core
