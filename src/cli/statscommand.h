#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `stats [--json]`: library-wide counts.
class StatsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("stats"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace PaperShelf::Cli
