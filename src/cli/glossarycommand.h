#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `glossary [list] [--json]` lists the library's glossary; `glossary add TERM
/// PREFERRED [--wrong A|B] [--note TEXT]`, `glossary remove TERM`, `glossary import
/// FILE` and `glossary export FILE` change it or move it through CSV/TSV files
/// (see Core::GlossaryCodec for the file format).
class GlossaryCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("glossary"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace PaperShelf::Cli
