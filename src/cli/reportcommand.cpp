#include "cli/reportcommand.h"

#include "cli/clicontext.h"
#include "cli/filteroptions.h"
#include "core/db/paperrepository.h"
#include "core/review/reviewreport.h"
#include "core/review/reviewstore.h"
#include "core/search/papersearch.h"
#include "core/util/filebytes.h"

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption FormatOption(QStringLiteral("format"),
                                      QStringLiteral("markdown (the default) or csv."),
                                      QStringLiteral("FORMAT"));
const QCommandLineOption OutputOption({QStringLiteral("o"), QStringLiteral("output")},
                                      QStringLiteral("Write to FILE instead of standard output."),
                                      QStringLiteral("FILE"));
const QCommandLineOption AllOption(QStringLiteral("all"),
                                   QStringLiteral("List every segment, unreviewed ones included (default: only "
                                                  "approved, corrected and flagged ones)."));

const FilterOptions &filterOptions()
{
    static const FilterOptions options;
    return options;
}

} // namespace

QString ReportCommand::summary() const
{
    return QStringLiteral("Report the review work on the filtered papers (states, checks, reviewers, before and "
                          "after) as Markdown or CSV.");
}

void ReportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(FormatOption);
    parser.addOption(OutputOption);
    parser.addOption(AllOption);
    filterOptions().addTo(parser);
}

ExitCode ReportCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    const std::optional<Core::ReviewReportFormat> format = parser.isSet(FormatOption)
                                                             ? Core::ReviewReport::formatFromName(
                                                                 parser.value(FormatOption))
                                                             : Core::ReviewReportFormat::Markdown;
    if (!format) {
        context.error(QStringLiteral("report: --format must be markdown or csv"));
        return ExitCode::Usage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        context.error(QStringLiteral("report: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
        return ExitCode::Usage;
    }
    const Core::Result<Core::PaperFilter> filter = filterOptions().filter(parser);
    if (!filter) {
        context.error(QStringLiteral("report: %1").arg(filter.errorMessage()));
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
        context.error(QStringLiteral("report: %1").arg(ids.errorMessage()));
        return ExitCode::ItemFailed;
    }
    const Core::Result<QList<Core::PaperDetails>> papers = Core::PaperRepository(database->connection()).papers(*ids);
    if (!papers) {
        context.error(QStringLiteral("report: %1").arg(papers.errorMessage()));
        return ExitCode::ItemFailed;
    }
    const Core::ReviewStore store(database->connection());
    const Core::Result<QHash<qint64, QList<Core::ReviewSegment>>> segments = store.segmentsOfPapers(*ids);
    if (!segments) {
        context.error(QStringLiteral("report: %1").arg(segments.errorMessage()));
        return ExitCode::ItemFailed;
    }
    QList<qint64> segmentIds;
    for (const QList<Core::ReviewSegment> &list : *segments) {
        for (const Core::ReviewSegment &segment : list) {
            segmentIds.append(segment.id);
        }
    }
    const Core::Result<QHash<qint64, QList<Core::ReviewHistoryEntry>>> histories = store.histories(segmentIds);
    if (!histories) {
        context.error(QStringLiteral("report: %1").arg(histories.errorMessage()));
        return ExitCode::ItemFailed;
    }

    // Papers in the list's default order, each with the history of its own segments.
    QList<Core::ReviewReportPaper> report;
    for (const Core::PaperDetails &paper : *papers) {
        Core::ReviewReportPaper entry;
        entry.paperId = paper.id;
        entry.title = paper.text.title;
        entry.segments = segments->value(paper.rowId);
        for (const Core::ReviewSegment &segment : std::as_const(entry.segments)) {
            entry.history.insert(segment.id, histories->value(segment.id));
        }
        report.append(entry);
    }
    const Core::ReviewReportScope scope = parser.isSet(AllOption) ? Core::ReviewReportScope::All
                                                                  : Core::ReviewReportScope::Worked;
    const QByteArray bytes = Core::ReviewReport::render(*format, report, scope).toUtf8();

    if (!parser.isSet(OutputOption)) {
        if (!context.writeOut(bytes)) {
            context.error(QStringLiteral("report: cannot write to standard output"));
            return ExitCode::ItemFailed;
        }
        return ExitCode::Success;
    }
    const QString destination = parser.value(OutputOption);
    if (const Core::Result<void> written = Core::FileBytes::writeAtomically(destination, bytes); !written) {
        context.error(QStringLiteral("report: %1").arg(written.errorMessage()));
        return ExitCode::ItemFailed;
    }
    context.err() << QStringLiteral("wrote the review report on %1 filtered paper(s) to %2\n")
                         .arg(papers->size())
                         .arg(destination);
    context.err().flush();
    return ExitCode::Success;
}

} // namespace PaperShelf::Cli
