#include "core/annotations/usertagstore.h"
#include "core/db/database.h"
#include "core/db/paperwriter.h"
#include "librarytestutil.h"

#include <QtTest>

using namespace PaperShelf::Core;
using namespace PaperShelf::Tests;

class TestUserTagStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addAndRemoveOnManyPapers();
    void namesCompareLikeTagNamesButOnlyAmongUserTags();
    void renameChangesSpellingAndRefusesAClash();
    void mergeMovesPapersAndReportsWhatMoved();
    void colourIsValidated();
    void deleteTakesTheTagOffEveryPaper();
    void reimportKeepsUserTags();

private:
    void storeDigest(const QString &name, const QString &abstract);
    qint64 rowId(int n);
    int count(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestUserTagStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Database>> db = Database::open(m_dir->filePath(QStringLiteral("t.papershelf")));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(*db);
    storeDigest(QStringLiteral("d1.md"), QStringLiteral("First abstract."));
}

void TestUserTagStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestUserTagStore::storeDigest(const QString &name, const QString &abstract)
{
    QList<DigestEntry> entries;
    for (int n = 1; n <= 4; ++n) {
        entries.append(makeEntry(QStringLiteral("2404.2000%1").arg(n),
                                 1,
                                 QStringLiteral("Paper %1").arg(n),
                                 abstract,
                                 QStringLiteral("摘要。"),
                                 {QStringLiteral("NeRF")}));
    }
    PaperWriter writer(m_db->connection());
    const Result<DigestStoreResult> stored = writer.storeDigest(makeDigest(QStringLiteral("NeRF"),
                                                                           QStringLiteral("2024-04-01"),
                                                                           entries),
                                                                DigestSource{m_dir->filePath(name), name, abstract});
    QVERIFY2(stored, qPrintable(stored.errorMessage()));
}

qint64 TestUserTagStore::rowId(int n)
{
    return scalar(m_db->connection(), QStringLiteral("SELECT id FROM papers WHERE arxiv_id = '2404.2000%1'").arg(n))
        .toLongLong();
}

int TestUserTagStore::count(const QString &name)
{
    const Result<std::optional<UserTag>> tag = UserTagStore(m_db->connection()).tag(name);
    return tag && *tag ? (*tag)->count : -1;
}

void TestUserTagStore::addAndRemoveOnManyPapers()
{
    UserTagStore store(m_db->connection());
    const Result<QList<qint64>> added = store.addTag({rowId(1), rowId(2)}, QStringLiteral("  to   cite "));
    QVERIFY2(added, qPrintable(added.errorMessage()));
    QCOMPARE(*added, (QList<qint64>{rowId(1), rowId(2)}));
    QCOMPARE(count(QStringLiteral("to cite")), 2);

    // Adding again to a set that partly has it reports only the new papers.
    QCOMPARE(*store.addTag({rowId(2), rowId(3)}, QStringLiteral("TO CITE")), QList<qint64>{rowId(3)});
    QCOMPARE(count(QStringLiteral("to cite")), 3);
    QCOMPARE(store.tags()->size(), 1);
    QCOMPARE(store.tags()->first().name, QStringLiteral("to cite")); // first spelling kept

    QCOMPARE(*store.removeTag({rowId(1), rowId(4)}, QStringLiteral("to cite")), QList<qint64>{rowId(1)});
    QCOMPARE(*store.papersWith(QStringLiteral("to cite")), (QList<qint64>{rowId(2), rowId(3)}));

    QVERIFY(!store.addTag({rowId(1)}, QStringLiteral("   ")));
    QVERIFY(!store.removeTag({rowId(1)}, QStringLiteral("no such tag")));
}

void TestUserTagStore::namesCompareLikeTagNamesButOnlyAmongUserTags()
{
    UserTagStore store(m_db->connection());
    QVERIFY(store.addTag({rowId(1)}, QStringLiteral("nerf")));
    // The topic and keyword "NeRF" are untouched and stay separate tags.
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM tags WHERE norm = 'nerf'")).toInt(), 3);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT paper_count FROM tags WHERE kind = 'topic'")).toInt(),
             4);
    QCOMPARE(count(QStringLiteral("NERF")), 1);
}

void TestUserTagStore::renameChangesSpellingAndRefusesAClash()
{
    UserTagStore store(m_db->connection());
    QVERIFY(store.addTag({rowId(1)}, QStringLiteral("nerf")));
    QVERIFY(store.addTag({rowId(2)}, QStringLiteral("later")));
    QVERIFY(store.rename(QStringLiteral("nerf"), QStringLiteral("NeRF")));
    QCOMPARE((*store.tag(QStringLiteral("nerf")))->name, QStringLiteral("NeRF"));

    const Result<void> clash = store.rename(QStringLiteral("NeRF"), QStringLiteral("Later"));
    QVERIFY(!clash);
    QVERIFY(clash.errorMessage().contains(QLatin1String("merge")));
    QCOMPARE(count(QStringLiteral("NeRF")), 1);
    QCOMPARE(count(QStringLiteral("later")), 1);

    QVERIFY(store.rename(QStringLiteral("later"), QStringLiteral("someday")));
    QCOMPARE(count(QStringLiteral("later")), -1);
    QCOMPARE(*store.papersWith(QStringLiteral("someday")), QList<qint64>{rowId(2)});
}

void TestUserTagStore::mergeMovesPapersAndReportsWhatMoved()
{
    UserTagStore store(m_db->connection());
    QVERIFY(store.addTag({rowId(1), rowId(2)}, QStringLiteral("gaussians")));
    QVERIFY(store.addTag({rowId(2), rowId(3)}, QStringLiteral("3dgs")));
    const Result<QList<qint64>> moved = store.merge(QStringLiteral("gaussians"), QStringLiteral("3DGS"));
    QVERIFY2(moved, qPrintable(moved.errorMessage()));
    QCOMPARE(*moved, QList<qint64>{rowId(1)});
    QCOMPARE(count(QStringLiteral("gaussians")), -1);
    QCOMPARE(count(QStringLiteral("3dgs")), 3);
    QCOMPARE(*store.papersWith(QStringLiteral("3dgs")), (QList<qint64>{rowId(1), rowId(2), rowId(3)}));
    QVERIFY(!store.merge(QStringLiteral("3dgs"), QStringLiteral("3DGS")));
    QVERIFY(!store.merge(QStringLiteral("missing"), QStringLiteral("3dgs")));
}

void TestUserTagStore::colourIsValidated()
{
    UserTagStore store(m_db->connection());
    QVERIFY(store.addTag({rowId(1)}, QStringLiteral("hot")));
    QVERIFY(store.setColor(QStringLiteral("hot"), QStringLiteral("#FF8800")));
    QCOMPARE((*store.tag(QStringLiteral("hot")))->color, QStringLiteral("#ff8800"));
    QVERIFY(!store.setColor(QStringLiteral("hot"), QStringLiteral("red; drop table tags")));
    QCOMPARE((*store.tag(QStringLiteral("hot")))->color, QStringLiteral("#ff8800"));
    QVERIFY(store.setColor(QStringLiteral("hot"), QString()));
    QCOMPARE((*store.tag(QStringLiteral("hot")))->color, QString());
}

void TestUserTagStore::deleteTakesTheTagOffEveryPaper()
{
    UserTagStore store(m_db->connection());
    QVERIFY(store.addTag({rowId(1), rowId(2)}, QStringLiteral("drop me")));
    const Result<UserTag> deleted = store.deleteTag(QStringLiteral("DROP ME"));
    QVERIFY2(deleted, qPrintable(deleted.errorMessage()));
    QCOMPARE(deleted->name, QStringLiteral("drop me"));
    QCOMPARE(deleted->count, 2);
    QCOMPARE(count(QStringLiteral("drop me")), -1);
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT count(*) FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id"
                                   " WHERE t.kind = 'user'"))
                 .toInt(),
             0);
    QVERIFY(!store.deleteTag(QStringLiteral("drop me")));
}

void TestUserTagStore::reimportKeepsUserTags()
{
    UserTagStore store(m_db->connection());
    QVERIFY(store.addTag({rowId(1), rowId(4)}, QStringLiteral("keep")));
    QVERIFY(store.setColor(QStringLiteral("keep"), QStringLiteral("#123456")));
    storeDigest(QStringLiteral("d2.md"), QStringLiteral("A changed abstract for every paper."));
    QCOMPARE(*store.papersWith(QStringLiteral("keep")), (QList<qint64>{rowId(1), rowId(4)}));
    QCOMPARE((*store.tag(QStringLiteral("keep")))->color, QStringLiteral("#123456"));
    QCOMPARE(count(QStringLiteral("keep")), 2);
}

QTEST_GUILESS_MAIN(TestUserTagStore)
#include "tst_usertagstore.moc"
