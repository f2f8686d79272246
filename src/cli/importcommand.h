#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `import [--json] PATH...`: imports digest files and folders.
class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace PaperShelf::Cli
