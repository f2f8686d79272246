#include "core/db/pdfcachestore.h"

#include "core/db/sqlquery.h"

namespace PaperShelf::Core {

QString pdfStateName(PdfState state)
{
    switch (state) {
    case PdfState::Missing:
        return QStringLiteral("missing");
    case PdfState::Cached:
        return QStringLiteral("cached");
    case PdfState::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

PdfCacheStore::PdfCacheStore(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<void> PdfCacheStore::record(const PdfCacheEntry &entry)
{
    SqlQuery query(m_db,
                   QStringLiteral(
                       "INSERT OR REPLACE INTO pdf_cache(paper_id, url, state, file, bytes, error, fetched_at)"
                       " VALUES(?, ?, ?, ?, ?, ?, ?)"));
    query.add(entry.paperRowId)
        .add(entry.url)
        .add(pdfStateName(entry.state))
        .add(entry.file.isEmpty() ? QVariant() : QVariant(entry.file))
        .add(entry.bytes > 0 ? QVariant(entry.bytes) : QVariant())
        .add(entry.error.isEmpty() ? QVariant() : QVariant(entry.error))
        .add(entry.fetchedAt.isValid() ? QVariant(entry.fetchedAt.toUTC().toString(Qt::ISODate)) : QVariant());
    return query.exec();
}

Result<std::optional<PdfCacheEntry>> PdfCacheStore::entry(qint64 paperRowId)
{
    SqlQuery query(m_db,
                   QStringLiteral(
                       "SELECT url, state, file, bytes, error, fetched_at FROM pdf_cache WHERE paper_id = ?"));
    query.add(paperRowId);
    if (auto executed = query.exec(); !executed) {
        return executed.error();
    }
    if (!query.next()) {
        return std::optional<PdfCacheEntry>();
    }
    PdfCacheEntry entry;
    entry.paperRowId = paperRowId;
    entry.url = query.value(0).toString();
    const QString state = query.value(1).toString();
    entry.state = state == QLatin1String("cached") ? PdfState::Cached
                : state == QLatin1String("failed") ? PdfState::Failed
                                                   : PdfState::Missing;
    entry.file = query.value(2).toString();
    entry.bytes = query.value(3).toLongLong();
    entry.error = query.value(4).toString();
    entry.fetchedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODate);
    return std::optional<PdfCacheEntry>(entry);
}

} // namespace PaperShelf::Core
