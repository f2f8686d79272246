#pragma once

#include "core/digest/digestentry.h"

#include <QList>
#include <QSet>
#include <QStringList>
#include <QStringView>

namespace PaperShelf::Core {

/// The outcome of reading one `## title` section.
struct EntryResult
{
    bool keep = false; ///< false: the entry is dropped, warnings say why
    DigestEntry entry;
    QList<ParseWarning> warnings;
};

/// Reads one paper section: the lines from its `## ` heading up to the next
/// one. Only the skeleton of the entry is located here (Authors line, abstract,
/// PDF line, ChatPaperFree marker, `<details>` blocks); the free-form parts are
/// delegated to ChineseNotesParser and StructuredSummaryParser.
///
/// Project links come from the arXiv comment first (the authors' own links),
/// then from the abstract; arXiv URLs are never project links. The last entry
/// of a file counts as truncated when its `<details>` block never closes,
/// because every complete entry ends with one.
class EntryParser final
{
public:
    /// `begin` is the index of the heading in `lines`, `end` one past the
    /// section. `lastInFile` enables the truncation check.
    static EntryResult parse(const QList<QStringView> &lines, qsizetype begin, qsizetype end, bool lastInFile);

    /// True for `**Authors:...**`, `**Authors: ...**` and `**Authors**: ...`.
    static bool isAuthorsLine(QStringView line);

    /// Splits the names of an Authors line (markers included or not). Repairs
    /// names that arXiv nickname removal split in two: such fragments follow
    /// their comma with two spaces ("Kuan-Chieh,  Wang"), and are joined to the
    /// previous fragment when that fragment is a single word (a given name
    /// without surname); a one-word name without the double space stays a name.
    static QStringList splitAuthors(QStringView line);

private:
    static void readPdfLine(QStringView line, DigestEntry &entry);
    static void collectScreenshots(QStringView line, QStringList &screenshots, QSet<QString> &seen);
};

} // namespace PaperShelf::Core
