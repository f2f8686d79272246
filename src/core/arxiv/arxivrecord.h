#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace PaperShelf::Core {

/// One paper as the arXiv API describes it (an Atom `<entry>`). Text fields are
/// plain text with whitespace normalised; they are never HTML.
struct ArxivRecord
{
    QString arxivId; ///< without version ("2402.11111" or "hep-th/9901001")
    int version = 0; ///< 0 when the id carried no version
    QString title;
    QStringList authors;
    QString abstract;
    QDateTime published; ///< UTC
    QDateTime updated;   ///< UTC
    QString primaryCategory;
    QString pdfUrl; ///< the entry's `<link title="pdf">`, "" when absent

    friend bool operator==(const ArxivRecord &, const ArxivRecord &) = default;
};

} // namespace PaperShelf::Core
