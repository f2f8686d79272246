#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `check [--repair] [--json]`: SQLite's integrity and foreign-key checks, the
/// full-text index and PaperShelf's own invariants (Core::LibraryCheck).
class CheckCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace PaperShelf::Cli
