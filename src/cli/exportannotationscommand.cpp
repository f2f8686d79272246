#include "cli/exportannotationscommand.h"

#include "cli/clicontext.h"
#include "core/annotations/annotationarchive.h"
#include "core/db/database.h"
#include "core/util/filebytes.h"

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption OutputOption({QStringLiteral("o"), QStringLiteral("output")},
                                      QStringLiteral("Write to FILE instead of standard output."),
                                      QStringLiteral("FILE"));

} // namespace

QString ExportAnnotationsCommand::summary() const
{
    return QStringLiteral(
        "Write everything you made (status, rating, notes, highlights, own tags) as one JSON archive.");
}

void ExportAnnotationsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(OutputOption);
}

ExitCode ExportAnnotationsCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    ExitCode openFailure = ExitCode::Success;
    const std::unique_ptr<Core::Database> database = context.openLibrary(CliContext::Access::Read, &openFailure);
    if (!database) {
        return openFailure;
    }
    const Core::Result<QByteArray> json = Core::AnnotationArchive(database->connection()).exportAll();
    if (!json) {
        context.error(QStringLiteral("export-annotations: %1").arg(json.errorMessage()));
        return ExitCode::ItemFailed;
    }
    if (!parser.isSet(OutputOption)) {
        if (!context.writeOut(*json)) {
            context.error(QStringLiteral("export-annotations: cannot write to standard output"));
            return ExitCode::ItemFailed;
        }
        return ExitCode::Success;
    }
    const Core::Result<void> written = Core::FileBytes::writeAtomically(parser.value(OutputOption), *json);
    if (!written) {
        context.error(QStringLiteral("export-annotations: %1").arg(written.errorMessage()));
        return ExitCode::ItemFailed;
    }
    return ExitCode::Success;
}

} // namespace PaperShelf::Cli
