#include "shelvesbench.h"

#include "benchstats.h"
#include "core/annotations/annotationstore.h"
#include "core/db/database.h"
#include "core/search/papersearch.h"
#include "core/search/shelfstore.h"
#include "core/search/tagindex.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTextStream>

namespace PaperShelf::Bench {

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "papershelf-bench: " << message << '\n';
    return 1;
}

// Shares of the library, by paper id: statuses on 30 %, favourites on 5 %, notes on 1 %.
QJsonObject annotate(Core::Database &db)
{
    QList<qint64> toRead;
    QList<qint64> reading;
    QList<qint64> read;
    QList<qint64> favourites;
    QList<qint64> notes;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT id FROM papers ORDER BY id"));
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id % 10 == 1) {
            toRead.append(id);
        } else if (id % 10 == 2) {
            reading.append(id);
        } else if (id % 10 == 3) {
            read.append(id);
        }
        if (id % 20 == 4) {
            favourites.append(id);
        }
        if (id % 100 == 5) {
            notes.append(id);
        }
    }
    QElapsedTimer timer;
    timer.start();
    Core::AnnotationStore store(db.connection());
    (void)store.setStatus(toRead, Core::ReadingStatus::ToRead);
    (void)store.setStatus(reading, Core::ReadingStatus::Reading);
    (void)store.setStatus(read, Core::ReadingStatus::Read);
    (void)store.setFavourite(favourites, true);
    for (const qint64 id : std::as_const(notes)) {
        (void)store.setNotes(id, QStringLiteral("Benchmark note %1: 值得复现").arg(id));
    }
    return QJsonObject{{QStringLiteral("to_read"), static_cast<int>(toRead.size())},
                       {QStringLiteral("reading"), static_cast<int>(reading.size())},
                       {QStringLiteral("read"), static_cast<int>(read.size())},
                       {QStringLiteral("favourites"), static_cast<int>(favourites.size())},
                       {QStringLiteral("notes"), static_cast<int>(notes.size())},
                       {QStringLiteral("setup_ms"), static_cast<double>(timer.elapsed())}};
}

} // namespace

int shelvesBench(const QCommandLineParser &parser)
{
    Core::Result<std::unique_ptr<Core::Database>> opened = Core::Database::open(
        parser.value(QStringLiteral("library")));
    if (!opened) {
        return fail(opened.errorMessage());
    }
    Core::Database &db = **opened;
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QJsonObject extra;
    {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT count(*) FROM annotations"));
        if (query.next() && query.value(0).toInt() == 0) {
            extra.insert(QStringLiteral("annotated"), annotate(db));
        }
    }
    Core::TagIndex tagIndex(db.connection());
    Core::PaperSearch gui(db.connection(), &tagIndex);
    Core::PaperSearch cli(db.connection());

    // The largest topic and a word in about a third of the papers, to combine with.
    const Core::Result<QList<Core::TagCount>> tags = gui.tagCounts(Core::PaperFilter());
    if (!tags || tags->isEmpty()) {
        return fail(QStringLiteral("library has no tags"));
    }
    Core::TagSelector topic;
    for (const Core::TagCount &count : *tags) {
        if (count.tag.kind == Core::TagKind::Topic) {
            topic = Core::TagSelector{count.tag.name, Core::TagKind::Topic};
            break;
        }
    }
    QString word = parser.value(QStringLiteral("query"));
    if (word.isEmpty()) {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.shelves_vocab USING fts5vocab(main, paper_fts, row)"));
        query.exec(QStringLiteral("SELECT term FROM temp.shelves_vocab WHERE doc BETWEEN (SELECT count(*) FROM papers)"
                                  " * 25 / 100 AND (SELECT count(*) FROM papers) * 35 / 100 AND length(term) >= 4"
                                  " AND term GLOB '[a-z]*' ORDER BY doc DESC LIMIT 1"));
        word = query.next() ? query.value(0).toString() : QStringLiteral("model");
    }

    QList<Bench::BenchStats> results;
    QJsonArray counts;
    const QList<Core::Shelf> shelves = Core::ShelfStore::builtIns();
    for (const Core::Shelf &shelf : shelves) {
        const QString key = shelf.id == Core::ShelfStore::LatestDigestId ? QStringLiteral("latest_digest")
                          : shelf.id == Core::ShelfStore::ToReadId       ? QStringLiteral("to_read")
                          : shelf.id == Core::ShelfStore::FavouritesId   ? QStringLiteral("favourites")
                                                                         : QStringLiteral("has_notes");
        Core::PaperFilter combined = shelf.filter;
        combined.text = word;
        combined.allOf = {topic};
        const QList<QPair<QString, Core::PaperFilter>> filters = {{key, shelf.filter},
                                                                  {key + QStringLiteral("_word_topic"), combined}};
        for (const auto &[name, filter] : filters) {
            int matches = -1;
            results.append(BenchStats::measure(name + QStringLiteral("_count_gui"), runs, 2, [&] {
                const Core::Result<int> count = gui.count(filter);
                if (!count) {
                    fail(count.errorMessage());
                }
                matches = count ? *count : -1;
            }));
            results.last().extra().insert(QStringLiteral("matches"), matches);
            results.append(BenchStats::measure(name + QStringLiteral("_count_cli"), runs, 2, [&] {
                const Core::Result<int> count = cli.count(filter);
                if (!count || *count != matches) {
                    fail(QStringLiteral("%1: SQL and memory disagree").arg(name));
                }
            }));
            results.append(BenchStats::measure(name + QStringLiteral("_page_and_count"), runs, 2, [&] {
                const auto page = gui.list(Core::ListRequest{filter, shelf.sort, 50, 0});
                if (!page || page->total != matches) {
                    fail(QStringLiteral("%1: list failed").arg(name));
                }
            }));
            counts.append(QJsonObject{{QStringLiteral("shelf"), name}, {QStringLiteral("matches"), matches}});
        }
    }
    // What the left panel does on every library change: count all four built-ins.
    results.append(BenchStats::measure(QStringLiteral("all_builtin_counts_gui"), runs, 2, [&] {
        for (const Core::Shelf &shelf : shelves) {
            (void)gui.count(shelf.filter);
        }
    }));
    extra.insert(QStringLiteral("word"), word);
    extra.insert(QStringLiteral("topic"), topic.name);
    extra.insert(QStringLiteral("matches"), counts);
    QJsonArray array;
    for (const Bench::BenchStats &stats : results) {
        array.append(stats.toJson());
    }
    extra.insert(QStringLiteral("benchmarks"), array);
    QTextStream(stdout) << QJsonDocument(extra).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace PaperShelf::Bench
