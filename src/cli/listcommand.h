#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `list [--json] [filters] [--shelf NAME] [--sort ORDER] [--limit N] [--offset N]`.
class ListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("list"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace PaperShelf::Cli
