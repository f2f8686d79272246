#pragma once

#include "core/db/records.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace PaperShelf::Core {

/// Writes papers as CSL-JSON (the citation format Zotero, Pandoc and
/// citeproc read): an array of items of type "article" with `id` (the
/// citation key BibtexExporter gives), `title`, `author` [{family, given}],
/// `issued` {date-parts}, `abstract`, `URL`, `number` (the arXiv id),
/// `archive` ("arXiv"), `note` (arXiv comment) and `keyword` (own tags, comma
/// separated). Only CSL variable names are used.
class CslJsonExporter final
{
public:
    static QJsonObject toJson(const PaperDetails &paper, const QString &id);
    static QByteArray exportPapers(const QList<PaperDetails> &papers);
};

} // namespace PaperShelf::Core
