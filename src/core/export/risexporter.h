#pragma once

#include "core/db/records.h"

#include <QList>
#include <QString>

namespace PaperShelf::Core {

/// Writes papers as RIS records (`TY  - UNPB`, a preprint): TI, AU (one per
/// author, "Family, Given"), PY/DA, AB, UR, N1 (arXiv comment), KW (own tags,
/// one per line), M1 (arXiv id), DB (arXiv), ER. Every value is one line, so
/// digest text cannot start a new tag. Lines end with CRLF as the format asks.
class RisExporter final
{
public:
    static QString exportPapers(const QList<PaperDetails> &papers);
};

} // namespace PaperShelf::Core
