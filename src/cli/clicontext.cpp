#include "cli/clicontext.h"

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
    if (access == Access::Read) {
        const QFileInfo info(path);
        if (!info.exists()) {
            error(QStringLiteral("cannot open library: %1 does not exist (import digests first)").arg(path));
            *exitCode = ExitCode::LibraryError;
            return nullptr;
        }
        options.create = false;
        options.readOnly = !info.isWritable();
    }
    Core::Result<std::unique_ptr<Core::Database>> opened = Core::Database::open(path, options);
    if (!opened) {
        error(QStringLiteral("cannot open library: %1").arg(opened.errorMessage()));
        *exitCode = ExitCode::LibraryError;
        return nullptr;
    }
    if (access == Access::Write) {
        if (auto writable = (*opened)->checkWritable(); !writable) {
            error(QStringLiteral("cannot open library: %1").arg(writable.errorMessage()));
            *exitCode = ExitCode::LibraryError;
            return nullptr;
        }
    }
    return std::move(*opened);
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
