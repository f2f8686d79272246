#include "cli/exportcommand.h"

#include "cli/clicontext.h"
#include "cli/filteroptions.h"
#include "core/db/paperrepository.h"
#include "core/export/correcteddigestexport.h"
#include "core/export/paperexport.h"
#include "core/search/papersearch.h"

namespace PaperShelf::Cli {

namespace {

// Not a PaperExport format: it writes digests (with review corrections), not papers.
const QString DigestFormat = QStringLiteral("digest");

const QCommandLineOption FormatOption(
    QStringLiteral("format"),
    QStringLiteral("The format (required): json, bibtex, csljson, ris, markdown, csv, obsidian (one note per paper "
                   "into the folder -o "
                   "names), or digest (corrected digests into the folder -o names: one file per imported digest, "
                   "or with filters one per topic and date of the filtered papers)."),
    QStringLiteral("FORMAT"));
const QCommandLineOption OutputOption({QStringLiteral("o"), QStringLiteral("output")},
                                      QStringLiteral("Write to FILE (or FOLDER) instead of standard output."),
                                      QStringLiteral("FILE"));
const QCommandLineOption IncludeFlaggedOption(QStringLiteral("include-flagged"),
                                              QStringLiteral("With --format digest: keep the machine text of "
                                                             "segments flagged in review (default: leave it out)."));

const FilterOptions &filterOptions()
{
    static const FilterOptions options;
    return options;
}

} // namespace

QString ExportCommand::summary() const
{
    return QStringLiteral("Export the filtered papers as JSON, BibTeX, CSL-JSON, RIS, Markdown (digest format), CSV "
                          "or Obsidian notes, or the digests with review corrections applied.");
}

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(FormatOption);
    filterOptions().addTo(parser);
    parser.addOption(OutputOption);
    parser.addOption(IncludeFlaggedOption);
}

ExitCode ExportCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    const bool digests = parser.value(FormatOption) == DigestFormat;
    const std::optional<Core::ExportFormat> format = Core::PaperExport::fromName(parser.value(FormatOption));
    if (!format && !digests) {
        QStringList formats;
        for (const Core::ExportFormat each : Core::PaperExport::all()) {
            formats.append(Core::PaperExport::name(each));
        }
        formats.append(DigestFormat);
        context.error(QStringLiteral("export: --format must be one of %1").arg(formats.join(QStringLiteral(", "))));
        return ExitCode::Usage;
    }
    if ((digests || Core::PaperExport::writesFolder(*format)) && !parser.isSet(OutputOption)) {
        context.error(QStringLiteral("export: --format %1 needs -o FOLDER").arg(parser.value(FormatOption)));
        return ExitCode::Usage;
    }
    if (!digests && parser.isSet(IncludeFlaggedOption)) {
        context.error(QStringLiteral("export: --include-flagged needs --format digest"));
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
    if (digests) {
        return exportDigests(parser, *filter, database->connection(), context);
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
                          ? QStringLiteral("exported %1 note(s) to %2\n").arg(QString::number(*written), destination)
                          : QStringLiteral("exported %1 paper(s) to %2\n").arg(QString::number(*written), destination));
    context.err().flush();
    return ExitCode::Success;
}

ExitCode ExportCommand::exportDigests(const QCommandLineParser &parser,
                                      const Core::PaperFilter &filter,
                                      const QSqlDatabase &db,
                                      CliContext &context)
{
    const QString folder = parser.value(OutputOption);
    const bool includeFlagged = parser.isSet(IncludeFlaggedOption);
    Core::CorrectedDigestExport exporter(db);
    exporter.setIncludeFlagged(includeFlagged);
    // Without filters the digests are written as imported; with them, the
    // filtered papers make up the files.
    Core::Result<Core::CorrectedDigestReport> report = Core::Error{};
    if (filter.isEmpty()) {
        report = exporter.writeDigests({}, folder);
    } else {
        const Core::Result<QList<qint64>> ids = Core::PaperSearch(db).ids(filter, std::nullopt);
        if (!ids) {
            context.error(QStringLiteral("export: %1").arg(ids.errorMessage()));
            return ExitCode::ItemFailed;
        }
        report = exporter.writePapers(*ids, folder);
    }
    if (!report) {
        context.error(QStringLiteral("export: %1").arg(report.errorMessage()));
        return ExitCode::ItemFailed;
    }
    context.err() << QStringLiteral("exported %1 digest file(s) with %2 paper(s) to %3: %4 correction(s) applied, "
                                    "%5 flagged text(s) %6\n")
                         .arg(QString::number(report->files.size()),
                              QString::number(report->entries),
                              folder,
                              QString::number(report->review.corrected),
                              QString::number(includeFlagged ? report->review.flaggedKept
                                                             : report->review.flaggedOmitted),
                              includeFlagged ? QStringLiteral("kept") : QStringLiteral("left out"));
    if (report->reshaped > 0) {
        context.err() << QStringLiteral("export: warning: the digest format changed the text of %1 paper(s) "
                                        "(line breaks or spacing in corrections); a re-import reads it so\n")
                             .arg(report->reshaped);
    }
    context.err().flush();
    return ExitCode::Success;
}

} // namespace PaperShelf::Cli
