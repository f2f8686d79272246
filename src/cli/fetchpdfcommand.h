#pragma once

#include "cli/command.h"

namespace PaperShelf::Cli {

/// `fetch-pdf [--json] [--pdf-base URL] ID...`: downloads papers' PDFs into
/// the library's cache folder and records their state.
class FetchPdfCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("fetch-pdf"); }

    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    ExitCode execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace PaperShelf::Cli
