#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `restore BACKUP [--json]`: replaces the library with a backup, keeping the current file aside.
class RestoreCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("restore"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace PaperShelf::Cli
