#pragma once

#include "core/arxiv/arxivrecord.h"
#include "core/digest/digestentry.h"

#include <QList>
#include <QString>

namespace PaperShelf::Core {

/// The digest fields that can be checked against arXiv.
enum class ArxivField {
    Title,
    Authors,
    Abstract,
};

/// "title", "authors" or "abstract" (used in JSON and the database).
QString arxivFieldName(ArxivField field);

/// One field whose digest text and arXiv text differ (both as plain text; authors joined with ", ").
struct ArxivDifference
{
    ArxivField field = ArxivField::Title;
    QString digestText;
    QString arxivText;

    friend bool operator==(const ArxivDifference &, const ArxivDifference &) = default;
};

/// Compares a digest's paper with its arXiv record, field by field. Texts are
/// compared after normalisation (whitespace collapsed, case folded, TeX braces
/// and `$` dropped, trailing full stop ignored), so layout-only changes are not
/// reported. A field empty on the arXiv side is not a difference. Pure.
class ArxivComparison final
{
public:
    static QList<ArxivDifference> compare(const DigestEntry &digest, const ArxivRecord &record);

    /// The comparison key of one text.
    static QString normalise(const QString &text);
};

} // namespace PaperShelf::Core
