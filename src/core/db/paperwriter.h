#pragma once

#include "core/db/entrycodec.h"
#include "core/db/sqlquery.h"
#include "core/digest/digestentry.h"
#include "core/review/segmentsync.h"
#include "core/search/searchindex.h"
#include "core/util/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <map>

namespace PaperShelf::Core {

/// What storing one digest did to one paper.
enum class PaperChange {
    Unchanged,
    Updated,
    Added,
};

/// The outcome of storing one digest file.
struct DigestStoreResult
{
    QHash<QString, PaperChange> papers; ///< by paper key
    int appearancesAdded = 0;
    bool identical = false; ///< the file was imported before with the same content
    QStringList notes;      ///< things worth reporting (e.g. entries kept although gone from the file)
};

/// Work on a parsed digest that needs no database: encoded columns and the
/// search-index text of every entry. An importer computes it on the thread that
/// parsed the file, so the thread owning the connection only binds and writes.
struct PreparedDigest
{
    QList<EntryCodec::Encoded> encoded;       ///< one per entry
    QList<SearchIndex::IndexColumns> columns; ///< one per entry (document without notes)
};

/// The digest to store: the parse result plus where it came from.
struct DigestSource
{
    QString path;        ///< canonical absolute path (identity of the digest)
    QString source;      ///< path relative to the imported folder (shown to users)
    QString contentHash; ///< hash of the file bytes
};

/// Writes parsed digests into the library: the import half of the store.
///
/// storeDigest() runs in one transaction: either the whole digest is stored or
/// nothing is. It only ever writes machine tables (digests, entries, papers,
/// topic/keyword tags, screenshots, fts_pending); user work is untouched.
/// Changed papers are queued for the search index: call
/// SearchIndex::flushPending() after a batch of digests (Importer does).
///
/// Merge rules: a paper is keyed by its arXiv id without version (else a hash of
/// its normalised title); its machine text comes from its latest appearance (by
/// digest date, then source path, then line), its version is the highest seen,
/// its topics the union over appearances and its keyword tags those of the
/// latest appearance. Storing the same file again changes nothing.
class PaperWriter final
{
public:
    explicit PaperWriter(const QSqlDatabase &db);
    ~PaperWriter();
    Q_DISABLE_COPY_MOVE(PaperWriter)

    /// `prepared`, when given, must be prepare(digest).
    Result<DigestStoreResult> storeDigest(const ParsedDigest &digest,
                                          const DigestSource &source,
                                          const PreparedDigest *prepared = nullptr);
    /// Computes the database-free part of storing `digest`; thread-safe.
    static PreparedDigest prepare(const ParsedDigest &digest);

    /// Inside a batch the caller holds an open transaction and each
    /// storeDigest() is a savepoint in it: still all-or-nothing per digest, but
    /// one commit for many digests (see Importer).
    void setInsideBatch(bool inside) { m_insideBatch = inside; }

    /// Forgets what the writer remembers of rows written since the last commit:
    /// call it when the caller's batch transaction rolled back (a failed COMMIT),
    /// or the next batch would reuse the ids of tags that no longer exist.
    void discardBatch();

    /// The index this writer queues changed papers for; flush it after a batch.
    SearchIndex &searchIndex() { return m_index; }

    /// The key of an entry: its arXiv id, or "t-" + a hash of its normalised title.
    static QString paperKey(const DigestEntry &entry);
    /// Trimmed, whitespace-collapsed, case-folded form used to compare tag names.
    static QString normalizedTagName(const QString &name);

private:
    Result<void> storeEntries(qint64 digestId,
                              const ParsedDigest &digest,
                              const PreparedDigest &prepared,
                              QHash<QString, qint64> &paperIds);
    /// Recomputes a paper from its appearances; `isNew`: created by this digest, nothing stored for it yet.
    Result<void> refreshPaper(qint64 paperId, bool isNew);
    Result<qint64> tagId(const QString &kind, const QString &name);
    /// Brings the paper's review segments in line with its current entry (see SegmentSync::syncPaper()).
    Result<void> syncReviewSegments(qint64 paperId, qint64 currentEntryId);

    QSqlDatabase m_db;
    StatementCache m_statements;
    SearchIndex m_index;
    SegmentSync m_segments;
    QString m_now;
    bool m_insideBatch = false;
    QHash<QString, qint64> m_tagIds; ///< "kind\nnorm" -> id; dropped after a rollback or tag deletion
    /// Entries inserted by the current storeDigest(): row id -> index into its digest.
    QHash<qint64, qsizetype> m_stored;
    const ParsedDigest *m_digest = nullptr;     ///< valid during storeDigest()
    const PreparedDigest *m_prepared = nullptr; ///< valid during storeDigest()
    /// Index columns of papers in m_documents, when known ahead (see PreparedDigest).
    std::map<qint64, SearchIndex::IndexColumns> m_columns;
    /// Documents of papers whose current entry is in m_stored; handed to the index on commit.
    std::map<qint64, SearchDocument> m_documents;
};

} // namespace PaperShelf::Core
