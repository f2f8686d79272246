#include "cli/restorecommand.h"

#include "cli/clicontext.h"
#include "core/backup/librarybackup.h"
#include "core/db/paperrepository.h"

#include <QJsonObject>

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));

} // namespace

QString RestoreCommand::summary() const
{
    return QStringLiteral("Replace the library with a backup; the current file is kept aside, never deleted.");
}

void RestoreCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("BACKUP"),
                                 QStringLiteral("A backup file, or the name of one in <library>.backups/ "
                                                "(see papershelf-cli backup --list)."));
    parser.addOption(JsonOption);
    parser.setApplicationDescription(
        summary()
        + QStringLiteral("\n\nThe backup is checked (quick_check) first. The current library file (with its -wal\n"
                         "and -shm files) is moved to <name>-replaced-<UTC time>.<suffix> beside it, and the\n"
                         "restored library is opened once (an older backup is migrated). Close PaperShelf first.\n"
                         "Exit code 1 when the backup is unusable or the files cannot be moved, 3 when the\n"
                         "restored library cannot be opened."));
}

ExitCode RestoreCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    if (parser.positionalArguments().size() != 1) {
        context.error(QStringLiteral("restore: exactly one BACKUP is needed (see papershelf-cli restore --help)"));
        return ExitCode::Usage;
    }
    Core::LibraryBackup backup(context.libraryPath());
    const Core::Result<Core::RestoreReport> restored = backup.restore(parser.positionalArguments().first());
    if (!restored) {
        context.error(QStringLiteral("restore failed: %1").arg(restored.errorMessage()));
        return ExitCode::ItemFailed;
    }
    ExitCode openFailure = ExitCode::Success;
    const std::unique_ptr<Core::Database> database = context.openLibrary(CliContext::Access::Read, &openFailure);
    if (!database) {
        return openFailure;
    }
    const Core::Result<Core::LibraryStats> stats = Core::PaperRepository(database->connection()).stats();
    const int papers = stats ? stats->papers : -1;
    if (parser.isSet(JsonOption)) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("library"), database->path()},
                                                    {QStringLiteral("restored_from"), restored->restoredFrom},
                                                    {QStringLiteral("kept_aside"), restored->keptAside},
                                                    {QStringLiteral("papers"), papers}}));
        return ExitCode::Success;
    }
    context.out() << QStringLiteral("Restored %1 from %2 (%3 papers)\n")
                         .arg(database->path(), restored->restoredFrom, QString::number(papers));
    if (!restored->keptAside.isEmpty()) {
        context.out() << QStringLiteral("The replaced library was kept as %1\n").arg(restored->keptAside);
    }
    context.out().flush();
    return ExitCode::Success;
}

} // namespace PaperShelf::Cli
