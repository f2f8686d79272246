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

QString joinNonEmpty(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty()) {
            kept.append(part);
        }
    }
    return kept.join(QLatin1Char('\n'));
}

// The filler term of replaceNotes() (see SearchIndex): FtsText never lets a
// private-use character through, so no document or query contains it.
constexpr char16_t Filler = 0xE000;

// What FTS5's ascii tokenizer reads as part of a word: ASCII letters and
// digits, and every non-ASCII character (so every UTF-16 unit of one).
bool isTokenUnit(char16_t c)
{
    return c >= 0x80 || (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Calls `token` with every token of `text` as the ascii tokenizer splits it.
template<typename TokenFn>
void forEachToken(QStringView text, TokenFn token)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        while (i < size && !isTokenUnit(text[i].unicode())) {
            ++i;
        }
        const qsizetype start = i;
        while (i < size && isTokenUnit(text[i].unicode())) {
            ++i;
        }
        if (i > start) {
            token(text.sliced(start, i - start));
        }
    }
}

// The term the ascii tokenizer indexes for `token` (ASCII letters lower-cased), in `out`.
void foldTerm(QStringView token, QString &out)
{
    out.resize(token.size());
    QChar *o = out.data();
    for (const QChar c : token) {
        const char16_t u = c.unicode();
        *o++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u);
    }
}

void addTerms(QStringView text, QSet<QString> &terms)
{
    QString term;
    forEachToken(text, [&](QStringView token) {
        foldTerm(token, term);
        terms.insert(term);
    });
}

// `column` (transformed) with every token whose term is not in `terms` replaced
// by the filler: same token count, the kept tokens at their positions.
QString keepOnly(QStringView column, const QSet<QString> &terms)
{
    QString out;
    out.reserve(column.size());
    QString term;
    forEachToken(column, [&](QStringView token) {
        if (!out.isEmpty()) {
            out += QLatin1Char(' ');
        }
        foldTerm(token, term);
        if (terms.contains(term)) {
            out += token;
        } else {
            out += QChar(Filler);
        }
    });
    return out;
}

} // namespace

SearchDocument SearchDocument::fromEntry(const DigestEntry &e, const QString &notes)
{
    SearchDocument d;
    d.title = joinNonEmpty({e.title, e.structured.titleZh});
    d.authors = e.authors.join(QLatin1String(", "));
    d.abstract = joinNonEmpty({e.abstract, e.comment});
    d.chinese = joinNonEmpty(QStringList{e.summaryZh} + e.takeawaysZh);
    const StructuredSummary &s = e.structured;
    d.structured = joinNonEmpty(
        {s.authors, s.affiliation, s.keywords.join(QLatin1String(", ")), s.urls, s.summary, s.methods, s.conclusion});
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
    QCryptographicHash hash(QCryptographicHash::Md5);
    for (const QString *column : {&d.title, &d.authors, &d.abstract, &d.chinese, &d.structured, &d.notes}) {
        const QByteArray utf8 = column->toUtf8();
        hash.addData(QByteArray(QByteArray::number(utf8.size()) + ':'));
        hash.addData(utf8);
    }
    hash.addData(QByteArray::number(FtsText::Version));
    return QString::fromLatin1(hash.result().toHex());
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

    struct Prepared
    {
        QString beforeHash;
        QString afterHash;
        IndexColumns before; ///< what to delete: the kept tokens and fillers, old notes
        IndexColumns after;  ///< what to insert: the same, new notes
    };

    std::vector<Prepared> prepared(changes.size());
    // Pure work (transform, filter, hash); half of it on a second thread.
    const auto prepareRange = [&changes, &prepared, &stored](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            const NotesChange &change = changes.at(i);
            const QVariant storedHash = stored.value(change.paperId);
            if (change.before.notes == change.notes || storedHash.isNull()) {
                continue; // unchanged, gone, or not indexed (indexed whole below)
            }
            Prepared &p = prepared[i];
            SearchDocument after = change.before;
            after.notes = change.notes;
            p.beforeHash = hash(change.before);
            if (p.beforeHash != storedHash.toString()) {
                continue; // the caller's snapshot is wrong: rebuilt below
            }
            p.afterHash = hash(after);
            const QString notesBefore = FtsText::indexText(change.before.notes);
            const QString notesAfter = FtsText::indexText(change.notes);
            QSet<QString> terms;
            addTerms(notesBefore, terms);
            addTerms(notesAfter, terms);
            const std::array<const QString *, 5> machine = {&change.before.title,
                                                            &change.before.authors,
                                                            &change.before.abstract,
                                                            &change.before.chinese,
                                                            &change.before.structured};
            for (size_t c = 0; c < machine.size(); ++c) {
                p.before[c] = keepOnly(FtsText::indexText(*machine[c]), terms);
                p.after[c] = p.before[c];
            }
            p.before[5] = notesBefore;
            p.after[5] = notesAfter;
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
        if (auto removed = removeColumns(change.paperId, p.before); !removed) {
            return removed;
        }
        if (auto inserted = insertColumns(change.paperId, p.after, p.afterHash); !inserted) {
            return inserted;
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
