#include "cli/statscommand.h"

#include "cli/clicontext.h"
#include "core/db/paperrepository.h"

#include <QJsonObject>

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));

} // namespace

QString StatsCommand::summary() const
{
    return QStringLiteral("Count papers, digests, appearances, screenshots and tags.");
}

void StatsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(JsonOption);
}

ExitCode StatsCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    ExitCode openFailure = ExitCode::Success;
    const std::unique_ptr<Core::Database> database = context.openLibrary(CliContext::Access::Read, &openFailure);
    if (!database) {
        return openFailure;
    }
    Core::PaperRepository repository(database->connection());
    const Core::Result<Core::LibraryStats> stats = repository.stats();
    if (!stats) {
        context.error(QStringLiteral("stats: %1").arg(stats.errorMessage()));
        return ExitCode::ItemFailed;
    }
    if (parser.isSet(JsonOption)) {
        context.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("papers"), stats->papers},
            {QStringLiteral("digests"), stats->digests},
            {QStringLiteral("appearances"), stats->appearances},
            {QStringLiteral("screenshots"), stats->screenshots},
            {QStringLiteral("tags"), stats->tags},
            {QStringLiteral("schema_version"), stats->schemaVersion},
        }));
        return ExitCode::Success;
    }
    context.out() << QStringLiteral("Library: %1\n").arg(database->path())
                  << QStringLiteral("Papers: %1\nDigests: %2\nAppearances: %3\nScreenshots: %4\nTags: %5\n"
                                    "Schema version: %6\n")
                         .arg(stats->papers)
                         .arg(stats->digests)
                         .arg(stats->appearances)
                         .arg(stats->screenshots)
                         .arg(stats->tags)
                         .arg(stats->schemaVersion);
    context.out().flush();
    return ExitCode::Success;
}

} // namespace PaperShelf::Cli
