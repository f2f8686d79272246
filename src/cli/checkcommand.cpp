#include "cli/checkcommand.h"

#include "cli/clicontext.h"
#include "core/backup/librarycheck.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"),
                                    QStringLiteral("Print JSON: {\"ok\", \"problems\": [{\"id\", \"description\", "
                                                   "\"count\", \"repairable\", \"repaired\"}]}."));
const QCommandLineOption RepairOption(QStringLiteral("repair"),
                                      QStringLiteral("Repair what can be repaired (orphan rows, tags with no papers, "
                                                     "tag counts, cache states of missing files, the full-text "
                                                     "index), in one transaction, then check again. Notes, "
                                                     "highlights, own tags and review work are never changed."));

} // namespace

QString CheckCommand::summary() const
{
    return QStringLiteral("Check the library file, its foreign keys, its full-text index and PaperShelf's "
                          "invariants; --repair fixes what it can.");
}

void CheckCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(RepairOption);
    parser.addOption(JsonOption);
    parser.setApplicationDescription(
        summary()
        + QStringLiteral("\n\nChecks: %1.\nExit code 1 when problems remain (not found or not repaired); "
                         "damage SQLite reports cannot be repaired here: restore a backup "
                         "(papershelf-cli backup --list, papershelf-cli restore).")
              .arg(Core::LibraryCheck::invariantIds().join(QStringLiteral(", "))));
}

ExitCode CheckCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    const bool repair = parser.isSet(RepairOption);
    ExitCode openFailure = ExitCode::Success;
    const std::unique_ptr<Core::Database> database = context.openLibrary(repair ? CliContext::Access::Write
                                                                                : CliContext::Access::Read,
                                                                         &openFailure);
    if (!database) {
        return openFailure;
    }
    Core::LibraryCheck check(database->connection(), database->path());
    const Core::Result<QList<Core::LibraryProblem>> problems = check.run(repair ? Core::LibraryCheck::Mode::Repair
                                                                                : Core::LibraryCheck::Mode::Report);
    if (!problems) {
        context.error(QStringLiteral("check: %1").arg(problems.errorMessage()));
        return ExitCode::ItemFailed;
    }
    const bool healthy = std::all_of(problems->cbegin(), problems->cend(), [](const Core::LibraryProblem &problem) {
        return problem.repaired;
    });
    if (parser.isSet(JsonOption)) {
        QJsonArray list;
        for (const Core::LibraryProblem &problem : *problems) {
            list.append(QJsonObject{{QStringLiteral("id"), problem.id},
                                    {QStringLiteral("description"), problem.description},
                                    {QStringLiteral("count"), problem.count},
                                    {QStringLiteral("repairable"), problem.repairable},
                                    {QStringLiteral("repaired"), problem.repaired}});
        }
        context.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("ok"), healthy}, {QStringLiteral("problems"), list}}));
    } else if (problems->isEmpty()) {
        context.out() << QStringLiteral("ok: %1 passed all checks\n").arg(database->path());
    } else {
        for (const Core::LibraryProblem &problem : *problems) {
            const QString label = problem.repaired   ? QStringLiteral("repaired")
                                : problem.repairable ? QStringLiteral("problem (repairable with --repair)")
                                                     : QStringLiteral("problem");
            context.out() << QStringLiteral("%1: [%2] %3\n").arg(label, problem.id, problem.description);
        }
        if (healthy) {
            context.out() << QStringLiteral("ok: every problem was repaired\n");
        }
    }
    context.out().flush();
    return healthy ? ExitCode::Success : ExitCode::ItemFailed;
}

} // namespace PaperShelf::Cli
