#include "cli/clicontext.h"

#include "core/backup/librarybackup.h"
#include "core/util/appidentity.h"

#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace PaperShelf::Cli {

CliContext::CliContext(QTextStream &out, QTextStream &err, QString libraryOption)
    : m_out(out)
    , m_err(err)
    , m_libraryOption(std::move(libraryOption))
{
}

QString CliContext::libraryPath() const
{
    return Core::AppIdentity::resolveLibraryPath(m_libraryOption);
}

std::unique_ptr<Core::Database> CliContext::openLibrary(Access access, ExitCode *exitCode)
{
    const QString path = libraryPath();
    Core::Database::Options options;
    // The CLI's connection is a session's main one: check a file that was not closed cleanly.
    options.verify = Core::Database::Options::Verify::IfNotClosedCleanly;
    Core::Database::setForcedReadOnly(path, m_readOnly);
    if (access == Access::Read) {
        const QFileInfo info(path);
        if (!info.exists()) {
            error(QStringLiteral("cannot open library: %1 does not exist (import digests first)").arg(path));
            *exitCode = ExitCode::LibraryError;
            return nullptr;
        }
        options.create = false;
        // Reads work in a read-only file or folder.
        options.readOnly = !Core::Database::readOnlyReason(path).isEmpty();
    } else if (m_readOnly) {
        error(QStringLiteral("cannot change the library: %1 is open read-only (--read-only)")
                  .arg(QFileInfo(path).absoluteFilePath()));
        *exitCode = ExitCode::LibraryError;
        return nullptr;
    }
    Core::Result<std::unique_ptr<Core::Database>> opened = Core::Database::open(path, options);
    if (!opened) {
        error(openFailureMessage(opened.error()));
        *exitCode = ExitCode::LibraryError;
        return nullptr;
    }
    if (access == Access::Write) {
        if (auto writable = (*opened)->checkWritable(); !writable) {
            error(openFailureMessage(writable.error()));
            *exitCode = ExitCode::LibraryError;
            return nullptr;
        }
    }
    return std::move(*opened);
}

QString CliContext::newestGoodBackup() const
{
    const QList<Core::BackupEntry> backups = Core::LibraryBackup(libraryPath()).list();
    for (const Core::BackupEntry &backup : backups) {
        if (Core::LibraryBackup::verify(backup.path)) {
            return backup.path;
        }
    }
    return {};
}

QString CliContext::openFailureMessage(const Core::Error &failure) const
{
    QString message = QStringLiteral("cannot open library: %1").arg(failure.message);
    switch (static_cast<Core::OpenErrorCode>(failure.code)) {
    case Core::OpenErrorCode::Locked:
        message += QStringLiteral(
            "; the library is in use: another process holds its write lock; try again when it has finished.");
        break;
    case Core::OpenErrorCode::ReadOnly: {
        const QString reason = Core::Database::readOnlyReason(libraryPath());
        message += QStringLiteral("; the library is read-only (%1); commands that only read still work.")
                       .arg(reason.isEmpty() ? QStringLiteral("--read-only") : reason);
        break;
    }
    case Core::OpenErrorCode::Corrupt: {
        const QString backup = newestGoodBackup();
        const QString library = QFileInfo(libraryPath()).absoluteFilePath();
        if (backup.isEmpty()) {
            message += QStringLiteral("; no good backup was found in %1; the file was left untouched.")
                           .arg(Core::LibraryBackup(library).directory());
        } else {
            message += QStringLiteral(
                           "; the newest good backup is %1. Restore it (the damaged file is kept aside) with:"
                           " papershelf-cli --library '%2' restore '%3'")
                           .arg(backup, library, QFileInfo(backup).fileName());
        }
        break;
    }
    default:
        break;
    }
    return message;
}

void CliContext::printJson(const QJsonDocument &document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

bool CliContext::writeOut(const QByteArray &bytes)
{
    m_out.flush();
    QFile out;
    return out.open(stdout, QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
}

void CliContext::error(const QString &message)
{
    m_err << QStringLiteral("papershelf-cli: ") << message << Qt::endl;
}

bool CliContext::stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

} // namespace PaperShelf::Cli
