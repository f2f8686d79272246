#pragma once

#include "core/review/reviewtypes.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace PaperShelf::Core {

/// The file formats a glossary is exchanged in.
enum class GlossaryFormat {
    Csv, ///< RFC 4180: comma separated, `"` quoting with doubled quotes, CRLF records
    Tsv, ///< tab separated, one record a line; `\t`, `\n`, `\r` and `\\` escaped with a backslash
};

/// Reads and writes glossary files: a header row naming the columns (`term`,
/// `preferred`, `wrong`, `note`; `wrong` and `note` may be left out, any order),
/// then one term a record. The `wrong` column holds the known wrong renderings
/// separated by `|`; a `|` or `\` inside one of them is written `\|` or `\\`.
///
/// Files are UTF-8, with or without a byte-order mark; written files carry none
/// and always all four columns. Reading is all or nothing: the first problem
/// (a missing or extra field, an empty term or preferred rendering, a term twice,
/// an unclosed quote) fails the whole file with its line number, so that an
/// import never stores half a file. Written CSV has no spreadsheet formula
/// guard (unlike CsvExporter): a glossary file is data that must read back as
/// it was written.
class GlossaryCodec final
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Core::GlossaryCodec)

public:
    /// The format a file name implies: `.csv` or `.tsv`/`.tab` (any case).
    static std::optional<GlossaryFormat> formatOfPath(const QString &path);
    /// formatOfPath(), else TSV when the first line holds a tab, else CSV.
    static GlossaryFormat detect(const QString &path, QByteArrayView data);

    static Result<QList<GlossaryTerm>> read(QByteArrayView data, GlossaryFormat format);
    static QByteArray write(const QList<GlossaryTerm> &terms, GlossaryFormat format);

    /// Reads the file at `path`, detecting its format.
    static Result<QList<GlossaryTerm>> readFile(const QString &path);
    /// Writes atomically in the format the extension names (CSV for any other).
    static Result<void> writeFile(const QString &path, const QList<GlossaryTerm> &terms);

    /// The `wrong` column's text for `items`, and back.
    static QString joinWrong(const QStringList &items);
    static QStringList splitWrong(QStringView text);
};

} // namespace PaperShelf::Core
