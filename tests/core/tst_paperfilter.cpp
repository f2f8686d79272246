#include "core/annotations/annotationstore.h"
#include "core/db/database.h"
#include "core/db/paperwriter.h"
#include "core/search/papersearch.h"
#include "core/search/searchindex.h"
#include "core/search/tagindex.h"
#include "librarytestutil.h"

#include <QtTest>

using namespace PaperShelf::Core;
using namespace PaperShelf::Tests;

// The annotation and digest conditions of PaperFilter (issue 5: shelves), through
// every query path: SQL (no tag index), in memory (with a tag index), list and count.
class TestPaperFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void emptinessAndEqualityFollowTheConditions();
    void annotationAndDigestConditions_data();
    void annotationAndDigestConditions();
    void summariesCarryFavouriteAndNotes();
    void conditionsUseTheIndexes();
    void latestDigestFollowsNewDigests();
    void annotationCountsNeedNoTagIndexReload();

private:
    QStringList keysOf(const QList<PaperSummary> &rows) const;
    bool store(Database &db, const ParsedDigest &digest, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

namespace {

DigestEntry entry(const QString &id, const QString &title)
{
    return makeEntry(id, 1, title, title + QStringLiteral(" abstract."), QStringLiteral("摘要。"));
}

// The fixture's papers, by title word.
const QString Alpha = QStringLiteral("2402.00001");
const QString Beta = QStringLiteral("2402.00002");
const QString Gamma = QStringLiteral("2402.00003");
const QString Delta = QStringLiteral("2402.00004");
const QString Epsilon = QStringLiteral("2402.00005");

} // namespace

bool TestPaperFilter::store(Database &db, const ParsedDigest &digest, const QString &name)
{
    PaperWriter writer(db.connection());
    const Result<DigestStoreResult> stored = writer.storeDigest(digest, DigestSource{m_dir.filePath(name), name, name});
    return stored && SearchIndex(db.connection()).flushPending();
}

void TestPaperFilter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Result<std::unique_ptr<Database>> db = Database::open(m_dir.filePath(QStringLiteral("filter.papershelf")));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(*db);
    // Two digests share Beta: first seen on 02-01, it is not new on 02-03. Delta is
    // new on 02-03 in another topic's digest. The empty digest of 02-05 does not count.
    QVERIFY(store(*m_db,
                  makeDigest(QStringLiteral("NeRF"),
                             QStringLiteral("2024-02-01"),
                             {entry(Alpha, QStringLiteral("Alpha Radiance Fields")),
                              entry(Beta, QStringLiteral("Beta Shared Splats")),
                              entry(Epsilon, QStringLiteral("Epsilon Radiance Notes"))}),
                  QStringLiteral("a.md")));
    QVERIFY(store(*m_db,
                  makeDigest(QStringLiteral("3DGS"),
                             QStringLiteral("2024-02-03"),
                             {entry(Beta, QStringLiteral("Beta Shared Splats")),
                              entry(Gamma, QStringLiteral("Gamma Splats"))}),
                  QStringLiteral("b.md")));
    QVERIFY(store(*m_db,
                  makeDigest(QStringLiteral("NeRF"),
                             QStringLiteral("2024-02-03"),
                             {entry(Delta, QStringLiteral("Delta Radiance Relit"))}),
                  QStringLiteral("c.md")));
    QVERIFY(
        store(*m_db, makeDigest(QStringLiteral("Empty"), QStringLiteral("2024-02-05"), {}), QStringLiteral("d.md")));

    const auto idOf = [this](const QString &key) {
        return scalar(m_db->connection(), QStringLiteral("SELECT id FROM papers WHERE key = '%1'").arg(key))
            .toLongLong();
    };
    AnnotationStore annotations(m_db->connection());
    QVERIFY(annotations.setStatus({idOf(Alpha)}, ReadingStatus::ToRead));
    QVERIFY(annotations.setFavourite({idOf(Alpha), idOf(Epsilon)}, true));
    QVERIFY(annotations.setStatus({idOf(Beta)}, ReadingStatus::Reading));
    // White space only (with an ideographic and a no-break space) is no note.
    QVERIFY(annotations.setNotes(idOf(Beta), QStringLiteral("  \n\t\u3000\u00a0")));
    QVERIFY(annotations.setStatus({idOf(Gamma)}, ReadingStatus::Read));
    QVERIFY(annotations.setNotes(idOf(Gamma), QStringLiteral("A real note")));
    // Epsilon has an annotations row that says unread; Delta has none.
    QVERIFY(annotations.setNotes(idOf(Epsilon), QStringLiteral(" x ")));
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT status FROM annotations a JOIN papers p ON "
                                   "p.id = a.paper_id WHERE p.key = '%1'")
                        .arg(Epsilon))
                 .toString(),
             QStringLiteral("unread"));
}

void TestPaperFilter::cleanupTestCase()
{
    m_db.reset();
}

QStringList TestPaperFilter::keysOf(const QList<PaperSummary> &rows) const
{
    QStringList keys;
    for (const PaperSummary &row : rows) {
        keys.append(row.id);
    }
    keys.sort();
    return keys;
}

void TestPaperFilter::emptinessAndEqualityFollowTheConditions()
{
    PaperFilter filter;
    QVERIFY(filter.isEmpty());
    filter.statuses = {ReadingStatus::Read, ReadingStatus::Unread, ReadingStatus::Reading, ReadingStatus::ToRead};
    QVERIFY(filter.isEmpty()); // all four statuses: no condition
    QCOMPARE(filter, PaperFilter());
    filter.statuses = {ReadingStatus::Read};
    QVERIFY(!filter.isEmpty());
    QVERIFY(filter != PaperFilter());

    PaperFilter a;
    a.statuses = {ReadingStatus::Read, ReadingStatus::ToRead};
    PaperFilter b;
    b.statuses = {ReadingStatus::ToRead, ReadingStatus::Read, ReadingStatus::ToRead};
    QCOMPARE(a, b); // statuses are a set

    for (bool PaperFilter::*flag :
         {&PaperFilter::favouritesOnly, &PaperFilter::withNotesOnly, &PaperFilter::latestDigestOnly}) {
        PaperFilter flagged;
        flagged.*flag = true;
        QVERIFY(!flagged.isEmpty());
        QVERIFY(flagged != PaperFilter());
        PaperFilter same;
        same.*flag = true;
        QCOMPARE(flagged, same);
    }
}

void TestPaperFilter::annotationAndDigestConditions_data()
{
    QTest::addColumn<PaperFilter>("filter");
    QTest::addColumn<QStringList>("expected");
    const auto statuses = [](const QList<ReadingStatus> &list) {
        PaperFilter filter;
        filter.statuses = list;
        return filter;
    };
    QTest::newRow("unread: no row or an unread row")
        << statuses({ReadingStatus::Unread}) << QStringList{Delta, Epsilon};
    QTest::newRow("to read") << statuses({ReadingStatus::ToRead}) << QStringList{Alpha};
    QTest::newRow("reading or read") << statuses({ReadingStatus::Reading, ReadingStatus::Read})
                                     << QStringList{Beta, Gamma};
    QTest::newRow("unread or read") << statuses({ReadingStatus::Read, ReadingStatus::Unread})
                                    << QStringList{Gamma, Delta, Epsilon};
    QTest::newRow("every status") << statuses(
        {ReadingStatus::Unread, ReadingStatus::ToRead, ReadingStatus::Reading, ReadingStatus::Read})
                                  << QStringList{Alpha, Beta, Gamma, Delta, Epsilon};

    PaperFilter favourites;
    favourites.favouritesOnly = true;
    QTest::newRow("favourites") << favourites << QStringList{Alpha, Epsilon};
    PaperFilter notes;
    notes.withNotesOnly = true;
    QTest::newRow("notes beyond white space") << notes << QStringList{Gamma, Epsilon};
    PaperFilter latest;
    latest.latestDigestOnly = true;
    QTest::newRow("new in the latest digest (Beta was seen before)") << latest << QStringList{Gamma, Delta};

    PaperFilter combined = latest;
    combined.text = QStringLiteral("radiance");
    QTest::newRow("latest and text") << combined << QStringList{Delta};
    combined = favourites;
    combined.allOf = {TagSelector{QStringLiteral("NeRF"), TagKind::Topic}};
    QTest::newRow("favourites and a topic") << combined << QStringList{Alpha, Epsilon};
    combined.allOf.clear();
    combined.noneOf = {TagSelector{QStringLiteral("NeRF"), TagKind::Topic}};
    QTest::newRow("favourites without the topic") << combined << QStringList();
    combined = statuses({ReadingStatus::Unread, ReadingStatus::Reading});
    combined.allOf = {TagSelector{QStringLiteral("3DGS"), std::nullopt}};
    QTest::newRow("unread or reading, 3DGS") << combined << QStringList{Beta};
    combined = statuses({ReadingStatus::Unread});
    combined.withNotesOnly = true;
    QTest::newRow("unread with notes") << combined << QStringList{Epsilon};
    combined = statuses({ReadingStatus::Unread});
    combined.text = QStringLiteral("-radiance");
    QTest::newRow("unread, excluded word") << combined << QStringList();
    combined.text = QStringLiteral("splats");
    combined.statuses = {ReadingStatus::Reading};
    QTest::newRow("reading, a word") << combined << QStringList{Beta};
    combined.anyOf = {TagSelector{QStringLiteral("3DGS"), TagKind::Topic}, TagSelector{QStringLiteral("x"), {}}};
    combined.latestDigestOnly = true;
    QTest::newRow("everything at once: nothing") << combined << QStringList();
    combined.latestDigestOnly = false;
    QTest::newRow("everything but latest") << combined << QStringList{Beta};
}

void TestPaperFilter::annotationAndDigestConditions()
{
    QFETCH(PaperFilter, filter);
    QFETCH(QStringList, expected);
    expected.sort();
    TagIndex tags(m_db->connection());
    PaperSearch inMemory(m_db->connection(), &tags);
    PaperSearch sql(m_db->connection());
    for (PaperSearch *search : {&sql, &inMemory}) {
        const Result<PaperPage> page = search->list(ListRequest{filter, std::nullopt, 0, 0});
        QVERIFY2(page, qPrintable(page.errorMessage()));
        QCOMPARE(keysOf(page->papers), expected);
        QCOMPARE(page->total, expected.size());
        const Result<int> count = search->count(filter);
        QVERIFY2(count, qPrintable(count.errorMessage()));
        QCOMPARE(*count, expected.size());
        // Sorted by annotation keys as well (they join the annotations table).
        const Result<QList<PaperSummary>> rows = search->rows(ListRequest{filter, SortOrder::Status, 0, 0});
        QVERIFY2(rows, qPrintable(rows.errorMessage()));
        QCOMPARE(keysOf(*rows), expected);
        const Result<QList<qint64>> ids = search->ids(filter, SortOrder::Rating);
        QVERIFY2(ids, qPrintable(ids.errorMessage()));
        QCOMPARE(ids->size(), expected.size());
        // Tag counts over the set: the topic counts add up to the papers' topics.
        const Result<QList<TagCount>> counts = search->tagCounts(filter);
        QVERIFY2(counts, qPrintable(counts.errorMessage()));
        int topics = 0;
        for (const TagCount &tagCount : *counts) {
            topics += tagCount.tag.kind == TagKind::Topic ? tagCount.count : 0;
        }
        int expectedTopics = 0;
        for (const PaperSummary &row : page->papers) {
            expectedTopics += static_cast<int>(row.topics.size());
        }
        QCOMPARE(topics, expectedTopics);
    }
}

void TestPaperFilter::summariesCarryFavouriteAndNotes()
{
    PaperSearch search(m_db->connection());
    for (const bool withTags : {true, false}) {
        ListRequest request;
        request.limit = 0;
        request.withTags = withTags;
        const Result<PaperPage> page = search.list(request);
        QVERIFY2(page, qPrintable(page.errorMessage()));
        QCOMPARE(page->papers.size(), 5);
        for (const PaperSummary &row : page->papers) {
            QCOMPARE(row.favourite, row.id == Alpha || row.id == Epsilon);
            QCOMPARE(row.hasNotes, row.id == Gamma || row.id == Epsilon);
        }
    }
}

void TestPaperFilter::conditionsUseTheIndexes()
{
    PaperFilter filter;
    filter.statuses = {ReadingStatus::ToRead};
    filter.favouritesOnly = true;
    filter.withNotesOnly = true;
    filter.latestDigestOnly = true;
    PaperSearch search(m_db->connection());
    const Result<PaperSearch::Compiled> compiled = search.compile(filter);
    QVERIFY2(compiled, qPrintable(compiled.errorMessage()));
    QCOMPARE(compiled->idSets.size(), 4);
    const QStringList indexes = {QStringLiteral("annotations_by_status"),
                                 QStringLiteral("annotations_favourites"),
                                 QStringLiteral("annotations_with_notes"),
                                 QStringLiteral("digests_by_date")};
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        QSqlQuery plan(m_db->connection());
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + compiled->idSets.at(i).sql));
        for (const QVariant &value : compiled->idSets.at(i).values) {
            plan.addBindValue(value);
        }
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
        QString details;
        while (plan.next()) {
            details += plan.value(3).toString() + QLatin1Char('\n');
        }
        QVERIFY2(details.contains(indexes.at(i)), qPrintable(details));
    }
}

void TestPaperFilter::latestDigestFollowsNewDigests()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> opened = Database::open(dir.filePath(QStringLiteral("latest.papershelf")));
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    Database &db = **opened;
    PaperFilter latest;
    latest.latestDigestOnly = true;
    TagIndex tags(db.connection());
    PaperSearch search(db.connection(), &tags);
    QCOMPARE(*search.count(latest), 0); // no digest at all

    QVERIFY(store(db,
                  makeDigest(QStringLiteral("NeRF"),
                             QStringLiteral("2024-03-01"),
                             {entry(Alpha, QStringLiteral("Alpha")), entry(Beta, QStringLiteral("Beta"))}),
                  QStringLiteral("one.md")));
    QCOMPARE(*search.count(latest), 2); // the only digest: everything in it is new

    // A later digest repeats Alpha and brings Gamma.
    QVERIFY(store(db,
                  makeDigest(QStringLiteral("NeRF"),
                             QStringLiteral("2024-03-02"),
                             {entry(Alpha, QStringLiteral("Alpha")), entry(Gamma, QStringLiteral("Gamma"))}),
                  QStringLiteral("two.md")));
    Result<PaperPage> page = search.list(ListRequest{latest, std::nullopt, 0, 0});
    QVERIFY(page);
    QCOMPARE(keysOf(page->papers), QStringList{Gamma});
    QCOMPARE(page->total, 1);

    // An older digest imported late does not move the latest date, but it is an
    // earlier appearance: Gamma seen on 02-28 is no longer new on 03-02.
    QVERIFY(store(db,
                  makeDigest(QStringLiteral("3DGS"),
                             QStringLiteral("2024-02-28"),
                             {entry(Gamma, QStringLiteral("Gamma")), entry(Delta, QStringLiteral("Delta"))}),
                  QStringLiteral("old.md")));
    QCOMPARE(*search.count(latest), 0);
    page = search.list(ListRequest{latest, std::nullopt, 0, 0});
    QVERIFY(page);
    QVERIFY(page->papers.isEmpty());
}

void TestPaperFilter::annotationCountsNeedNoTagIndexReload()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> opened = Database::open(dir.filePath(QStringLiteral("reload.papershelf")));
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    Database &db = **opened;
    QVERIFY(store(db,
                  makeDigest(QStringLiteral("NeRF"),
                             QStringLiteral("2024-03-01"),
                             {entry(Alpha, QStringLiteral("Alpha")), entry(Beta, QStringLiteral("Beta"))}),
                  QStringLiteral("one.md")));
    TagIndex tags(db.connection());
    PaperSearch search(db.connection(), &tags);
    PaperFilter favourites;
    favourites.favouritesOnly = true;
    PaperFilter unread;
    unread.statuses = {ReadingStatus::Unread};
    QCOMPARE(*search.count(unread), 2); // exclusion only: needs every paper, from the tag index
    const int loads = tags.loadCount();
    QCOMPARE(loads, 1);

    // An edit changes the library; counting a shelf with an included set does not reload the index.
    const qint64 alpha = scalar(db.connection(), QStringLiteral("SELECT id FROM papers WHERE key = '%1'").arg(Alpha))
                             .toLongLong();
    QVERIFY(AnnotationStore(db.connection()).setFavourite({alpha}, true));
    QCOMPARE(*search.count(favourites), 1);
    PaperFilter favouriteUnread = favourites;
    favouriteUnread.statuses = {ReadingStatus::Unread};
    QCOMPARE(*search.count(favouriteUnread), 1);
    QCOMPARE(tags.loadCount(), loads);
    QVERIFY(AnnotationStore(db.connection()).setStatus({alpha}, ReadingStatus::Read));
    QCOMPARE(*search.count(favouriteUnread), 0);
    QCOMPARE(tags.loadCount(), loads);
    // A tag condition still goes through the (reloaded) index.
    favourites.allOf = {TagSelector{QStringLiteral("NeRF"), TagKind::Topic}};
    QCOMPARE(*search.count(favourites), 1);
    QCOMPARE(tags.loadCount(), loads + 1);
}

QTEST_GUILESS_MAIN(TestPaperFilter)
#include "tst_paperfilter.moc"
