#include "cli/fetcharxivcommand.h"

#include "cli/clicontext.h"
#include "cli/filteroptions.h"
#include "core/db/paperrepository.h"
#include "core/search/papersearch.h"
#include "net/arxivclient.h"
#include "net/networkaccessmanager.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"), QStringLiteral("Print the report as one JSON object."));
const QCommandLineOption ApiOption(
    QStringLiteral("arxiv-api"),
    QStringLiteral("The arXiv API query URL (default %1).").arg(QStringLiteral("https://export.arxiv.org/api/query")),
    QStringLiteral("URL"));

const FilterOptions &filterOptions()
{
    static const FilterOptions options;
    return options;
}

QJsonObject paperToJson(const Net::ArxivPaperResult &paper)
{
    QJsonObject object{{QStringLiteral("id"), paper.paperId}, {QStringLiteral("arxiv_id"), paper.arxivId}};
    if (!paper.error.isEmpty()) {
        object.insert(QStringLiteral("error"), paper.error);
    }
    if (paper.record) {
        const Core::ArxivRecord &record = *paper.record;
        object.insert(QStringLiteral("version"), record.version);
        object.insert(QStringLiteral("published"), record.published.toString(Qt::ISODate));
        object.insert(QStringLiteral("updated"), record.updated.toString(Qt::ISODate));
        object.insert(QStringLiteral("primary_category"), record.primaryCategory);
        QJsonArray differences;
        for (const Core::ArxivDifference &difference : paper.differences) {
            differences.append(QJsonObject{{QStringLiteral("field"), Core::arxivFieldName(difference.field)},
                                           {QStringLiteral("digest"), difference.digestText},
                                           {QStringLiteral("arxiv"), difference.arxivText}});
        }
        object.insert(QStringLiteral("differences"), differences);
    }
    return object;
}

} // namespace

QString FetchArxivCommand::summary() const
{
    return QStringLiteral("Fetch arXiv metadata of the filtered papers and report differences with the digests.");
}

void FetchArxivCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(JsonOption);
    filterOptions().addTo(parser);
    parser.addOption(ApiOption);
}

ExitCode FetchArxivCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.positionalArguments().isEmpty()) {
        context.error(
            QStringLiteral("fetch-arxiv: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
        return ExitCode::Usage;
    }
    QUrl api;
    if (parser.isSet(ApiOption)) {
        api = QUrl(parser.value(ApiOption));
        if (!api.isValid() || (api.scheme() != QLatin1String("http") && api.scheme() != QLatin1String("https"))) {
            context.error(QStringLiteral("fetch-arxiv: --arxiv-api must be an http(s) URL"));
            return ExitCode::Usage;
        }
    }
    const Core::Result<Core::PaperFilter> filter = filterOptions().filter(parser);
    if (!filter) {
        context.error(QStringLiteral("fetch-arxiv: %1").arg(filter.errorMessage()));
        return ExitCode::Usage;
    }
    ExitCode openFailure = ExitCode::Success;
    const std::unique_ptr<Core::Database> database = context.openLibrary(CliContext::Access::Write, &openFailure);
    if (!database) {
        return openFailure;
    }
    Core::PaperSearch search(database->connection());
    const Core::Result<QList<qint64>> ids = search.ids(*filter, std::nullopt);
    if (!ids) {
        context.error(QStringLiteral("fetch-arxiv: %1").arg(ids.errorMessage()));
        return ExitCode::ItemFailed;
    }
    const Core::Result<QList<Core::PaperDetails>> papers = Core::PaperRepository(database->connection()).papers(*ids);
    if (!papers) {
        context.error(QStringLiteral("fetch-arxiv: %1").arg(papers.errorMessage()));
        return ExitCode::ItemFailed;
    }
    QList<Net::ArxivRequest> requests;
    for (const Core::PaperDetails &paper : *papers) {
        requests.append({paper.rowId, paper.id, paper.arxivId, paper.text});
    }

    Net::NetworkAccessManager network;
    Net::ArxivClient client(&network, database->path());
    if (api.isValid()) {
        client.setApiUrl(api);
    }
    if (CliContext::stderrIsTerminal()) {
        QObject::connect(&client, &Net::ArxivClient::progressed, &client, [&context](int done, int total) {
            context.err() << QStringLiteral("\r\x1b[Karxiv %1/%2").arg(done).arg(total);
            context.err().flush();
        });
    }
    Net::ArxivRunReport report;
    QEventLoop loop;
    QObject::connect(&client, &Net::ArxivClient::finished, &loop, [&report, &loop](const Net::ArxivRunReport &done) {
        report = done;
        loop.quit();
    });
    client.fetch(requests);
    loop.exec();
    if (CliContext::stderrIsTerminal()) {
        context.err() << QStringLiteral("\r\x1b[K");
        context.err().flush();
    }

    int fetched = 0;
    int differing = 0;
    int failed = 0;
    for (const Net::ArxivPaperResult &paper : std::as_const(report.papers)) {
        fetched += paper.record ? 1 : 0;
        differing += paper.differences.isEmpty() ? 0 : 1;
        failed += paper.error.isEmpty() ? 0 : 1;
    }
    if (parser.isSet(JsonOption)) {
        QJsonArray items;
        for (const Net::ArxivPaperResult &paper : std::as_const(report.papers)) {
            items.append(paperToJson(paper));
        }
        context.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("requested"), static_cast<int>(report.papers.size())},
            {QStringLiteral("fetched"), fetched},
            {QStringLiteral("with_differences"), differing},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("requests"), report.requests},
            {QStringLiteral("feed_errors"), QJsonArray::fromStringList(report.feedErrors)},
            {QStringLiteral("papers"), items},
            {QStringLiteral("elapsed_ms"), report.elapsedMs},
        }));
    } else {
        QTextStream &out = context.out();
        out << QStringLiteral("Fetched %1 of %2 paper(s) from arXiv in %3 request(s); %4 differ from the digest.\n")
                   .arg(fetched)
                   .arg(report.papers.size())
                   .arg(report.requests)
                   .arg(differing);
        for (const Net::ArxivPaperResult &paper : std::as_const(report.papers)) {
            if (!paper.error.isEmpty()) {
                out << QStringLiteral("error %1: %2\n").arg(paper.paperId, paper.error);
            }
            for (const Core::ArxivDifference &difference : paper.differences) {
                out << QStringLiteral("%1 %2 differs:\n  digest: %3\n  arXiv:  %4\n")
                           .arg(paper.paperId,
                                Core::arxivFieldName(difference.field),
                                difference.digestText,
                                difference.arxivText);
            }
        }
        for (const QString &error : std::as_const(report.feedErrors)) {
            out << QStringLiteral("arXiv: %1\n").arg(error);
        }
        out.flush();
    }
    return failed == 0 ? ExitCode::Success : ExitCode::ItemFailed;
}

} // namespace PaperShelf::Cli
