#include "core/db/database.h"
#include "core/search/shelfstore.h"
#include "librarytestutil.h"

#include <QSqlQuery>
#include <QTranslator>
#include <QtTest>

using namespace PaperShelf::Core;
using namespace PaperShelf::Tests;

class TestShelfStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void builtInsComeFirstInTheirOrder();
    void savedShelvesFollowByPosition();
    void savedShelfKeepsItsWholeSearch();
    void refusesBadOrTakenNames_data();
    void refusesBadOrTakenNames();
    void renamesAndRefusesTakenNames();
    void updateReplacesTheSearch();
    void removeThenRestoreKeepsIdAndPosition();
    void builtInsCannotBeChanged();
    void findsShelvesByName();
    void builtInNamesAreTranslatedWhenShown();
    void unreadableShelfIsLeftOut();

private:
    std::unique_ptr<QTemporaryDir> m_dir; ///< a new library for every test
    std::unique_ptr<Database> m_db;
};

namespace {

int codeOf(const Error &error)
{
    return error.code;
}

int code(ShelfStore::ErrorCode value)
{
    return static_cast<int>(value);
}

QStringList namesOf(const QList<Shelf> &shelves)
{
    QStringList names;
    for (const Shelf &shelf : shelves) {
        names.append(shelf.name);
    }
    return names;
}

/// Translates the built-in shelf names to Chinese, as the GUI's .qm would.
class ShelfTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "PaperShelf::Core::ShelfStore") != 0) {
            return {};
        }
        if (qstrcmp(source, "Favourites") == 0) {
            return QStringLiteral("收藏");
        }
        if (qstrcmp(source, "To read") == 0) {
            return QStringLiteral("待读");
        }
        return {};
    }

    bool isEmpty() const override { return false; }
};

} // namespace

void TestShelfStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Database>> db = Database::open(m_dir->filePath(QStringLiteral("shelves.papershelf")));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(*db);
}

void TestShelfStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestShelfStore::builtInsComeFirstInTheirOrder()
{
    const QList<Shelf> builtIns = ShelfStore::builtIns();
    QCOMPARE(namesOf(builtIns),
             QStringList({QStringLiteral("New in the latest digest"),
                          QStringLiteral("To read"),
                          QStringLiteral("Favourites"),
                          QStringLiteral("Has notes")}));
    for (const Shelf &shelf : builtIns) {
        QVERIFY(shelf.builtIn);
        QVERIFY(shelf.id < 0);
        QVERIFY(!shelf.filter.isEmpty());
    }
    QVERIFY(builtIns.at(0).filter.latestDigestOnly);
    QCOMPARE(builtIns.at(1).filter.statuses, QList<ReadingStatus>{ReadingStatus::ToRead});
    QVERIFY(builtIns.at(2).filter.favouritesOnly);
    QVERIFY(builtIns.at(3).filter.withNotesOnly);
    QCOMPARE(builtIns.at(0).id, ShelfStore::LatestDigestId);
    QCOMPARE(builtIns.at(3).id, ShelfStore::WithNotesId);

    ShelfStore store(m_db->connection());
    const Result<QList<Shelf>> shelves = store.shelves();
    QVERIFY2(shelves, qPrintable(shelves.errorMessage()));
    QCOMPARE(*shelves, builtIns); // an empty table: only the built-ins
}

void TestShelfStore::savedShelvesFollowByPosition()
{
    ShelfStore store(m_db->connection());
    PaperFilter filter;
    filter.text = QStringLiteral("nerf");
    const Result<Shelf> first = store.save(QStringLiteral("  Radiance   fields "), filter);
    QVERIFY2(first, qPrintable(first.errorMessage()));
    QCOMPARE(first->name, QStringLiteral("Radiance fields")); // trimmed and simplified
    QVERIFY(first->id > 0);
    QVERIFY(!first->builtIn);
    const Result<Shelf> second = store.save(QStringLiteral("Alpha"), PaperFilter());
    QVERIFY(second);
    QVERIFY(second->position > first->position);
    const Result<QList<Shelf>> shelves = store.shelves();
    QVERIFY(shelves);
    QCOMPARE(shelves->size(), 6);
    QCOMPARE(shelves->at(4), *first); // by position, not by name
    QCOMPARE(shelves->at(5), *second);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM shelves")).toInt(), 2);
}

void TestShelfStore::savedShelfKeepsItsWholeSearch()
{
    ShelfStore store(m_db->connection());
    PaperFilter filter;
    filter.text = QStringLiteral("\"光场\" -nerf");
    filter.allOf = {TagSelector{QStringLiteral("NeRF"), TagKind::Topic}};
    filter.anyOf = {TagSelector{QStringLiteral("cite"), TagKind::User}, TagSelector{QStringLiteral("x"), {}}};
    filter.noneOf = {TagSelector{QStringLiteral("survey"), TagKind::Keyword}};
    filter.statuses = {ReadingStatus::Reading, ReadingStatus::Unread};
    filter.favouritesOnly = true;
    filter.withNotesOnly = true;
    filter.latestDigestOnly = true;
    const Result<Shelf> saved = store.save(QStringLiteral("Everything"), filter, SortOrder::Rating, true);
    QVERIFY2(saved, qPrintable(saved.errorMessage()));
    // Read back through a second store on a fresh connection state.
    const Result<Shelf> found = ShelfStore(m_db->connection()).find(QStringLiteral("everything"));
    QVERIFY2(found, qPrintable(found.errorMessage()));
    QCOMPARE(found->filter, filter);
    QCOMPARE(found->filter.statuses, filter.statuses);
    QCOMPARE(found->sort, std::optional<SortOrder>(SortOrder::Rating));
    QVERIFY(found->reversed);
    QCOMPARE(*found, *saved);
    const ListRequest request = found->request(20);
    QCOMPARE(request.filter, filter);
    QCOMPARE(request.sort, std::optional<SortOrder>(SortOrder::Rating));
    QVERIFY(request.reversed);
    QCOMPARE(request.limit, 20);
}

void TestShelfStore::refusesBadOrTakenNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const int invalid = code(ShelfStore::ErrorCode::InvalidName);
    const int taken = code(ShelfStore::ErrorCode::NameTaken);
    QTest::newRow("empty") << QString() << invalid << QStringLiteral("needs a name");
    QTest::newRow("white space") << QStringLiteral(" \t\n ") << invalid << QStringLiteral("needs a name");
    QTest::newRow("built-in") << QStringLiteral("To read") << taken << QStringLiteral("built-in");
    QTest::newRow("built-in, other case and spacing")
        << QStringLiteral("  favourites ") << taken << QStringLiteral("built-in");
    QTest::newRow("built-in, long") << QStringLiteral("new in the LATEST digest") << taken
                                    << QStringLiteral("built-in");
    QTest::newRow("saved") << QStringLiteral("Reading list") << taken << QStringLiteral("already a shelf");
    QTest::newRow("saved, other case") << QStringLiteral("READING LIST") << taken << QStringLiteral("already a shelf");
    QTest::newRow("saved, non-ASCII case") << QStringLiteral("ÜBERSICHT") << taken << QStringLiteral("already a shelf");
}

void TestShelfStore::refusesBadOrTakenNames()
{
    QFETCH(QString, name);
    QFETCH(int, code);
    QFETCH(QString, message);
    ShelfStore store(m_db->connection());
    QVERIFY(store.save(QStringLiteral("Reading list"), PaperFilter()));
    QVERIFY(store.save(QStringLiteral("Übersicht"), PaperFilter()));
    const Result<Shelf> refused = store.save(name, PaperFilter());
    QVERIFY(!refused);
    QCOMPARE(codeOf(refused.error()), code);
    QVERIFY2(refused.errorMessage().contains(message), qPrintable(refused.errorMessage()));
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM shelves")).toInt(), 2);
}

void TestShelfStore::renamesAndRefusesTakenNames()
{
    ShelfStore store(m_db->connection());
    const Result<Shelf> a = store.save(QStringLiteral("Alpha"), PaperFilter());
    const Result<Shelf> b = store.save(QStringLiteral("Beta"), PaperFilter());
    QVERIFY(a && b);
    QVERIFY(store.rename(a->id, QStringLiteral("ALPHA"))); // its own name in another case
    QVERIFY(store.rename(a->id, QStringLiteral("Gamma")));
    Result<void> refused = store.rename(a->id, QStringLiteral("beta"));
    QVERIFY(!refused);
    QCOMPARE(codeOf(refused.error()), code(ShelfStore::ErrorCode::NameTaken));
    refused = store.rename(a->id, QStringLiteral("Has notes"));
    QCOMPARE(codeOf(refused.error()), code(ShelfStore::ErrorCode::NameTaken));
    refused = store.rename(a->id, QStringLiteral(" "));
    QCOMPARE(codeOf(refused.error()), code(ShelfStore::ErrorCode::InvalidName));
    refused = store.rename(9999, QStringLiteral("Delta"));
    QCOMPARE(codeOf(refused.error()), code(ShelfStore::ErrorCode::NotFound));
    const Result<QList<Shelf>> shelves = store.shelves();
    QVERIFY(shelves);
    QCOMPARE(namesOf(shelves->mid(4)), QStringList({QStringLiteral("Gamma"), QStringLiteral("Beta")}));
}

void TestShelfStore::updateReplacesTheSearch()
{
    ShelfStore store(m_db->connection());
    const Result<Shelf> saved = store.save(QStringLiteral("Mine"), PaperFilter());
    QVERIFY(saved);
    PaperFilter filter;
    filter.favouritesOnly = true;
    QVERIFY(store.update(saved->id, filter, SortOrder::Title, false));
    const Result<Shelf> found = store.find(QStringLiteral("Mine"));
    QVERIFY(found);
    QCOMPARE(found->filter, filter);
    QCOMPARE(found->sort, std::optional<SortOrder>(SortOrder::Title));
    QCOMPARE(found->position, saved->position);
    const Result<void> missing = store.update(4242, filter, std::nullopt, false);
    QVERIFY(!missing);
    QCOMPARE(codeOf(missing.error()), code(ShelfStore::ErrorCode::NotFound));
}

void TestShelfStore::removeThenRestoreKeepsIdAndPosition()
{
    ShelfStore store(m_db->connection());
    PaperFilter filter;
    filter.statuses = {ReadingStatus::Read};
    const Result<Shelf> a = store.save(QStringLiteral("A"), PaperFilter());
    const Result<Shelf> b = store.save(QStringLiteral("B"), filter, SortOrder::Date, true);
    const Result<Shelf> c = store.save(QStringLiteral("C"), PaperFilter());
    QVERIFY(a && b && c);
    const Result<QList<Shelf>> before = store.shelves();
    QVERIFY(before);

    const Result<Shelf> removed = store.remove(b->id);
    QVERIFY2(removed, qPrintable(removed.errorMessage()));
    QCOMPARE(*removed, *b);
    QCOMPARE(namesOf(store.shelves()->mid(4)), QStringList({QStringLiteral("A"), QStringLiteral("C")}));
    const Result<Shelf> again = store.remove(b->id);
    QVERIFY(!again);
    QCOMPARE(codeOf(again.error()), code(ShelfStore::ErrorCode::NotFound));

    const Result<void> restored = store.restore(*removed);
    QVERIFY2(restored, qPrintable(restored.errorMessage()));
    QCOMPARE(*store.shelves(), *before);
    // Restoring twice, or over a shelf that took its name meanwhile, is refused.
    QVERIFY(!store.restore(*removed));
    QVERIFY(store.remove(b->id));
    QVERIFY(store.save(QStringLiteral("b"), PaperFilter()));
    const Result<void> clash = store.restore(*removed);
    QVERIFY(!clash);
    QCOMPARE(codeOf(clash.error()), code(ShelfStore::ErrorCode::NameTaken));
}

void TestShelfStore::builtInsCannotBeChanged()
{
    ShelfStore store(m_db->connection());
    const Shelf toRead = ShelfStore::builtIns().at(1);
    const int builtIn = code(ShelfStore::ErrorCode::BuiltIn);
    const Result<void> renamed = store.rename(toRead.id, QStringLiteral("Later"));
    QVERIFY(!renamed);
    QCOMPARE(codeOf(renamed.error()), builtIn);
    QVERIFY(renamed.errorMessage().contains(QStringLiteral("Built-in")));
    const Result<Shelf> removed = store.remove(toRead.id);
    QVERIFY(!removed);
    QCOMPARE(codeOf(removed.error()), builtIn);
    QCOMPARE(codeOf(store.restore(toRead).error()), builtIn);
    QCOMPARE(codeOf(store.update(toRead.id, PaperFilter(), std::nullopt, false).error()), builtIn);
    QCOMPARE(store.shelves()->size(), 4);
}

void TestShelfStore::findsShelvesByName()
{
    ShelfStore store(m_db->connection());
    QVERIFY(store.save(QStringLiteral("Reading list"), PaperFilter()));
    Result<Shelf> found = store.find(QStringLiteral("favourites"));
    QVERIFY(found);
    QCOMPARE(found->id, ShelfStore::FavouritesId);
    found = store.find(QStringLiteral(" reading LIST "));
    QVERIFY(found);
    QCOMPARE(found->name, QStringLiteral("Reading list"));
    found = store.find(QStringLiteral("Nothing here"));
    QVERIFY(!found);
    QCOMPARE(codeOf(found.error()), code(ShelfStore::ErrorCode::NotFound));
    QVERIFY(found.errorMessage().contains(QStringLiteral("Nothing here")));
}

// The built-ins keep their English name; the shown name follows the language
// at the time it is shown, also for a Shelf fetched before the switch.
void TestShelfStore::builtInNamesAreTranslatedWhenShown()
{
    ShelfStore store(m_db->connection());
    QVERIFY(store.save(QStringLiteral("Reading list"), PaperFilter()));
    const Result<QList<Shelf>> before = store.shelves();
    QVERIFY2(before, qPrintable(before.errorMessage()));
    const Shelf &favourites = before->at(2);
    QCOMPARE(favourites.id, ShelfStore::FavouritesId);
    QCOMPARE(favourites.displayName(), QStringLiteral("Favourites"));

    ShelfTranslator chinese;
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    QCOMPARE(favourites.displayName(), QStringLiteral("收藏"));
    QCOMPARE(favourites.name, QStringLiteral("Favourites"));
    const Result<QList<Shelf>> after = store.shelves();
    QVERIFY(after);
    QCOMPARE(namesOf(*after),
             QStringList({QStringLiteral("New in the latest digest"),
                          QStringLiteral("To read"),
                          QStringLiteral("Favourites"),
                          QStringLiteral("Has notes"),
                          QStringLiteral("Reading list")}));
    QCOMPARE(after->at(1).displayName(), QStringLiteral("待读"));
    QCOMPARE(after->at(3).displayName(), QStringLiteral("Has notes"));    // no translation: English
    QCOMPARE(after->at(4).displayName(), QStringLiteral("Reading list")); // saved: as typed
    // Both names of a built-in find it and are taken.
    Result<Shelf> found = store.find(QStringLiteral("收藏"));
    QVERIFY2(found, qPrintable(found.errorMessage()));
    QCOMPARE(found->id, ShelfStore::FavouritesId);
    found = store.find(QStringLiteral("favourites"));
    QVERIFY(found);
    QCOMPARE(found->id, ShelfStore::FavouritesId);
    const Result<Shelf> taken = store.save(QStringLiteral("待读"), PaperFilter());
    QVERIFY(!taken);
    QCOMPARE(codeOf(taken.error()), code(ShelfStore::ErrorCode::NameTaken));

    QVERIFY(QCoreApplication::removeTranslator(&chinese));
    QCOMPARE(favourites.displayName(), QStringLiteral("Favourites"));
    QVERIFY(!store.find(QStringLiteral("收藏")));
}

void TestShelfStore::unreadableShelfIsLeftOut()
{
    ShelfStore store(m_db->connection());
    QVERIFY(store.save(QStringLiteral("Good"), PaperFilter()));
    QSqlQuery insert(m_db->connection());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO shelves(name, filter, position, created_at, updated_at)"
                                       " VALUES('Garbled', '{\"format\":1,\"sort\":', 5, '', ''),"
                                       " ('Future', '{\"format\":7}', 6, '', '')")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Garbled")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Future.*newer version")));
    const Result<QList<Shelf>> shelves = store.shelves();
    QVERIFY(shelves);
    QCOMPARE(namesOf(shelves->mid(4)), QStringList{QStringLiteral("Good")});
    // Its name stays taken, and it can still be removed.
    QCOMPARE(codeOf(store.save(QStringLiteral("garbled"), PaperFilter()).error()),
             code(ShelfStore::ErrorCode::NameTaken));
    const qint64 id = scalar(m_db->connection(), QStringLiteral("SELECT id FROM shelves WHERE name = 'Garbled'"))
                          .toLongLong();
    QVERIFY(store.remove(id));
}

QTEST_GUILESS_MAIN(TestShelfStore)
#include "tst_shelfstore.moc"
