#pragma once

#include "core/db/records.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace PaperShelf::Core {

/// Writes papers as RFC 4180 CSV for spreadsheets and data tools.
///
/// One header row, then one record per paper, columns:
///
///     id,arxiv_id,arxiv_version,title,authors,date,topics,tags,status,rating,screenshots,pdf_url,summary_zh
///
/// Comma separator, CRLF after every record (including the last), quotes
/// doubled, and a field quoted only when it holds a comma, quote, CR or LF.
/// Line breaks inside a field are kept (quoted), as RFC 4180 allows.
/// `authors`, `topics` and `tags` ("kind:name", sorted) are joined with "; ";
/// `date` is the latest appearance (ISO, "" if none); `arxiv_version` is ""
/// when unknown (0); `screenshots` is a count.
///
/// Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and, in some,
/// TAB or CR) as a formula, so such a text cell gets a leading `'` (the OWASP
/// "CSV injection" advice). The apostrophe is visible to tools that read the
/// file as data; that is the price of opening it safely in a spreadsheet.
/// The text carries no byte-order mark: the caller adds one if it targets Excel.
class CsvExporter final
{
public:
    static QString exportPapers(const QList<PaperDetails> &papers);

    /// One field, with the formula guard applied and quoted if needed.
    static QString field(QStringView value);
    /// One field quoted if needed, without the formula guard: for files that are
    /// data to read back exactly (a glossary), not sheets to open.
    static QString quoted(QStringView value);
};

} // namespace PaperShelf::Core
