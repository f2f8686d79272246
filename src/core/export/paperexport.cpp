#include "core/export/paperexport.h"

#include "core/annotations/highlightstore.h"
#include "core/export/bibtexexporter.h"
#include "core/export/csljsonexporter.h"
#include "core/export/csvexporter.h"
#include "core/export/markdownexporter.h"
#include "core/export/obsidianexporter.h"
#include "core/export/paperjson.h"
#include "core/export/risexporter.h"
#include "core/util/filebytes.h"

#include <QDate>
#include <QDir>

namespace PaperShelf::Core {

PaperExport::PaperExport(const QSqlDatabase &db)
    : m_db(db)
{
}

QList<ExportFormat> PaperExport::all()
{
    // The order of the CLI's help and error text.
    return {ExportFormat::Json,
            ExportFormat::BibTeX,
            ExportFormat::CslJson,
            ExportFormat::Ris,
            ExportFormat::Markdown,
            ExportFormat::Csv,
            ExportFormat::Obsidian};
}

QString PaperExport::name(ExportFormat format)
{
    switch (format) {
    case ExportFormat::BibTeX:
        return QStringLiteral("bibtex");
    case ExportFormat::CslJson:
        return QStringLiteral("csljson");
    case ExportFormat::Ris:
        return QStringLiteral("ris");
    case ExportFormat::Markdown:
        return QStringLiteral("markdown");
    case ExportFormat::Obsidian:
        return QStringLiteral("obsidian");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return QString();
}

std::optional<ExportFormat> PaperExport::fromName(const QString &name)
{
    for (const ExportFormat format : all()) {
        if (PaperExport::name(format) == name) {
            return format;
        }
    }
    return std::nullopt;
}

QByteArray PaperExport::render(ExportFormat format, const QList<PaperDetails> &papers)
{
    switch (format) {
    case ExportFormat::BibTeX:
        return BibtexExporter::exportPapers(papers).toUtf8();
    case ExportFormat::CslJson:
        return CslJsonExporter::exportPapers(papers);
    case ExportFormat::Ris:
        return RisExporter::exportPapers(papers).toUtf8();
    case ExportFormat::Markdown:
        return MarkdownExporter::exportPapers(papers, QStringLiteral("PaperShelf export"), QDate::currentDate())
            .toUtf8();
    case ExportFormat::Csv:
        return CsvExporter::exportPapers(papers).toUtf8();
    case ExportFormat::Json:
        return PaperJson::exportPapers(papers);
    case ExportFormat::Obsidian:
        break;
    }
    Q_ASSERT_X(false, "PaperExport::render", "Obsidian writes a folder; use write()");
    return QByteArray();
}

Result<int> PaperExport::write(const QList<PaperDetails> &papers, ExportFormat format, const QString &destination)
{
    if (writesFolder(format)) {
        return writeObsidian(papers, destination);
    }
    const Result<void> written = FileBytes::writeAtomically(destination, render(format, papers));
    if (!written) {
        return written.error();
    }
    return static_cast<int>(papers.size());
}

Result<int> PaperExport::writeObsidian(const QList<PaperDetails> &papers, const QString &folder)
{
    if (!QDir().mkpath(folder)) {
        return Error{QStringLiteral("cannot create folder %1").arg(folder)};
    }
    HighlightStore highlights(m_db);
    const Result<QList<HighlightColor>> colors = highlights.colors();
    if (!colors) {
        return colors.error();
    }
    const QDir dir(folder);
    const int total = static_cast<int>(papers.size());
    int done = 0;
    for (const PaperDetails &paper : papers) {
        const Result<QList<Highlight>> list = highlights.forPaper(paper.rowId);
        if (!list) {
            return list.error();
        }
        const QByteArray bytes = ObsidianExporter::exportPaper(paper, *list, *colors).toUtf8();
        const Result<void> written = FileBytes::writeAtomically(dir.filePath(ObsidianExporter::fileName(paper)), bytes);
        if (!written) {
            return written.error();
        }
        ++done;
        if (m_progress) {
            m_progress(done, total);
        }
    }
    return done;
}

} // namespace PaperShelf::Core
