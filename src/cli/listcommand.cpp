#include "cli/listcommand.h"

#include "cli/clicontext.h"
#include "cli/filteroptions.h"
#include "core/search/papersearch.h"

#include <QJsonArray>
#include <QJsonObject>

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
const QCommandLineOption SortOption(QStringLiteral("sort"),
                                    QStringLiteral("relevance (default with --query), date (default) or title."),
                                    QStringLiteral("ORDER"));
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
    parser.addOption(SortOption);
    parser.addOption(LimitOption);
    parser.addOption(OffsetOption);
}

ExitCode ListCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    Core::ListRequest request;
    request.filter = filterOptions().filter(parser);
    if (parser.isSet(SortOption)) {
        const QString sort = parser.value(SortOption);
        if (sort == QLatin1String("relevance")) {
            request.sort = Core::SortOrder::Relevance;
        } else if (sort == QLatin1String("date")) {
            request.sort = Core::SortOrder::Date;
        } else if (sort == QLatin1String("title")) {
            request.sort = Core::SortOrder::Title;
        } else {
            context.error(QStringLiteral("list: --sort must be relevance, date or title, not \"%1\"").arg(sort));
            return ExitCode::Usage;
        }
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
