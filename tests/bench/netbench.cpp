#include "netbench.h"

#include "benchstats.h"
#include "core/arxiv/arxivfeedparser.h"
#include "core/db/database.h"
#include "net/digestfetcher.h"
#include "net/networkaccessmanager.h"
#include "support/loopbackserver.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

namespace PaperShelf::Bench {

namespace {

void print(const BenchStats &stats)
{
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("benchmarks"), QJsonArray{stats.toJson()}}})
                               .toJson(QJsonDocument::Indented);
}

// A feed in the arXiv API's format: 50 entries of typical size (5 authors, a
// 1,200-character abstract wrapped at 80 columns as the API wraps it).
QByteArray generatedFeed(int entries)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                     "  <id>http://arxiv.org/api/bench</id>\n";
    QByteArray abstract;
    while (abstract.size() < 1200) {
        abstract += "We study a relightable radiance field with learned priors and sparse views;\n";
    }
    for (int i = 0; i < entries; ++i) {
        const QByteArray id = "2403." + QByteArray::number(10000 + i);
        xml += "  <entry>\n    <id>http://arxiv.org/abs/" + id
             + "v2</id>\n"
               "    <updated>2024-03-02T10:00:00Z</updated>\n    <published>2024-03-01T10:00:00Z</published>\n"
               "    <title>A Benchmark Title for Paper "
             + id
             + "\n  with a Wrapped Second Line</title>\n"
               "    <summary>  "
             + abstract + "</summary>\n";
        for (int a = 0; a < 5; ++a) {
            xml += "    <author>\n      <name>Author " + QByteArray::number(a) + " Name</name>\n    </author>\n";
        }
        xml += "    <link href=\"http://arxiv.org/abs/" + id
             + "v2\" rel=\"alternate\" type=\"text/html\"/>\n"
               "    <link title=\"pdf\" href=\"http://arxiv.org/pdf/"
             + id
             + "v2\" rel=\"related\" "
               "type=\"application/pdf\"/>\n"
               "    <arxiv:primary_category xmlns:arxiv=\"http://arxiv.org/schemas/atom\" term=\"cs.CV\" "
               "scheme=\"http://arxiv.org/schemas/atom\"/>\n"
               "    <category term=\"cs.CV\" scheme=\"http://arxiv.org/schemas/atom\"/>\n  </entry>\n";
    }
    return xml + "</feed>\n";
}

} // namespace

int digestUrlBench(const QCommandLineParser &parser)
{
    QFile file(parser.value(QStringLiteral("digest")));
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "papershelf-bench: digest-url needs --digest FILE\n";
        return 2;
    }
    const QByteArray digest = file.readAll();
    TestSupport::LoopbackServer server(TestSupport::LoopbackServer::Threading::OwnThread);
    if (!server.listen()) {
        QTextStream(stderr) << "papershelf-bench: cannot listen on 127.0.0.1\n";
        return 1;
    }
    server.route(QStringLiteral("/digest.md"), TestSupport::Response::ok(digest, "text/markdown"));
    const QUrl url = server.url(QStringLiteral("/digest.md"));
    Net::NetworkAccessManager network;
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    int papers = 0;
    BenchStats stats(QStringLiteral("digest_by_url_import"));
    for (int run = 0; run < runs + 1; ++run) {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("bench.papershelf"));
        if (!Core::Database::open(library)) { // created outside the timing, as a user's library exists
            return 1;
        }
        Net::DigestFetcher fetcher(&network, library);
        QEventLoop loop;
        QObject::connect(&fetcher, &Net::DigestFetcher::finished, &loop, [&loop, &papers](const Core::ImportReport &r) {
            papers = r.papersAdded;
            loop.quit();
        });
        QElapsedTimer timer;
        timer.start();
        fetcher.fetch({url});
        loop.exec();
        if (run > 0) { // the first run warms up
            stats.add(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
    }
    stats.extra().insert(QStringLiteral("digest_bytes"), digest.size());
    stats.extra().insert(QStringLiteral("papers"), papers);
    print(stats);
    return 0;
}

int arxivParseBench(const QCommandLineParser &parser)
{
    const QByteArray feed = generatedFeed(50);
    int records = 0;
    BenchStats stats = BenchStats::measure(QStringLiteral("arxiv_parse_50"),
                                           parser.value(QStringLiteral("runs")).toInt(),
                                           3,
                                           [&feed, &records]() {
        const auto parsed = Core::ArxivFeedParser::parse(feed);
        records = parsed ? static_cast<int>(parsed->records.size()) : -1;
    });
    stats.extra().insert(QStringLiteral("feed_bytes"), feed.size());
    stats.extra().insert(QStringLiteral("records"), records);
    print(stats);
    return records == 50 ? 0 : 1;
}

} // namespace PaperShelf::Bench
