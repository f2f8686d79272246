#pragma once

#include "cli/exitcode.h"
#include "core/db/database.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QTextStream>

#include <memory>

namespace PaperShelf::Cli {

/// What every command shares: the output streams and the library location.
class CliContext final
{
    Q_DISABLE_COPY_MOVE(CliContext)

public:
    CliContext(QTextStream &out, QTextStream &err, QString libraryOption);

    QTextStream &out() { return m_out; }

    QTextStream &err() { return m_err; }

    void setLibraryOption(const QString &path) { m_libraryOption = path; }

    QString libraryPath() const;

    enum class Access {
        Read,  ///< the library must exist; opened read-only when the file is not writable
        Write, ///< created when missing; the write lock must be available
    };

    /// Opens the library; on failure prints the one-line reason and sets `exitCode`.
    std::unique_ptr<Core::Database> openLibrary(Access access, ExitCode *exitCode);

    void printJson(const QJsonDocument &document);
    /// Writes `bytes` to standard output as they are (no text conversion), after
    /// what out() holds; false when they could not all be written.
    bool writeOut(const QByteArray &bytes);
    /// Prints "papershelf-cli: <message>" on stderr.
    void error(const QString &message);

    /// True when stderr is an interactive terminal (progress output goes there).
    static bool stderrIsTerminal();

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_libraryOption;
};

} // namespace PaperShelf::Cli
