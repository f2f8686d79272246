#pragma once

#include "core/db/sqlquery.h"
#include "core/digest/digestentry.h"
#include "core/util/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <array>
#include <map>
#include <optional>

namespace PaperShelf::Core {

/// The text of one paper as the full-text index sees it, one member per FTS column.
struct SearchDocument
{
    QString title; ///< English title and the translated title
    QString authors;
    QString abstract;   ///< English abstract and the arXiv comment
    QString chinese;    ///< one-line summary and key takeaways
    QString structured; ///< the structured summary items
    QString notes;      ///< the user's notes

    static SearchDocument fromEntry(const DigestEntry &entry, const QString &notes);
    friend bool operator==(const SearchDocument &, const SearchDocument &) = default;
};

/// Maintains the contentless FTS5 table `paper_fts` (rowid = papers.id).
///
/// Writers do not update the index inside their own transactions: FTS5 writes a
/// new index segment at every commit, and thousands of tiny segments made
/// imports five times slower. Instead a writer records the paper in
/// `fts_pending` (markChanged(), same transaction as the text change), and
/// flushPending() indexes all pending papers in one transaction, after an import
/// run and whenever a library is opened (which also recovers from a crash
/// between the two).
///
/// A contentless table cannot look up what it indexed, so removing or replacing
/// a row needs the document that was inserted: callers snapshot a paper's
/// document (currentDocument()) before changing its text, then call replace().
/// Replaying the wrong tokens would corrupt the index, so the hash of every
/// indexed document is kept in papers.indexed_hash; when a snapshot does not
/// match it (someone changed indexed text without telling the index), replace()
/// rebuilds the whole index instead of guessing. Every inserted column goes
/// through FtsText::indexText(); the version of that transform is kept in `meta`
/// and the index is rebuilt when it changes.
///
/// Notes change far more often than the machine text and are a small part of a
/// document, so replaceNotes() rewrites only the terms of the old and the new
/// notes. FTS5 deletes and re-adds a term of a row as a whole (all columns), so
/// the delete and the insert replay each machine-text column up to its last
/// token of such a term, every other token replaced by one filler term
/// (U+E000): the kept tokens stay at their positions, which phrase queries read.
/// Delete and insert thus count the same machine-text tokens, so FTS5's column
/// totals (bm25's average lengths) change by the notes alone; the row's own
/// column lengths (paper_fts_docsize, a format FTS5 documents) are then set to
/// the whole columns'. Where shadow tables are read-only (SQLite's defensive
/// mode) every machine-text token is replayed as a filler instead, so that FTS5
/// counts them itself. FtsText turns a private-use character into a space in
/// documents and queries alike, so the filler is never real text and no query
/// matches it. The filler's entry for a paper is replaced by its next notes
/// change and left behind by a full replace (harmless; rebuild() drops it).
class SearchIndex final
{
public:
    /// A document's columns after FtsText::indexText(), in table order.
    using IndexColumns = std::array<QString, 6>;
    /// The relevance ordering of search results: bm25 with the columns weighted
    /// title 8, authors 3, abstract 1, Chinese 1, structured 0.5, notes 2.
    static QString rankExpression();

    /// Transforms every column of `document` (pure, any thread).
    static IndexColumns transform(const SearchDocument &document);

    explicit SearchIndex(const QSqlDatabase &db);
    ~SearchIndex();
    Q_DISABLE_COPY_MOVE(SearchIndex)

    /// Records that a paper's indexed text changed; `indexedBefore` is what the
    /// index holds for it (nullopt: not indexed). A paper already pending keeps
    /// its first recorded document, which is the one still in the index.
    Result<void> markChanged(qint64 paperId, const std::optional<SearchDocument> &indexedBefore);
    /// Offers the document a pending paper will have (notes are looked up at
    /// flush time), so that flushPending() need not decode it from the library.
    /// The caller guarantees it matches the paper's committed current entry.
    /// `columns`, when given, are transform(document) for the document without notes.
    void rememberDocument(qint64 paperId, SearchDocument document, std::optional<IndexColumns> columns = std::nullopt);

    /// Withdraws a document offered by rememberDocument().
    void forgetDocument(qint64 paperId) { m_remembered.erase(paperId); }

    /// Withdraws every offered document (after a rolled-back batch).
    void forgetAllDocuments() { m_remembered.clear(); }

    /// Whether a paper is waiting in fts_pending.
    Result<bool> isPending(qint64 paperId);
    /// Indexes every pending paper in one transaction; returns how many.
    Result<int> flushPending();

    /// Indexes a paper that is not indexed yet.
    Result<void> insert(qint64 paperId, const SearchDocument &document);
    /// Makes `after` the indexed document of a paper whose document was `before`
    /// (nullopt: not indexed). No-op when they are equal; a full rebuild when
    /// `before` is not what the index holds.
    Result<void> replace(qint64 paperId, const std::optional<SearchDocument> &before, const SearchDocument &after);

    /// A change of one paper's notes: what the index holds for the paper, and the new notes.
    struct NotesChange
    {
        qint64 paperId = 0;
        SearchDocument before;
        QString notes;
    };

    /// Makes each change's notes the indexed notes of its paper; for papers that
    /// are not pending (a pending paper gets its notes at the flush). Only the
    /// terms of the old and new notes are rewritten (see the class comment); the
    /// work for many papers is prepared on two threads. At most one change per
    /// paper. The annotations rows must hold the new notes already: when a
    /// `before` is not what the index holds, the whole index is rebuilt from the
    /// library instead.
    Result<void> replaceNotes(const QList<NotesChange> &changes);

    /// The document currently indexed for a paper (its current entry plus notes);
    /// nullopt when the paper has no current entry, i.e. is not indexed.
    Result<std::optional<SearchDocument>> currentDocument(qint64 paperId);

    /// Empties the index and indexes every paper again.
    Result<void> rebuild();
    /// Rebuilds when the stored transform version differs from FtsText::Version.
    Result<void> rebuildIfOutdated();

private:
    static QString hash(const SearchDocument &document);
    /// hash() of `document`, and of `document` with `otherNotes` as its notes
    /// (either output may be null), sharing the work on the other columns.
    static void hashes(const SearchDocument &document,
                       const QString &otherNotes,
                       QString *documentHash,
                       QString *otherHash);
    static QString encode(const SearchDocument &document);
    static std::optional<SearchDocument> decode(const QVariant &json);
    Result<void> remove(qint64 paperId, const SearchDocument &document);
    Result<void> removeColumns(qint64 paperId, const IndexColumns &columns);
    Result<void> insertColumns(qint64 paperId, const IndexColumns &columns, const QString &documentHash);

    QSqlDatabase m_db;
    StatementCache m_statements;
    bool m_rebuilt = false; ///< a rebuild() ran: every paper is indexed from the current text

    struct Remembered
    {
        SearchDocument document;
        std::optional<IndexColumns> columns;
    };

    std::map<qint64, Remembered> m_remembered;    ///< see rememberDocument(); emptied by flushPending()
    std::map<qint64, IndexColumns> m_transformed; ///< columns prepared by flushPending() for insertion
};

} // namespace PaperShelf::Core
