#include "core/arxiv/arxivmetadatastore.h"

#include "core/db/entrycodec.h"
#include "core/db/sqlquery.h"
#include "core/search/searchindex.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace PaperShelf::Core {

namespace {

QString toIso(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromIso(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace

ArxivMetadataStore::ArxivMetadataStore(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<void> ArxivMetadataStore::save(qint64 paperRowId, const ArxivRecord &record, const QDateTime &fetchedAt)
{
    const QString id = record.version > 0 ? QStringLiteral("%1v%2").arg(record.arxivId, QString::number(record.version))
                                          : record.arxivId;
    SqlQuery query(m_db,
                   QStringLiteral("INSERT OR REPLACE INTO arxiv_metadata(paper_id, arxiv_id, title, authors, abstract,"
                                  " published, updated, primary_category, fetched_at)"
                                  " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.add(paperRowId)
        .add(id)
        .add(record.title)
        .add(
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(record.authors)).toJson(QJsonDocument::Compact)))
        .add(record.abstract)
        .add(toIso(record.published))
        .add(toIso(record.updated))
        .add(record.primaryCategory)
        .add(toIso(fetchedAt));
    return query.exec();
}

Result<std::optional<ArxivRecord>> ArxivMetadataStore::load(qint64 paperRowId)
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT arxiv_id, title, authors, abstract, published, updated, primary_category"
                                  " FROM arxiv_metadata WHERE paper_id = ?"));
    query.add(paperRowId);
    if (auto executed = query.exec(); !executed) {
        return executed.error();
    }
    if (!query.next()) {
        return std::optional<ArxivRecord>();
    }
    ArxivRecord record;
    const QString id = query.value(0).toString();
    const qsizetype v = id.lastIndexOf(QLatin1Char('v'));
    bool numeric = false;
    const int version = v > 0 ? id.mid(v + 1).toInt(&numeric) : 0;
    record.arxivId = numeric ? id.left(v) : id;
    record.version = numeric ? version : 0;
    record.title = query.value(1).toString();
    const QJsonArray authors = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array();
    for (const QJsonValue &author : authors) {
        record.authors.append(author.toString());
    }
    record.abstract = query.value(3).toString();
    record.published = fromIso(query.value(4));
    record.updated = fromIso(query.value(5));
    record.primaryCategory = query.value(6).toString();
    return std::optional<ArxivRecord>(record);
}

Result<QDateTime> ArxivMetadataStore::fetchedAt(qint64 paperRowId)
{
    SqlQuery query(m_db, QStringLiteral("SELECT fetched_at FROM arxiv_metadata WHERE paper_id = ?"));
    query.add(paperRowId);
    const Result<QVariant> value = query.scalar();
    if (!value) {
        return value.error();
    }
    return fromIso(*value);
}

Result<void> ArxivMetadataStore::applyToPaper(qint64 paperRowId, const QList<ArxivDifference> &chosen)
{
    if (chosen.isEmpty()) {
        return {};
    }
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    SearchIndex index(m_db);
    const Result<std::optional<SearchDocument>> before = index.currentDocument(paperRowId);
    if (!before) {
        return before.error();
    }
    for (const ArxivDifference &difference : chosen) {
        QString column;
        QString value = difference.arxivText;
        switch (difference.field) {
        case ArxivField::Title:
            column = QStringLiteral("title");
            break;
        case ArxivField::Authors:
            column = QStringLiteral("authors");
            value = EntryCodec::encodeList(difference.arxivText.split(QStringLiteral(", "), Qt::SkipEmptyParts));
            break;
        case ArxivField::Abstract:
            column = QStringLiteral("abstract");
            break;
        }
        // The column name comes from the switch above, never from data.
        SqlQuery update(m_db,
                        QStringLiteral("UPDATE entries SET %1 = ? WHERE id = (SELECT current_entry_id FROM papers"
                                       " WHERE id = ?)")
                            .arg(column));
        update.add(value).add(paperRowId);
        if (auto updated = update.exec(); !updated) {
            return updated;
        }
        if (difference.field == ArxivField::Title) {
            SqlQuery title(m_db, QStringLiteral("UPDATE papers SET title = ? WHERE id = ?"));
            title.add(difference.arxivText).add(paperRowId);
            if (auto updated = title.exec(); !updated) {
                return updated;
            }
        }
    }
    if (auto marked = index.markChanged(paperRowId, *before); !marked) {
        return marked;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    const Result<int> flushed = index.flushPending();
    return flushed ? Result<void>() : Result<void>(flushed.error());
}

} // namespace PaperShelf::Core
