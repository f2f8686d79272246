#include "core/search/shelfstore.h"

#include "core/db/sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

#include <array>

namespace PaperShelf::Core {

namespace {

Q_LOGGING_CATEGORY(lcShelfStore, "papershelf.shelves")

struct BuiltIn
{
    qint64 id;
    const char *name;
};

// In the order the left panel shows them.
constexpr std::array<BuiltIn, 4> BuiltInShelves = {{
    {ShelfStore::LatestDigestId, QT_TRANSLATE_NOOP("PaperShelf::Core::ShelfStore", "New in the latest digest")},
    {ShelfStore::ToReadId, QT_TRANSLATE_NOOP("PaperShelf::Core::ShelfStore", "To read")},
    {ShelfStore::FavouritesId, QT_TRANSLATE_NOOP("PaperShelf::Core::ShelfStore", "Favourites")},
    {ShelfStore::WithNotesId, QT_TRANSLATE_NOOP("PaperShelf::Core::ShelfStore", "Has notes")},
}};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error failure(ShelfStore::ErrorCode code, const QString &message)
{
    return Error{message, static_cast<int>(code)};
}

bool sameName(const QString &a, const QString &b)
{
    return QString::compare(a, b, Qt::CaseInsensitive) == 0;
}

// The built-in shelf called `name` in English or in the current translation.
std::optional<Shelf> builtInNamed(const QString &name)
{
    const QList<Shelf> shelves = ShelfStore::builtIns();
    for (const Shelf &shelf : shelves) {
        if (sameName(name, shelf.name) || sameName(name, shelf.displayName())) {
            return shelf;
        }
    }
    return std::nullopt;
}

Error builtInError()
{
    return failure(ShelfStore::ErrorCode::BuiltIn,
                   ShelfStore::tr("Built-in shelves cannot be renamed, changed or removed."));
}

Error notFound(qint64 id)
{
    return failure(ShelfStore::ErrorCode::NotFound, ShelfStore::tr("There is no shelf with id %1.").arg(id));
}

} // namespace

QString Shelf::displayName() const
{
    if (builtIn) {
        for (const BuiltIn &known : BuiltInShelves) {
            if (known.id == id) {
                return ShelfStore::tr(known.name);
            }
        }
    }
    return name;
}

ListRequest Shelf::request(int limit) const
{
    ListRequest request;
    request.filter = filter;
    request.sort = sort;
    request.reversed = reversed;
    request.limit = limit;
    return request;
}

ShelfStore::ShelfStore(const QSqlDatabase &db)
    : m_db(db)
{
}

QList<Shelf> ShelfStore::builtIns()
{
    QList<Shelf> shelves;
    for (const BuiltIn &builtIn : BuiltInShelves) {
        Shelf shelf;
        shelf.id = builtIn.id;
        shelf.name = QString::fromUtf8(builtIn.name);
        shelf.builtIn = true;
        shelf.position = static_cast<int>(shelves.size());
        switch (builtIn.id) {
        case LatestDigestId:
            shelf.filter.latestDigestOnly = true;
            break;
        case ToReadId:
            shelf.filter.statuses = {ReadingStatus::ToRead};
            break;
        case FavouritesId:
            shelf.filter.favouritesOnly = true;
            break;
        case WithNotesId:
            shelf.filter.withNotesOnly = true;
            break;
        default:
            break;
        }
        shelves.append(shelf);
    }
    return shelves;
}

Result<QList<Shelf>> ShelfStore::shelves()
{
    QList<Shelf> shelves = builtIns();
    SqlQuery query(m_db, QStringLiteral("SELECT id, name, filter, position FROM shelves ORDER BY position, id"));
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    while (query.next()) {
        const Result<FilterCodec::Search> search = FilterCodec::decode(query.value(2).toString().toUtf8());
        if (!search) {
            qCWarning(lcShelfStore) << "shelf" << query.value(1).toString() << "left out:" << search.errorMessage();
            continue;
        }
        Shelf shelf;
        shelf.id = query.value(0).toLongLong();
        shelf.name = query.value(1).toString();
        shelf.filter = search->filter;
        shelf.sort = search->sort;
        shelf.reversed = search->reversed;
        shelf.position = query.value(3).toInt();
        shelves.append(shelf);
    }
    return shelves;
}

Result<Shelf> ShelfStore::find(const QString &name)
{
    const QString wanted = name.simplified();
    if (std::optional<Shelf> builtIn = builtInNamed(wanted)) {
        return *builtIn;
    }
    Result<QList<Shelf>> all = shelves();
    if (!all) {
        return all.error();
    }
    for (const Shelf &shelf : std::as_const(*all)) {
        if (sameName(shelf.name, wanted)) {
            return shelf;
        }
    }
    return failure(ErrorCode::NotFound, tr("There is no shelf called \"%1\".").arg(wanted));
}

Result<Shelf> ShelfStore::stored(qint64 id)
{
    SqlQuery query(m_db, QStringLiteral("SELECT name, filter, position FROM shelves WHERE id = ?"));
    query.add(id);
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    if (!query.next()) {
        return notFound(id);
    }
    Shelf shelf;
    shelf.id = id;
    shelf.name = query.value(0).toString();
    shelf.position = query.value(2).toInt();
    // An unreadable filter still lets the shelf be renamed or removed.
    if (const Result<FilterCodec::Search> search = FilterCodec::decode(query.value(1).toString().toUtf8())) {
        shelf.filter = search->filter;
        shelf.sort = search->sort;
        shelf.reversed = search->reversed;
    }
    return shelf;
}

Result<QString> ShelfStore::checkedName(const QString &name, qint64 self)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty()) {
        return failure(ErrorCode::InvalidName, tr("A shelf needs a name."));
    }
    if (builtInNamed(simplified)) {
        return failure(ErrorCode::NameTaken, tr("\"%1\" is the name of a built-in shelf.").arg(simplified));
    }
    // Compared here rather than only by the column's NOCASE, which folds ASCII letters alone.
    SqlQuery query(m_db, QStringLiteral("SELECT id, name FROM shelves"));
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    while (query.next()) {
        if (query.value(0).toLongLong() != self && sameName(query.value(1).toString(), simplified)) {
            return failure(ErrorCode::NameTaken, tr("There is already a shelf called \"%1\".").arg(simplified));
        }
    }
    return simplified;
}

Result<Shelf> ShelfStore::save(const QString &name,
                               const PaperFilter &filter,
                               std::optional<SortOrder> sort,
                               bool reversed)
{
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok.error();
    }
    const Result<QString> checked = checkedName(name, 0);
    if (!checked) {
        return checked.error();
    }
    const Result<QVariant> last = SqlQuery(m_db, QStringLiteral("SELECT max(position) FROM shelves")).scalar();
    if (!last) {
        return last.error();
    }
    Shelf shelf;
    shelf.name = *checked;
    shelf.filter = filter;
    shelf.sort = sort;
    shelf.reversed = reversed;
    shelf.position = last->isNull() ? 0 : last->toInt() + 1;
    const QString stamp = now();
    SqlQuery insert(m_db,
                    QStringLiteral("INSERT INTO shelves(name, filter, position, created_at, updated_at)"
                                   " VALUES(?, ?, ?, ?, ?)"));
    insert.add(shelf.name)
        .add(QString::fromUtf8(FilterCodec::encode({filter, sort, reversed})))
        .add(shelf.position)
        .add(stamp)
        .add(stamp);
    if (auto ok = insert.exec(); !ok) {
        return ok.error();
    }
    shelf.id = insert.lastInsertId();
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return shelf;
}

Result<void> ShelfStore::update(qint64 id, const PaperFilter &filter, std::optional<SortOrder> sort, bool reversed)
{
    if (id < 0) {
        return builtInError();
    }
    SqlQuery query(m_db, QStringLiteral("UPDATE shelves SET filter = ?, updated_at = ? WHERE id = ?"));
    query.add(QString::fromUtf8(FilterCodec::encode({filter, sort, reversed}))).add(now()).add(id);
    if (auto ok = query.exec(); !ok) {
        return ok;
    }
    if (query.numRowsAffected() == 0) {
        return notFound(id);
    }
    return {};
}

Result<void> ShelfStore::rename(qint64 id, const QString &newName)
{
    if (id < 0) {
        return builtInError();
    }
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok;
    }
    if (const Result<Shelf> shelf = stored(id); !shelf) {
        return shelf.error();
    }
    const Result<QString> checked = checkedName(newName, id);
    if (!checked) {
        return checked.error();
    }
    SqlQuery query(m_db, QStringLiteral("UPDATE shelves SET name = ?, updated_at = ? WHERE id = ?"));
    query.add(*checked).add(now()).add(id);
    if (auto ok = query.exec(); !ok) {
        return ok;
    }
    return transaction.commit();
}

Result<Shelf> ShelfStore::remove(qint64 id)
{
    if (id < 0) {
        return builtInError();
    }
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok.error();
    }
    Result<Shelf> shelf = stored(id);
    if (!shelf) {
        return shelf.error();
    }
    SqlQuery query(m_db, QStringLiteral("DELETE FROM shelves WHERE id = ?"));
    query.add(id);
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return shelf;
}

Result<void> ShelfStore::restore(const Shelf &shelf)
{
    if (shelf.builtIn || shelf.id < 0) {
        return builtInError();
    }
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok;
    }
    if (const Result<Shelf> existing = stored(shelf.id); existing) {
        return failure(ErrorCode::NameTaken, tr("The shelf \"%1\" is already there.").arg(existing->name));
    }
    const Result<QString> checked = checkedName(shelf.name, 0);
    if (!checked) {
        return checked.error();
    }
    const QString stamp = now();
    SqlQuery insert(m_db,
                    QStringLiteral("INSERT INTO shelves(id, name, filter, position, created_at, updated_at)"
                                   " VALUES(?, ?, ?, ?, ?, ?)"));
    insert.add(shelf.id)
        .add(*checked)
        .add(QString::fromUtf8(FilterCodec::encode({shelf.filter, shelf.sort, shelf.reversed})))
        .add(shelf.position)
        .add(stamp)
        .add(stamp);
    if (auto ok = insert.exec(); !ok) {
        return ok;
    }
    return transaction.commit();
}

} // namespace PaperShelf::Core
