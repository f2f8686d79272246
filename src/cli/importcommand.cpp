#include "cli/importcommand.h"

#include "cli/clicontext.h"
#include "core/import/importer.h"
#include "net/digestfetcher.h"
#include "net/networkaccessmanager.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"), QStringLiteral("Print the report as one JSON object."));

bool isUrl(const QString &argument)
{
    return argument.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || argument.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

// Adds the report of the URL half of a run to the report of the file half.
void appendReport(Core::ImportReport &into, const Core::ImportReport &from)
{
    into.files += from.files;
    into.digests += from.digests;
    into.entries += from.entries;
    into.papersAdded += from.papersAdded;
    into.papersUpdated += from.papersUpdated;
    into.papersUnchanged += from.papersUnchanged;
    into.appearancesAdded += from.appearancesAdded;
    into.screenshots += from.screenshots;
    into.skipped += from.skipped;
    into.warnings += from.warnings;
    into.errors += from.errors;
    into.bytes += from.bytes;
}

QJsonObject reportToJson(const Core::ImportReport &report)
{
    QJsonArray skipped;
    for (const auto &item : report.skipped) {
        skipped.append(QJsonObject{{QStringLiteral("path"), item.path}, {QStringLiteral("reason"), item.reason}});
    }
    QJsonArray warnings;
    for (const auto &item : report.warnings) {
        warnings.append(QJsonObject{{QStringLiteral("path"), item.path},
                                    {QStringLiteral("line"), item.line},
                                    {QStringLiteral("message"), item.message}});
    }
    QJsonArray errors;
    for (const auto &item : report.errors) {
        errors.append(QJsonObject{{QStringLiteral("path"), item.path}, {QStringLiteral("message"), item.message}});
    }
    return QJsonObject{
        {QStringLiteral("files"), report.files},
        {QStringLiteral("digests"), report.digests},
        {QStringLiteral("entries"), report.entries},
        {QStringLiteral("papers_added"), report.papersAdded},
        {QStringLiteral("papers_updated"), report.papersUpdated},
        {QStringLiteral("papers_unchanged"), report.papersUnchanged},
        {QStringLiteral("appearances_added"), report.appearancesAdded},
        {QStringLiteral("screenshots"), report.screenshots},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("elapsed_ms"), report.elapsedMs},
    };
}

void printHuman(QTextStream &out, const Core::ImportReport &report)
{
    out << QStringLiteral("Imported %1 digest(s) from %2 file(s): %3 paper entries, %4 screenshots.\n")
               .arg(report.digests)
               .arg(report.files)
               .arg(report.entries)
               .arg(report.screenshots);
    out << QStringLiteral("Papers: %1 added, %2 updated, %3 unchanged; %4 new appearance(s). (%5 ms)\n")
               .arg(report.papersAdded)
               .arg(report.papersUpdated)
               .arg(report.papersUnchanged)
               .arg(report.appearancesAdded)
               .arg(report.elapsedMs);
    for (const auto &item : report.skipped) {
        out << QStringLiteral("skipped %1: %2\n").arg(item.path, item.reason);
    }
    for (const auto &item : report.warnings) {
        // One multi-argument arg(): a path or message containing "%1" stays verbatim.
        out << QStringLiteral("warning %1:%2: %3\n").arg(item.path, QString::number(item.line), item.message);
    }
    for (const auto &item : report.errors) {
        out << QStringLiteral("error %1: %2\n").arg(item.path, item.message);
    }
    out.flush();
}

} // namespace

QString ImportCommand::summary() const
{
    return QStringLiteral("Import digest files, folders (recursively, *.md) and digest URLs into the library.");
}

void ImportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(JsonOption);
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("Digest files or folders, or http(s) URLs of digests."),
                                 QStringLiteral("PATH|URL..."));
}

ExitCode ImportCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList arguments = parser.positionalArguments();
    QStringList paths;
    QList<QUrl> urls;
    for (const QString &argument : arguments) {
        if (isUrl(argument)) {
            urls.append(QUrl(argument));
        } else {
            paths.append(argument);
        }
    }
    if (arguments.isEmpty()) {
        context.error(QStringLiteral("import: no PATH given (see papershelf-cli import --help)"));
        return ExitCode::Usage;
    }
    ExitCode openFailure = ExitCode::Success;
    const std::unique_ptr<Core::Database> database = context.openLibrary(CliContext::Access::Write, &openFailure);
    if (!database) {
        return openFailure;
    }

    Core::Importer importer(*database);
    // Progress goes to a terminal only, and only once the run has taken a second.
    QElapsedTimer timer;
    timer.start();
    bool progressShown = false;
    if (CliContext::stderrIsTerminal()) {
        importer.setProgressCallback([&context, &timer, &progressShown](int done, int total, const QString &path) {
            if (timer.elapsed() < 1000) {
                return;
            }
            progressShown = true;
            context.err() << QStringLiteral("\r\x1b[Kimporting %1/%2 %3").arg(done).arg(total).arg(path);
            context.err().flush();
        });
    }
    QElapsedTimer runTimer;
    runTimer.start();
    Core::ImportReport report;
    if (!paths.isEmpty()) {
        report = importer.importPaths(paths);
    }
    if (!urls.isEmpty()) {
        // Downloaded digests are imported on a pool thread with its own connection.
        Net::NetworkAccessManager network;
        Net::DigestFetcher fetcher(&network, database->path());
        QEventLoop loop;
        QObject::connect(&fetcher,
                         &Net::DigestFetcher::finished,
                         &loop,
                         [&report, &loop](const Core::ImportReport &fetched) {
            appendReport(report, fetched);
            loop.quit();
        });
        fetcher.fetch(urls);
        loop.exec();
    }
    report.elapsedMs = runTimer.elapsed();
    if (progressShown) {
        context.err() << QStringLiteral("\r\x1b[K");
        context.err().flush();
    }

    if (parser.isSet(JsonOption)) {
        context.printJson(QJsonDocument(reportToJson(report)));
    } else {
        printHuman(context.out(), report);
    }
    return report.errors.isEmpty() ? ExitCode::Success : ExitCode::ItemFailed;
}

} // namespace PaperShelf::Cli
