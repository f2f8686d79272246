#include "cli/fetchpdfcommand.h"

#include "cli/clicontext.h"
#include "core/db/paperrepository.h"
#include "net/networkaccessmanager.h"
#include "net/pdffetcher.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"), QStringLiteral("Print the report as one JSON object."));
const QCommandLineOption PdfBaseOption(
    QStringLiteral("pdf-base"),
    QStringLiteral("Where arXiv PDFs are fetched from (default %1).").arg(QStringLiteral("https://arxiv.org/pdf/")),
    QStringLiteral("URL"));

} // namespace

QString FetchPdfCommand::summary() const
{
    return QStringLiteral("Download papers' PDFs into the library's cache for offline reading.");
}

void FetchPdfCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(JsonOption);
    parser.addOption(PdfBaseOption);
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QStringLiteral("Paper ids (as `list` shows them)."),
                                 QStringLiteral("ID..."));
}

ExitCode FetchPdfCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList ids = parser.positionalArguments();
    if (ids.isEmpty()) {
        context.error(QStringLiteral("fetch-pdf: no ID given (see papershelf-cli fetch-pdf --help)"));
        return ExitCode::Usage;
    }
    QUrl base = Net::PdfFetcher::defaultArxivPdfBase();
    if (parser.isSet(PdfBaseOption)) {
        base = QUrl(parser.value(PdfBaseOption));
        if (!base.isValid() || (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https"))) {
            context.error(QStringLiteral("fetch-pdf: --pdf-base must be an http(s) URL"));
            return ExitCode::Usage;
        }
    }
    ExitCode openFailure = ExitCode::Success;
    const std::unique_ptr<Core::Database> database = context.openLibrary(CliContext::Access::Write, &openFailure);
    if (!database) {
        return openFailure;
    }
    Core::PaperRepository repository(database->connection());
    QList<Net::PdfRequest> requests;
    for (const QString &id : ids) {
        const Core::Result<std::optional<Core::PaperDetails>> paper = repository.paper(id);
        if (!paper) {
            context.error(QStringLiteral("fetch-pdf: %1").arg(paper.errorMessage()));
            return ExitCode::ItemFailed;
        }
        if (!paper->has_value()) {
            context.error(QStringLiteral("fetch-pdf: no paper with id \"%1\"").arg(id));
            return ExitCode::NotFound;
        }
        const Core::PaperDetails &details = **paper;
        requests.append({details.rowId,
                         details.id,
                         Net::PdfFetcher::pdfUrl(details.arxivId, details.arxivVersion, details.text.pdfUrl, base)});
    }

    Net::NetworkAccessManager network;
    Net::PdfFetcher fetcher(&network, database->path());
    Net::PdfRunReport report;
    QEventLoop loop;
    QObject::connect(&fetcher, &Net::PdfFetcher::finished, &loop, [&report, &loop](const Net::PdfRunReport &done) {
        report = done;
        loop.quit();
    });
    fetcher.fetch(requests);
    loop.exec();

    int failed = 0;
    QJsonArray items;
    for (const Net::PdfResult &paper : std::as_const(report.papers)) {
        QJsonObject item{{QStringLiteral("id"), paper.paperId}, {QStringLiteral("url"), paper.url.toString()}};
        if (paper.error.isEmpty()) {
            item.insert(QStringLiteral("file"), paper.file);
            item.insert(QStringLiteral("bytes"), paper.bytes);
        } else {
            item.insert(QStringLiteral("error"), paper.error);
            ++failed;
        }
        items.append(item);
    }
    if (parser.isSet(JsonOption)) {
        context.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("requested"), static_cast<int>(report.papers.size())},
            {QStringLiteral("downloaded"), static_cast<int>(report.papers.size()) - failed},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("bytes"), report.bytes},
            {QStringLiteral("papers"), items},
            {QStringLiteral("elapsed_ms"), report.elapsedMs},
        }));
    } else {
        QTextStream &out = context.out();
        for (const Net::PdfResult &paper : std::as_const(report.papers)) {
            if (paper.error.isEmpty()) {
                out << QStringLiteral("%1: %2 (%3 bytes)\n")
                           .arg(paper.paperId, paper.file, QString::number(paper.bytes));
            } else {
                out << QStringLiteral("error %1: %2\n").arg(paper.paperId, paper.error);
            }
        }
        out.flush();
    }
    return failed == 0 ? ExitCode::Success : ExitCode::ItemFailed;
}

} // namespace PaperShelf::Cli
