#include "core/db/paperrepository.h"

#include "core/db/entrycodec.h"
#include "core/db/sqlquery.h"

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
    return load(QStringLiteral("p.key = ?"), key);
}

Result<std::optional<PaperDetails>> PaperRepository::paper(qint64 rowId)
{
    return load(QStringLiteral("p.id = ?"), rowId);
}

Result<QList<PaperDetails>> PaperRepository::papers(const QList<qint64> &rowIds)
{
    QList<PaperDetails> list;
    list.reserve(rowIds.size());
    for (const qint64 id : rowIds) {
        Result<std::optional<PaperDetails>> one = paper(id);
        if (!one) {
            return one.error();
        }
        if (*one) {
            list.append(std::move(**one));
        }
    }
    return list;
}

Result<std::optional<PaperDetails>> PaperRepository::load(const QString &condition, const QVariant &value)
{
    PaperDetails details;
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
        if (!query.next()) {
            return std::optional<PaperDetails>();
        }
        const QSqlRecord record = query.query().record();
        details.rowId = record.value(0).toLongLong();
        details.id = record.value(1).toString();
        details.arxivId = record.value(2).toString();
        details.arxivVersion = record.value(3).toInt();
        parseReadingStatus(record.value(4).toString(), &details.status);
        details.rating = record.value(5).toInt();
        details.favourite = record.value(6).toBool();
        details.notes = record.value(7).toString();
        details.text = EntryCodec::decode(record, 8);
    }
    {
        SqlQuery query(m_statements,
                       QStringLiteral("SELECT t.kind, t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id "
                                      "WHERE pt.paper_id = ?"));
        query.add(details.rowId);
        if (auto ok = query.exec(); !ok) {
            return ok.error();
        }
        while (query.next()) {
            Tag tag;
            parseTagKind(query.value(0).toString(), &tag.kind);
            tag.name = query.value(1).toString();
            details.tags.append(tag);
            if (tag.kind == TagKind::Topic) {
                details.topics.append(tag.name);
            }
        }
        std::sort(details.tags.begin(), details.tags.end(), [](const Tag &a, const Tag &b) {
            return a.kind != b.kind ? a.kind < b.kind : a.name < b.name;
        });
        details.topics.sort();
    }
    {
        // One appearance per digest, even when a digest lists the paper twice.
        SqlQuery query(m_statements,
                       QStringLiteral("SELECT DISTINCT d.date, d.topic, d.source FROM entries e "
                                      "JOIN digests d ON d.id = e.digest_id WHERE e.paper_id = ? "
                                      "ORDER BY d.date, d.source"));
        query.add(details.rowId);
        if (auto ok = query.exec(); !ok) {
            return ok.error();
        }
        while (query.next()) {
            details.appearances.append({QDate::fromString(query.value(0).toString(), Qt::ISODate),
                                        query.value(1).toString(),
                                        query.value(2).toString()});
        }
    }
    {
        SqlQuery query(m_statements,
                       QStringLiteral("SELECT s.url, coalesce(c.state = 'cached', 0) FROM screenshots s "
                                      "LEFT JOIN image_cache c ON c.url = s.url WHERE s.paper_id = ? "
                                      "ORDER BY s.position"));
        query.add(details.rowId);
        if (auto ok = query.exec(); !ok) {
            return ok.error();
        }
        while (query.next()) {
            details.screenshots.append({query.value(0).toString(), query.value(1).toBool()});
        }
    }
    return std::optional<PaperDetails>(std::move(details));
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
