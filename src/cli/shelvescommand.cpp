#include "cli/shelvescommand.h"

#include "cli/clicontext.h"
#include "cli/filteroptions.h"
#include "core/search/filtercodec.h"
#include "core/search/papersearch.h"
#include "core/search/shelfstore.h"
#include "core/search/tagindex.h"

#include <QJsonArray>
#include <QJsonObject>

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
const QCommandLineOption SortOption(QStringLiteral("sort"),
                                    QStringLiteral("save: the shelf's order (relevance, date, title, topics, status, "
                                                   "rating, figures, review_progress or pdf)."),
                                    QStringLiteral("ORDER"));
const QCommandLineOption ReverseOption(QStringLiteral("reverse"), QStringLiteral("save: the opposite order."));

const FilterOptions &filterOptions()
{
    static const FilterOptions options;
    return options;
}

ExitCode exitCodeOf(const Core::Error &error)
{
    switch (static_cast<Core::ShelfStore::ErrorCode>(error.code)) {
    case Core::ShelfStore::ErrorCode::InvalidName:
        return ExitCode::Usage;
    case Core::ShelfStore::ErrorCode::NotFound:
        return ExitCode::NotFound;
    case Core::ShelfStore::ErrorCode::NameTaken:
    case Core::ShelfStore::ErrorCode::BuiltIn:
        break;
    }
    return ExitCode::ItemFailed;
}

QJsonObject toJson(const Core::Shelf &shelf)
{
    return QJsonObject{{QStringLiteral("id"), shelf.id},
                       {QStringLiteral("name"), shelf.name},
                       {QStringLiteral("built_in"), shelf.builtIn},
                       {QStringLiteral("search"),
                        Core::FilterCodec::toJsonObject({shelf.filter, shelf.sort, shelf.reversed})}};
}

} // namespace

QString ShelvesCommand::summary() const
{
    return QStringLiteral("List shelves (saved searches) with paper counts; save, rename or remove one.");
}

void ShelvesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("Nothing to list the shelves; save NAME (the filter options and --sort "
                                                "give its search), rename NAME NEW or remove NAME."),
                                 QStringLiteral("[save|rename|remove NAME...]"));
    parser.addOption(JsonOption);
    filterOptions().addTo(parser);
    parser.addOption(SortOption);
    parser.addOption(ReverseOption);
}

ExitCode ShelvesCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    const qsizetype expected = action.isEmpty()                  ? 0
                             : action == QLatin1String("save")   ? 2
                             : action == QLatin1String("remove") ? 2
                             : action == QLatin1String("rename") ? 3
                                                                 : -1;
    if (expected < 0) {
        context.error(QStringLiteral("shelves: unknown action \"%1\" (save, rename or remove)").arg(action));
        return ExitCode::Usage;
    }
    if (arguments.size() != expected) {
        context.error(QStringLiteral("shelves: %1 takes %2 name(s)").arg(action).arg(expected - 1));
        return ExitCode::Usage;
    }
    const Core::Result<Core::PaperFilter> filter = filterOptions().filter(parser);
    if (!filter) {
        context.error(QStringLiteral("shelves: %1").arg(filter.errorMessage()));
        return ExitCode::Usage;
    }
    const bool saving = action == QLatin1String("save");
    if (!saving && (!filter->isEmpty() || parser.isSet(SortOption) || parser.isSet(ReverseOption))) {
        context.error(QStringLiteral("shelves: filter and sort options only go with save"));
        return ExitCode::Usage;
    }
    std::optional<Core::SortOrder> sort;
    if (parser.isSet(SortOption)) {
        Core::SortOrder order = Core::SortOrder::Date;
        if (!Core::FilterCodec::parseSortOrder(parser.value(SortOption), &order)) {
            context.error(QStringLiteral("shelves: unknown --sort \"%1\"").arg(parser.value(SortOption)));
            return ExitCode::Usage;
        }
        sort = order;
    }

    ExitCode openFailure = ExitCode::Success;
    const std::unique_ptr<Core::Database> database = context.openLibrary(action.isEmpty() ? CliContext::Access::Read
                                                                                          : CliContext::Access::Write,
                                                                         &openFailure);
    if (!database) {
        return openFailure;
    }
    Core::ShelfStore store(database->connection());
    if (!action.isEmpty()) {
        QJsonObject report;
        if (saving) {
            const Core::Result<Core::Shelf> saved = store.save(arguments.at(1),
                                                               *filter,
                                                               sort,
                                                               parser.isSet(ReverseOption));
            if (!saved) {
                context.error(QStringLiteral("shelves: %1").arg(saved.errorMessage()));
                return exitCodeOf(saved.error());
            }
            report = toJson(*saved);
        } else {
            const Core::Result<Core::Shelf> shelf = store.find(arguments.at(1));
            if (!shelf) {
                context.error(QStringLiteral("shelves: %1").arg(shelf.errorMessage()));
                return exitCodeOf(shelf.error());
            }
            Core::Result<void> done;
            if (action == QLatin1String("rename")) {
                done = store.rename(shelf->id, arguments.at(2));
            } else if (const Core::Result<Core::Shelf> removed = store.remove(shelf->id); !removed) {
                done = removed.error();
            }
            if (!done) {
                context.error(QStringLiteral("shelves: %1").arg(done.errorMessage()));
                return exitCodeOf(done.error());
            }
            report = toJson(*shelf);
            if (action == QLatin1String("rename")) {
                report.insert(QStringLiteral("name"), arguments.at(2).simplified());
            }
        }
        if (parser.isSet(JsonOption)) {
            context.printJson(QJsonDocument(report));
        } else {
            context.err() << QStringLiteral("%1 shelf \"%2\"\n")
                                 .arg(saving                              ? QStringLiteral("saved")
                                      : action == QLatin1String("rename") ? QStringLiteral("renamed")
                                                                          : QStringLiteral("removed"),
                                      report.value(QStringLiteral("name")).toString());
            context.err().flush();
        }
        return ExitCode::Success;
    }

    const Core::Result<QList<Core::Shelf>> shelves = store.shelves();
    if (!shelves) {
        context.error(QStringLiteral("shelves: %1").arg(shelves.errorMessage()));
        return ExitCode::ItemFailed;
    }
    // As the GUI counts them: one count query per shelf, tag conditions from the in-memory index.
    Core::TagIndex tags(database->connection());
    Core::PaperSearch search(database->connection(), &tags);
    QJsonArray array;
    for (const Core::Shelf &shelf : *shelves) {
        const Core::Result<int> count = search.count(shelf.filter);
        if (!count) {
            context.error(QStringLiteral("shelves: %1: %2").arg(shelf.name, count.errorMessage()));
            return ExitCode::ItemFailed;
        }
        if (parser.isSet(JsonOption)) {
            QJsonObject object = toJson(shelf);
            object.insert(QStringLiteral("count"), *count);
            array.append(object);
        } else {
            context.out() << QStringLiteral("%1  %2%3\n")
                                 .arg(*count, 6)
                                 .arg(shelf.name, shelf.builtIn ? QStringLiteral("  (built-in)") : QString());
        }
    }
    if (parser.isSet(JsonOption)) {
        context.printJson(QJsonDocument(array));
    }
    context.out().flush();
    return ExitCode::Success;
}

} // namespace PaperShelf::Cli
