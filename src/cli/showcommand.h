#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `show [--json] ID`: one paper with all its fields.
class ShowCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("show"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace PaperShelf::Cli
