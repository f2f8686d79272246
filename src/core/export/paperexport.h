#pragma once

#include "core/db/records.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace PaperShelf::Core {

/// The formats papers can be exported in.
enum class ExportFormat {
    BibTeX,
    CslJson,
    Ris,
    Markdown, ///< one digest-format file for the whole selection
    Obsidian, ///< a folder, one Obsidian note per paper
    Csv,
    Json,
};

/// One export of papers to a file or folder, shared by `papershelf-cli export`
/// and the GUI's export menu so both write the same bytes: picks the exporter
/// for a format and writes its output atomically (see FileBytes). Obsidian
/// notes need the highlights, hence the connection.
class PaperExport final
{
public:
    /// `done` of `total` notes written; Obsidian only (the other formats are one write).
    using ProgressCallback = std::function<void(int done, int total)>;

    explicit PaperExport(const QSqlDatabase &db);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }

    /// Writes `papers` to `destination`: a file for every format but Obsidian,
    /// which writes one note per paper into the folder `destination` (created
    /// when missing; each note is written atomically, so a failure leaves the
    /// notes before it and no partial note). Returns the number of papers written.
    Result<int> write(const QList<PaperDetails> &papers, ExportFormat format, const QString &destination);

    /// The output of a single-file format (not Obsidian) as UTF-8.
    static QByteArray render(ExportFormat format, const QList<PaperDetails> &papers);

    /// True for the formats that write a folder rather than a file.
    static bool writesFolder(ExportFormat format) { return format == ExportFormat::Obsidian; }

    /// The CLI's `--format` word: "bibtex", "csljson", "ris", "markdown", "obsidian", "csv", "json".
    static QString name(ExportFormat format);
    static std::optional<ExportFormat> fromName(const QString &name);
    /// Every format, in the order the CLI lists them.
    static QList<ExportFormat> all();

private:
    Result<int> writeObsidian(const QList<PaperDetails> &papers, const QString &folder);

    QSqlDatabase m_db;
    ProgressCallback m_progress;
};

} // namespace PaperShelf::Core
