#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `tags [--json] [filters]`: tags with their counts in the filtered set.
class TagsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("tags"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace PaperShelf::Cli
