#include "cli/lintcommand.h"

#include "cli/clicontext.h"
#include "cli/filteroptions.h"
#include "core/db/database.h"
#include "core/review/checkcatalog.h"
#include "core/review/reviewcheckrunner.h"
#include "core/review/reviewstore.h"
#include "core/review/segmentfields.h"
#include "core/search/papersearch.h"

#include <QJsonArray>
#include <QJsonObject>

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));

/// Built on first use: its description lists the catalog's ids, which are
/// statics of another translation unit.
const QCommandLineOption &checkOption()
{
    static const QCommandLineOption option = [] {
        QStringList ids;
        for (const Core::CheckInfo &check : Core::CheckCatalog::list()) {
            ids.append(check.id);
        }
        return QCommandLineOption(QStringLiteral("check"),
                                  QStringLiteral("Only findings of this check (repeatable): %1.")
                                      .arg(ids.join(QStringLiteral(", "))),
                                  QStringLiteral("ID"));
    }();
    return option;
}

const QCommandLineOption SeverityOption(QStringLiteral("severity"),
                                        QStringLiteral("Only findings at least this severe: info (default), "
                                                       "warning or error."),
                                        QStringLiteral("LEVEL"),
                                        QStringLiteral("info"));

const FilterOptions &filterOptions()
{
    static const FilterOptions options;
    return options;
}

/// "summary_zh", or "takeaways_zh[2]" for the third key takeaway.
QString segmentName(const Core::ReviewSegment &segment)
{
    if (segment.field == Core::SegmentFields::Takeaway) {
        return QStringLiteral("%1[%2]").arg(segment.field).arg(segment.index);
    }
    return segment.field;
}

/// Papers are read this many at a time, so a large library never sits in memory whole.
constexpr qsizetype PaperChunk = 2000;

} // namespace

QString LintCommand::summary() const
{
    return QStringLiteral("Check the machine Chinese text of papers and list what the checks find.");
}

void LintCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(JsonOption);
    parser.addOption(checkOption());
    parser.addOption(SeverityOption);
    filterOptions().addTo(parser);
}

ExitCode LintCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.positionalArguments().isEmpty()) {
        context.error(QStringLiteral("lint: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
        return ExitCode::Usage;
    }
    Core::Severity minimum = Core::Severity::Info;
    if (!Core::parseSeverity(parser.value(SeverityOption), &minimum)) {
        context.error(
            QStringLiteral("lint: unknown severity \"%1\" (info, warning or error)").arg(parser.value(SeverityOption)));
        return ExitCode::Usage;
    }
    const QStringList checks = parser.values(checkOption());
    for (const QString &check : checks) {
        if (!Core::ReviewChecker::info(check)) {
            context.error(QStringLiteral("lint: unknown check \"%1\"").arg(check));
            return ExitCode::Usage;
        }
    }
    const Core::Result<Core::PaperFilter> filter = filterOptions().filter(parser);
    if (!filter) {
        context.error(QStringLiteral("lint: %1").arg(filter.errorMessage()));
        return ExitCode::Usage;
    }
    ExitCode openFailure = ExitCode::Success;
    const std::unique_ptr<Core::Database> database = context.openLibrary(CliContext::Access::Write, &openFailure);
    if (!database) {
        return openFailure;
    }
    Core::ReviewCheckRunner runner(database->connection(), Core::ReviewCheckRunner::checkerFor(database->connection()));
    const Core::Result<int> checked = runner.run();
    if (!checked) {
        context.error(QStringLiteral("lint: checking failed: %1").arg(checked.errorMessage()));
        return ExitCode::ItemFailed;
    }
    const Core::Result<QList<qint64>> ids = Core::PaperSearch(database->connection()).ids(*filter, std::nullopt);
    if (!ids) {
        context.error(QStringLiteral("lint: %1").arg(ids.errorMessage()));
        return ExitCode::ItemFailed;
    }
    const bool json = parser.isSet(JsonOption);
    QJsonArray array;
    Core::ReviewStore store(database->connection());
    for (qsizetype first = 0; first < ids->size(); first += PaperChunk) {
        const QList<qint64> chunk = ids->mid(first, PaperChunk);
        const Core::Result<QHash<qint64, QList<Core::ReviewSegment>>> segments = store.segmentsOfPapers(chunk);
        if (!segments) {
            context.error(QStringLiteral("lint: %1").arg(segments.errorMessage()));
            return ExitCode::ItemFailed;
        }
        for (const qint64 paper : chunk) {
            for (const Core::ReviewSegment &segment : segments->value(paper)) {
                if (!segment.present) {
                    continue;
                }
                for (const Core::Finding &finding : segment.findings) {
                    if (finding.severity < minimum || (!checks.isEmpty() && !checks.contains(finding.check))) {
                        continue;
                    }
                    const Core::CheckInfo *info = Core::ReviewChecker::info(finding.check);
                    const QString message = info ? info->explanationEn : QString();
                    if (json) {
                        array.append(QJsonObject{{QStringLiteral("paper"), segment.paperId},
                                                 {QStringLiteral("segment"), segmentName(segment)},
                                                 {QStringLiteral("check"), finding.check},
                                                 {QStringLiteral("severity"), Core::severityName(finding.severity)},
                                                 {QStringLiteral("start"), finding.start},
                                                 {QStringLiteral("end"), finding.end},
                                                 {QStringLiteral("excerpt"), finding.excerpt},
                                                 {QStringLiteral("message"), message}});
                    } else {
                        context.out() << segment.paperId << '\t' << segmentName(segment) << '\t'
                                      << Core::severityName(finding.severity) << '\t' << finding.check << '\t'
                                      << QString(finding.excerpt).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\t'
                                      << message << '\n';
                    }
                }
            }
        }
    }
    if (json) {
        context.printJson(QJsonDocument(array));
    }
    context.out().flush();
    return ExitCode::Success;
}

} // namespace PaperShelf::Cli
