#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `fetch-arxiv [--json] [filters] [--arxiv-api URL]`: fetches the arXiv
/// records of the filtered papers, stores them and reports where they differ
/// from the digests (the digests' text is left as it is).
class FetchArxivCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("fetch-arxiv"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace PaperShelf::Cli
