#include "core/backup/librarycheck.h"

#include "core/db/database.h"
#include "core/db/sqlquery.h"
#include "core/search/searchindex.h"
#include "core/util/librarypaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace PaperShelf::Core {

namespace {

QString trn(const char *text, qint64 n)
{
    return LibraryCheck::tr(text, nullptr, static_cast<int>(n));
}

/// One of our invariants: rows matching `where` in `table` are a problem, and
/// the repair runs `repair` (each statement once, in order).
struct Invariant
{
    const char *id;
    const char *description; ///< translatable (QT_TRANSLATE_N_NOOP, LibraryCheck context), with %n for the count
    QString count;
    QStringList repair;
};

const QString NoPaper = QStringLiteral("NOT EXISTS(SELECT 1 FROM papers p WHERE p.id = %1.paper_id)");

QString noPaper(const QString &table)
{
    return NoPaper.arg(table);
}

// The order matters for the repair: orphans go before the counts that include them.
const QList<Invariant> &invariants()
{
    static const QList<Invariant> list = [] {
        const QString orphanEntries = noPaper(QStringLiteral("entries"))
                                    + QStringLiteral(
                                          " OR NOT EXISTS(SELECT 1 FROM digests d WHERE d.id = entries.digest_id)");
        const QString orphanPaperTags = noPaper(QStringLiteral("paper_tags"))
                                      + QStringLiteral(
                                            " OR NOT EXISTS(SELECT 1 FROM tags t WHERE t.id = paper_tags.tag_id)");
        const QString orphanSegments = noPaper(QStringLiteral("review_segments"));
        const QString noSegment = QStringLiteral(
            "NOT EXISTS(SELECT 1 FROM review_segments s WHERE s.id = %1.segment_id)");
        const QString danglingEntry = QStringLiteral("current_entry_id IS NOT NULL AND NOT EXISTS(SELECT 1 FROM "
                                                     "entries e WHERE e.id = papers.current_entry_id)");
        const QString emptyTags = QStringLiteral(
            "kind <> 'user' AND NOT EXISTS(SELECT 1 FROM paper_tags pt WHERE pt.tag_id = tags.id)");
        const QString wrongCounts = QStringLiteral(
            "paper_count <> (SELECT count(*) FROM paper_tags pt WHERE pt.tag_id = tags.id)");
        return QList<Invariant>{
            {"orphan_entries",
             QT_TRANSLATE_N_NOOP("PaperShelf::Core::LibraryCheck",
                                 "%n digest appearance(s) whose paper or digest is gone"),
             QStringLiteral("SELECT count(*) FROM entries WHERE ") + orphanEntries,
             {QStringLiteral("DELETE FROM entries WHERE ") + orphanEntries}},
            {"dangling_current_entry",
             QT_TRANSLATE_N_NOOP("PaperShelf::Core::LibraryCheck",
                                 "%n paper(s) pointing at a digest appearance that is gone"),
             QStringLiteral("SELECT count(*) FROM papers WHERE ") + danglingEntry,
             {QStringLiteral("UPDATE papers SET current_entry_id = (SELECT e.id FROM entries e"
                             " JOIN digests d ON d.id = e.digest_id WHERE e.paper_id = papers.id"
                             " ORDER BY d.date DESC, e.id DESC LIMIT 1) WHERE ")
              + danglingEntry}},
            {"orphan_paper_tags",
             QT_TRANSLATE_N_NOOP("PaperShelf::Core::LibraryCheck", "%n tag link(s) whose paper or tag is gone"),
             QStringLiteral("SELECT count(*) FROM paper_tags WHERE ") + orphanPaperTags,
             {QStringLiteral("DELETE FROM paper_tags WHERE ") + orphanPaperTags}},
            {"orphan_paper_data",
             QT_TRANSLATE_N_NOOP("PaperShelf::Core::LibraryCheck",
                                 "%n screenshot, arXiv, PDF or search-queue row(s) whose paper is gone"),
             QStringLiteral("SELECT (SELECT count(*) FROM screenshots WHERE %1)"
                            " + (SELECT count(*) FROM arxiv_metadata WHERE %2)"
                            " + (SELECT count(*) FROM pdf_cache WHERE %3)"
                            " + (SELECT count(*) FROM fts_pending WHERE %4)")
                 .arg(noPaper(QStringLiteral("screenshots")),
                      noPaper(QStringLiteral("arxiv_metadata")),
                      noPaper(QStringLiteral("pdf_cache")),
                      noPaper(QStringLiteral("fts_pending"))),
             {QStringLiteral("DELETE FROM screenshots WHERE ") + noPaper(QStringLiteral("screenshots")),
              QStringLiteral("DELETE FROM arxiv_metadata WHERE ") + noPaper(QStringLiteral("arxiv_metadata")),
              QStringLiteral("DELETE FROM pdf_cache WHERE ") + noPaper(QStringLiteral("pdf_cache")),
              QStringLiteral("DELETE FROM fts_pending WHERE ") + noPaper(QStringLiteral("fts_pending"))}},
            {"orphan_segments",
             QT_TRANSLATE_N_NOOP("PaperShelf::Core::LibraryCheck", "%n review segment(s) whose paper is gone"),
             QStringLiteral("SELECT count(*) FROM review_segments WHERE ") + orphanSegments,
             {QStringLiteral("DELETE FROM review_history WHERE segment_id IN (SELECT id FROM review_segments WHERE ")
                  + orphanSegments + QLatin1Char(')'),
              QStringLiteral("DELETE FROM review_findings WHERE segment_id IN (SELECT id FROM review_segments WHERE ")
                  + orphanSegments + QLatin1Char(')'),
              QStringLiteral("DELETE FROM review_segments WHERE ") + orphanSegments}},
            {"orphan_review_rows",
             QT_TRANSLATE_N_NOOP("PaperShelf::Core::LibraryCheck",
                                 "%n review history or finding row(s) whose segment is gone"),
             QStringLiteral("SELECT (SELECT count(*) FROM review_history WHERE %1)"
                            " + (SELECT count(*) FROM review_findings WHERE %2)")
                 .arg(noSegment.arg(QStringLiteral("review_history")),
                      noSegment.arg(QStringLiteral("review_findings"))),
             {QStringLiteral("DELETE FROM review_history WHERE ") + noSegment.arg(QStringLiteral("review_history")),
              QStringLiteral("DELETE FROM review_findings WHERE ") + noSegment.arg(QStringLiteral("review_findings"))}},
            {"orphan_annotations",
             QT_TRANSLATE_N_NOOP("PaperShelf::Core::LibraryCheck",
                                 "%n note or highlight row(s) of papers no longer in the library (the backups keep "
                                 "them)"),
             QStringLiteral("SELECT (SELECT count(*) FROM annotations WHERE %1)"
                            " + (SELECT count(*) FROM highlights WHERE %2)")
                 .arg(noPaper(QStringLiteral("annotations")), noPaper(QStringLiteral("highlights"))),
             {QStringLiteral("DELETE FROM annotations WHERE ") + noPaper(QStringLiteral("annotations")),
              QStringLiteral("DELETE FROM highlights WHERE ") + noPaper(QStringLiteral("highlights"))}},
            {"empty_machine_tags",
             QT_TRANSLATE_N_NOOP("PaperShelf::Core::LibraryCheck", "%n topic or keyword tag(s) with no papers"),
             QStringLiteral("SELECT count(*) FROM tags WHERE ") + emptyTags,
             {QStringLiteral("DELETE FROM tags WHERE ") + emptyTags}},
            {"tag_counts",
             QT_TRANSLATE_N_NOOP("PaperShelf::Core::LibraryCheck", "%n tag(s) with a wrong paper count"),
             QStringLiteral("SELECT count(*) FROM tags WHERE ") + wrongCounts,
             {QStringLiteral("UPDATE tags SET paper_count = (SELECT count(*) FROM paper_tags pt"
                             " WHERE pt.tag_id = tags.id) WHERE ")
              + wrongCounts}},
        };
    }();
    return list;
}

const char *const MissingImagesId = "missing_image_files";
const char *const MissingPdfsId = "missing_pdf_files";
const char *const IntegrityId = "integrity";
const char *const ForeignKeysId = "foreign_keys";
const char *const FullTextId = "full_text_index";

} // namespace

LibraryCheck::LibraryCheck(const QSqlDatabase &db, QString libraryPath)
    : m_db(db)
    , m_libraryPath(std::move(libraryPath))
{
}

QStringList LibraryCheck::invariantIds()
{
    QStringList ids = {QLatin1String(IntegrityId), QLatin1String(ForeignKeysId), QLatin1String(FullTextId)};
    for (const Invariant &invariant : invariants()) {
        ids.append(QLatin1String(invariant.id));
    }
    ids.append(QLatin1String(MissingImagesId));
    ids.append(QLatin1String(MissingPdfsId));
    return ids;
}

Result<QList<QString>> LibraryCheck::cachedFilesMissing(const QString &table,
                                                        const QString &keyColumn,
                                                        const QString &dir)
{
    // Names come from this file, never from input; PRAGMA-free SQL with no values.
    SqlQuery query(m_db, QStringLiteral("SELECT %1, file FROM %2 WHERE state = 'cached'").arg(keyColumn, table));
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    QList<QString> missing;
    const QDir folder(dir);
    while (query.next()) {
        const QString file = query.value(1).toString();
        if (file.isEmpty() || !QFileInfo(folder.filePath(file)).isFile()) {
            missing.append(query.value(0).toString());
        }
    }
    return missing;
}

Result<QList<LibraryProblem>> LibraryCheck::find()
{
    QList<LibraryProblem> problems;
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
            return Database::describe(query.lastError(), QStringLiteral("integrity_check"));
        }
        QStringList lines;
        while (query.next()) {
            if (query.value(0).toString() != QLatin1String("ok")) {
                lines.append(query.value(0).toString());
            }
        }
        if (!lines.isEmpty()) {
            problems.append({QLatin1String(IntegrityId),
                             tr("The file is damaged (%n problem(s) reported by SQLite; restore a backup): %1",
                                nullptr,
                                static_cast<int>(lines.size()))
                                 .arg(lines.first()),
                             lines.size(),
                             false,
                             false});
        }
    }
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            return Database::describe(query.lastError(), QStringLiteral("foreign_key_check"));
        }
        qint64 rows = 0;
        QStringList tables;
        while (query.next()) {
            ++rows;
            if (!tables.contains(query.value(0).toString())) {
                tables.append(query.value(0).toString());
            }
        }
        if (rows > 0) {
            problems.append({QLatin1String(ForeignKeysId),
                             tr("%n row(s) referring to rows that are gone (in %1)", nullptr, static_cast<int>(rows))
                                 .arg(tables.join(QStringLiteral(", "))),
                             rows,
                             true,
                             false});
        }
    }
    {
        // The FTS5 check is written as an INSERT, so it needs a writable connection.
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("INSERT INTO paper_fts(paper_fts) VALUES('integrity-check')"))) {
            const int native = query.lastError().nativeErrorCode().toInt() & 0xff;
            constexpr int SqliteReadOnly = 8;
            if (native != SqliteReadOnly) {
                problems.append({QLatin1String(FullTextId),
                                 tr("The full-text index is damaged: %1").arg(query.lastError().databaseText()),
                                 1,
                                 true,
                                 false});
            }
        }
    }
    for (const Invariant &invariant : invariants()) {
        SqlQuery query(m_db, invariant.count);
        const Result<QVariant> count = query.scalar();
        if (!count) {
            return count.error();
        }
        if (count->toLongLong() > 0) {
            problems.append({QLatin1String(invariant.id),
                             trn(invariant.description, count->toLongLong()),
                             count->toLongLong(),
                             !invariant.repair.isEmpty(),
                             false});
        }
    }
    const LibraryPaths paths(m_libraryPath);
    const Result<QList<QString>> images = cachedFilesMissing(QStringLiteral("image_cache"),
                                                             QStringLiteral("url"),
                                                             paths.imageDir());
    if (!images) {
        return images.error();
    }
    if (!images->isEmpty()) {
        problems.append({QLatin1String(MissingImagesId),
                         tr("%n screenshot(s) marked as downloaded whose cached file is missing",
                            nullptr,
                            static_cast<int>(images->size())),
                         images->size(),
                         true,
                         false});
    }
    const Result<QList<QString>> pdfs = cachedFilesMissing(QStringLiteral("pdf_cache"),
                                                           QStringLiteral("paper_id"),
                                                           paths.pdfDir());
    if (!pdfs) {
        return pdfs.error();
    }
    if (!pdfs->isEmpty()) {
        problems.append(
            {QLatin1String(MissingPdfsId),
             tr("%n PDF(s) marked as downloaded whose cached file is missing", nullptr, static_cast<int>(pdfs->size())),
             pdfs->size(),
             true,
             false});
    }
    return problems;
}

Result<void> LibraryCheck::repair(const QList<LibraryProblem> &problems)
{
    QStringList ids;
    for (const LibraryProblem &problem : problems) {
        ids.append(problem.id);
    }
    const bool orphans = ids.contains(QLatin1String(ForeignKeysId));
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    for (const Invariant &invariant : invariants()) {
        // A foreign-key problem is repaired by the orphan invariants, whichever of them counted it.
        if (!ids.contains(QLatin1String(invariant.id)) && !orphans) {
            continue;
        }
        for (const QString &sql : invariant.repair) {
            SqlQuery query(m_db, sql);
            if (auto ok = query.exec(); !ok) {
                return ok;
            }
        }
    }
    const LibraryPaths paths(m_libraryPath);
    if (ids.contains(QLatin1String(MissingImagesId))) {
        const Result<QList<QString>> urls = cachedFilesMissing(QStringLiteral("image_cache"),
                                                               QStringLiteral("url"),
                                                               paths.imageDir());
        if (!urls) {
            return urls.error();
        }
        SqlQuery query(m_db,
                       QStringLiteral("UPDATE image_cache SET state = 'missing', file = NULL, bytes = NULL,"
                                      " width = NULL, height = NULL, error = NULL, fetched_at = NULL"
                                      " WHERE url IN (SELECT value FROM json_each(?))"));
        query.add(jsonArray(QStringList(*urls)));
        if (auto ok = query.exec(); !ok) {
            return ok;
        }
    }
    if (ids.contains(QLatin1String(MissingPdfsId))) {
        const Result<QList<QString>> papers = cachedFilesMissing(QStringLiteral("pdf_cache"),
                                                                 QStringLiteral("paper_id"),
                                                                 paths.pdfDir());
        if (!papers) {
            return papers.error();
        }
        SqlQuery query(m_db,
                       QStringLiteral("UPDATE pdf_cache SET state = 'missing', file = NULL, bytes = NULL,"
                                      " error = NULL, fetched_at = NULL"
                                      " WHERE paper_id IN (SELECT CAST(value AS INTEGER) FROM json_each(?))"));
        query.add(jsonArray(QStringList(*papers)));
        if (auto ok = query.exec(); !ok) {
            return ok;
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    // A paper's indexed text follows its current entry, so a changed one (or a
    // damaged index) means indexing everything again.
    if (ids.contains(QLatin1String(FullTextId)) || ids.contains(QLatin1String("dangling_current_entry"))) {
        SearchIndex index(m_db);
        if (auto rebuilt = index.rebuild(); !rebuilt) {
            return rebuilt;
        }
    }
    return {};
}

Result<QList<LibraryProblem>> LibraryCheck::run(Mode mode)
{
    Result<QList<LibraryProblem>> found = find();
    if (!found || mode == Mode::Report || found->isEmpty()) {
        return found;
    }
    QList<LibraryProblem> problems = *found;
    QList<LibraryProblem> repairable;
    for (const LibraryProblem &problem : problems) {
        if (problem.repairable) {
            repairable.append(problem);
        }
    }
    if (repairable.isEmpty()) {
        return problems;
    }
    if (auto repaired = repair(repairable); !repaired) {
        return repaired.error();
    }
    const Result<QList<LibraryProblem>> after = find();
    if (!after) {
        return after.error();
    }
    QStringList remaining;
    for (const LibraryProblem &problem : *after) {
        remaining.append(problem.id);
    }
    for (LibraryProblem &problem : problems) {
        problem.repaired = problem.repairable && !remaining.contains(problem.id);
    }
    // Anything the repairs revealed (none expected) is reported too.
    for (const LibraryProblem &problem : *after) {
        if (std::none_of(problems.cbegin(), problems.cend(), [&problem](const LibraryProblem &known) {
                return known.id == problem.id;
            })) {
            problems.append(problem);
        }
    }
    return problems;
}

} // namespace PaperShelf::Core
