#pragma once

#include "core/db/sqlquery.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace PaperShelf::Core {

/// One of the user's own tags with the number of papers carrying it.
struct UserTag
{
    QString name;
    QString color; ///< "#rrggbb", or empty for the default
    int count = 0;

    friend bool operator==(const UserTag &, const UserTag &) = default;
};

/// The user's own tags (kind `user`): created, put on and taken off papers,
/// renamed, merged, coloured and deleted. Names compare like every tag name
/// (trimmed, whitespace collapsed, case-insensitive) but only among user tags:
/// a user tag "NeRF" and the topic "NeRF" are different tags. Each call is one
/// transaction. Imports never touch user tags.
class UserTagStore final
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Core::UserTagStore)

public:
    explicit UserTagStore(const QSqlDatabase &db);
    ~UserTagStore();
    Q_DISABLE_COPY_MOVE(UserTagStore)

    /// Every user tag, by name (case-insensitive).
    Result<QList<UserTag>> tags();
    /// The user tag called `name` (any spelling), nullopt when there is none.
    Result<std::optional<UserTag>> tag(const QString &name);
    /// Row ids of the papers carrying the tag, ascending.
    Result<QList<qint64>> papersWith(const QString &name);

    /// Puts the tag on the papers, creating it (spelled as given) when needed.
    /// Returns the papers that did not have it before (for undo).
    Result<QList<qint64>> addTag(const QList<qint64> &paperIds, const QString &name);
    /// Takes the tag off the papers; returns the papers that had it. The tag
    /// itself stays, even with no papers, until deleteTag().
    Result<QList<qint64>> removeTag(const QList<qint64> &paperIds, const QString &name);
    /// Renames a tag; a change of spelling only ("nerf" → "NeRF") is fine, a name
    /// another user tag has is refused (merge instead).
    Result<void> rename(const QString &name, const QString &newName);
    /// Moves every paper of `from` to `into` and deletes `from`. Returns the
    /// papers that carried `from` but not `into` (for undo).
    Result<QList<qint64>> merge(const QString &from, const QString &into);
    /// `color`: "#rrggbb" or empty for none.
    Result<void> setColor(const QString &name, const QString &color);
    /// Deletes the tag and takes it off every paper; returns what it was (for undo).
    Result<UserTag> deleteTag(const QString &name);

private:
    Result<std::optional<qint64>> idOf(const QString &name);
    Result<qint64> ensure(const QString &name);
    Result<QList<qint64>> paperIdsOf(qint64 tagId);

    QSqlDatabase m_db;
    StatementCache m_statements;
};

} // namespace PaperShelf::Core
