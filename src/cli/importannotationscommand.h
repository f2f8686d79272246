#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `import-annotations [--json] FILE`: merges an annotation archive into the library.
class ImportAnnotationsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import-annotations"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace PaperShelf::Cli
