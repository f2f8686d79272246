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

    /// `--read-only`: the library is opened read-only and every command that writes is refused.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    QString libraryPath() const;

    enum class Access {
        Read,  ///< the library must exist; opened read-only when the file is not writable
        Write, ///< created when missing; the write lock must be available
    };

    /// Opens the library; on failure prints the one-line reason and sets `exitCode`.
    std::unique_ptr<Core::Database> openLibrary(Access access, ExitCode *exitCode);

    /// The newest backup of the library that passes LibraryBackup::verify(); empty when none does.
    QString newestGoodBackup() const;

    void printJson(const QJsonDocument &document);
    /// Writes `bytes` to standard output as they are (no text conversion), after
    /// what out() holds; false when they could not all be written.
    bool writeOut(const QByteArray &bytes);
    /// Prints "papershelf-cli: <message>" on stderr.
    void error(const QString &message);

    /// True when stderr is an interactive terminal (progress output goes there).
    static bool stderrIsTerminal();

private:
    /// "cannot open library: ..." with what to do about it (a locked, damaged or read-only library).
    QString openFailureMessage(const Core::Error &error) const;

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_libraryOption;
    bool m_readOnly = false;
};

} // namespace PaperShelf::Cli
