#include "cli/fetchimagescommand.h"

#include "cli/clicontext.h"
#include "cli/filteroptions.h"
#include "core/images/imagecachestore.h"
#include "core/util/librarypaths.h"
#include "net/imagefetcher.h"
#include "net/networkaccessmanager.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"), QStringLiteral("Print a JSON summary."));
const QCommandLineOption ConcurrencyOption(QStringLiteral("concurrency"),
                                           QStringLiteral("Downloads at once (default 6, at most 2 per host)."),
                                           QStringLiteral("N"));
const QCommandLineOption RetryFailedOption(QStringLiteral("retry-failed"),
                                           QStringLiteral("Also retry images that failed within the last day."));

const FilterOptions &filterOptions()
{
    static const FilterOptions options;
    return options;
}

} // namespace

QString FetchImagesCommand::summary() const
{
    return QStringLiteral("Download the screenshots of the filtered papers into the library's image cache.");
}

void FetchImagesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(JsonOption);
    parser.addOption(ConcurrencyOption);
    parser.addOption(RetryFailedOption);
    filterOptions().addTo(parser);
}

ExitCode FetchImagesCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.positionalArguments().isEmpty()) {
        context.error(
            QStringLiteral("fetch-images: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
        return ExitCode::Usage;
    }
    Net::FetchPolicy policy;
    if (parser.isSet(ConcurrencyOption)) {
        bool ok = false;
        policy.concurrency = parser.value(ConcurrencyOption).toInt(&ok);
        if (!ok || policy.concurrency < 1 || policy.concurrency > 64) {
            context.error(QStringLiteral("fetch-images: --concurrency needs a number from 1 to 64"));
            return ExitCode::Usage;
        }
    }
    const Core::Result<Core::PaperFilter> filter = filterOptions().filter(parser);
    if (!filter) {
        context.error(QStringLiteral("fetch-images: %1").arg(filter.errorMessage()));
        return ExitCode::Usage;
    }
    ExitCode openFailure = ExitCode::Success;
    const std::unique_ptr<Core::Database> database = context.openLibrary(CliContext::Access::Write, &openFailure);
    if (!database) {
        return openFailure;
    }
    QElapsedTimer clock;
    clock.start();
    Core::ImageCacheStore store(*database, Core::LibraryPaths(database->path()).imageDir());
    Core::ImageCacheStore::WorkOptions options;
    options.retryFailed = parser.isSet(RetryFailedOption);
    const Core::Result<Core::ImageWorkList> work = filter->isEmpty() ? store.workForLibrary(options)
                                                                     : store.workForFilter(*filter, options);
    if (!work) {
        context.error(QStringLiteral("fetch-images: %1").arg(work.errorMessage()));
        return ExitCode::ItemFailed;
    }

    // The command's one network manager, with the application's request policy.
    Net::NetworkAccessManager network;
    Net::ImageFetcher fetcher(&network, &store, policy);
    Net::ImageFetchSummary summary;
    QEventLoop loop;
    QObject::connect(&fetcher, &Net::ImageFetcher::finished, &loop, [&summary, &loop](const Net::ImageFetchSummary &s) {
        summary = s;
        loop.quit();
    });
    const bool showProgress = CliContext::stderrIsTerminal();
    if (showProgress) {
        QObject::connect(&fetcher,
                         &Net::ImageFetcher::progressChanged,
                         &loop,
                         [&context](int done, int failed, int total) {
            context.err()
                << QStringLiteral("\r\x1b[Kfetching images %1/%2, %3 failed").arg(done).arg(total).arg(failed);
            context.err().flush();
        });
    }
    fetcher.fetch(*work);
    loop.exec();
    if (showProgress) {
        context.err() << QStringLiteral("\r\x1b[K");
        context.err().flush();
    }
    summary.elapsedMs = clock.elapsed(); // including the work list

    if (parser.isSet(JsonOption)) {
        QJsonArray failed;
        for (const Core::ImageOutcome &outcome : std::as_const(summary.failed)) {
            failed.append(QJsonObject{{QStringLiteral("url"), outcome.url}, {QStringLiteral("error"), outcome.error}});
        }
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("requested"), summary.requested},
                                                    {QStringLiteral("downloaded"), summary.downloaded},
                                                    {QStringLiteral("cached_already"), summary.cachedAlready},
                                                    {QStringLiteral("failed"), failed},
                                                    {QStringLiteral("bytes"), summary.bytes},
                                                    {QStringLiteral("elapsed_ms"), summary.elapsedMs}}));
    } else {
        for (const Core::ImageOutcome &outcome : std::as_const(summary.failed)) {
            context.out() << QStringLiteral("failed  %1  %2\n").arg(outcome.url, outcome.error);
        }
        context.out() << QStringLiteral("%1 requested, %2 downloaded, %3 cached already, %4 failed, %5 bytes, %6 ms\n")
                             .arg(summary.requested)
                             .arg(summary.downloaded)
                             .arg(summary.cachedAlready)
                             .arg(summary.failed.size())
                             .arg(summary.bytes)
                             .arg(summary.elapsedMs);
        context.out().flush();
    }
    if (summary.offline) {
        context.error(QStringLiteral("fetch-images: the network is unreachable; stopped"));
        return ExitCode::ItemFailed;
    }
    return summary.failed.isEmpty() ? ExitCode::Success : ExitCode::ItemFailed;
}

} // namespace PaperShelf::Cli
