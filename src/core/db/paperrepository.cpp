#include "core/db/paperrepository.h"

#include "core/db/entrycodec.h"
#include "core/db/sqlquery.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlRecord>

#include <algorithm>

namespace PaperShelf::Core {

PaperRepository::PaperRepository(const QSqlDatabase &db)
    : m_db(db)
    , m_statements(db)
{
}

PaperRepository::~PaperRepository() = default;

Result<std::optional<PaperDetails>> PaperRepository::paper(const QString &id)
{
    static const QRegularExpression versioned(QStringLiteral("^(.+\\d)v\\d+$"));
    QString key = id.trimmed();
    if (const QRegularExpressionMatch match = versioned.match(key); match.hasMatch() && !key.startsWith(u"t-")) {
        key = match.captured(1);
    }
    return first(load(QStringLiteral("p.key = ?"), key));
}

Result<std::optional<PaperDetails>> PaperRepository::paper(qint64 rowId)
{
    return first(load(QStringLiteral("p.id = ?"), rowId));
}

Result<QList<PaperDetails>> PaperRepository::papers(const QList<qint64> &rowIds)
{
    // Four queries for the whole list (loading paper by paper took four per paper).
    Result<QList<PaperDetails>> loaded = load(QStringLiteral("p.id IN (SELECT value FROM json_each(?))"),
                                              jsonArray(rowIds),
                                              rowIds.size());
    if (!loaded) {
        return loaded;
    }
    QHash<qint64, qsizetype> at; // row id -> index in *loaded
    at.reserve(loaded->size());
    for (qsizetype i = 0; i < loaded->size(); ++i) {
        at.insert(loaded->at(i).rowId, i);
    }
    // In the order asked for; an id asked for twice is listed twice, as before.
    QHash<qint64, int> uses;
    for (const qint64 id : rowIds) {
        ++uses[id];
    }
    QList<PaperDetails> list;
    list.reserve(loaded->size());
    for (const qint64 id : rowIds) {
        const auto found = at.constFind(id);
        if (found == at.cend()) {
            continue;
        }
        PaperDetails &details = (*loaded)[*found];
        list.append(--uses[id] == 0 ? std::move(details) : details);
    }
    return list;
}

Result<std::optional<PaperDetails>> PaperRepository::first(Result<QList<PaperDetails>> loaded)
{
    if (!loaded) {
        return loaded.error();
    }
    if (loaded->isEmpty()) {
        return std::optional<PaperDetails>();
    }
    return std::optional<PaperDetails>(std::move(loaded->first()));
}

Result<QList<PaperDetails>> PaperRepository::load(const QString &condition, const QVariant &value, qsizetype expected)
{
    QList<PaperDetails> list;
    list.reserve(expected);
    {
        SqlQuery query(m_statements,
                       QStringLiteral("SELECT p.id, p.key, coalesce(p.arxiv_id, ''), p.arxiv_version, "
                                      "coalesce(a.status, 'unread'), coalesce(a.rating, 0), coalesce(a.favourite, 0), "
                                      "coalesce(a.notes, ''), ")
                           + EntryCodec::columns()
                           + QStringLiteral(" FROM papers p LEFT JOIN entries e ON e.id = p.current_entry_id "
                                            "LEFT JOIN annotations a ON a.paper_id = p.id WHERE ")
                           + condition);
        query.add(value);
        if (auto ok = query.exec(); !ok) {
            return ok.error();
        }
        while (query.next()) {
            const QSqlRecord record = query.query().record();
            PaperDetails details;
            details.rowId = record.value(0).toLongLong();
            details.id = record.value(1).toString();
            details.arxivId = record.value(2).toString();
            details.arxivVersion = record.value(3).toInt();
            parseReadingStatus(record.value(4).toString(), &details.status);
            details.rating = record.value(5).toInt();
            details.favourite = record.value(6).toBool();
            details.notes = record.value(7).toString();
            details.text = EntryCodec::decode(record, 8);
            list.append(std::move(details));
        }
    }
    if (list.isEmpty()) {
        return list;
    }
    QHash<qint64, PaperDetails *> byId;
    byId.reserve(list.size());
    QList<qint64> ids;
    ids.reserve(list.size());
    for (PaperDetails &details : list) {
        byId.insert(details.rowId, &details);
        ids.append(details.rowId);
    }
    const QString idList = jsonArray(ids);
    {
        SqlQuery query(m_statements,
                       QStringLiteral("SELECT pt.paper_id, t.kind, t.name FROM paper_tags pt JOIN tags t ON t.id = "
                                      "pt.tag_id WHERE pt.paper_id IN (SELECT value FROM json_each(?))"));
        query.add(idList);
        if (auto ok = query.exec(); !ok) {
            return ok.error();
        }
        while (query.next()) {
            PaperDetails *details = byId.value(query.value(0).toLongLong());
            if (!details) {
                continue;
            }
            Tag tag;
            parseTagKind(query.value(1).toString(), &tag.kind);
            tag.name = query.value(2).toString();
            details->tags.append(tag);
            if (tag.kind == TagKind::Topic) {
                details->topics.append(tag.name);
            }
        }
        for (PaperDetails &details : list) {
            std::sort(details.tags.begin(), details.tags.end(), [](const Tag &a, const Tag &b) {
                return a.kind != b.kind ? a.kind < b.kind : a.name < b.name;
            });
            details.topics.sort();
        }
    }
    {
        // One appearance per digest, even when a digest lists the paper twice.
        SqlQuery query(m_statements,
                       QStringLiteral("SELECT DISTINCT e.paper_id, d.date, d.topic, d.source FROM entries e "
                                      "JOIN digests d ON d.id = e.digest_id "
                                      "WHERE e.paper_id IN (SELECT value FROM json_each(?)) "
                                      "ORDER BY e.paper_id, d.date, d.source"));
        query.add(idList);
        if (auto ok = query.exec(); !ok) {
            return ok.error();
        }
        while (query.next()) {
            if (PaperDetails *details = byId.value(query.value(0).toLongLong())) {
                details->appearances.append({QDate::fromString(query.value(1).toString(), Qt::ISODate),
                                             query.value(2).toString(),
                                             query.value(3).toString()});
            }
        }
    }
    {
        SqlQuery query(m_statements,
                       QStringLiteral("SELECT s.paper_id, s.url, coalesce(c.state = 'cached', 0) FROM screenshots s "
                                      "LEFT JOIN image_cache c ON c.url = s.url "
                                      "WHERE s.paper_id IN (SELECT value FROM json_each(?)) "
                                      "ORDER BY s.paper_id, s.position"));
        query.add(idList);
        if (auto ok = query.exec(); !ok) {
            return ok.error();
        }
        while (query.next()) {
            if (PaperDetails *details = byId.value(query.value(0).toLongLong())) {
                details->screenshots.append({query.value(1).toString(), query.value(2).toBool()});
            }
        }
    }
    return list;
}

Result<LibraryStats> PaperRepository::stats()
{
    LibraryStats stats;
    SqlQuery query(m_db,
                   QStringLiteral("SELECT (SELECT count(*) FROM papers), (SELECT count(*) FROM digests), "
                                  "(SELECT count(*) FROM (SELECT DISTINCT paper_id, digest_id FROM entries)), "
                                  "(SELECT count(*) FROM screenshots), (SELECT count(*) FROM tags), "
                                  "(SELECT user_version FROM pragma_user_version)"));
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    if (query.next()) {
        stats.papers = query.value(0).toInt();
        stats.digests = query.value(1).toInt();
        stats.appearances = query.value(2).toInt();
        stats.screenshots = query.value(3).toInt();
        stats.tags = query.value(4).toInt();
        stats.schemaVersion = query.value(5).toInt();
    }
    return stats;
}

} // namespace PaperShelf::Core
