#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `report [--format markdown|csv] [--output FILE] [--all] [filters]` writes a
/// report of the review work on the filtered papers (see Core::ReviewReport).
class ReportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace PaperShelf::Cli
