#pragma once

#include "core/annotations/highlightstore.h"
#include "core/db/records.h"

#include <QList>
#include <QString>

namespace PaperShelf::Core {

/// Writes one paper as an Obsidian-friendly Markdown note: YAML front matter
/// (id, title, authors, tags, status, rating, favourite, url, date), the title,
/// links, the highlights grouped by colour (meaning as heading, quote as a
/// block quote, the comment below) and the user's notes (their own Markdown,
/// verbatim). Digest text is written on single lines and front-matter values
/// as JSON strings (valid YAML), so it cannot change the note's structure.
class ObsidianExporter final
{
public:
    static QString exportPaper(const PaperDetails &paper,
                               const QList<Highlight> &highlights,
                               const QList<HighlightColor> &colors);

    /// A file name for the note: the title reduced to safe characters plus the
    /// paper id, ending in ".md"; never contains a path separator.
    static QString fileName(const PaperDetails &paper);

    /// A tag as Obsidian accepts it: no spaces (hyphens instead), no '#'.
    static QString obsidianTag(const QString &name);
};

} // namespace PaperShelf::Core
