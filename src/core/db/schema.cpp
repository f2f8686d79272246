#include "core/db/schema.h"

#include "core/db/database.h"
#include "core/db/sqlquery.h"
#include "core/review/glossarystore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace PaperShelf::Core {

namespace {

// Version 1: the first schema. A digest is identified by its canonical absolute
// path; `source` is the path relative to the folder it was imported from (shown
// to the user), and `content_hash` lets an identical copy be recognised. Lists are stored as JSON arrays in TEXT
// columns; dates as ISO 8601 text (sortable). papers.current_entry_id points at the entry whose machine text the paper
// shows (the latest appearance); indexed_hash is the hash of the document paper_fts holds for it (NULL: not indexed).
const QStringList &version1()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),

        QStringLiteral("CREATE TABLE digests("
                       " id INTEGER PRIMARY KEY,"
                       " path TEXT NOT NULL UNIQUE,"
                       " source TEXT NOT NULL,"
                       " topic TEXT NOT NULL,"
                       " date TEXT NOT NULL,"
                       " content_hash TEXT NOT NULL,"
                       " entry_count INTEGER NOT NULL DEFAULT 0,"
                       " imported_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX digests_by_hash ON digests(content_hash)"),

        QStringLiteral("CREATE TABLE papers("
                       " id INTEGER PRIMARY KEY,"
                       " key TEXT NOT NULL UNIQUE,"
                       " arxiv_id TEXT,"
                       " arxiv_version INTEGER NOT NULL DEFAULT 0,"
                       " title TEXT NOT NULL,"
                       " latest_date TEXT NOT NULL,"
                       " current_entry_id INTEGER REFERENCES entries(id) ON DELETE SET NULL,"
                       " screenshot_count INTEGER NOT NULL DEFAULT 0,"
                       " topics_text TEXT NOT NULL DEFAULT '',"
                       " fingerprint TEXT NOT NULL DEFAULT '',"
                       " indexed_hash TEXT,"
                       " added_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX papers_by_date ON papers(latest_date, id)"),
        QStringLiteral("CREATE INDEX papers_by_title ON papers(title COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX papers_by_topics ON papers(topics_text COLLATE NOCASE, latest_date, id)"),

        QStringLiteral("CREATE TABLE entries("
                       " id INTEGER PRIMARY KEY,"
                       " paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,"
                       " digest_id INTEGER NOT NULL REFERENCES digests(id) ON DELETE CASCADE,"
                       " line INTEGER NOT NULL,"
                       " arxiv_version INTEGER NOT NULL DEFAULT 0,"
                       " title TEXT NOT NULL,"
                       " authors TEXT NOT NULL,"
                       " abstract TEXT NOT NULL,"
                       " pdf_url TEXT NOT NULL,"
                       " comment TEXT NOT NULL,"
                       " links TEXT NOT NULL,"
                       " summary_zh TEXT NOT NULL,"
                       " takeaways_zh TEXT NOT NULL,"
                       " structured TEXT NOT NULL,"
                       " screenshots TEXT NOT NULL,"
                       " content_hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX entries_by_paper ON entries(paper_id)"),
        QStringLiteral("CREATE INDEX entries_by_digest ON entries(digest_id)"),

        QStringLiteral("CREATE TABLE tags("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL CHECK (kind IN ('topic', 'keyword', 'user')),"
                       " name TEXT NOT NULL,"
                       " norm TEXT NOT NULL,"
                       " color TEXT,"
                       " paper_count INTEGER NOT NULL DEFAULT 0,"
                       " UNIQUE(norm, kind))"), // also serves lookups by name alone
        QStringLiteral("CREATE TABLE paper_tags("
                       " paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,"
                       " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
                       " PRIMARY KEY(paper_id, tag_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX paper_tags_by_tag ON paper_tags(tag_id, paper_id)"),
        // tags.paper_count keeps unfiltered tag counts O(tags) instead of O(paper_tags).
        QStringLiteral("CREATE TRIGGER paper_tags_count_insert AFTER INSERT ON paper_tags BEGIN"
                       " UPDATE tags SET paper_count = paper_count + 1 WHERE id = NEW.tag_id; END"),
        QStringLiteral("CREATE TRIGGER paper_tags_count_delete AFTER DELETE ON paper_tags BEGIN"
                       " UPDATE tags SET paper_count = paper_count - 1 WHERE id = OLD.tag_id; END"),

        QStringLiteral("CREATE TABLE screenshots("
                       " paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " url TEXT NOT NULL,"
                       " PRIMARY KEY(paper_id, position)) WITHOUT ROWID"),
        // Cache state is keyed by URL so that it survives re-imports.
        QStringLiteral("CREATE TABLE image_cache("
                       " url TEXT PRIMARY KEY,"
                       " state TEXT NOT NULL DEFAULT 'missing' CHECK (state IN ('missing', 'cached', 'failed')),"
                       " file TEXT,"
                       " bytes INTEGER,"
                       " width INTEGER,"
                       " height INTEGER,"
                       " error TEXT,"
                       " fetched_at TEXT) WITHOUT ROWID"),

        // User work. Imports never write these tables.
        QStringLiteral("CREATE TABLE annotations("
                       " paper_id INTEGER PRIMARY KEY REFERENCES papers(id) ON DELETE CASCADE,"
                       " status TEXT NOT NULL DEFAULT 'unread'"
                       "  CHECK (status IN ('unread', 'to_read', 'reading', 'read')),"
                       " rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),"
                       " favourite INTEGER NOT NULL DEFAULT 0,"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " updated_at TEXT)"),
        QStringLiteral("CREATE TABLE highlights("
                       " id INTEGER PRIMARY KEY,"
                       " paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,"
                       " field TEXT NOT NULL,"
                       " start INTEGER NOT NULL,"
                       " length INTEGER NOT NULL,"
                       " quote TEXT NOT NULL,"
                       " color TEXT NOT NULL,"
                       " comment TEXT NOT NULL DEFAULT '',"
                       " orphaned INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX highlights_by_paper ON highlights(paper_id)"),
        QStringLiteral("CREATE TABLE review_segments("
                       " id INTEGER PRIMARY KEY,"
                       " paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,"
                       " field TEXT NOT NULL,"
                       " idx INTEGER NOT NULL DEFAULT 0,"
                       " machine_text TEXT NOT NULL,"
                       " state TEXT NOT NULL DEFAULT 'unreviewed'"
                       "  CHECK (state IN ('unreviewed', 'approved', 'corrected', 'flagged')),"
                       " reviewer_text TEXT,"
                       " flag_reason TEXT,"
                       " source_changed INTEGER NOT NULL DEFAULT 0,"
                       " updated_at TEXT,"
                       " UNIQUE(paper_id, field, idx))"),
        QStringLiteral("CREATE TABLE review_history("
                       " id INTEGER PRIMARY KEY,"
                       " segment_id INTEGER NOT NULL REFERENCES review_segments(id) ON DELETE CASCADE,"
                       " reviewer TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " state_before TEXT,"
                       " state_after TEXT,"
                       " text_before TEXT,"
                       " text_after TEXT)"),
        QStringLiteral("CREATE INDEX review_history_by_segment ON review_history(segment_id)"),

        // Contentless full-text index: rowid = papers.id. Text is pre-processed by
        // FtsText (CJK bigrams) before it is inserted; see SearchIndex.
        QStringLiteral("CREATE VIRTUAL TABLE paper_fts USING fts5("
                       " title, authors, abstract, chinese, structured, notes,"
                       " content='', tokenize='ascii')"),
        QStringLiteral("INSERT INTO paper_fts(paper_fts, rank) VALUES('rank', 'bm25(8.0, 3.0, 1.0, 1.0, 0.5, 2.0)')"),
        // Papers whose indexed document is out of date, with the document the
        // index still holds for them (NULL: not indexed). Written in the same
        // transaction as the change; SearchIndex::flushPending() empties it.
        QStringLiteral("CREATE TABLE fts_pending("
                       " paper_id INTEGER PRIMARY KEY REFERENCES papers(id) ON DELETE CASCADE,"
                       " old_document TEXT)"),
    };
    return statements;
}

// Version 2: what the network brought in. arXiv records are kept apart from the
// digest's text (imports never write them; the user applies fields explicitly);
// authors are a JSON array. PDF state is keyed by paper: a paper has one PDF.
const QStringList &version2()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE arxiv_metadata("
                       " paper_id INTEGER PRIMARY KEY REFERENCES papers(id) ON DELETE CASCADE,"
                       " arxiv_id TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " authors TEXT NOT NULL,"
                       " abstract TEXT NOT NULL,"
                       " published TEXT NOT NULL,"
                       " updated TEXT NOT NULL,"
                       " primary_category TEXT NOT NULL,"
                       " fetched_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE pdf_cache("
                       " paper_id INTEGER PRIMARY KEY REFERENCES papers(id) ON DELETE CASCADE,"
                       " url TEXT NOT NULL,"
                       " state TEXT NOT NULL DEFAULT 'missing' CHECK (state IN ('missing', 'cached', 'failed')),"
                       " file TEXT,"
                       " bytes INTEGER,"
                       " error TEXT,"
                       " fetched_at TEXT)"),
    };
    return statements;
}

// Version 3: saved searches ("shelves") and the indexes behind the annotation and
// digest filters of PaperFilter. A shelf's `filter` is a JSON object written by
// FilterCodec (search text, tag selectors, annotation conditions, sort); names are
// unique regardless of ASCII case. The partial indexes' WHERE terms must stay
// word for word what PaperSearch queries, or SQLite will not use them.
const QStringList &version3()
{
    static const QStringList statements = {
        QStringLiteral("CREATE TABLE shelves("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                       " filter TEXT NOT NULL,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX digests_by_date ON digests(date)"),
        QStringLiteral("CREATE INDEX annotations_by_status ON annotations(status)"),
        QStringLiteral("CREATE INDEX annotations_favourites ON annotations(paper_id) WHERE favourite <> 0"),
        QStringLiteral("CREATE INDEX annotations_with_notes ON annotations(paper_id)"
                       " WHERE trim(notes, char(32, 9, 10, 11, 12, 13, 160, 12288)) <> ''"),
    };
    return statements;
}

// Version 4: bilingual review. A segment is `present` while the paper's current
// text has it (review work on a vanished segment is kept, never deleted);
// `checked` is 0 while its findings are out of date (ReviewCheckRunner clears
// that). Findings are stored per segment for its effective text. The glossary
// holds the agreed Chinese of English terms; `wrong` is a JSON array.
const QStringList &version4()
{
    static const QStringList statements = {
        QStringLiteral("ALTER TABLE review_segments ADD COLUMN present INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE review_segments ADD COLUMN checked INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE review_history ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX review_segments_by_state ON review_segments(state, paper_id)"),
        QStringLiteral("CREATE INDEX review_segments_unchecked ON review_segments(id) WHERE checked = 0"),
        QStringLiteral("CREATE TABLE review_findings("
                       " segment_id INTEGER NOT NULL REFERENCES review_segments(id) ON DELETE CASCADE,"
                       " check_id TEXT NOT NULL,"
                       " severity INTEGER NOT NULL,"
                       " start INTEGER NOT NULL,"
                       " end INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX review_findings_by_segment ON review_findings(segment_id)"),
        QStringLiteral("CREATE INDEX review_findings_by_check ON review_findings(check_id, segment_id)"),
        QStringLiteral("CREATE TABLE glossary("
                       " id INTEGER PRIMARY KEY,"
                       " term TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                       " preferred TEXT NOT NULL,"
                       " wrong TEXT NOT NULL DEFAULT '[]',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " updated_at TEXT NOT NULL)"),
        // Papers stored before this version have no segments yet; SegmentSync::backfillSegments() makes them.
        QStringLiteral("INSERT INTO meta(key, value) VALUES('review_backfill', 'pending')"),
    };
    return statements;
}

// Version 5: the segments somebody worked on, for the annotation archive (a
// backup's sidecar), which read all 1.5 million segments of a 100k library to
// find them (0.8 s of each backup). Segments with history are found through
// review_history.
const QStringList &version5()
{
    static const QStringList statements = {
        QStringLiteral("CREATE INDEX review_segments_worked ON review_segments(id)"
                       " WHERE state <> 'unreviewed' OR reviewer_text IS NOT NULL OR flag_reason IS NOT NULL"),
    };
    return statements;
}

Result<void> execAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            return Database::describe(query.lastError(), sql.simplified().left(60));
        }
    }
    return {};
}

} // namespace

QStringList Schema::migrationStep(int toVersion)
{
    switch (toVersion) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    default:
        return {};
    }
}

Result<void> Schema::migrate(QSqlDatabase &db)
{
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    SqlQuery versionQuery(db, QStringLiteral("PRAGMA user_version"));
    const Result<QVariant> version = versionQuery.scalar();
    if (!version) {
        return version.error();
    }
    const int from = version->toInt();
    for (int step = from + 1; step <= CurrentVersion; ++step) {
        if (auto applied = execAll(db, migrationStep(step)); !applied) {
            return Error{QStringLiteral("schema migration to version %1 failed: %2")
                             .arg(step)
                             .arg(applied.errorMessage()),
                         static_cast<int>(OpenErrorCode::MigrationFailed)};
        }
        // The glossary starts with the team's list once, when its table is made;
        // terms the user deletes later stay deleted.
        if (step == 4) {
            if (const Result<int> seeded = GlossaryStore(db).seedStarterTerms(); !seeded) {
                return Error{QStringLiteral("schema migration to version 4 failed: %1").arg(seeded.errorMessage()),
                             static_cast<int>(OpenErrorCode::MigrationFailed)};
            }
        }
    }
    // PRAGMA values cannot be bound; both are integers from this file.
    const QStringList stamp = {
        QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
        QStringLiteral("PRAGMA user_version = %1").arg(CurrentVersion),
    };
    if (auto stamped = execAll(db, stamp); !stamped) {
        return stamped;
    }
    return transaction.commit();
}

} // namespace PaperShelf::Core
