#include "cli/listcommand.h"

#include "cli/clicontext.h"
#include "cli/filteroptions.h"
#include "core/search/filtercodec.h"
#include "core/search/papersearch.h"
#include "core/search/shelfstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
const QCommandLineOption SortOption(QStringLiteral("sort"),
                                    QStringLiteral("relevance (default with --query), date (default), title, topics, "
                                                   "status, rating, figures, review_progress or pdf."),
                                    QStringLiteral("ORDER"));
const QCommandLineOption ShelfOption(QStringLiteral("shelf"),
                                     QStringLiteral("Start from this saved or built-in shelf (its search and sort); "
                                                    "the other filter options narrow it."),
                                     QStringLiteral("NAME"));
const QCommandLineOption LimitOption(QStringLiteral("limit"),
                                     QStringLiteral("At most N papers (default 50; 0 = all)."),
                                     QStringLiteral("N"),
                                     QStringLiteral("50"));
const QCommandLineOption OffsetOption(QStringLiteral("offset"),
                                      QStringLiteral("Skip the first N papers."),
                                      QStringLiteral("N"),
                                      QStringLiteral("0"));

const FilterOptions &filterOptions()
{
    static const FilterOptions options;
    return options;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QString ListCommand::summary() const
{
    return QStringLiteral("List papers matching a search and tag filters.");
}

void ListCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(JsonOption);
    filterOptions().addTo(parser);
    parser.addOption(ShelfOption);
    parser.addOption(SortOption);
    parser.addOption(LimitOption);
    parser.addOption(OffsetOption);
}

ExitCode ListCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    Core::ListRequest request;
    const Core::Result<Core::PaperFilter> options = filterOptions().filter(parser);
    if (!options) {
        context.error(QStringLiteral("list: %1").arg(options.errorMessage()));
        return ExitCode::Usage;
    }
    request.filter = *options;
    if (parser.isSet(SortOption)) {
        const QString sort = parser.value(SortOption);
        Core::SortOrder order = Core::SortOrder::Date;
        if (!Core::FilterCodec::parseSortOrder(sort, &order)) {
            context.error(QStringLiteral("list: --sort must be relevance, date, title, topics, status, rating, "
                                         "figures, review_progress or pdf, not \"%1\"")
                              .arg(sort));
            return ExitCode::Usage;
        }
        request.sort = order;
    }
    bool limitOk = false;
    bool offsetOk = false;
    request.limit = parser.value(LimitOption).toInt(&limitOk);
    request.offset = parser.value(OffsetOption).toInt(&offsetOk);
    if (!limitOk || !offsetOk || request.limit < 0 || request.offset < 0) {
        context.error(QStringLiteral("list: --limit and --offset take a number of 0 or more"));
        return ExitCode::Usage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        context.error(QStringLiteral("list: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
        return ExitCode::Usage;
    }

    ExitCode openFailure = ExitCode::Success;
    const std::unique_ptr<Core::Database> database = context.openLibrary(CliContext::Access::Read, &openFailure);
    if (!database) {
        return openFailure;
    }
    if (parser.isSet(ShelfOption)) {
        const Core::Result<Core::Shelf> shelf = Core::ShelfStore(database->connection())
                                                    .find(parser.value(ShelfOption));
        if (!shelf) {
            context.error(QStringLiteral("list: %1").arg(shelf.errorMessage()));
            return shelf.error().code == static_cast<int>(Core::ShelfStore::ErrorCode::NotFound) ? ExitCode::NotFound
                                                                                                 : ExitCode::ItemFailed;
        }
        const Core::Result<Core::PaperFilter> narrowed = FilterOptions::narrow(shelf->filter, *options);
        if (!narrowed) {
            context.error(QStringLiteral("list: %1").arg(narrowed.errorMessage()));
            return ExitCode::Usage;
        }
        request.filter = *narrowed;
        if (!parser.isSet(SortOption)) {
            request.sort = shelf->sort;
            request.reversed = shelf->reversed;
        }
    }
    Core::PaperSearch search(database->connection());
    const Core::Result<Core::PaperPage> page = search.list(request);
    if (!page) {
        context.error(QStringLiteral("list: %1").arg(page.errorMessage()));
        return ExitCode::ItemFailed;
    }

    if (parser.isSet(JsonOption)) {
        QJsonArray papers;
        for (const Core::PaperSummary &row : page->papers) {
            papers.append(QJsonObject{
                {QStringLiteral("id"), row.id},
                {QStringLiteral("title"), row.title},
                {QStringLiteral("date"), row.date.toString(Qt::ISODate)},
                {QStringLiteral("topics"), toArray(row.topics)},
                {QStringLiteral("tags"), toArray(row.tags)},
                {QStringLiteral("status"), Core::readingStatusName(row.status)},
                {QStringLiteral("rating"), row.rating},
                {QStringLiteral("favourite"), row.favourite},
                {QStringLiteral("has_notes"), row.hasNotes},
                {QStringLiteral("screenshots"), row.screenshots},
            });
        }
        context.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("total"), page->total}, {QStringLiteral("papers"), papers}}));
        return ExitCode::Success;
    }
    QTextStream &out = context.out();
    for (const Core::PaperSummary &row : page->papers) {
        out << row.id << QStringLiteral("  ") << row.date.toString(Qt::ISODate) << QStringLiteral("  ") << row.title;
        if (!row.topics.isEmpty()) {
            out << QStringLiteral("  [") << row.topics.join(QStringLiteral(", ")) << QLatin1Char(']');
        }
        out << QLatin1Char('\n');
    }
    out << QStringLiteral("%1 of %2 paper(s) shown\n").arg(page->papers.size()).arg(page->total);
    out.flush();
    return ExitCode::Success;
}

} // namespace PaperShelf::Cli
