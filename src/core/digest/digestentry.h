#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace PaperShelf::Core {

/// The ChatPaperFree block of one entry, mapped onto the eight canonical items.
/// Every field is "" (or an empty list) when the digest did not provide it or
/// gave its label with no text; emptyItems tells the two apart.
/// Values are plain text: HTML tags are removed and entities decoded, but the
/// machine's wording (including placeholders such as "xxx") is kept verbatim.
/// Whole lines of assistant chatter ("好的，…", "希望…对您有帮助") belong to no item.
struct StructuredSummary
{
    QString titleZh;
    QString authors;
    QString affiliation;
    QStringList keywords; ///< split on 、，,;·； and trimmed; duplicates removed case-insensitively
    QString urls;
    QString summary;
    QString methods;
    QString conclusion;
    /// Canonical names ("title_zh", "authors", "affiliation", "keywords", "urls",
    /// "summary", "methods", "conclusion") of the items whose label was present
    /// but had no text, in canonical order; an absent item is in no list.
    QStringList emptyItems;

    bool isEmpty() const;
    /// The canonical name of item `number` (1 = "title_zh" … 8 = "conclusion"); "" otherwise.
    static QString itemName(int number);
    friend bool operator==(const StructuredSummary &, const StructuredSummary &) = default;
};

/// One `## title` section of a digest, as written in that digest.
struct DigestEntry
{
    int line = 0;            ///< 1-based line of the `## ` heading in the source file
    QString title;           ///< whitespace-normalised (runs of spaces, NBSP, zero-width removed)
    QString arxivId;         ///< new-style id without version ("2401.11535"), "" when no arXiv link
    int arxivVersion = 0;    ///< 0 when the link had no version
    QStringList authors;     ///< from the first bold Authors line after the title
    QString abstract;        ///< English abstract, trimmed
    QString pdfUrl;          ///< URL of the [PDF](...) link, verbatim
    QString comment;         ///< arXiv comment after the PDF link, whitespace-normalised
    QStringList links;       ///< code/project URLs found in comment and abstract, in order, unique
    QString summaryZh;       ///< Chinese one-line summary
    QStringList takeawaysZh; ///< key takeaways, bullet/number markers removed
    StructuredSummary structured;
    QStringList screenshots; ///< <img src> URLs in document order, duplicates removed

    friend bool operator==(const DigestEntry &, const DigestEntry &) = default;
};

/// A non-fatal problem found while parsing; `line` is 1-based (0 = whole file).
struct ParseWarning
{
    int line = 0;
    QString message;

    friend bool operator==(const ParseWarning &, const ParseWarning &) = default;
};

/// Everything one digest file holds.
struct ParsedDigest
{
    bool isDigest = false; ///< false: not a digest; skipReason says why and entries is empty
    QString skipReason;
    QString topic; ///< front-matter `title`
    QDate date;    ///< front matter `date`, else `# <date> 更新`, else a date in the path
    QList<DigestEntry> entries;
    QList<ParseWarning> warnings;
};

} // namespace PaperShelf::Core
