#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `export-annotations [-o FILE]`: the full annotation archive (JSON).
class ExportAnnotationsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export-annotations"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace PaperShelf::Cli
