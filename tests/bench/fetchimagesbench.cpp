#include "fetchimagesbench.h"

#include "benchstats.h"
#include "core/db/database.h"
#include "core/images/imagecachestore.h"
#include "core/util/librarypaths.h"
#include "net/imagefetcher.h"
#include "net/networkaccessmanager.h"
#include "support/loopbackserver.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>

namespace PaperShelf::Bench {

int fetchImagesBench(const QCommandLineParser &parser)
{
    const int images = parser.isSet(QStringLiteral("images")) ? parser.value(QStringLiteral("images")).toInt() : 1000;
    const int kilobytes = parser.isSet(QStringLiteral("kb")) ? parser.value(QStringLiteral("kb")).toInt() : 200;
    Net::FetchPolicy policy;
    if (parser.isSet(QStringLiteral("concurrency"))) {
        policy.concurrency = parser.value(QStringLiteral("concurrency")).toInt();
    }

    // Noise does not compress: a square of side sqrt(K KB / 3 bytes) is about K KB as PNG.
    const int side = static_cast<int>(std::sqrt(kilobytes * 1024.0 / 3.0));
    QList<QByteArray> bodies;
    for (quint32 seed = 1; seed <= 4; ++seed) {
        bodies.append(TestSupport::LoopbackServer::image(QSize(side, side), "PNG", true, seed));
    }
    TestSupport::LoopbackServer server(TestSupport::LoopbackServer::Threading::OwnThread);
    if (!server.listen()) {
        QTextStream(stderr) << "papershelf-bench: cannot listen on 127.0.0.1\n";
        return 1;
    }
    Core::ImageWorkList work;
    for (int i = 0; i < images; ++i) {
        const QString path = QStringLiteral("/figures/%1.png").arg(i);
        server.route(path, TestSupport::Response::ok(bodies.at(i % bodies.size()), "image/png"));
        work.jobs.append({server.url(path).toString(), server.url(path)});
    }
    work.requested = images;

    QTemporaryDir dir;
    const QString libraryPath = dir.filePath(QStringLiteral("bench.papershelf"));
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(libraryPath);
    if (!db) {
        QTextStream(stderr) << "papershelf-bench: " << db.errorMessage() << '\n';
        return 1;
    }
    Core::ImageCacheStore store(**db, Core::LibraryPaths(libraryPath).imageDir());
    Net::NetworkAccessManager network;
    Net::ImageFetcher fetcher(&network, &store, policy);

    // The largest gap between 10 ms ticks of the fetching thread's event loop.
    QElapsedTimer sinceTick;
    qint64 largestGap = 0;
    QTimer watchdog;
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        largestGap = qMax(largestGap, sinceTick.restart());
    });

    Net::ImageFetchSummary summary;
    QEventLoop loop;
    QObject::connect(&fetcher, &Net::ImageFetcher::finished, &loop, [&](const Net::ImageFetchSummary &s) {
        summary = s;
        loop.quit();
    });
    QElapsedTimer wall;
    wall.start();
    sinceTick.start();
    watchdog.start(10);
    fetcher.fetch(work);
    loop.exec();
    watchdog.stop();
    const double ms = static_cast<double>(wall.elapsed());

    BenchStats stats(QStringLiteral("fetch_images"));
    stats.add(ms);
    stats.extra().insert(QStringLiteral("images"), images);
    stats.extra().insert(QStringLiteral("downloaded"), summary.downloaded);
    stats.extra().insert(QStringLiteral("failed"), static_cast<int>(summary.failed.size()));
    stats.extra().insert(QStringLiteral("image_kb"), bodies.first().size() / 1024.0);
    stats.extra().insert(QStringLiteral("concurrency"), policy.concurrency);
    stats.extra().insert(QStringLiteral("per_host"), policy.perHost);
    stats.extra().insert(QStringLiteral("images_per_s"), summary.downloaded / (ms / 1000.0));
    stats.extra().insert(QStringLiteral("mb_per_s"), static_cast<double>(summary.bytes) / 1e6 / (ms / 1000.0));
    stats.extra().insert(QStringLiteral("largest_event_loop_gap_ms"), largestGap);
    stats.extra().insert(QStringLiteral("peak_rss_mb"), peakRssMb());
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("benchmarks"), QJsonArray{stats.toJson()}}})
                               .toJson(QJsonDocument::Indented);
    return summary.failed.isEmpty() && summary.downloaded == images ? 0 : 1;
}

} // namespace PaperShelf::Bench
