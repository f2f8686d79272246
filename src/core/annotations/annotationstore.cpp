#include "core/annotations/annotationstore.h"

#include "core/search/searchindex.h"

#include <QCoreApplication>
#include <QDateTime>

namespace PaperShelf::Core {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

AnnotationStore::AnnotationStore(const QSqlDatabase &db)
    : m_db(db)
    , m_statements(db)
    , m_index(std::make_unique<SearchIndex>(db))
{
}

AnnotationStore::~AnnotationStore() = default;

Result<QList<Annotation>> AnnotationStore::annotations(const QList<qint64> &paperIds)
{
    QList<Annotation> result;
    result.reserve(paperIds.size());
    const QString sql = QStringLiteral("SELECT p.id, a.status, a.rating, a.favourite, a.notes, a.updated_at"
                                       " FROM papers p LEFT JOIN annotations a ON a.paper_id = p.id WHERE p.id = ?");
    for (const qint64 id : paperIds) {
        SqlQuery query(m_statements, sql);
        query.add(id);
        if (auto ok = query.exec(); !ok) {
            return ok.error();
        }
        if (!query.next()) {
            continue;
        }
        Annotation annotation;
        annotation.paperId = id;
        if (!query.value(1).isNull()) {
            parseReadingStatus(query.value(1).toString(), &annotation.status);
            annotation.rating = query.value(2).toInt();
            annotation.favourite = query.value(3).toBool();
            annotation.notes = query.value(4).toString();
            annotation.updatedAt = query.value(5).toString();
        }
        result.append(annotation);
    }
    return result;
}

Result<void> AnnotationStore::setColumn(const QList<qint64> &paperIds, const QString &column, const QVariant &value)
{
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok;
    }
    // `column` is one of our own names, never user input.
    const QString sql = QStringLiteral("INSERT INTO annotations(paper_id, %1, updated_at) VALUES(?, ?, ?)"
                                       " ON CONFLICT(paper_id) DO UPDATE SET %1 = excluded.%1,"
                                       " updated_at = excluded.updated_at WHERE %1 IS NOT excluded.%1")
                            .arg(column);
    const QString stamp = now();
    for (const qint64 id : paperIds) {
        SqlQuery upsert(m_statements, sql);
        upsert.add(id).add(value).add(stamp);
        if (auto ok = upsert.exec(); !ok) {
            return ok;
        }
    }
    return transaction.commit();
}

Result<void> AnnotationStore::setStatus(const QList<qint64> &paperIds, ReadingStatus status)
{
    return setColumn(paperIds, QStringLiteral("status"), readingStatusName(status));
}

Result<void> AnnotationStore::setRating(const QList<qint64> &paperIds, int rating)
{
    if (rating < 0 || rating > 5) {
        return Error{tr("A rating is 0 to 5 stars, not %1.").arg(rating)};
    }
    return setColumn(paperIds, QStringLiteral("rating"), rating);
}

Result<void> AnnotationStore::setFavourite(const QList<qint64> &paperIds, bool favourite)
{
    return setColumn(paperIds, QStringLiteral("favourite"), favourite ? 1 : 0);
}

Result<void> AnnotationStore::setNotes(qint64 paperId, const QString &notes)
{
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok;
    }
    SearchIndex &index = *m_index;
    // A pending paper is indexed at the next flush, notes included; otherwise the
    // indexed document changes here, in the same transaction as the notes.
    Result<bool> pending = index.isPending(paperId);
    if (!pending) {
        return pending.error();
    }
    std::optional<SearchDocument> before;
    if (!*pending) {
        Result<std::optional<SearchDocument>> current = index.currentDocument(paperId);
        if (!current) {
            return current.error();
        }
        before = *current;
    }
    SqlQuery upsert(m_statements,
                    QStringLiteral("INSERT INTO annotations(paper_id, notes, updated_at) VALUES(?, ?, ?)"
                                   " ON CONFLICT(paper_id) DO UPDATE SET notes = excluded.notes,"
                                   " updated_at = excluded.updated_at WHERE notes IS NOT excluded.notes"));
    upsert.add(paperId).add(notes).add(now());
    if (auto ok = upsert.exec(); !ok) {
        return ok;
    }
    if (before) {
        // Only the terms of the old and new notes are rewritten (see SearchIndex).
        if (auto ok = index.replaceNotes({{paperId, *before, notes}}); !ok) {
            return ok;
        }
    }
    return transaction.commit();
}

Result<void> AnnotationStore::restore(const QList<Annotation> &saved)
{
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok;
    }
    const QString sql = QStringLiteral("INSERT INTO annotations(paper_id, status, rating, favourite, updated_at)"
                                       " VALUES(?, ?, ?, ?, ?) ON CONFLICT(paper_id) DO UPDATE SET"
                                       " status = excluded.status, rating = excluded.rating,"
                                       " favourite = excluded.favourite, updated_at = excluded.updated_at");
    const QString stamp = now();
    for (const Annotation &annotation : saved) {
        SqlQuery upsert(m_statements, sql);
        upsert.add(annotation.paperId)
            .add(readingStatusName(annotation.status))
            .add(annotation.rating)
            .add(annotation.favourite ? 1 : 0)
            .add(stamp);
        if (auto ok = upsert.exec(); !ok) {
            return ok;
        }
    }
    return transaction.commit();
}

} // namespace PaperShelf::Core
