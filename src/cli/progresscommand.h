#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `progress [--json]`: review progress of the library and of each digest.
class ProgressCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("progress"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace PaperShelf::Cli
