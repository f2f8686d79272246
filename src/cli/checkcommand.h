#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `check [--json]`: integrity of the file, its foreign keys and the full-text index.
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
