#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `fetch-images [--json] [filters] [--concurrency N] [--retry-failed]`: downloads
/// the screenshots of the filtered papers (all papers without filters) into the
/// library's image cache. Exit code 1 when any image failed.
class FetchImagesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("fetch-images"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace PaperShelf::Cli
