#include "core/annotations/usertagstore.h"

#include "core/db/paperwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace PaperShelf::Core {

namespace {

Error unknownTag(const QString &name)
{
    return Error{UserTagStore::tr("There is no tag called “%1”.").arg(name)};
}

} // namespace

UserTagStore::UserTagStore(const QSqlDatabase &db)
    : m_db(db)
    , m_statements(db)
{
}

UserTagStore::~UserTagStore() = default;

Result<QList<UserTag>> UserTagStore::tags()
{
    SqlQuery query(m_statements,
                   QStringLiteral("SELECT name, coalesce(color, ''), paper_count FROM tags"
                                  " WHERE kind = 'user' ORDER BY norm, name"));
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    QList<UserTag> list;
    while (query.next()) {
        list.append(UserTag{query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    }
    return list;
}

Result<std::optional<UserTag>> UserTagStore::tag(const QString &name)
{
    SqlQuery query(m_statements,
                   QStringLiteral("SELECT name, coalesce(color, ''), paper_count FROM tags"
                                  " WHERE kind = 'user' AND norm = ?"));
    query.add(PaperWriter::normalizedTagName(name));
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    if (!query.next()) {
        return std::optional<UserTag>();
    }
    return std::optional<UserTag>(
        UserTag{query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
}

Result<std::optional<qint64>> UserTagStore::idOf(const QString &name)
{
    SqlQuery query(m_statements, QStringLiteral("SELECT id FROM tags WHERE kind = 'user' AND norm = ?"));
    query.add(PaperWriter::normalizedTagName(name));
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    if (!query.next()) {
        return std::optional<qint64>();
    }
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<qint64> UserTagStore::ensure(const QString &name)
{
    const QString spelled = name.simplified();
    if (spelled.isEmpty()) {
        return Error{tr("A tag needs a name.")};
    }
    Result<std::optional<qint64>> existing = idOf(spelled);
    if (!existing) {
        return existing.error();
    }
    if (*existing) {
        return **existing;
    }
    SqlQuery insert(m_statements, QStringLiteral("INSERT INTO tags(kind, name, norm) VALUES('user', ?, ?)"));
    insert.add(spelled).add(PaperWriter::normalizedTagName(spelled));
    if (auto ok = insert.exec(); !ok) {
        return ok.error();
    }
    return insert.lastInsertId();
}

Result<QList<qint64>> UserTagStore::paperIdsOf(qint64 tagId)
{
    SqlQuery query(m_statements, QStringLiteral("SELECT paper_id FROM paper_tags WHERE tag_id = ? ORDER BY paper_id"));
    query.add(tagId);
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

Result<QList<qint64>> UserTagStore::papersWith(const QString &name)
{
    Result<std::optional<qint64>> id = idOf(name);
    if (!id) {
        return id.error();
    }
    if (!*id) {
        return unknownTag(name);
    }
    return paperIdsOf(**id);
}

Result<QList<qint64>> UserTagStore::addTag(const QList<qint64> &paperIds, const QString &name)
{
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok.error();
    }
    Result<qint64> tagId = ensure(name);
    if (!tagId) {
        return tagId.error();
    }
    QList<qint64> added;
    for (const qint64 paperId : paperIds) {
        SqlQuery insert(m_statements,
                        QStringLiteral("INSERT OR IGNORE INTO paper_tags(paper_id, tag_id)"
                                       " SELECT id, ? FROM papers WHERE id = ?"));
        insert.add(*tagId).add(paperId);
        if (auto ok = insert.exec(); !ok) {
            return ok.error();
        }
        if (insert.numRowsAffected() > 0) {
            added.append(paperId);
        }
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return added;
}

Result<QList<qint64>> UserTagStore::removeTag(const QList<qint64> &paperIds, const QString &name)
{
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok.error();
    }
    Result<std::optional<qint64>> tagId = idOf(name);
    if (!tagId) {
        return tagId.error();
    }
    if (!*tagId) {
        return unknownTag(name);
    }
    QList<qint64> removed;
    for (const qint64 paperId : paperIds) {
        SqlQuery remove(m_statements, QStringLiteral("DELETE FROM paper_tags WHERE paper_id = ? AND tag_id = ?"));
        remove.add(paperId).add(**tagId);
        if (auto ok = remove.exec(); !ok) {
            return ok.error();
        }
        if (remove.numRowsAffected() > 0) {
            removed.append(paperId);
        }
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return removed;
}

Result<void> UserTagStore::rename(const QString &name, const QString &newName)
{
    const QString spelled = newName.simplified();
    if (spelled.isEmpty()) {
        return Error{tr("A tag needs a name.")};
    }
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok;
    }
    Result<std::optional<qint64>> id = idOf(name);
    if (!id) {
        return id.error();
    }
    if (!*id) {
        return unknownTag(name);
    }
    Result<std::optional<qint64>> clash = idOf(spelled);
    if (!clash) {
        return clash.error();
    }
    if (*clash && **clash != **id) {
        return Error{tr("There is already a tag called “%1”; merge the two tags instead.").arg(spelled)};
    }
    SqlQuery update(m_statements, QStringLiteral("UPDATE tags SET name = ?, norm = ? WHERE id = ?"));
    update.add(spelled).add(PaperWriter::normalizedTagName(spelled)).add(**id);
    if (auto ok = update.exec(); !ok) {
        return ok;
    }
    return transaction.commit();
}

Result<QList<qint64>> UserTagStore::merge(const QString &from, const QString &into)
{
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok.error();
    }
    Result<std::optional<qint64>> fromId = idOf(from);
    Result<std::optional<qint64>> intoId = idOf(into);
    if (!fromId) {
        return fromId.error();
    }
    if (!intoId) {
        return intoId.error();
    }
    if (!*fromId) {
        return unknownTag(from);
    }
    if (!*intoId) {
        return unknownTag(into);
    }
    if (**fromId == **intoId) {
        return Error{tr("A tag cannot be merged into itself.")};
    }
    SqlQuery moved(m_statements,
                   QStringLiteral("SELECT paper_id FROM paper_tags WHERE tag_id = ? AND paper_id NOT IN"
                                  " (SELECT paper_id FROM paper_tags WHERE tag_id = ?) ORDER BY paper_id"));
    moved.add(**fromId).add(**intoId);
    if (auto ok = moved.exec(); !ok) {
        return ok.error();
    }
    QList<qint64> movedIds;
    while (moved.next()) {
        movedIds.append(moved.value(0).toLongLong());
    }
    SqlQuery insert(m_statements,
                    QStringLiteral("INSERT OR IGNORE INTO paper_tags(paper_id, tag_id)"
                                   " SELECT paper_id, ? FROM paper_tags WHERE tag_id = ?"));
    insert.add(**intoId).add(**fromId);
    if (auto ok = insert.exec(); !ok) {
        return ok.error();
    }
    SqlQuery remove(m_statements, QStringLiteral("DELETE FROM tags WHERE id = ?"));
    remove.add(**fromId);
    if (auto ok = remove.exec(); !ok) {
        return ok.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return movedIds;
}

Result<void> UserTagStore::setColor(const QString &name, const QString &color)
{
    static const QRegularExpression valid(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!color.isEmpty() && !valid.match(color).hasMatch()) {
        return Error{tr("“%1” is not a colour; use #rrggbb.").arg(color)};
    }
    Result<std::optional<qint64>> id = idOf(name);
    if (!id) {
        return id.error();
    }
    if (!*id) {
        return unknownTag(name);
    }
    SqlQuery update(m_statements, QStringLiteral("UPDATE tags SET color = ? WHERE id = ?"));
    update.add(color.isEmpty() ? QVariant() : QVariant(color.toLower())).add(**id);
    return update.exec();
}

Result<UserTag> UserTagStore::deleteTag(const QString &name)
{
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok.error();
    }
    Result<std::optional<UserTag>> existing = tag(name);
    if (!existing) {
        return existing.error();
    }
    if (!*existing) {
        return unknownTag(name);
    }
    // paper_tags rows go with the tag (ON DELETE CASCADE).
    SqlQuery remove(m_statements, QStringLiteral("DELETE FROM tags WHERE kind = 'user' AND norm = ?"));
    remove.add(PaperWriter::normalizedTagName(name));
    if (auto ok = remove.exec(); !ok) {
        return ok.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return **existing;
}

} // namespace PaperShelf::Core
