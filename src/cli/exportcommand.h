#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `export --format json|bibtex|csljson|ris|markdown|csv [filters] [-o FILE]`,
/// `export --format obsidian [filters] -o FOLDER` and
/// `export --format digest [--include-flagged] [filters] -o FOLDER` (corrected digests).
class ExportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;

private:
    ExitCode exportDigests(const QCommandLineParser &parser, CliContext &context);
};

} // namespace PaperShelf::Cli
