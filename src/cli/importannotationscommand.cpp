#include "cli/importannotationscommand.h"

#include "cli/clicontext.h"
#include "core/annotations/annotationarchive.h"
#include "core/db/database.h"
#include "core/util/filebytes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"), QStringLiteral("Print the merge report as JSON."));

} // namespace

QString ImportAnnotationsCommand::summary() const
{
    return QStringLiteral("Merge an annotation archive: the newer edit wins per item; conflicts are listed.");
}

void ImportAnnotationsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(JsonOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("An archive from export-annotations."));
}

ExitCode ImportAnnotationsCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    if (parser.positionalArguments().size() != 1) {
        context.error(QStringLiteral("import-annotations: give exactly one FILE"));
        return ExitCode::Usage;
    }
    const QString path = parser.positionalArguments().first();
    const Core::Result<QByteArray> json = Core::FileBytes::read(path);
    if (!json) {
        context.error(QStringLiteral("import-annotations: %1").arg(json.errorMessage()));
        return ExitCode::ItemFailed;
    }
    ExitCode openFailure = ExitCode::Success;
    const std::unique_ptr<Core::Database> database = context.openLibrary(CliContext::Access::Write, &openFailure);
    if (!database) {
        return openFailure;
    }
    const Core::Result<Core::ArchiveMergeReport> report = Core::AnnotationArchive(database->connection()).merge(*json);
    if (!report) {
        context.error(QStringLiteral("import-annotations: %1: %2").arg(path, report.errorMessage()));
        return ExitCode::ItemFailed;
    }
    if (parser.isSet(JsonOption)) {
        QJsonArray conflicts;
        for (const Core::ArchiveMergeReport::Conflict &c : report->conflicts) {
            conflicts.append(QJsonObject{{QStringLiteral("paper"), c.paperId},
                                         {QStringLiteral("item"), c.item},
                                         {QStringLiteral("kept"), c.kept}});
        }
        QJsonArray skipped;
        for (const Core::ArchiveMergeReport::Skipped &s : report->skipped) {
            skipped.append(QJsonObject{{QStringLiteral("paper"), s.paperId}, {QStringLiteral("title"), s.title}});
        }
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("papers"), report->papers},
                                                    {QStringLiteral("annotations_taken"), report->annotationsTaken},
                                                    {QStringLiteral("highlights_added"), report->highlightsAdded},
                                                    {QStringLiteral("highlights_updated"), report->highlightsUpdated},
                                                    {QStringLiteral("tags_added"), report->tagsAdded},
                                                    {QStringLiteral("conflicts"), conflicts},
                                                    {QStringLiteral("skipped"), skipped},
                                                    {QStringLiteral("warning"), report->warning}}));
    } else {
        QTextStream &out = context.out();
        out << QStringLiteral("Merged %1 paper(s): %2 annotation(s) taken, %3 highlight(s) added, %4 updated, "
                              "%5 tag link(s) added\n")
                   .arg(report->papers)
                   .arg(report->annotationsTaken)
                   .arg(report->highlightsAdded)
                   .arg(report->highlightsUpdated)
                   .arg(report->tagsAdded);
        for (const Core::ArchiveMergeReport::Conflict &c : report->conflicts) {
            out << QStringLiteral("conflict %1 %2: kept the %3's (newer) version\n").arg(c.paperId, c.item, c.kept);
        }
        for (const Core::ArchiveMergeReport::Skipped &s : report->skipped) {
            out << QStringLiteral("skipped %1 (%2): not in this library\n").arg(s.paperId, s.title);
        }
        if (!report->warning.isEmpty()) {
            out << QStringLiteral("warning: %1\n").arg(report->warning);
        }
        out.flush();
    }
    return ExitCode::Success;
}

} // namespace PaperShelf::Cli
