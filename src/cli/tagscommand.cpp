#include "cli/tagscommand.h"

#include "cli/clicontext.h"
#include "cli/filteroptions.h"
#include "core/search/papersearch.h"

#include <QJsonArray>
#include <QJsonObject>

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));

const FilterOptions &filterOptions()
{
    static const FilterOptions options;
    return options;
}

} // namespace

QString TagsCommand::summary() const
{
    return QStringLiteral("List tags with the number of papers carrying them in the filtered set.");
}

void TagsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(JsonOption);
    filterOptions().addTo(parser);
}

ExitCode TagsCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.positionalArguments().isEmpty()) {
        context.error(QStringLiteral("tags: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
        return ExitCode::Usage;
    }
    const Core::Result<Core::PaperFilter> filter = filterOptions().filter(parser);
    if (!filter) {
        context.error(QStringLiteral("tags: %1").arg(filter.errorMessage()));
        return ExitCode::Usage;
    }
    ExitCode openFailure = ExitCode::Success;
    const std::unique_ptr<Core::Database> database = context.openLibrary(CliContext::Access::Read, &openFailure);
    if (!database) {
        return openFailure;
    }
    Core::PaperSearch search(database->connection());
    const Core::Result<QList<Core::TagCount>> counts = search.tagCounts(*filter);
    if (!counts) {
        context.error(QStringLiteral("tags: %1").arg(counts.errorMessage()));
        return ExitCode::ItemFailed;
    }
    if (parser.isSet(JsonOption)) {
        QJsonArray array;
        for (const Core::TagCount &count : *counts) {
            array.append(QJsonObject{{QStringLiteral("name"), count.tag.name},
                                     {QStringLiteral("kind"), Core::tagKindName(count.tag.kind)},
                                     {QStringLiteral("count"), count.count}});
        }
        context.printJson(QJsonDocument(array));
        return ExitCode::Success;
    }
    for (const Core::TagCount &count : *counts) {
        context.out()
            << QStringLiteral("%1  %2:%3\n").arg(count.count, 6).arg(Core::tagKindName(count.tag.kind), count.tag.name);
    }
    context.out().flush();
    return ExitCode::Success;
}

} // namespace PaperShelf::Cli
