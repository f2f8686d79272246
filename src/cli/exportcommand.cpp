#include "cli/exportcommand.h"

#include "cli/clicontext.h"
#include "cli/filteroptions.h"
#include "core/annotations/highlightstore.h"
#include "core/db/paperrepository.h"
#include "core/export/bibtexexporter.h"
#include "core/export/csljsonexporter.h"
#include "core/export/csvexporter.h"
#include "core/export/markdownexporter.h"
#include "core/export/obsidianexporter.h"
#include "core/export/paperjson.h"
#include "core/export/risexporter.h"
#include "core/search/papersearch.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption FormatOption(QStringLiteral("format"),
                                      QStringLiteral("json, bibtex, csljson, ris, markdown, csv, or obsidian "
                                                     "(one note per paper into the folder -o names)."),
                                      QStringLiteral("FORMAT"));
const QCommandLineOption OutputOption({QStringLiteral("o"), QStringLiteral("output")},
                                      QStringLiteral("Write to FILE instead of standard output."),
                                      QStringLiteral("FILE"));

const FilterOptions &filterOptions()
{
    static const FilterOptions options;
    return options;
}

/// One Obsidian note per paper in `folder` (created when missing).
ExitCode exportObsidian(const QList<Core::PaperDetails> &papers,
                        const QSqlDatabase &db,
                        const QString &folder,
                        CliContext &context)
{
    if (!QDir().mkpath(folder)) {
        context.error(QStringLiteral("export: cannot create folder %1").arg(folder));
        return ExitCode::ItemFailed;
    }
    Core::HighlightStore highlights(db);
    const Core::Result<QList<Core::HighlightColor>> colors = highlights.colors();
    if (!colors) {
        context.error(QStringLiteral("export: %1").arg(colors.errorMessage()));
        return ExitCode::ItemFailed;
    }
    const QDir dir(folder);
    for (const Core::PaperDetails &paper : papers) {
        const Core::Result<QList<Core::Highlight>> list = highlights.forPaper(paper.rowId);
        if (!list) {
            context.error(QStringLiteral("export: %1").arg(list.errorMessage()));
            return ExitCode::ItemFailed;
        }
        const QByteArray bytes = Core::ObsidianExporter::exportPaper(paper, *list, *colors).toUtf8();
        QSaveFile file(dir.filePath(Core::ObsidianExporter::fileName(paper)));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            context.error(QStringLiteral("export: cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return ExitCode::ItemFailed;
        }
    }
    context.err() << QStringLiteral("exported %1 note(s) to %2\n").arg(papers.size()).arg(folder);
    context.err().flush();
    return ExitCode::Success;
}

} // namespace

QString ExportCommand::summary() const
{
    return QStringLiteral("Export the filtered papers as JSON, BibTeX, CSL-JSON, RIS, Markdown (digest format), CSV "
                          "or Obsidian notes.");
}

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(FormatOption);
    filterOptions().addTo(parser);
    parser.addOption(OutputOption);
}

ExitCode ExportCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    const QString format = parser.value(FormatOption);
    const QStringList formats = {QStringLiteral("json"),
                                 QStringLiteral("bibtex"),
                                 QStringLiteral("csljson"),
                                 QStringLiteral("ris"),
                                 QStringLiteral("markdown"),
                                 QStringLiteral("csv"),
                                 QStringLiteral("obsidian")};
    if (!formats.contains(format)) {
        context.error(QStringLiteral("export: --format must be one of %1").arg(formats.join(QStringLiteral(", "))));
        return ExitCode::Usage;
    }
    if (format == QLatin1String("obsidian") && !parser.isSet(OutputOption)) {
        context.error(QStringLiteral("export: --format obsidian needs -o FOLDER"));
        return ExitCode::Usage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        context.error(QStringLiteral("export: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
        return ExitCode::Usage;
    }
    const Core::Result<Core::PaperFilter> filter = filterOptions().filter(parser);
    if (!filter) {
        context.error(QStringLiteral("export: %1").arg(filter.errorMessage()));
        return ExitCode::Usage;
    }
    ExitCode openFailure = ExitCode::Success;
    const std::unique_ptr<Core::Database> database = context.openLibrary(CliContext::Access::Read, &openFailure);
    if (!database) {
        return openFailure;
    }
    Core::PaperSearch search(database->connection());
    const Core::Result<QList<qint64>> ids = search.ids(*filter, std::nullopt);
    if (!ids) {
        context.error(QStringLiteral("export: %1").arg(ids.errorMessage()));
        return ExitCode::ItemFailed;
    }
    Core::PaperRepository repository(database->connection());
    const Core::Result<QList<Core::PaperDetails>> papers = repository.papers(*ids);
    if (!papers) {
        context.error(QStringLiteral("export: %1").arg(papers.errorMessage()));
        return ExitCode::ItemFailed;
    }

    if (format == QLatin1String("obsidian")) {
        return exportObsidian(*papers, database->connection(), parser.value(OutputOption), context);
    }
    QByteArray bytes;
    if (format == QLatin1String("csljson")) {
        bytes = Core::CslJsonExporter::exportPapers(*papers);
    } else if (format == QLatin1String("ris")) {
        bytes = Core::RisExporter::exportPapers(*papers).toUtf8();
    } else if (format == QLatin1String("json")) {
        bytes = Core::PaperJson::exportPapers(*papers);
    } else if (format == QLatin1String("bibtex")) {
        bytes = Core::BibtexExporter::exportPapers(*papers).toUtf8();
    } else if (format == QLatin1String("markdown")) {
        bytes = Core::MarkdownExporter::exportPapers(*papers, QStringLiteral("PaperShelf export"), QDate::currentDate())
                    .toUtf8();
    } else {
        bytes = Core::CsvExporter::exportPapers(*papers).toUtf8();
    }

    if (!parser.isSet(OutputOption)) {
        context.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            context.error(QStringLiteral("export: cannot write to standard output"));
            return ExitCode::ItemFailed;
        }
        return ExitCode::Success;
    }
    // QSaveFile: the target appears complete or not at all.
    QSaveFile file(parser.value(OutputOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        context.error(
            QStringLiteral("export: cannot write %1: %2").arg(parser.value(OutputOption), file.errorString()));
        return ExitCode::ItemFailed;
    }
    context.err() << QStringLiteral("exported %1 paper(s) to %2\n").arg(papers->size()).arg(parser.value(OutputOption));
    context.err().flush();
    return ExitCode::Success;
}

} // namespace PaperShelf::Cli
