#include "core/db/paperwriter.h"

#include "core/db/entrycodec.h"
#include "core/db/sqlquery.h"
#include "core/search/searchindex.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QScopeGuard>
#include <QSet>
#include <QSqlRecord>

#include <algorithm>
#include <map>
#include <optional>

namespace PaperShelf::Core {

namespace {

const QString KindTopic = QStringLiteral("topic");
const QString KindKeyword = QStringLiteral("keyword");

// One appearance of a paper as needed to pick its current entry.
struct EntryRef
{
    qint64 id = 0;
    int version = 0;
    QString date;
    QString source;
    int line = 0;
    QString topic;
    QString contentHash;

    // Latest appearance wins: by digest date, then source path, then line.
    bool isAfter(const EntryRef &other) const
    {
        if (date != other.date) {
            return date > other.date;
        }
        if (source != other.source) {
            return source > other.source;
        }
        return line > other.line;
    }
};

// "(?, ?), (?, ?), ..." for a multi-row VALUES clause. Statements are cached per
// row count; entries have at most a few dozen tags or screenshots.
QString repeatedRows(const QString &row, qsizetype count)
{
    QStringList rows;
    rows.fill(row, count);
    return rows.join(QLatin1String(", "));
}

QString titleKey(const QString &title)
{
    QString folded;
    folded.reserve(title.size());
    bool space = false;
    for (const QChar c : title.toCaseFolded()) {
        if (c.isLetterOrNumber()) {
            if (space && !folded.isEmpty()) {
                folded += QLatin1Char(' ');
            }
            folded += c;
            space = false;
        } else {
            space = true;
        }
    }
    const QByteArray hash = QCryptographicHash::hash(folded.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("t-") + QString::fromLatin1(hash);
}

} // namespace

PaperWriter::PaperWriter(const QSqlDatabase &db)
    : m_db(db)
    , m_statements(m_db)
    , m_index(m_db)
    , m_segments(m_db)
{
}

PaperWriter::~PaperWriter() = default;

void PaperWriter::discardBatch()
{
    m_tagIds.clear();
    m_index.forgetAllDocuments();
}

QString PaperWriter::paperKey(const DigestEntry &entry)
{
    return entry.arxivId.isEmpty() ? titleKey(entry.title) : entry.arxivId;
}

QString PaperWriter::normalizedTagName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

PreparedDigest PaperWriter::prepare(const ParsedDigest &digest)
{
    PreparedDigest prepared;
    prepared.encoded.reserve(digest.entries.size());
    prepared.columns.reserve(digest.entries.size());
    for (const DigestEntry &entry : digest.entries) {
        prepared.encoded.append(EntryCodec::encode(entry));
        prepared.columns.append(SearchIndex::transform(SearchDocument::fromEntry(entry, QString())));
    }
    return prepared;
}

Result<DigestStoreResult> PaperWriter::storeDigest(const ParsedDigest &digest,
                                                   const DigestSource &source,
                                                   const PreparedDigest *prepared)
{
    std::optional<PreparedDigest> preparedHere;
    if (!prepared) {
        preparedHere = prepare(digest);
        prepared = &*preparedHere;
    }
    m_digest = &digest;
    m_prepared = prepared;
    const auto forgetDigest = qScopeGuard([this] {
        m_digest = nullptr;
        m_prepared = nullptr;
        m_stored.clear();
        m_documents.clear();
        m_columns.clear();
    });
    m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_stored.clear();
    m_documents.clear();
    DigestStoreResult result;

    Transaction transaction(m_db, m_insideBatch ? QStringLiteral("digest") : QString());
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    // Tag ids are cached across digests; ids of tags a rolled-back digest created are not valid.
    bool committed = false;
    const auto forgetTagsOnFailure = qScopeGuard([this, &committed] {
        if (!committed) {
            m_tagIds.clear();
        }
    });

    // An unchanged file (same path and bytes, or the same bytes under another path) is left alone.
    qint64 digestId = 0;
    {
        SqlQuery query(m_statements, QStringLiteral("SELECT id, content_hash FROM digests WHERE path = ?"));
        query.add(source.path);
        if (auto ok = query.exec(); !ok) {
            return ok.error();
        }
        if (query.next()) {
            digestId = query.value(0).toLongLong();
            result.identical = query.value(1).toString() == source.contentHash;
        }
    }
    if (digestId == 0) {
        SqlQuery query(m_statements, QStringLiteral("SELECT 1 FROM digests WHERE content_hash = ? LIMIT 1"));
        query.add(source.contentHash);
        const Result<QVariant> copy = query.scalar();
        if (!copy) {
            return copy.error();
        }
        result.identical = !copy->isNull();
    }
    if (result.identical) {
        for (const DigestEntry &entry : digest.entries) {
            result.papers.insert(paperKey(entry), PaperChange::Unchanged);
        }
        return result;
    }

    // Which papers the new version of the digest names, and which exist already.
    QHash<QString, qint64> paperIds;
    for (const DigestEntry &entry : digest.entries) {
        const QString key = paperKey(entry);
        if (paperIds.contains(key)) {
            continue;
        }
        SqlQuery query(m_statements, QStringLiteral("SELECT id FROM papers WHERE key = ?"));
        query.add(key);
        const Result<QVariant> id = query.scalar();
        if (!id) {
            return id.error();
        }
        paperIds.insert(key, id->isNull() ? 0 : id->toLongLong());
    }

    // Papers the previous version of this digest held.
    QSet<qint64> oldPapers;
    if (digestId != 0) {
        SqlQuery query(m_statements, QStringLiteral("SELECT DISTINCT paper_id FROM entries WHERE digest_id = ?"));
        query.add(digestId);
        if (auto ok = query.exec(); !ok) {
            return ok.error();
        }
        while (query.next()) {
            oldPapers.insert(query.value(0).toLongLong());
        }
    }

    QSet<qint64> affected = oldPapers;
    for (const qint64 id : std::as_const(paperIds)) {
        if (id != 0) {
            affected.insert(id);
        }
    }

    // Snapshot, for papers the index is up to date for, what it holds and which
    // text that came from; a paper whose text moves is then marked for reindexing.
    SearchIndex &index = m_index;
    std::map<qint64, std::optional<SearchDocument>> documentsBefore;
    QHash<qint64, QString> fingerprintsBefore;
    QHash<qint64, QString> textHashesBefore;
    for (const qint64 id : std::as_const(affected)) {
        SqlQuery query(m_statements,
                       QStringLiteral("SELECT p.fingerprint, coalesce(e.content_hash, ''), "
                                      "EXISTS(SELECT 1 FROM fts_pending f WHERE f.paper_id = p.id) "
                                      "FROM papers p LEFT JOIN entries e ON e.id = p.current_entry_id WHERE p.id = ?"));
        query.add(id);
        if (auto ok = query.exec(); !ok) {
            return ok.error();
        }
        if (!query.next()) {
            continue;
        }
        fingerprintsBefore.insert(id, query.value(0).toString());
        textHashesBefore.insert(id, query.value(1).toString());
        if (query.value(2).toBool()) {
            continue; // already pending: fts_pending holds what the index has
        }
        Result<std::optional<SearchDocument>> document = index.currentDocument(id);
        if (!document) {
            return document.error();
        }
        documentsBefore.emplace(id, std::move(*document));
    }

    if (digestId == 0) {
        SqlQuery insert(m_statements,
                        QStringLiteral("INSERT INTO digests(path, source, topic, date, content_hash, entry_count, "
                                       "imported_at) VALUES(?, ?, ?, ?, ?, ?, ?)"));
        insert.add(source.path)
            .add(source.source)
            .add(digest.topic)
            .add(digest.date.toString(Qt::ISODate))
            .add(source.contentHash)
            .add(digest.entries.size())
            .add(m_now);
        if (auto ok = insert.exec(); !ok) {
            return ok.error();
        }
        digestId = insert.lastInsertId();
    } else {
        SqlQuery update(m_statements,
                        QStringLiteral("UPDATE digests SET source = ?, topic = ?, date = ?, content_hash = ?, "
                                       "entry_count = ?, imported_at = ? WHERE id = ?"));
        update.add(source.source)
            .add(digest.topic)
            .add(digest.date.toString(Qt::ISODate))
            .add(source.contentHash)
            .add(digest.entries.size())
            .add(m_now)
            .add(digestId);
        if (auto ok = update.exec(); !ok) {
            return ok.error();
        }
        // Replace this digest's entries, except for papers that would lose their
        // last appearance: their machine text is all the library has of them.
        QSet<qint64> stillNamed;
        for (const qint64 id : std::as_const(paperIds)) {
            stillNamed.insert(id);
        }
        for (const qint64 id : std::as_const(oldPapers)) {
            if (stillNamed.contains(id)) {
                continue;
            }
            SqlQuery elsewhere(m_statements,
                               QStringLiteral("SELECT 1 FROM entries WHERE paper_id = ? AND digest_id <> ? LIMIT 1"));
            elsewhere.add(id).add(digestId);
            const Result<QVariant> found = elsewhere.scalar();
            if (!found) {
                return found.error();
            }
            if (found->isNull()) {
                stillNamed.insert(id); // keep: see above
                result.notes.append(
                    QStringLiteral("paper %1 is no longer in this digest; its earlier text is kept").arg(id));
                oldPapers.remove(id);
                continue;
            }
            SqlQuery remove(m_statements, QStringLiteral("DELETE FROM entries WHERE digest_id = ? AND paper_id = ?"));
            remove.add(digestId).add(id);
            if (auto ok = remove.exec(); !ok) {
                return ok.error();
            }
        }
        for (const qint64 id : std::as_const(paperIds)) {
            if (id == 0) {
                continue;
            }
            SqlQuery remove(m_statements, QStringLiteral("DELETE FROM entries WHERE digest_id = ? AND paper_id = ?"));
            remove.add(digestId).add(id);
            if (auto ok = remove.exec(); !ok) {
                return ok.error();
            }
        }
    }

    const QHash<QString, qint64> existingBefore = paperIds;
    if (auto stored = storeEntries(digestId, digest, *prepared, paperIds); !stored) {
        return stored.error();
    }

    QSet<qint64> newPapers;
    for (auto it = paperIds.cbegin(); it != paperIds.cend(); ++it) {
        affected.insert(it.value());
        if (!oldPapers.contains(it.value())) {
            ++result.appearancesAdded;
        }
        if (existingBefore.value(it.key()) == 0) {
            newPapers.insert(it.value());
        }
    }

    // Sorted, so that which spelling of a new tag is stored first does not depend on hashing.
    QList<qint64> ordered(affected.cbegin(), affected.cend());
    std::sort(ordered.begin(), ordered.end());
    for (const qint64 id : std::as_const(ordered)) {
        if (auto refreshed = refreshPaper(id, newPapers.contains(id)); !refreshed) {
            return refreshed.error();
        }
        SqlQuery query(m_statements,
                       QStringLiteral("SELECT coalesce(e.content_hash, ''), p.current_entry_id FROM papers p "
                                      "LEFT JOIN entries e ON e.id = p.current_entry_id WHERE p.id = ?"));
        query.add(id);
        if (auto ok = query.exec(); !ok) {
            return ok.error();
        }
        if (!query.next()) {
            continue;
        }
        const QString textHash = query.value(0).toString();
        const qint64 currentEntryId = query.value(1).toLongLong();
        if (textHashesBefore.contains(id) && textHashesBefore.value(id) == textHash) {
            continue;
        }
        if (auto synced = syncReviewSegments(id, currentEntryId); !synced) {
            return synced.error();
        }
        const auto before = documentsBefore.find(id);
        if (textHashesBefore.contains(id) && before == documentsBefore.end()) {
            continue; // pending since an earlier digest
        }
        if (auto marked = index.markChanged(id, before == documentsBefore.end() ? std::nullopt : before->second);
            !marked) {
            return marked.error();
        }
    }

    for (auto it = paperIds.cbegin(); it != paperIds.cend(); ++it) {
        PaperChange change = PaperChange::Unchanged;
        if (newPapers.contains(it.value())) {
            change = PaperChange::Added;
        } else {
            SqlQuery query(m_statements, QStringLiteral("SELECT fingerprint FROM papers WHERE id = ?"));
            query.add(it.value());
            const Result<QVariant> fingerprint = query.scalar();
            if (!fingerprint) {
                return fingerprint.error();
            }
            if (fingerprint->toString() != fingerprintsBefore.value(it.value())) {
                change = PaperChange::Updated;
            }
        }
        result.papers.insert(it.key(), change);
    }

    // Machine tags nobody carries any more go; user tags are never removed here.
    {
        SqlQuery orphans(m_statements, QStringLiteral("DELETE FROM tags WHERE kind <> 'user' AND paper_count <= 0"));
        if (auto ok = orphans.exec(); !ok) {
            return ok.error();
        }
        if (orphans.numRowsAffected() > 0) {
            m_tagIds.clear();
        }
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    committed = true;
    // Only a committed digest may tell the index what its papers now read.
    for (auto &[paperId, document] : m_documents) {
        const auto columns = m_columns.find(paperId);
        m_index.rememberDocument(paperId,
                                 std::move(document),
                                 columns == m_columns.end() ? std::nullopt
                                                            : std::make_optional(std::move(columns->second)));
    }
    return result;
}

Result<void> PaperWriter::syncReviewSegments(qint64 paperId, qint64 currentEntryId)
{
    if (currentEntryId == 0) {
        return {};
    }
    if (const auto stored = m_stored.constFind(currentEntryId); stored != m_stored.cend()) {
        return m_segments.syncPaper(paperId, m_digest->entries.at(stored.value()));
    }
    SqlQuery query(m_statements, QStringLiteral("SELECT %1 FROM entries e WHERE e.id = ?").arg(EntryCodec::columns()));
    query.add(currentEntryId);
    if (auto ok = query.exec(); !ok) {
        return ok;
    }
    if (!query.next()) {
        return {};
    }
    return m_segments.syncPaper(paperId, EntryCodec::decode(query.query().record(), 0));
}

Result<void> PaperWriter::storeEntries(qint64 digestId,
                                       const ParsedDigest &digest,
                                       const PreparedDigest &prepared,
                                       QHash<QString, qint64> &paperIds)
{
    const QString date = digest.date.toString(Qt::ISODate);
    for (qsizetype i = 0; i < digest.entries.size(); ++i) {
        const DigestEntry &entry = digest.entries.at(i);
        const EntryCodec::Encoded &encoded = prepared.encoded.at(i);
        const QString key = paperKey(entry);
        qint64 paperId = paperIds.value(key);
        if (paperId == 0) {
            SqlQuery insert(m_statements,
                            QStringLiteral("INSERT INTO papers(key, arxiv_id, arxiv_version, title, latest_date, "
                                           "added_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?)"));
            insert.add(key)
                .add(entry.arxivId.isEmpty() ? QVariant() : QVariant(entry.arxivId))
                .add(entry.arxivVersion)
                .add(entry.title)
                .add(date)
                .add(m_now)
                .add(m_now);
            if (auto ok = insert.exec(); !ok) {
                return ok;
            }
            paperId = insert.lastInsertId();
            paperIds.insert(key, paperId);
        }
        SqlQuery insert(m_statements,
                        QStringLiteral(
                            "INSERT INTO entries(paper_id, digest_id, line, arxiv_version, title, authors, "
                            "abstract, pdf_url, comment, links, summary_zh, takeaways_zh, structured, "
                            "screenshots, content_hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.add(paperId)
            .add(digestId)
            .add(entry.line)
            .add(entry.arxivVersion)
            .add(entry.title)
            .add(encoded.authors)
            .add(entry.abstract)
            .add(entry.pdfUrl)
            .add(entry.comment)
            .add(encoded.links)
            .add(entry.summaryZh)
            .add(encoded.takeaways)
            .add(encoded.structured)
            .add(encoded.screenshots)
            .add(encoded.contentHash);
        if (auto ok = insert.exec(); !ok) {
            return ok;
        }
        m_stored.insert(insert.lastInsertId(), i);
    }
    return {};
}

Result<qint64> PaperWriter::tagId(const QString &kind, const QString &name)
{
    const QString norm = normalizedTagName(name);
    const QString cacheKey = kind + QLatin1Char('\n') + norm;
    if (const auto it = m_tagIds.constFind(cacheKey); it != m_tagIds.cend()) {
        return it.value();
    }
    SqlQuery find(m_statements, QStringLiteral("SELECT id FROM tags WHERE kind = ? AND norm = ?"));
    find.add(kind).add(norm);
    const Result<QVariant> found = find.scalar();
    if (!found) {
        return found.error();
    }
    qint64 id = 0;
    if (!found->isNull()) {
        id = found->toLongLong();
    } else {
        SqlQuery insert(m_statements, QStringLiteral("INSERT INTO tags(kind, name, norm) VALUES(?, ?, ?)"));
        insert.add(kind).add(name.simplified()).add(norm);
        if (auto ok = insert.exec(); !ok) {
            return ok.error();
        }
        id = insert.lastInsertId();
    }
    m_tagIds.insert(cacheKey, id);
    return id;
}

Result<void> PaperWriter::refreshPaper(qint64 paperId, bool isNew)
{
    QList<EntryRef> refs;
    {
        SqlQuery query(m_statements,
                       QStringLiteral("SELECT e.id, e.arxiv_version, d.date, d.source, e.line, d.topic, e.content_hash "
                                      "FROM entries e JOIN digests d ON d.id = e.digest_id WHERE e.paper_id = ?"));
        query.add(paperId);
        if (auto ok = query.exec(); !ok) {
            return ok;
        }
        while (query.next()) {
            refs.append({query.value(0).toLongLong(),
                         query.value(1).toInt(),
                         query.value(2).toString(),
                         query.value(3).toString(),
                         query.value(4).toInt(),
                         query.value(5).toString(),
                         query.value(6).toString()});
        }
    }
    if (refs.isEmpty()) {
        return {};
    }
    const EntryRef *current = &refs.first();
    int version = 0;
    QString latestDate;
    QStringList topics;
    for (const EntryRef &ref : refs) {
        if (ref.isAfter(*current)) {
            current = &ref;
        }
        version = std::max(version, ref.version);
        latestDate = std::max(latestDate, ref.date);
        if (!ref.topic.isEmpty() && !topics.contains(ref.topic)) {
            topics.append(ref.topic);
        }
    }
    topics.sort();

    QString title;
    StructuredSummary structured;
    QStringList screenshots;
    if (const auto stored = m_stored.constFind(current->id); stored != m_stored.cend()) {
        // The current text was just parsed: use it instead of decoding it back from the row.
        const DigestEntry &entry = m_digest->entries.at(stored.value());
        title = entry.title;
        structured = entry.structured;
        screenshots = entry.screenshots;
        m_documents.insert_or_assign(paperId, SearchDocument::fromEntry(entry, QString()));
        m_columns.insert_or_assign(paperId, m_prepared->columns.at(stored.value()));
    } else {
        // Whatever the index was offered earlier may be stale now; it decodes the row instead.
        m_documents.erase(paperId);
        m_columns.erase(paperId);
        m_index.forgetDocument(paperId);
        SqlQuery query(m_statements, QStringLiteral("SELECT title, structured, screenshots FROM entries WHERE id = ?"));
        query.add(current->id);
        if (auto ok = query.exec(); !ok) {
            return ok;
        }
        if (query.next()) {
            title = query.value(0).toString();
            structured = EntryCodec::decodeStructured(query.value(1).toString());
            screenshots = EntryCodec::decodeList(query.value(2).toString());
        }
    }

    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(current->contentHash.toUtf8());
    hash.addData(QByteArray::number(version));
    hash.addData(latestDate.toUtf8());
    hash.addData(topics.join(QLatin1Char('\n')).toUtf8());
    const QString fingerprint = QString::fromLatin1(hash.result().toHex());

    SqlQuery update(m_statements,
                    QStringLiteral("UPDATE papers SET title = ?, arxiv_version = ?, latest_date = ?, "
                                   "current_entry_id = ?, screenshot_count = ?, topics_text = ?, "
                                   "updated_at = CASE WHEN fingerprint = ? THEN updated_at ELSE ? END, "
                                   "fingerprint = ? WHERE id = ?"));
    update.add(title)
        .add(version)
        .add(latestDate)
        .add(current->id)
        .add(screenshots.size())
        .add(topics.join(QStringLiteral(", ")))
        .add(fingerprint)
        .add(m_now)
        .add(fingerprint)
        .add(paperId);
    if (auto ok = update.exec(); !ok) {
        return ok;
    }

    // Machine tags: topics of all appearances, keywords of the current one.
    QSet<qint64> wanted;
    for (const QString &topic : std::as_const(topics)) {
        const Result<qint64> id = tagId(KindTopic, topic);
        if (!id) {
            return id.error();
        }
        wanted.insert(*id);
    }
    for (const QString &keyword : std::as_const(structured.keywords)) {
        if (keyword.trimmed().isEmpty()) {
            continue;
        }
        const Result<qint64> id = tagId(KindKeyword, keyword);
        if (!id) {
            return id.error();
        }
        wanted.insert(*id);
    }
    // A paper created by this digest has no tags or screenshots yet: skip reading them.
    QSet<qint64> have;
    if (!isNew) {
        SqlQuery query(m_statements,
                       QStringLiteral("SELECT pt.tag_id FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id "
                                      "WHERE pt.paper_id = ? AND t.kind <> 'user'"));
        query.add(paperId);
        if (auto ok = query.exec(); !ok) {
            return ok;
        }
        while (query.next()) {
            have.insert(query.value(0).toLongLong());
        }
    }
    for (const qint64 tag : std::as_const(have)) {
        if (!wanted.contains(tag)) {
            SqlQuery remove(m_statements, QStringLiteral("DELETE FROM paper_tags WHERE paper_id = ? AND tag_id = ?"));
            remove.add(paperId).add(tag);
            if (auto ok = remove.exec(); !ok) {
                return ok;
            }
        }
    }
    QList<qint64> added;
    for (const qint64 tag : std::as_const(wanted)) {
        if (!have.contains(tag)) {
            added.append(tag);
        }
    }
    std::sort(added.begin(), added.end());
    if (!added.isEmpty()) {
        // One multi-row statement per paper instead of one per tag.
        SqlQuery insert(m_statements,
                        QStringLiteral("INSERT INTO paper_tags(paper_id, tag_id) VALUES ")
                            + repeatedRows(QStringLiteral("(?, ?)"), added.size()));
        for (const qint64 tag : std::as_const(added)) {
            insert.add(paperId).add(tag);
        }
        if (auto ok = insert.exec(); !ok) {
            return ok;
        }
    }

    QStringList storedScreenshots;
    if (!isNew) {
        SqlQuery query(m_statements,
                       QStringLiteral("SELECT url FROM screenshots WHERE paper_id = ? ORDER BY position"));
        query.add(paperId);
        if (auto ok = query.exec(); !ok) {
            return ok;
        }
        while (query.next()) {
            storedScreenshots.append(query.value(0).toString());
        }
    }
    if (storedScreenshots != screenshots) {
        if (!isNew) {
            SqlQuery remove(m_statements, QStringLiteral("DELETE FROM screenshots WHERE paper_id = ?"));
            remove.add(paperId);
            if (auto ok = remove.exec(); !ok) {
                return ok;
            }
        }
        if (!screenshots.isEmpty()) {
            SqlQuery insert(m_statements,
                            QStringLiteral("INSERT INTO screenshots(paper_id, position, url) VALUES ")
                                + repeatedRows(QStringLiteral("(?, ?, ?)"), screenshots.size()));
            for (int i = 0; i < screenshots.size(); ++i) {
                insert.add(paperId).add(i).add(screenshots.at(i));
            }
            if (auto ok = insert.exec(); !ok) {
                return ok;
            }
        }
    }
    return {};
}

} // namespace PaperShelf::Core
