#pragma once

#include "core/db/records.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>

namespace PaperShelf::Core {

/// Values that several exporters derive from a paper. They live in one place
/// so that the JSON, CSV, BibTeX and Markdown outputs of the same paper agree.
class ExportFields final
{
public:
    /// Date of the latest appearance; an invalid QDate when there is none.
    static QDate latestDate(const PaperDetails &paper);

    /// Every tag as "kind:name", sorted by code point.
    static QStringList tagLabels(const PaperDetails &paper);

    /// The topics, sorted by code point. Records already arrive sorted; this
    /// does not depend on it, because output order is part of the contract.
    static QStringList sortedTopics(const PaperDetails &paper);

    /// Collapses every run of whitespace (line breaks, tabs, NBSP, U+2028) to
    /// one space, drops zero-width and other control characters, and trims.
    /// The result can never span more than one line.
    static QString singleLine(QStringView text);

    /// The arXiv abstract page, else the stored PDF URL, else "".
    static QString paperUrl(const PaperDetails &paper);

    /// The user's own tags (kind `user`), sorted by code point.
    static QStringList userTags(const PaperDetails &paper);

    /// Issued date of a paper: from the arXiv id (YYMM, day unknown), else the
    /// latest appearance. Invalid when neither is known. `precision` is set to
    /// 2 (year and month) or 3 (full date).
    static QDate issuedDate(const PaperDetails &paper, int *precision);

    /// Splits "Given Names Family" into {family, given}; a single word is all family.
    static std::pair<QString, QString> splitName(const QString &name);
};

} // namespace PaperShelf::Core
