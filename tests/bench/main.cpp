// papershelf-bench: measures the budgets the issues name (see tests/bench/RESULTS.md).
//
//   papershelf-bench generate --papers N --library FILE [--seed S] [--markdown DIR]
//   papershelf-bench import DIR [--runs N]
//   papershelf-bench queries --library FILE [--runs N]
//   papershelf-bench size --library FILE
//   papershelf-bench annotations --library FILE [--papers N] [--runs N]
//       (annotates the first N papers of a COPY of the library; times single edits,
//        a BibTeX export of the N papers, archive export and merge into another copy)
//   papershelf-bench shelves --library FILE [--runs N] [--query WORD]
//       (counts and pages of the built-in shelves; annotates FILE first when it has no annotations: use a copy)
//   papershelf-bench digest-url --digest FILE [--runs N]   (see netbench.h)
//   papershelf-bench arxiv-parse [--runs N]
//   papershelf-bench fetch-images [--images N] [--kb K] [--concurrency N]
//   papershelf-bench checks [--papers N] [--runs N]   (see checksbench.h; uses PAPERSHELF_CORPUS when set)
//   papershelf-bench backup --library FILE [--runs N]   (see backupbench.h; leaves FILE unchanged)
//
// Every command prints one JSON object {"benchmarks":[{"name","median_ms","p95_ms","runs",...}]}.

#include "backupbench.h"
#include "benchstats.h"
#include "checksbench.h"
#include "core/annotations/annotationarchive.h"
#include "core/annotations/annotationstore.h"
#include "core/annotations/highlightstore.h"
#include "core/annotations/usertagstore.h"
#include "core/db/database.h"
#include "core/db/paperrepository.h"
#include "core/db/paperwriter.h"
#include "core/digest/textfields.h"
#include "core/export/bibtexexporter.h"
#include "core/import/importer.h"
#include "core/search/papersearch.h"
#include "core/search/searchindex.h"
#include "core/search/tagindex.h"
#include "fetchimagesbench.h"
#include "netbench.h"
#include "shelvesbench.h"
#include "syntheticlibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace PaperShelf;

namespace {

void print(const QList<Bench::BenchStats> &benchmarks, const QJsonObject &extra = {})
{
    QJsonArray array;
    for (const Bench::BenchStats &stats : benchmarks) {
        array.append(stats.toJson());
    }
    QJsonObject root = extra;
    root.insert(QStringLiteral("benchmarks"), array);
    QTextStream(stdout) << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int fail(const QString &message)
{
    QTextStream(stderr) << "papershelf-bench: " << message << '\n';
    return 1;
}

std::unique_ptr<Core::Database> open(const QString &path)
{
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(path);
    if (!db) {
        fail(db.errorMessage());
        return nullptr;
    }
    return std::move(*db);
}

// Bytes of text the library holds (every machine text column of every entry) and the file size after a checkpoint.
QJsonObject sizeReport(Core::Database &db)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    query.exec(QStringLiteral(
        "SELECT sum(length(CAST(title AS BLOB)) + length(CAST(authors AS BLOB)) + length(CAST(abstract AS BLOB)) "
        "+ length(CAST(pdf_url AS BLOB)) + length(CAST(comment AS BLOB)) + length(CAST(links AS BLOB)) "
        "+ length(CAST(summary_zh AS BLOB)) + length(CAST(takeaways_zh AS BLOB)) "
        "+ length(CAST(structured AS BLOB)) + length(CAST(screenshots AS BLOB))) FROM entries"));
    const double textBytes = query.next() ? query.value(0).toDouble() : 0;
    const double fileBytes = static_cast<double>(QFileInfo(db.path()).size());
    return QJsonObject{{QStringLiteral("text_mb"), textBytes / 1e6},
                       {QStringLiteral("file_mb"), fileBytes / 1e6},
                       {QStringLiteral("file_to_text_ratio"), textBytes > 0 ? fileBytes / textBytes : 0}};
}

int generate(const QCommandLineParser &parser)
{
    const int papers = parser.value(QStringLiteral("papers")).toInt();
    const QString library = parser.value(QStringLiteral("library"));
    const QString markdown = parser.value(QStringLiteral("markdown"));
    if (papers <= 0 || (library.isEmpty() && markdown.isEmpty())) {
        return fail(QStringLiteral("generate needs --papers N and --library FILE (or --markdown DIR)"));
    }
    Bench::SyntheticLibrary synthetic(parser.value(QStringLiteral("seed")).toULongLong());
    std::unique_ptr<Core::Database> db;
    if (!library.isEmpty()) {
        if (QFile::exists(library)) {
            return fail(QStringLiteral("%1 exists; generate writes a new library").arg(library));
        }
        db = open(library);
        if (!db) {
            return 1;
        }
    }
    QElapsedTimer timer;
    timer.start();
    constexpr int PapersPerDay = 300;
    int digestCount = 0;
    for (int first = 0, day = 0; first < papers; first += PapersPerDay, ++day) {
        const QList<Core::ParsedDigest> digests = synthetic.day(day, first, std::min(PapersPerDay, papers - first));
        for (const Core::ParsedDigest &digest : digests) {
            const QString name = QStringLiteral("%1/%2.md").arg(digest.date.toString(Qt::ISODate), digest.topic);
            ++digestCount;
            if (db) {
                Core::PaperWriter writer(db->connection());
                const auto stored = writer.storeDigest(digest, {QStringLiteral("/synthetic/") + name, name, name});
                if (!stored) {
                    return fail(stored.errorMessage());
                }
            }
            if (!markdown.isEmpty()) {
                const QString path = QDir(markdown).filePath(name);
                QDir().mkpath(QFileInfo(path).absolutePath());
                QFile file(path);
                if (!file.open(QIODevice::WriteOnly)
                    || file.write(Bench::SyntheticLibrary::toMarkdown(digest).toUtf8()) < 0) {
                    return fail(QStringLiteral("cannot write %1").arg(path));
                }
            }
        }
        if (db && (day + 1) % 16 == 0) {
            if (const auto flushed = Core::SearchIndex(db->connection()).flushPending(); !flushed) {
                return fail(flushed.errorMessage());
            }
        }
        if (day % 20 == 0) {
            QTextStream(stderr) << "\rgenerated " << std::min(first + PapersPerDay, papers) << '/' << papers;
        }
    }
    if (db) {
        if (const auto flushed = Core::SearchIndex(db->connection()).flushPending(); !flushed) {
            return fail(flushed.errorMessage());
        }
    }
    QTextStream(stderr) << '\n';
    Bench::BenchStats stats(QStringLiteral("generate"));
    stats.add(static_cast<double>(timer.elapsed()));
    stats.extra().insert(QStringLiteral("papers"), papers);
    stats.extra().insert(QStringLiteral("digests"), digestCount);
    if (db) {
        const QJsonObject size = sizeReport(*db);
        for (auto it = size.begin(); it != size.end(); ++it) {
            stats.extra().insert(it.key(), it.value());
        }
    }
    print({stats});
    return 0;
}

int importBench(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 2) {
        return fail(QStringLiteral("import needs a DIR"));
    }
    const QString dir = parser.positionalArguments().at(1);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    Bench::BenchStats stats(QStringLiteral("import"));
    Bench::BenchStats checkpoint(QStringLiteral("import_wal_checkpoint"));
    Core::ImportReport last;
    QJsonObject size;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir temp;
        std::unique_ptr<Core::Database> db = open(temp.filePath(QStringLiteral("bench.papershelf")));
        if (!db) {
            return 1;
        }
        Core::Importer importer(*db);
        QElapsedTimer timer;
        timer.start();
        last = importer.importPaths({dir});
        stats.add(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        QElapsedTimer checkpointTimer;
        checkpointTimer.start();
        importer.checkpoint();
        checkpoint.add(static_cast<double>(checkpointTimer.nsecsElapsed()) / 1e6);
        if (!last.errors.isEmpty()) {
            return fail(
                QStringLiteral("import error: %1: %2").arg(last.errors.first().path, last.errors.first().message));
        }
        size = sizeReport(*db);
    }
    const double mb = static_cast<double>(last.bytes) / 1e6;
    stats.extra().insert(QStringLiteral("input_mb"), mb);
    stats.extra().insert(QStringLiteral("mb_per_s"), mb / (stats.median() / 1000.0));
    stats.extra().insert(QStringLiteral("peak_rss_mb"), Bench::peakRssMb());
    stats.extra().insert(QStringLiteral("files"), last.files);
    stats.extra().insert(QStringLiteral("entries"), last.entries);
    stats.extra().insert(QStringLiteral("papers"), last.papersAdded);
    for (auto it = size.begin(); it != size.end(); ++it) {
        stats.extra().insert(it.key(), it.value());
    }
    print({stats, checkpoint});
    return 0;
}

// Terms of the FTS vocabulary whose document frequency lies in [low, high] (fractions of all papers).
QStringList termsWithFrequency(Core::Database &db, double low, double high, bool cjk, int want)
{
    QSqlQuery query(db.connection());
    query.exec(
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab(main, paper_fts, row)"));
    query.exec(QStringLiteral("SELECT count(*) FROM papers"));
    const double papers = query.next() ? query.value(0).toDouble() : 0;
    query.prepare(QStringLiteral("SELECT term FROM temp.bench_vocab WHERE doc BETWEEN ? AND ? ORDER BY doc DESC"));
    query.addBindValue(static_cast<qint64>(low * papers));
    query.addBindValue(static_cast<qint64>(high * papers));
    query.exec();
    QStringList terms;
    while (query.next() && terms.size() < want) {
        const QString term = query.value(0).toString();
        const bool isCjk = term.size() == 2 && term.at(0).unicode() >= 0x4E00 && term.at(1).unicode() >= 0x4E00;
        const bool isWord = term.size() >= 4 && term.at(0).isLetter() && term.at(0).unicode() < 0x80;
        if ((cjk && isCjk) || (!cjk && isWord)) {
            terms.append(term);
        }
    }
    return terms;
}

int queries(const QCommandLineParser &parser)
{
    const std::unique_ptr<Core::Database> db = open(parser.value(QStringLiteral("library")));
    if (!db) {
        return 1;
    }
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    // As in the GUI: tag counts come from an in-memory tag index kept per connection.
    Core::TagIndex tagIndex(db->connection());
    Core::PaperSearch search(db->connection(), &tagIndex);

    const QStringList rareWords = termsWithFrequency(*db, 0.05, 0.10, false, 5);
    const QStringList commonWords = termsWithFrequency(*db, 0.25, 0.35, false, 5);
    const QStringList chinese = termsWithFrequency(*db, 0.05, 0.10, true, 5);
    const QStringList commonChinese = termsWithFrequency(*db, 0.25, 0.35, true, 5);
    const Core::Result<QList<Core::TagCount>> tags = search.tagCounts(Core::PaperFilter());
    if (!tags || tags->size() < 2 || rareWords.isEmpty() || commonWords.isEmpty() || chinese.isEmpty()
        || commonChinese.isEmpty()) {
        return fail(QStringLiteral("library too small to pick benchmark terms"));
    }
    // The two largest topics: the most expensive AND of two tags.
    QList<Core::TagSelector> twoTags;
    for (const Core::TagCount &count : *tags) {
        if (count.tag.kind == Core::TagKind::Topic && twoTags.size() < 2) {
            twoTags.append(Core::TagSelector{count.tag.name, Core::TagKind::Topic});
        }
    }

    const auto textFilters = [](const QStringList &terms) {
        QList<Core::PaperFilter> filters;
        for (const QString &term : terms) {
            Core::PaperFilter filter;
            filter.text = term;
            filters.append(filter);
        }
        return filters;
    };

    struct Case
    {
        QString name;
        QList<Core::PaperFilter> filters; // rotated through across runs
        QString description;
    };

    Core::PaperFilter tagFilter;
    tagFilter.allOf = twoTags;
    const QList<Case> cases = {
        {QStringLiteral("english_word_5_10pct"), textFilters(rareWords), rareWords.join(QLatin1Char(' '))},
        {QStringLiteral("english_word_25_35pct"), textFilters(commonWords), commonWords.join(QLatin1Char(' '))},
        {QStringLiteral("chinese_2char_5_10pct"), textFilters(chinese), chinese.join(QLatin1Char(' '))},
        {QStringLiteral("chinese_2char_25_35pct"), textFilters(commonChinese), commonChinese.join(QLatin1Char(' '))},
        {QStringLiteral("two_tags_and"),
         {tagFilter},
         twoTags.at(0).name + QStringLiteral(" AND ") + twoTags.at(1).name},
        {QStringLiteral("unfiltered_by_date"), {Core::PaperFilter()}, QString()},
    };

    QList<Bench::BenchStats> results;
    {
        // The tag index loads once per connection and again after each change to the library.
        Bench::BenchStats load(QStringLiteral("tag_index_load"));
        Core::PaperFilter any;
        any.text = rareWords.first();
        if (const auto counted = search.tagCounts(any); !counted) {
            return fail(counted.errorMessage());
        }
        load.add(static_cast<double>(tagIndex.lastLoadMs()));
        results.append(load);
    }
    for (const Case &c : cases) {
        int i = 0;
        Bench::BenchStats page = Bench::BenchStats::measure(c.name + QStringLiteral("_page_and_count"), runs, 2, [&] {
            const Core::PaperFilter &filter = c.filters.at(i++ % c.filters.size());
            const auto result = search.list(Core::ListRequest{filter, std::nullopt, 50, 0});
            if (!result || result->papers.isEmpty()) {
                fail(QStringLiteral("query failed or empty: %1").arg(filter.text));
            }
        });
        page.extra().insert(QStringLiteral("terms"), c.description);
        results.append(page);
        i = 0;
        Bench::BenchStats counts = Bench::BenchStats::measure(c.name + QStringLiteral("_tag_counts"), runs, 2, [&] {
            const auto result = search.tagCounts(c.filters.at(i++ % c.filters.size()));
            if (!result) {
                fail(result.errorMessage());
            }
        });
        results.append(counts);
    }
    QJsonObject extra = sizeReport(*db);
    print(results, extra);
    return 0;
}

} // namespace

int annotationsBench(const QCommandLineParser &parser)
{
    const QString source = parser.value(QStringLiteral("library"));
    const int count = parser.isSet(QStringLiteral("papers")) ? parser.value(QStringLiteral("papers")).toInt() : 10'000;
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    QTemporaryDir dir;
    const QString work = dir.filePath(QStringLiteral("annotated.papershelf"));
    const QString target = dir.filePath(QStringLiteral("target.papershelf"));
    if (!QFile::copy(source, work) || !QFile::copy(source, target)) {
        return fail(QStringLiteral("cannot copy %1 (run `size` first so that its WAL is checkpointed)").arg(source));
    }
    const std::unique_ptr<Core::Database> db = open(work);
    if (!db) {
        return 1;
    }
    QList<qint64> ids;
    {
        QSqlQuery query(db->connection());
        query.exec(QStringLiteral("SELECT id FROM papers ORDER BY id LIMIT %1").arg(count));
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
        }
    }
    QList<Bench::BenchStats> results;
    Core::AnnotationStore annotations(db->connection());
    Core::UserTagStore tags(db->connection());
    Core::HighlightStore highlights(db->connection());

    // Single edits, as the GUI makes them (one short transaction each).
    int n = 0;
    results.append(Bench::BenchStats::measure(QStringLiteral("edit_rating_one_paper"), runs, 3, [&] {
        ++n;
        if (const auto ok = annotations.setRating({ids.at(n % ids.size())}, 1 + n % 5); !ok) {
            fail(ok.errorMessage());
        }
    }));
    results.append(Bench::BenchStats::measure(QStringLiteral("edit_notes_one_paper"), runs, 3, [&] {
        ++n;
        (void)annotations.setNotes(ids.at(n % ids.size()), QStringLiteral("note %1 about wombats").arg(n));
    }));
    results.append(Bench::BenchStats::measure(QStringLiteral("edit_tag_100_papers"), runs, 1, [&] {
        ++n;
        (void)tags.addTag(ids.mid((n * 100) % std::max<qsizetype>(1, ids.size() - 100), 100),
                          QStringLiteral("bulk %1").arg(n));
    }));

    // Annotate every chosen paper (setup, not timed as a budget).
    QElapsedTimer setup;
    setup.start();
    (void)annotations.setStatus(ids, Core::ReadingStatus::Read);
    (void)tags.addTag(ids, QStringLiteral("benchmark"));
    for (int i = 0; i < ids.size(); ++i) {
        (void)annotations.setNotes(ids.at(i), QStringLiteral("Notes for paper %1: 值得复现").arg(i));
        (void)highlights.add(ids.at(i), Core::TextFields::Abstract, 0, 12, QStringLiteral("yellow"));
    }
    const qint64 setupMs = setup.elapsed();

    results.append(Bench::BenchStats::measure(QStringLiteral("export_bibtex"), 3, 0, [&] {
        const auto papers = Core::PaperRepository(db->connection()).papers(ids);
        const QString bib = Core::BibtexExporter::exportPapers(*papers);
        if (bib.isEmpty()) {
            fail(QStringLiteral("empty BibTeX"));
        }
    }));
    results.last().extra().insert(QStringLiteral("papers"), static_cast<int>(ids.size()));
    QByteArray archive;
    results.append(Bench::BenchStats::measure(QStringLiteral("archive_export"), 3, 0, [&] {
        archive = *Core::AnnotationArchive(db->connection()).exportAll();
    }));
    results.last().extra().insert(QStringLiteral("archive_mb"), archive.size() / 1e6);

    // Merge into a library that has none of this work yet (a fresh copy each run).
    // (one run: every run needs a fresh copy of the library, which is not timed)
    {
        const std::unique_ptr<Core::Database> other = open(target);
        QElapsedTimer merge;
        merge.start();
        const auto report = Core::AnnotationArchive(other->connection()).merge(archive);
        Bench::BenchStats stats(QStringLiteral("archive_merge_into_fresh_library"));
        stats.add(static_cast<double>(merge.elapsed()));
        if (!report || report->papers != ids.size()) {
            fail(QStringLiteral("merge: %1").arg(report ? QStringLiteral("wrong count") : report.errorMessage()));
        }
        results.append(stats);
    }
    print(results,
          QJsonObject{{QStringLiteral("papers_annotated"), static_cast<int>(ids.size())},
                      {QStringLiteral("setup_ms"), static_cast<double>(setupMs)},
                      {QStringLiteral("peak_rss_mb"), Bench::peakRssMb()}});
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PaperShelf benchmarks"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral(
                                     "generate | import DIR | queries | size | annotations | shelves | fetch-images | "
                                     "digest-url | arxiv-parse | checks | backup"));
    parser.addOption({QStringLiteral("papers"), QStringLiteral("Papers to generate."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("library"), QStringLiteral("Library file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("markdown"),
                      QStringLiteral("Also write the digests as Markdown here."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("Generator seed."), QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Timed runs."), QStringLiteral("N"), QStringLiteral("30")});
    parser.addOption(
        {QStringLiteral("query"), QStringLiteral("shelves: the word to combine with."), QStringLiteral("WORD")});
    parser.addOption(
        {QStringLiteral("digest"), QStringLiteral("Digest served by digest-url."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("images"), QStringLiteral("fetch-images: images (1000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("kb"), QStringLiteral("fetch-images: KB per image (200)."), QStringLiteral("K")});
    parser.addOption(
        {QStringLiteral("concurrency"), QStringLiteral("fetch-images: downloads at once (6)."), QStringLiteral("N")});
    parser.process(app);
    if (parser.positionalArguments().value(0) == QLatin1String("digest-url")) {
        return Bench::digestUrlBench(parser);
    }
    if (parser.positionalArguments().value(0) == QLatin1String("arxiv-parse")) {
        return Bench::arxivParseBench(parser);
    }
    const QString command = parser.positionalArguments().value(0);
    if (command == QLatin1String("generate")) {
        return generate(parser);
    }
    if (command == QLatin1String("import")) {
        return importBench(parser);
    }
    if (command == QLatin1String("fetch-images")) {
        return Bench::fetchImagesBench(parser);
    }
    if (command == QLatin1String("queries")) {
        return queries(parser);
    }
    if (command == QLatin1String("shelves")) {
        return Bench::shelvesBench(parser);
    }
    if (command == QLatin1String("annotations")) {
        return annotationsBench(parser);
    }
    if (command == QLatin1String("checks")) {
        return Bench::checksBench(parser);
    }
    if (command == QLatin1String("backup")) {
        return Bench::backupBench(parser);
    }
    if (command == QLatin1String("size")) {
        const std::unique_ptr<Core::Database> db = open(parser.value(QStringLiteral("library")));
        if (!db) {
            return 1;
        }
        print({}, sizeReport(*db));
        return 0;
    }
    parser.showHelp(2);
}
