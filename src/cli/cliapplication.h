#pragma once

#include "cli/command.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace PaperShelf::Cli {

/// `papershelf-cli [--library FILE] COMMAND [options]`: global options, the
/// command overview, and dispatch to the Command objects.
class CliApplication final
{
    Q_DISABLE_COPY_MOVE(CliApplication)

public:
    CliApplication();
    ~CliApplication();

    /// Runs with `arguments` (argv, starting with the program name); returns the exit code.
    int run(const QStringList &arguments);

    /// Every command's name, in the order of the overview (for tests and completion).
    QStringList commandNames() const;

private:
    QString overview() const;
    Command *find(const QString &name) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace PaperShelf::Cli
