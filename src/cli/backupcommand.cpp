#include "cli/backupcommand.h"

#include "cli/clicontext.h"
#include "core/backup/librarybackup.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption KeepOption(QStringLiteral("keep"),
                                    QStringLiteral("Keep the newest N backups of each kind (manual, daily, "
                                                   "migration); older ones are removed after the new backup "
                                                   "passed its check. Default: %1.")
                                        .arg(Core::LibraryBackup::DefaultKeep),
                                    QStringLiteral("N"));
const QCommandLineOption ListOption(QStringLiteral("list"),
                                    QStringLiteral("List the backups (newest first) instead of making one."));
const QCommandLineOption JsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));

QJsonObject toJson(const Core::BackupEntry &entry)
{
    return QJsonObject{{QStringLiteral("path"), entry.path},
                       {QStringLiteral("name"), QFileInfo(entry.path).fileName()},
                       {QStringLiteral("reason"), Core::backupReasonName(entry.reason)},
                       {QStringLiteral("created_at"), entry.createdAt.toString(Qt::ISODate)},
                       {QStringLiteral("bytes"), entry.bytes},
                       {QStringLiteral("annotations"), entry.annotationsPath}};
}

} // namespace

QString BackupCommand::summary() const
{
    return QStringLiteral("Back up the library now (checked, rotated), or list the backups with --list.");
}

void BackupCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(KeepOption);
    parser.addOption(ListOption);
    parser.addOption(JsonOption);
    parser.setApplicationDescription(
        summary()
        + QStringLiteral(
            "\n\nBackups are written by SQLite (its online backup API) to <library>.backups/ beside the library, as\n"
            "<name>-<UTC time>-<reason>.papershelf, each checked (quick_check) before it is kept, with\n"
            "the user's work (notes, highlights, states, own tags, review) also in a JSON sidecar\n"
            "<same name>.annotations.json (an import-annotations archive). A damaged library fails the\n"
            "backup and never replaces or pushes out a good one. Restore one with papershelf-cli restore.\n"
            "Exit code 1 when the backup failed, 3 when the library cannot be opened or is damaged."));
}

ExitCode BackupCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.positionalArguments().isEmpty()) {
        context.error(QStringLiteral("backup: no arguments are expected (see papershelf-cli backup --help)"));
        return ExitCode::Usage;
    }
    int keep = Core::LibraryBackup::DefaultKeep;
    if (parser.isSet(KeepOption)) {
        bool ok = false;
        keep = parser.value(KeepOption).toInt(&ok);
        if (!ok || keep < 1) {
            context.error(QStringLiteral("backup: --keep needs a number of at least 1, not \"%1\"")
                              .arg(parser.value(KeepOption)));
            return ExitCode::Usage;
        }
    }
    const bool json = parser.isSet(JsonOption);
    Core::LibraryBackup backup(context.libraryPath());
    backup.setKeep(keep);

    if (parser.isSet(ListOption)) {
        const QList<Core::BackupEntry> entries = backup.list();
        if (json) {
            QJsonArray list;
            for (const Core::BackupEntry &entry : entries) {
                list.append(toJson(entry));
            }
            context.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("directory"), backup.directory()}, {QStringLiteral("backups"), list}}));
            return ExitCode::Success;
        }
        if (entries.isEmpty()) {
            context.out() << QStringLiteral("No backups in %1\n").arg(backup.directory());
        }
        for (const Core::BackupEntry &entry : entries) {
            context.out() << QStringLiteral("%1  %2  %3  %4\n")
                                 .arg(entry.createdAt.toString(Qt::ISODate),
                                      Core::backupReasonName(entry.reason),
                                      QLocale::c().formattedDataSize(entry.bytes),
                                      QFileInfo(entry.path).fileName());
        }
        context.out().flush();
        return ExitCode::Success;
    }

    ExitCode openFailure = ExitCode::Success;
    const std::unique_ptr<Core::Database> database = context.openLibrary(CliContext::Access::Read, &openFailure);
    if (!database) {
        return openFailure;
    }
    const Core::Result<Core::BackupEntry> made = backup.make(database->connection(), Core::BackupReason::Manual);
    if (!made) {
        context.error(QStringLiteral("backup failed: %1; the existing backups were kept (%2 in %3)")
                          .arg(made.errorMessage(), QString::number(backup.list().size()), backup.directory()));
        return made.error().code == static_cast<int>(Core::OpenErrorCode::Corrupt) ? ExitCode::LibraryError
                                                                                   : ExitCode::ItemFailed;
    }
    if (!made->warning.isEmpty()) {
        context.error(QStringLiteral("warning: %1").arg(made->warning));
    }
    if (json) {
        context.printJson(QJsonDocument(toJson(*made)));
        return ExitCode::Success;
    }
    context.out() << QStringLiteral("Backed up %1 to %2\n").arg(database->path(), made->path);
    if (!made->annotationsPath.isEmpty()) {
        context.out() << QStringLiteral("Annotations: %1\n").arg(made->annotationsPath);
    }
    context.out().flush();
    return ExitCode::Success;
}

} // namespace PaperShelf::Cli
