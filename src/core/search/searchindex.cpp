#include "core/search/searchindex.h"

#include "core/db/entrycodec.h"
#include "core/db/sqlquery.h"
#include "core/search/ftstext.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSet>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>
#include <future>
#include <numeric>
#include <vector>

namespace PaperShelf::Core {

Q_LOGGING_CATEGORY(lcSearchIndex, "papershelf.search")

namespace {

const QString MetaKey = QStringLiteral("fts_text_version");

// The filler term of replaceNotes() (see SearchIndex): FtsText never lets a
// private-use character through, so no document or query contains it.
constexpr char16_t Filler = 0xE000;

// What FTS5's ascii tokenizer reads as part of a word: ASCII letters and
// digits, and every non-ASCII character (so every UTF-16 unit of one).
bool isTokenUnit(char16_t c)
{
    return c >= 0x80 || (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

char16_t foldUnit(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
}

// Calls `token` with every token of `text` as the ascii tokenizer splits it.
template<typename TokenFn>
void forEachToken(QStringView text, TokenFn token)
{
    const QChar *const data = text.data();
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        while (i < size && !isTokenUnit(data[i].unicode())) {
            ++i;
        }
        const qsizetype start = i;
        while (i < size && isTokenUnit(data[i].unicode())) {
            ++i;
        }
        if (i > start) {
            token(QStringView(data + start, i - start));
        }
    }
}

// The terms (as the ascii tokenizer indexes them: ASCII letters lower-cased) of
// a few short texts, with a bitmap over (length, first and last unit) that
// rejects almost every other token without comparing it.
class TermSet final
{
public:
    void add(QStringView text)
    {
        forEachToken(text, [this](QStringView token) {
            if (contains(token)) {
                return;
            }
            QString term(token.size(), Qt::Uninitialized);
            for (qsizetype i = 0; i < token.size(); ++i) {
                term[i] = QChar(foldUnit(token[i].unicode()));
            }
            m_bits[slot(token) / 64] |= quint64(1) << (slot(token) % 64);
            m_terms.append(std::move(term));
        });
    }

    bool contains(QStringView token) const
    {
        if (!(m_bits[slot(token) / 64] & (quint64(1) << (slot(token) % 64)))) {
            return false;
        }
        return std::any_of(m_terms.cbegin(), m_terms.cend(), [token](const QString &term) {
            if (term.size() != token.size()) {
                return false;
            }
            for (qsizetype i = 0; i < token.size(); ++i) {
                if (foldUnit(token[i].unicode()) != term[i].unicode()) {
                    return false;
                }
            }
            return true;
        });
    }

private:
    static size_t slot(QStringView token)
    {
        const size_t first = foldUnit(token.front().unicode());
        const size_t last = foldUnit(token.back().unicode());
        return (static_cast<size_t>(token.size()) * 131 + first * 31 + last) % 1024;
    }

    std::array<quint64, 16> m_bits{};
    QStringList m_terms;
};

// The tokens of a transformed `column` up to its last token in `terms`, every
// other token replaced by the filler, so the kept ones stay at their positions
// (`whole`: to the end). `count` is set to the column's token count. `scratch`
// is a buffer kept between calls; the result is allocated at its own size.
QString keepTerms(QStringView column, const TermSet &terms, bool whole, int *count, QString &scratch)
{
    *count = 0;
    if (column.isEmpty()) {
        return {};
    }
    scratch.resize(column.size()); // the result is never longer than the column
    QChar *const begin = scratch.data();
    QChar *o = begin;
    qsizetype keptEnd = 0; // end of the output after the last kept token
    int tokens = 0;
    forEachToken(column, [&](QStringView token) {
        ++tokens;
        if (o != begin) {
            *o++ = QLatin1Char(' ');
        }
        if (terms.contains(token)) {
            std::copy(token.cbegin(), token.cend(), o);
            o += token.size();
            keptEnd = o - begin;
        } else {
            *o++ = QChar(Filler);
        }
    });
    *count = tokens;
    return QString(begin, whole ? o - begin : keptEnd);
}

int tokenCount(QStringView text)
{
    int count = 0;
    forEachToken(text, [&count](QStringView) {
        ++count;
    });
    return count;
}

// A row of paper_fts_docsize: the token count of each column as SQLite varints
// (the format FTS5 documents for its shadow tables).
QByteArray docsizeBlob(const std::array<int, 6> &counts)
{
    QByteArray blob;
    for (const int count : counts) {
        quint64 value = static_cast<quint64>(count);
        char groups[10];
        int n = 0;
        do {
            groups[n++] = static_cast<char>(value & 0x7f);
            value >>= 7;
        } while (value != 0);
        while (n > 0) {
            --n;
            blob.append(static_cast<char>(groups[n] | (n > 0 ? 0x80 : 0)));
        }
    }
    return blob;
}

QString joinNonEmpty(std::initializer_list<QStringView> first, const QStringList &more = {})
{
    qsizetype size = 0;
    for (const QStringView part : first) {
        size += part.size() + 1;
    }
    for (const QString &part : more) {
        size += part.size() + 1;
    }
    QString joined;
    joined.reserve(size);
    const auto add = [&joined](QStringView part) {
        if (part.isEmpty()) {
            return;
        }
        if (!joined.isEmpty()) {
            joined += QLatin1Char('\n');
        }
        joined += part;
    };
    for (const QStringView part : first) {
        add(part);
    }
    for (const QString &part : more) {
        add(part);
    }
    return joined;
}

} // namespace

SearchDocument SearchDocument::fromEntry(const DigestEntry &e, const QString &notes)
{
    SearchDocument d;
    d.title = joinNonEmpty({e.title, e.structured.titleZh});
    d.authors = e.authors.join(QLatin1String(", "));
    d.abstract = joinNonEmpty({e.abstract, e.comment});
    d.chinese = joinNonEmpty({e.summaryZh}, e.takeawaysZh);
    const StructuredSummary &s = e.structured;
    const QString keywords = s.keywords.join(QLatin1String(", "));
    d.structured = joinNonEmpty({s.authors, s.affiliation, keywords, s.urls, s.summary, s.methods, s.conclusion});
    d.notes = notes;
    return d;
}

SearchIndex::SearchIndex(const QSqlDatabase &db)
    : m_db(db)
    , m_statements(m_db)
{
}

SearchIndex::~SearchIndex() = default;

QString SearchIndex::rankExpression()
{
    return QStringLiteral("bm25(paper_fts, 8.0, 3.0, 1.0, 1.0, 0.5, 2.0)");
}

SearchIndex::IndexColumns SearchIndex::transform(const SearchDocument &d)
{
    return {FtsText::indexText(d.title),
            FtsText::indexText(d.authors),
            FtsText::indexText(d.abstract),
            FtsText::indexText(d.chinese),
            FtsText::indexText(d.structured),
            FtsText::indexText(d.notes)};
}

QString SearchIndex::hash(const SearchDocument &d)
{
    QString documentHash;
    hashes(d, QString(), &documentHash, nullptr);
    return documentHash;
}

void SearchIndex::hashes(const SearchDocument &d, const QString &otherNotes, QString *documentHash, QString *otherHash)
{
    // Each column as its UTF-8 length, ':' and its UTF-8, then the transform version.
    const auto addColumn = [](QCryptographicHash &hash, const QByteArray &utf8) {
        hash.addData(QByteArray(QByteArray::number(utf8.size()) + ':'));
        hash.addData(utf8);
    };
    const QByteArray version = QByteArray::number(FtsText::Version);
    std::array<QByteArray, 5> machine;
    const std::array<const QString *, 5> columns = {&d.title, &d.authors, &d.abstract, &d.chinese, &d.structured};
    for (size_t i = 0; i < machine.size(); ++i) {
        machine[i] = columns[i]->toUtf8();
    }
    for (const auto &[notes, out] : {std::pair{&d.notes, documentHash}, std::pair{&otherNotes, otherHash}}) {
        if (!out) {
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Md5);
        for (const QByteArray &column : machine) {
            addColumn(hash, column);
        }
        addColumn(hash, notes->toUtf8());
        hash.addData(version);
        *out = QString::fromLatin1(hash.result().toHex());
    }
}

QString SearchIndex::encode(const SearchDocument &d)
{
    const QJsonArray columns = {d.title, d.authors, d.abstract, d.chinese, d.structured, d.notes};
    return QString::fromUtf8(QJsonDocument(columns).toJson(QJsonDocument::Compact));
}

std::optional<SearchDocument> SearchIndex::decode(const QVariant &json)
{
    if (json.isNull()) {
        return std::nullopt;
    }
    const QJsonArray columns = QJsonDocument::fromJson(json.toString().toUtf8()).array();
    SearchDocument d;
    d.title = columns.at(0).toString();
    d.authors = columns.at(1).toString();
    d.abstract = columns.at(2).toString();
    d.chinese = columns.at(3).toString();
    d.structured = columns.at(4).toString();
    d.notes = columns.at(5).toString();
    return d;
}

Result<void> SearchIndex::markChanged(qint64 paperId, const std::optional<SearchDocument> &indexedBefore)
{
    SqlQuery query(m_statements,
                   QStringLiteral("INSERT OR IGNORE INTO fts_pending(paper_id, old_document) VALUES(?, ?)"));
    query.add(paperId).add(indexedBefore ? QVariant(encode(*indexedBefore)) : QVariant());
    return query.exec();
}

void SearchIndex::rememberDocument(qint64 paperId, SearchDocument document, std::optional<IndexColumns> columns)
{
    m_remembered.insert_or_assign(paperId, Remembered{std::move(document), std::move(columns)});
}

Result<bool> SearchIndex::isPending(qint64 paperId)
{
    SqlQuery query(m_statements, QStringLiteral("SELECT 1 FROM fts_pending WHERE paper_id = ?"));
    query.add(paperId);
    const Result<QVariant> found = query.scalar();
    if (!found) {
        return found.error();
    }
    return !found->isNull();
}

Result<int> SearchIndex::flushPending()
{
    struct Pending
    {
        qint64 paperId = 0;
        std::optional<SearchDocument> before;
        QVariant storedHash; ///< papers.indexed_hash: what the index holds now (NULL: nothing)
        QString notes;
        std::optional<SearchDocument> after;
        IndexColumns columns;
        QString afterHash;
        bool transformed = false;
    };

    std::vector<Pending> pending;
    {
        // One query for everything per paper; the loop below only writes.
        SqlQuery query(m_statements,
                       QStringLiteral("SELECT f.paper_id, f.old_document, p.indexed_hash, coalesce(a.notes, '') "
                                      "FROM fts_pending f JOIN papers p ON p.id = f.paper_id "
                                      "LEFT JOIN annotations a ON a.paper_id = f.paper_id ORDER BY f.paper_id"));
        if (auto ok = query.exec(); !ok) {
            return ok.error();
        }
        while (query.next()) {
            Pending item;
            item.paperId = query.value(0).toLongLong();
            item.before = decode(query.value(1));
            item.storedHash = query.value(2);
            item.notes = query.value(3).toString();
            pending.push_back(std::move(item));
        }
    }
    if (pending.empty()) {
        return 0;
    }
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    for (Pending &item : pending) {
        const auto remembered = m_remembered.find(item.paperId);
        if (remembered == m_remembered.end()) {
            Result<std::optional<SearchDocument>> document = currentDocument(item.paperId);
            if (!document) {
                return document.error();
            }
            item.after = std::move(*document);
            continue;
        }
        item.after = remembered->second.document;
        item.after->notes = item.notes;
        // Columns computed when the file was parsed are valid while the paper has no notes.
        if (item.notes.isEmpty() && remembered->second.columns) {
            item.columns = std::move(*remembered->second.columns);
            item.transformed = true;
        }
    }
    // Transform and hash are pure; half of them run on a second thread.
    const auto prepareRange = [&pending](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) {
            Pending &item = pending[i];
            if (!item.after) {
                continue;
            }
            if (!item.transformed) {
                item.columns = transform(*item.after);
            }
            item.afterHash = hash(*item.after);
        }
    };
    const size_t half = pending.size() / 2;
    std::future<void> secondHalf = std::async(std::launch::async, prepareRange, half, pending.size());
    prepareRange(0, half);
    secondHalf.get();

    m_rebuilt = false;
    for (Pending &item : pending) {
        if (!item.after) {
            continue; // no current text: nothing to index
        }
        if (!item.storedHash.isNull()) {
            if (!item.before || hash(*item.before) != item.storedHash.toString()) {
                qCWarning(lcSearchIndex) << "full-text index out of step with paper" << item.paperId << "- rebuilding";
                if (auto rebuilt = rebuild(); !rebuilt) {
                    return rebuilt.error();
                }
                break; // the rebuild indexed everything from the current text
            }
            if (*item.before == *item.after) {
                continue;
            }
            if (auto removed = remove(item.paperId, *item.before); !removed) {
                return removed.error();
            }
        }
        if (auto inserted = insertColumns(item.paperId, item.columns, item.afterHash); !inserted) {
            return inserted.error();
        }
    }
    if (auto cleared = SqlQuery(m_statements, QStringLiteral("DELETE FROM fts_pending")).exec(); !cleared) {
        return cleared.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    m_remembered.clear();
    return static_cast<int>(pending.size());
}

Result<void> SearchIndex::insertColumns(qint64 paperId, const IndexColumns &columns, const QString &documentHash)
{
    SqlQuery query(m_statements,
                   QStringLiteral("INSERT INTO paper_fts(rowid, title, authors, abstract, chinese, structured, notes) "
                                  "VALUES(?, ?, ?, ?, ?, ?, ?)"));
    query.add(paperId);
    for (const QString &column : columns) {
        query.add(column);
    }
    if (auto written = query.exec(); !written) {
        return written;
    }
    SqlQuery stamp(m_statements, QStringLiteral("UPDATE papers SET indexed_hash = ? WHERE id = ?"));
    stamp.add(documentHash).add(paperId);
    return stamp.exec();
}

Result<void> SearchIndex::insert(qint64 paperId, const SearchDocument &document)
{
    return insertColumns(paperId, transform(document), hash(document));
}

Result<void> SearchIndex::remove(qint64 paperId, const SearchDocument &document)
{
    return removeColumns(paperId, transform(document));
}

Result<void> SearchIndex::removeColumns(qint64 paperId, const IndexColumns &columns)
{
    // Contentless FTS5 deletes by replaying the tokens that were inserted.
    SqlQuery query(m_statements,
                   QStringLiteral("INSERT INTO paper_fts(paper_fts, rowid, title, authors, abstract, chinese, "
                                  "structured, notes) VALUES('delete', ?, ?, ?, ?, ?, ?, ?)"));
    query.add(paperId);
    for (const QString &column : columns) {
        query.add(column);
    }
    return query.exec();
}

Result<void> SearchIndex::replaceNotes(const QList<NotesChange> &changes)
{
    QList<qint64> ids;
    ids.reserve(changes.size());
    for (const NotesChange &change : changes) {
        if (change.before.notes != change.notes) {
            ids.append(change.paperId);
        }
    }
    if (ids.isEmpty()) {
        return {};
    }
    // What the index holds for each paper, in one query.
    QHash<qint64, QVariant> stored;
    stored.reserve(ids.size());
    {
        SqlQuery query(m_statements,
                       QStringLiteral(
                           "SELECT id, indexed_hash FROM papers WHERE id IN (SELECT value FROM json_each(?))"));
        query.add(jsonArray(ids));
        if (auto ok = query.exec(); !ok) {
            return ok;
        }
        while (query.next()) {
            stored.insert(query.value(0).toLongLong(), query.value(1));
        }
    }
    // The column lengths FTS5 records for a row can be set directly unless the
    // connection protects shadow tables (SQLITE_DBCONFIG_DEFENSIVE); then every
    // machine-text token is replayed as a filler so that FTS5 counts it.
    const QString setSizes = QStringLiteral("UPDATE paper_fts_docsize SET sz = ? WHERE id = ?");
    const bool sizesWritable = SqlQuery(m_statements, setSizes).add(QByteArray()).add(-1).exec().ok();

    struct Prepared
    {
        QString afterHash;   ///< empty: not prepared (unchanged, not indexed, or `before` is wrong)
        IndexColumns before; ///< what to delete: the notes' terms among fillers, old notes
        IndexColumns after;  ///< what to insert: the same, new notes
        QByteArray sizes;    ///< the row's paper_fts_docsize.sz
    };

    std::vector<Prepared> prepared(changes.size());
    // Pure work (transform, filter, hash); half of it on a second thread.
    const auto prepareRange = [&changes, &prepared, &stored, sizesWritable](qsizetype from, qsizetype to) {
        QString scratch;
        for (qsizetype i = from; i < to; ++i) {
            const NotesChange &change = changes.at(i);
            const QVariant storedHash = stored.value(change.paperId);
            if (change.before.notes == change.notes || storedHash.isNull()) {
                continue; // unchanged, gone, or not indexed (indexed whole below)
            }
            Prepared &p = prepared[i];
            QString beforeHash;
            QString afterHash;
            hashes(change.before, change.notes, &beforeHash, &afterHash);
            if (beforeHash != storedHash.toString()) {
                continue; // the caller's snapshot is wrong: rebuilt below
            }
            p.afterHash = afterHash;
            const QString notesBefore = FtsText::indexText(change.before.notes);
            const QString notesAfter = FtsText::indexText(change.notes);
            TermSet terms;
            terms.add(notesBefore);
            terms.add(notesAfter);
            const std::array<const QString *, 5> machine = {&change.before.title,
                                                            &change.before.authors,
                                                            &change.before.abstract,
                                                            &change.before.chinese,
                                                            &change.before.structured};
            std::array<int, 6> counts{};
            for (size_t c = 0; c < machine.size(); ++c) {
                p.before[c] = keepTerms(FtsText::indexText(*machine[c]), terms, !sizesWritable, &counts[c], scratch);
                p.after[c] = p.before[c];
            }
            p.before[5] = notesBefore;
            p.after[5] = notesAfter;
            counts[5] = tokenCount(notesAfter);
            p.sizes = docsizeBlob(counts);
        }
    };
    if (changes.size() < 16) {
        prepareRange(0, changes.size()); // a thread costs more than a few papers
    } else {
        const qsizetype half = changes.size() / 2;
        std::future<void> secondHalf = std::async(std::launch::async, prepareRange, half, changes.size());
        prepareRange(0, half);
        secondHalf.get();
    }

    // In row order: FTS5 writes its pending terms out as a new segment whenever
    // the row id goes down.
    std::vector<qsizetype> order(changes.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&changes](qsizetype x, qsizetype y) {
        return changes.at(x).paperId < changes.at(y).paperId;
    });
    for (const qsizetype i : order) {
        const NotesChange &change = changes.at(i);
        const auto storedHash = stored.constFind(change.paperId);
        if (change.before.notes == change.notes || storedHash == stored.cend()) {
            continue;
        }
        if (storedHash->isNull()) {
            SearchDocument after = change.before;
            after.notes = change.notes;
            if (auto inserted = insert(change.paperId, after); !inserted) {
                return inserted;
            }
            continue;
        }
        const Prepared &p = prepared[i];
        if (p.afterHash.isEmpty()) {
            qCWarning(lcSearchIndex) << "full-text index out of step with paper" << change.paperId << "- rebuilding";
            return rebuild();
        }
        // The delete and the insert hold the same machine-text tokens, so FTS5's
        // column totals change by the notes alone; the row's own lengths are
        // then set to the whole columns'.
        if (auto removed = removeColumns(change.paperId, p.before); !removed) {
            return removed;
        }
        if (auto inserted = insertColumns(change.paperId, p.after, p.afterHash); !inserted) {
            return inserted;
        }
        if (sizesWritable) {
            SqlQuery sizes(m_statements, setSizes);
            sizes.add(p.sizes).add(change.paperId);
            if (auto ok = sizes.exec(); !ok) {
                return ok;
            }
        }
    }
    return {};
}

Result<void> SearchIndex::replace(qint64 paperId,
                                  const std::optional<SearchDocument> &before,
                                  const SearchDocument &after)
{
    SqlQuery query(m_statements, QStringLiteral("SELECT indexed_hash FROM papers WHERE id = ?"));
    query.add(paperId);
    const Result<QVariant> stored = query.scalar();
    if (!stored) {
        return stored.error();
    }
    if (!stored->isNull()) {
        if (!before || hash(*before) != stored->toString()) {
            qCWarning(lcSearchIndex) << "full-text index out of step with paper" << paperId << "- rebuilding";
            return rebuild();
        }
        if (*before == after) {
            return {};
        }
        if (auto removed = remove(paperId, *before); !removed) {
            return removed;
        }
    }
    return insert(paperId, after);
}

Result<std::optional<SearchDocument>> SearchIndex::currentDocument(qint64 paperId)
{
    SqlQuery query(m_statements,
                   QStringLiteral("SELECT coalesce(a.notes, ''), ") + EntryCodec::columns()
                       + QStringLiteral(" FROM papers p JOIN entries e ON e.id = p.current_entry_id"
                                        " LEFT JOIN annotations a ON a.paper_id = p.id WHERE p.id = ?"));
    query.add(paperId);
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    if (!query.next()) {
        return std::optional<SearchDocument>();
    }
    const QSqlRecord record = query.query().record();
    return std::optional<SearchDocument>(
        SearchDocument::fromEntry(EntryCodec::decode(record, 1), record.value(0).toString()));
}

Result<void> SearchIndex::rebuild()
{
    m_rebuilt = true;
    if (auto cleared = SqlQuery(m_statements, QStringLiteral("INSERT INTO paper_fts(paper_fts) VALUES('delete-all')"))
                           .exec();
        !cleared) {
        return cleared;
    }
    if (auto cleared = SqlQuery(m_statements, QStringLiteral("UPDATE papers SET indexed_hash = NULL")).exec();
        !cleared) {
        return cleared;
    }
    SqlQuery query(m_statements,
                   QStringLiteral("SELECT p.id, coalesce(a.notes, ''), ") + EntryCodec::columns()
                       + QStringLiteral(" FROM papers p JOIN entries e ON e.id = p.current_entry_id"
                                        " LEFT JOIN annotations a ON a.paper_id = p.id"));
    if (auto ok = query.exec(); !ok) {
        return ok;
    }
    while (query.next()) {
        const QSqlRecord record = query.query().record();
        const SearchDocument document = SearchDocument::fromEntry(EntryCodec::decode(record, 2),
                                                                  record.value(1).toString());
        if (auto inserted = insert(record.value(0).toLongLong(), document); !inserted) {
            return inserted;
        }
    }
    if (auto cleared = SqlQuery(m_statements, QStringLiteral("DELETE FROM fts_pending")).exec(); !cleared) {
        return cleared;
    }
    SqlQuery stamp(m_statements, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    stamp.add(MetaKey).add(QString::number(FtsText::Version));
    return stamp.exec();
}

Result<void> SearchIndex::rebuildIfOutdated()
{
    SqlQuery query(m_statements, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.add(MetaKey);
    const Result<QVariant> stored = query.scalar();
    if (!stored) {
        return stored.error();
    }
    if (!stored->isNull() && stored->toInt() == FtsText::Version) {
        // Current transform; index what an interrupted run left pending.
        const Result<int> flushed = flushPending();
        if (!flushed) {
            return flushed.error();
        }
        return {};
    }
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    if (auto rebuilt = rebuild(); !rebuilt) {
        return rebuilt;
    }
    return transaction.commit();
}

} // namespace PaperShelf::Core
