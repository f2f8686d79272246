#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `shelves [--json]` lists the built-in and saved shelves with their paper counts;
/// `shelves save NAME [filters] [--sort ORDER] [--reverse]`, `shelves rename NAME NEW`
/// and `shelves remove NAME` change the saved ones.
class ShelvesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("shelves"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace PaperShelf::Cli
