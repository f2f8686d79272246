#include "cli/exportcommand.h"

#include "cli/clicontext.h"
#include "cli/filteroptions.h"
#include "core/db/paperrepository.h"
#include "core/export/paperexport.h"
#include "core/search/papersearch.h"

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
    const std::optional<Core::ExportFormat> format = Core::PaperExport::fromName(parser.value(FormatOption));
    if (!format) {
        QStringList formats;
        for (const Core::ExportFormat each : Core::PaperExport::all()) {
            formats.append(Core::PaperExport::name(each));
        }
        context.error(QStringLiteral("export: --format must be one of %1").arg(formats.join(QStringLiteral(", "))));
        return ExitCode::Usage;
    }
    if (Core::PaperExport::writesFolder(*format) && !parser.isSet(OutputOption)) {
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

    if (!parser.isSet(OutputOption)) {
        const QByteArray bytes = Core::PaperExport::render(*format, *papers);
        if (!context.writeOut(bytes)) {
            context.error(QStringLiteral("export: cannot write to standard output"));
            return ExitCode::ItemFailed;
        }
        return ExitCode::Success;
    }
    const QString destination = parser.value(OutputOption);
    const Core::Result<int> written = Core::PaperExport(database->connection()).write(*papers, *format, destination);
    if (!written) {
        context.error(QStringLiteral("export: %1").arg(written.errorMessage()));
        return ExitCode::ItemFailed;
    }
    context.err() << (Core::PaperExport::writesFolder(*format)
                          ? QStringLiteral("exported %1 note(s) to %2\n").arg(*written).arg(destination)
                          : QStringLiteral("exported %1 paper(s) to %2\n").arg(*written).arg(destination));
    context.err().flush();
    return ExitCode::Success;
}

} // namespace PaperShelf::Cli
