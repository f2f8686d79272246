#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `backup [--keep N] [--list] [--json]`: a backup on demand (Core::LibraryBackup), or the list of backups.
class BackupCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("backup"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace PaperShelf::Cli
