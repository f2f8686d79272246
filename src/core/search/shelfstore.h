#pragma once

#include "core/search/filtercodec.h"
#include "core/search/paperfilter.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace PaperShelf::Core {

/// A saved search shown in the left panel: a filter with its sort order.
struct Shelf
{
    qint64 id = 0; ///< shelves.id; negative for the built-in shelves
    /// As the user typed it; for the built-ins the English name, never a
    /// translation (the language may change while the shelf is shown).
    QString name;
    PaperFilter filter;
    std::optional<SortOrder> sort; ///< nullopt: the list's default order
    bool reversed = false;
    int position = 0; ///< order among the saved shelves (built-ins: their fixed order)
    bool builtIn = false;

    /// The name to show: a built-in's name in the current language, else `name`.
    /// Call it each time the name is shown, so that it follows language changes.
    QString displayName() const;
    /// The list request that shows this shelf, `limit` papers from the top.
    ListRequest request(int limit = 50) const;
    friend bool operator==(const Shelf &, const Shelf &) = default;
};

/// Reads and writes the user's shelves (the `shelves` table, schema version 3)
/// and knows the built-in ones, which are not stored: "New in the latest digest",
/// "To read", "Favourites" and "Has notes" (see PaperFilter for what they match).
/// Counting a shelf's papers is PaperSearch::count(shelf.filter).
///
/// Names are trimmed, must not be empty and are unique ignoring case (any script),
/// built-in names included in both English and the current translation. Every
/// change is one short transaction. Failures carry an ErrorCode in Error::code.
class ShelfStore final
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Core::ShelfStore)

public:
    enum class ErrorCode {
        InvalidName = 1, ///< empty after trimming
        NameTaken,       ///< another shelf (or a built-in one) has that name
        BuiltIn,         ///< built-in shelves cannot be changed
        NotFound,        ///< no shelf with that id or name
    };

    static constexpr qint64 LatestDigestId = -1;
    static constexpr qint64 ToReadId = -2;
    static constexpr qint64 FavouritesId = -3;
    static constexpr qint64 WithNotesId = -4;

    explicit ShelfStore(const QSqlDatabase &db);

    /// The built-in shelves, in their fixed order, with their English names
    /// (Shelf::displayName() translates them).
    static QList<Shelf> builtIns();

    /// Built-ins first, then the saved shelves by position. A saved shelf whose
    /// filter cannot be read (written by a newer version) is left out and logged.
    Result<QList<Shelf>> shelves();
    /// The shelf named `name` (built-in or saved; case-insensitive).
    Result<Shelf> find(const QString &name);

    /// Saves a new shelf after the others.
    Result<Shelf> save(const QString &name,
                       const PaperFilter &filter,
                       std::optional<SortOrder> sort = std::nullopt,
                       bool reversed = false);
    /// Replaces a saved shelf's search, keeping its name and place.
    Result<void> update(qint64 id, const PaperFilter &filter, std::optional<SortOrder> sort, bool reversed);
    Result<void> rename(qint64 id, const QString &newName);
    /// Deletes a saved shelf and returns it, for restore() (undo).
    Result<Shelf> remove(qint64 id);
    /// Puts a removed shelf back with its id and position.
    Result<void> restore(const Shelf &shelf);

private:
    Result<Shelf> stored(qint64 id);
    /// Checks a name for a new or renamed shelf (`self`: the shelf being renamed, or 0).
    Result<QString> checkedName(const QString &name, qint64 self);

    QSqlDatabase m_db;
};

} // namespace PaperShelf::Core
