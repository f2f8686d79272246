#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `export --format json|bibtex|markdown|csv [filters] [-o FILE]`.
class ExportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace PaperShelf::Cli
