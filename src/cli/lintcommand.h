#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `lint [--json] [--check ID] [--severity LEVEL] [filters]`: brings the stored
/// check findings up to date, then prints those of the selected papers.
class LintCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("lint"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace PaperShelf::Cli
