#pragma once

#include "cli/command.h"
#include "core/search/paperfilter.h"

#include <QSqlDatabase>

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
    /// `--format digest`: corrected digests into the -o folder.
    ExitCode exportDigests(const QCommandLineParser &parser,
                           const Core::PaperFilter &filter,
                           const QSqlDatabase &db,
                           CliContext &context);
};

} // namespace PaperShelf::Cli
