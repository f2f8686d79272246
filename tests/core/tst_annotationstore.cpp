#include "core/annotations/annotationstore.h"
#include "core/db/database.h"
#include "core/db/paperrepository.h"
#include "core/db/paperwriter.h"
#include "core/search/papersearch.h"
#include "core/search/searchindex.h"
#include "librarytestutil.h"

#include <QtTest>

using namespace PaperShelf::Core;
using namespace PaperShelf::Tests;

class TestAnnotationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void unannotatedPapersHaveDefaults();
    void bulkStatusRatingFavourite();
    void ratingOutOfRangeIsRefusedAndChangesNothing();
    void restorePutsBulkChangesBack();
    void notesAreSearchable();
    void notesOfAPendingPaperAreIndexedAtFlush();
    void notesEditsLeaveTheIndexARebuildWouldBuild();
    void reimportKeepsAnnotations();
    void readOnlyLibraryReportsAnError();

private:
    void storeDigest(const QString &name, const ParsedDigest &digest, bool flush = true);
    QStringList search(const QString &text);
    QString indexSnapshot();
    qint64 rowId(const QString &arxivId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

namespace {

ParsedDigest sampleDigest(const QString &abstractOfFirst = QStringLiteral("Diffusion for images."))
{
    return makeDigest(QStringLiteral("Diffusion Models"),
                      QStringLiteral("2024-03-01"),
                      {makeEntry(QStringLiteral("2403.10001"),
                                 1,
                                 QStringLiteral("Alpha Paper"),
                                 abstractOfFirst,
                                 QStringLiteral("扩散模型。")),
                       makeEntry(QStringLiteral("2403.10002"),
                                 1,
                                 QStringLiteral("Beta Paper"),
                                 QStringLiteral("Radiance fields."),
                                 QStringLiteral("辐射场。")),
                       makeEntry(QStringLiteral("2403.10003"),
                                 1,
                                 QStringLiteral("Gamma Paper"),
                                 QStringLiteral("Gaussian splats."),
                                 QStringLiteral("高斯泼溅。"))});
}

} // namespace

void TestAnnotationStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Database>> db = Database::open(m_dir->filePath(QStringLiteral("a.papershelf")));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(*db);
    storeDigest(QStringLiteral("d1.md"), sampleDigest());
}

void TestAnnotationStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestAnnotationStore::storeDigest(const QString &name, const ParsedDigest &digest, bool flush)
{
    PaperWriter writer(m_db->connection());
    const Result<DigestStoreResult> stored = writer.storeDigest(digest,
                                                                DigestSource{m_dir->filePath(name),
                                                                             name,
                                                                             QString::number(qHash(
                                                                                 digest.entries.first().abstract))});
    QVERIFY2(stored, qPrintable(stored.errorMessage()));
    if (flush) {
        const Result<int> indexed = SearchIndex(m_db->connection()).flushPending();
        QVERIFY2(indexed, qPrintable(indexed.errorMessage()));
    }
}

QStringList TestAnnotationStore::search(const QString &text)
{
    PaperSearch search(m_db->connection());
    ListRequest request;
    request.filter.text = text;
    request.limit = 0;
    const Result<PaperPage> page = search.list(request);
    if (!page) {
        return {page.errorMessage()};
    }
    QStringList ids;
    for (const PaperSummary &row : page->papers) {
        ids.append(row.id);
    }
    ids.sort();
    return ids;
}

qint64 TestAnnotationStore::rowId(const QString &arxivId)
{
    return scalar(m_db->connection(), QStringLiteral("SELECT id FROM papers WHERE arxiv_id = '%1'").arg(arxivId))
        .toLongLong();
}

void TestAnnotationStore::unannotatedPapersHaveDefaults()
{
    AnnotationStore store(m_db->connection());
    const qint64 a = rowId(QStringLiteral("2403.10001"));
    const Result<QList<Annotation>> list = store.annotations({a, 999'999});
    QVERIFY2(list, qPrintable(list.errorMessage()));
    QCOMPARE(list->size(), 1); // the unknown id is left out
    QCOMPARE(list->first().paperId, a);
    QCOMPARE(list->first().status, ReadingStatus::Unread);
    QCOMPARE(list->first().rating, 0);
    QVERIFY(!list->first().favourite);
    QVERIFY(list->first().updatedAt.isEmpty());
}

void TestAnnotationStore::bulkStatusRatingFavourite()
{
    AnnotationStore store(m_db->connection());
    const QList<qint64> ids = {rowId(QStringLiteral("2403.10001")), rowId(QStringLiteral("2403.10002"))};
    const Result<void> statusSet = store.setStatus(ids, ReadingStatus::Reading);
    QVERIFY2(statusSet, qPrintable(statusSet.errorMessage()));
    QVERIFY(store.setRating(ids, 4));
    QVERIFY(store.setFavourite({ids.first()}, true));

    const Result<QList<Annotation>> list = store.annotations(
        {ids.at(0), ids.at(1), rowId(QStringLiteral("2403.10003"))});
    QVERIFY(list);
    QCOMPARE(list->at(0).status, ReadingStatus::Reading);
    QCOMPARE(list->at(1).status, ReadingStatus::Reading);
    QCOMPARE(list->at(2).status, ReadingStatus::Unread);
    QCOMPARE(list->at(0).rating, 4);
    QCOMPARE(list->at(1).rating, 4);
    QVERIFY(list->at(0).favourite);
    QVERIFY(!list->at(1).favourite);
    QVERIFY(!list->at(0).updatedAt.isEmpty());
    // The paper list and the details see the same values.
    const Result<std::optional<PaperDetails>> details = PaperRepository(m_db->connection()).paper(ids.at(1));
    QVERIFY(details && details->has_value());
    QCOMPARE((*details)->status, ReadingStatus::Reading);
    QCOMPARE((*details)->rating, 4);
}

void TestAnnotationStore::ratingOutOfRangeIsRefusedAndChangesNothing()
{
    AnnotationStore store(m_db->connection());
    const qint64 a = rowId(QStringLiteral("2403.10001"));
    QVERIFY(store.setRating({a}, 2));
    const Result<void> refused = store.setRating({a}, 6);
    QVERIFY(!refused);
    QVERIFY(refused.errorMessage().contains(QLatin1String("6")));
    QCOMPARE(store.annotations({a})->first().rating, 2);
}

void TestAnnotationStore::restorePutsBulkChangesBack()
{
    AnnotationStore store(m_db->connection());
    const QList<qint64> ids = {rowId(QStringLiteral("2403.10001")),
                               rowId(QStringLiteral("2403.10002")),
                               rowId(QStringLiteral("2403.10003"))};
    QVERIFY(store.setStatus({ids.at(0)}, ReadingStatus::Read));
    QVERIFY(store.setRating({ids.at(1)}, 5));
    QVERIFY(store.setNotes(ids.at(2), QStringLiteral("keep me")));
    const QList<Annotation> before = *store.annotations(ids);

    QVERIFY(store.setStatus(ids, ReadingStatus::ToRead));
    QVERIFY(store.setRating(ids, 1));
    QVERIFY(store.restore(before));

    const QList<Annotation> after = *store.annotations(ids);
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(after.at(i).status, before.at(i).status);
        QCOMPARE(after.at(i).rating, before.at(i).rating);
        QCOMPARE(after.at(i).favourite, before.at(i).favourite);
        QCOMPARE(after.at(i).notes, before.at(i).notes);
    }
}

void TestAnnotationStore::notesAreSearchable()
{
    AnnotationStore store(m_db->connection());
    const qint64 b = rowId(QStringLiteral("2403.10002"));
    QVERIFY(store.setNotes(b, QStringLiteral("Compare with **zebrafish** tracking; 需要复现实验")));
    QCOMPARE(search(QStringLiteral("zebrafish")), QStringList{QStringLiteral("2403.10002")});
    QCOMPARE(search(QStringLiteral("复现")), QStringList{QStringLiteral("2403.10002")});

    QVERIFY(store.setNotes(b, QStringLiteral("now about okapis")));
    QCOMPARE(search(QStringLiteral("zebrafish")), QStringList());
    QCOMPARE(search(QStringLiteral("okapis")), QStringList{QStringLiteral("2403.10002")});
    // The machine text is still found, and the index is consistent.
    QCOMPARE(search(QStringLiteral("radiance")), QStringList{QStringLiteral("2403.10002")});
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM fts_pending")).toInt(), 0);
}

void TestAnnotationStore::notesOfAPendingPaperAreIndexedAtFlush()
{
    // A re-import left the paper pending (not flushed yet); notes written now
    // must reach the index with the next flush.
    storeDigest(QStringLiteral("d2.md"), sampleDigest(QStringLiteral("Changed abstract about diffusion.")), false);
    const qint64 a = rowId(QStringLiteral("2403.10001"));
    QVERIFY(*SearchIndex(m_db->connection()).isPending(a));
    AnnotationStore store(m_db->connection());
    QVERIFY(store.setNotes(a, QStringLiteral("wombat")));
    QVERIFY(SearchIndex(m_db->connection()).flushPending());
    QCOMPARE(search(QStringLiteral("wombat")), QStringList{QStringLiteral("2403.10001")});
}

QString TestAnnotationStore::indexSnapshot()
{
    // Every token position of every real term, the column lengths bm25 reads,
    // and ranked scores; the filler term of notes edits is not real text.
    const QSqlDatabase db = m_db->connection();
    QSqlQuery query(db);
    query.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.instances"
                              " USING fts5vocab(main, paper_fts, instance)"));
    QStringList lines;
    if (!query.exec(QStringLiteral("SELECT term, doc, col, offset FROM temp.instances"
                                   " WHERE term <> char(57344) ORDER BY 1, 2, 3, 4"))) {
        return query.lastError().text();
    }
    while (query.next()) {
        lines.append(QStringLiteral("%1 %2 %3 %4")
                         .arg(query.value(0).toString(),
                              query.value(1).toString(),
                              query.value(2).toString(),
                              query.value(3).toString()));
    }
    query.exec(QStringLiteral("SELECT id, hex(sz) FROM paper_fts_docsize ORDER BY id"));
    while (query.next()) {
        lines.append(QStringLiteral("size %1 %2").arg(query.value(0).toString(), query.value(1).toString()));
    }
    for (const QString &match : {QStringLiteral("paper"),
                                 QStringLiteral("\"radiance fields\""),
                                 QStringLiteral("\"扩散 散模\""),
                                 QStringLiteral("notes : okapi")}) {
        QSqlQuery ranked(db);
        ranked.prepare(QStringLiteral("SELECT rowid, printf('%.9f', ") + SearchIndex::rankExpression()
                       + QStringLiteral(") FROM paper_fts WHERE paper_fts MATCH ? ORDER BY rowid"));
        ranked.addBindValue(match);
        if (!ranked.exec()) {
            return ranked.lastError().text();
        }
        while (ranked.next()) {
            lines.append(
                QStringLiteral("%1: %2 %3").arg(match, ranked.value(0).toString(), ranked.value(1).toString()));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void TestAnnotationStore::notesEditsLeaveTheIndexARebuildWouldBuild()
{
    // Notes edits rewrite only the notes' terms (with fillers in between, see
    // SearchIndex); the result must be exactly what indexing from scratch gives,
    // also for terms the notes share with the machine text and across re-imports.
    AnnotationStore store(m_db->connection());
    const qint64 a = rowId(QStringLiteral("2403.10001"));
    const qint64 b = rowId(QStringLiteral("2403.10002"));
    QVERIFY(store.setNotes(a, QStringLiteral("Diffusion paper: compare the images; 扩散模型 okapi")));
    QVERIFY(store.setNotes(b, QStringLiteral("radiance radiance fields, Beta")));
    QVERIFY(store.setNotes(a, QStringLiteral("Alpha paper about okapi fields 模型")));
    storeDigest(QStringLiteral("d2.md"), sampleDigest(QStringLiteral("Diffusion for okapi images, paper two.")));
    QVERIFY(store.setNotes(a, QStringLiteral("PAPER diffusion")));
    QVERIFY(store.setNotes(b, QString()));
    const QString incremental = indexSnapshot();
    QVERIFY(incremental.contains(QStringLiteral("okapi")));
    QVERIFY(incremental.contains(QStringLiteral("\"radiance fields\": %1").arg(b)));
    QVERIFY(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM temp.instances WHERE term = char(57344)"))
                .toLongLong()
            > 0); // the cheap path ran (a rebuild leaves no filler)

    Transaction transaction(m_db->connection());
    QVERIFY(transaction.begin());
    QVERIFY(SearchIndex(m_db->connection()).rebuild());
    QVERIFY(transaction.commit());
    QCOMPARE(indexSnapshot(), incremental);
    QVERIFY(m_db->integrityProblems().isEmpty());
}

void TestAnnotationStore::reimportKeepsAnnotations()
{
    AnnotationStore store(m_db->connection());
    const qint64 a = rowId(QStringLiteral("2403.10001"));
    QVERIFY(store.setStatus({a}, ReadingStatus::Read));
    QVERIFY(store.setRating({a}, 3));
    QVERIFY(store.setFavourite({a}, true));
    QVERIFY(store.setNotes(a, QStringLiteral("my notes")));
    const Annotation before = store.annotations({a})->first();

    storeDigest(QStringLiteral("d1.md"), sampleDigest()); // same file again
    storeDigest(QStringLiteral("d3.md"), sampleDigest(QStringLiteral("A rewritten abstract.")));

    QCOMPARE(store.annotations({a})->first(), before);
    QCOMPARE(search(QStringLiteral("rewritten")), QStringList{QStringLiteral("2403.10001")});
    QCOMPARE(search(QStringLiteral("notes")), QStringList{QStringLiteral("2403.10001")});
}

void TestAnnotationStore::readOnlyLibraryReportsAnError()
{
    const QString path = m_dir->filePath(QStringLiteral("a.papershelf"));
    const qint64 a = rowId(QStringLiteral("2403.10001"));
    m_db.reset();
    Database::Options options;
    options.readOnly = true;
    Result<std::unique_ptr<Database>> db = Database::open(path, options);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    AnnotationStore store((*db)->connection());
    const Result<void> written = store.setStatus({a}, ReadingStatus::Read);
    QVERIFY(!written);
    QVERIFY(!written.errorMessage().isEmpty());
    QCOMPARE(store.annotations({a})->first().status, ReadingStatus::Unread);
}

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
