#pragma once

#include "cli/exitcode.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace PaperShelf::Cli {

class CliContext;

/// One papershelf-cli command. run() parses the command's own arguments
/// (every command also accepts --help and --library) and calls execute().
class Command
{
public:
    Command() = default;
    virtual ~Command() = default;
    Q_DISABLE_COPY_MOVE(Command)

    virtual QString name() const = 0;
    /// One line for the command overview in `papershelf-cli --help`.
    virtual QString summary() const = 0;

    /// `arguments` starts with the command name.
    ExitCode run(const QStringList &arguments, CliContext &context);

protected:
    virtual void addOptions(QCommandLineParser &parser) = 0;
    virtual ExitCode execute(const QCommandLineParser &parser, CliContext &context) = 0;
};

} // namespace PaperShelf::Cli
