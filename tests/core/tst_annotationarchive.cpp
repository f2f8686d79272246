#include "core/annotations/annotationarchive.h"
#include "core/annotations/annotationstore.h"
#include "core/annotations/highlightstore.h"
#include "core/annotations/usertagstore.h"
#include "core/db/database.h"
#include "core/db/paperwriter.h"
#include "core/digest/textfields.h"
#include "core/review/reviewstore.h"
#include "core/search/papersearch.h"
#include "core/search/searchindex.h"
#include "librarytestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace PaperShelf::Core;
using namespace PaperShelf::Tests;

class TestAnnotationArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exportHoldsEverythingTheUserMade();
    void exportHoldsEveryWorkedReviewSegmentAndNoOther();
    void roundTripIntoAnEmptyLibrary();
    void mergeIntoADivergedLibrary();
    void mergingTwiceChangesNothing();
    void badArchivesAreRefusedAndChangeNothing();

private:
    std::unique_ptr<Database> openLibrary(const QString &name, int papers);
    void annotateSource();
    static qint64 rowId(Database &db, int n);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_source;
    std::unique_ptr<Database> m_target;
};

std::unique_ptr<Database> TestAnnotationArchive::openLibrary(const QString &name, int papers)
{
    Result<std::unique_ptr<Database>> db = Database::open(m_dir->filePath(name));
    if (!db) {
        qWarning() << db.errorMessage();
        return {};
    }
    QList<DigestEntry> entries;
    for (int n = 1; n <= papers; ++n) {
        entries.append(makeEntry(QStringLiteral("2406.4000%1").arg(n),
                                 1,
                                 QStringLiteral("Archive Paper %1").arg(n),
                                 QStringLiteral("Abstract number %1 about point clouds.").arg(n),
                                 QStringLiteral("第%1篇论文的摘要。").arg(n)));
    }
    PaperWriter writer((*db)->connection());
    const QString file = m_dir->filePath(name + QStringLiteral(".md"));
    if (!writer.storeDigest(makeDigest(QStringLiteral("3DGS"), QStringLiteral("2024-06-01"), entries),
                            DigestSource{file, file, file})) {
        return {};
    }
    if (!SearchIndex((*db)->connection()).flushPending()) {
        return {};
    }
    return std::move(*db);
}

qint64 TestAnnotationArchive::rowId(Database &db, int n)
{
    return scalar(db.connection(), QStringLiteral("SELECT id FROM papers WHERE arxiv_id = '2406.4000%1'").arg(n))
        .toLongLong();
}

void TestAnnotationArchive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_source = openLibrary(QStringLiteral("source.papershelf"), 3);
    m_target = openLibrary(QStringLiteral("target.papershelf"), 2); // lacks paper 3
    QVERIFY(m_source && m_target);
    annotateSource();
}

void TestAnnotationArchive::cleanup()
{
    m_source.reset();
    m_target.reset();
    m_dir.reset();
}

void TestAnnotationArchive::annotateSource()
{
    const QSqlDatabase db = m_source->connection();
    AnnotationStore annotations(db);
    QVERIFY(annotations.setStatus({rowId(*m_source, 1), rowId(*m_source, 3)}, ReadingStatus::Read));
    QVERIFY(annotations.setRating({rowId(*m_source, 1)}, 5));
    QVERIFY(annotations.setFavourite({rowId(*m_source, 2)}, true));
    QVERIFY(annotations.setNotes(rowId(*m_source, 2), QStringLiteral("Notes about **capybaras**.")));
    UserTagStore tags(db);
    QVERIFY(tags.addTag({rowId(*m_source, 1), rowId(*m_source, 2)}, QStringLiteral("to cite")));
    QVERIFY(tags.setColor(QStringLiteral("to cite"), QStringLiteral("#aa0000")));
    HighlightStore highlights(db);
    QVERIFY(
        highlights.add(rowId(*m_source, 1), TextFields::Abstract, 0, 8, QStringLiteral("red"), QStringLiteral("?")));
    QVERIFY(highlights.setColorMeaning(QStringLiteral("red"), QStringLiteral("contested")));
}

void TestAnnotationArchive::exportHoldsEverythingTheUserMade()
{
    const Result<QByteArray> json = AnnotationArchive(m_source->connection()).exportAll();
    QVERIFY2(json, qPrintable(json.errorMessage()));
    const QJsonObject root = QJsonDocument::fromJson(*json).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("papershelf-annotations"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("highlight_colors")).toObject().value(QStringLiteral("red")).toString(),
             QStringLiteral("contested"));
    const QJsonObject papers = root.value(QStringLiteral("papers")).toObject();
    QCOMPARE(papers.keys(),
             (QStringList{QStringLiteral("2406.40001"), QStringLiteral("2406.40002"), QStringLiteral("2406.40003")}));
    const QJsonObject first = papers.value(QStringLiteral("2406.40001")).toObject();
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("read"));
    QCOMPARE(first.value(QStringLiteral("rating")).toInt(), 5);
    QCOMPARE(first.value(QStringLiteral("tags")).toArray().first().toString(), QStringLiteral("to cite"));
    const QJsonObject highlight = first.value(QStringLiteral("highlights")).toArray().first().toObject();
    QCOMPARE(highlight.value(QStringLiteral("quote")).toString(), QStringLiteral("Abstract"));
    QCOMPARE(highlight.value(QStringLiteral("comment")).toString(), QStringLiteral("?"));
    QCOMPARE(papers.value(QStringLiteral("2406.40002")).toObject().value(QStringLiteral("notes")).toString(),
             QStringLiteral("Notes about **capybaras**."));
}

void TestAnnotationArchive::exportHoldsEveryWorkedReviewSegmentAndNoOther()
{
    // Worked on: approved; approved, then reverted (unreviewed, with history);
    // unreviewed with a flag reason but no history (as an older version could
    // leave it). Paper 4 is untouched and has none in the archive.
    const std::unique_ptr<Database> db = openLibrary(QStringLiteral("review.papershelf"), 4);
    QVERIFY(db);
    ReviewStore review(db->connection());
    QList<qint64> segmentIds;
    for (int n = 1; n <= 4; ++n) {
        const Result<QList<ReviewSegment>> segments = review.segments(rowId(*db, n));
        QVERIFY(segments && !segments->isEmpty());
        segmentIds.append(segments->first().id);
    }
    QVERIFY(review.approve(segmentIds.at(0), QStringLiteral("Ada")));
    QVERIFY(review.approve(segmentIds.at(1), QStringLiteral("Ada")));
    QVERIFY(review.revert(segmentIds.at(1), QStringLiteral("Ada")));
    QSqlQuery flag(db->connection());
    QVERIFY(flag.exec(
        QStringLiteral("UPDATE review_segments SET flag_reason = 'odd' WHERE id = %1").arg(segmentIds.at(2))));

    const Result<QByteArray> json = AnnotationArchive(db->connection()).exportAll();
    QVERIFY2(json, qPrintable(json.errorMessage()));
    const QJsonObject papers = QJsonDocument::fromJson(*json).object().value(QStringLiteral("papers")).toObject();
    const auto reviewOf = [&papers](int n) {
        return papers.value(QStringLiteral("2406.4000%1").arg(n)).toObject().value(QStringLiteral("review")).toArray();
    };
    QCOMPARE(reviewOf(1).size(), 1);
    QCOMPARE(reviewOf(1).first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(reviewOf(2).size(), 1);
    const QJsonObject reverted = reviewOf(2).first().toObject();
    QCOMPARE(reverted.value(QStringLiteral("state")).toString(), QStringLiteral("unreviewed"));
    QCOMPARE(reverted.value(QStringLiteral("history")).toArray().size(), 2);
    QCOMPARE(reviewOf(3).size(), 1);
    QCOMPARE(reviewOf(3).first().toObject().value(QStringLiteral("flag_reason")).toString(), QStringLiteral("odd"));
    QVERIFY(reviewOf(4).isEmpty());
}

void TestAnnotationArchive::roundTripIntoAnEmptyLibrary()
{
    const QByteArray json = *AnnotationArchive(m_source->connection()).exportAll();
    const Result<ArchiveMergeReport> merged = AnnotationArchive(m_target->connection()).merge(json);
    QVERIFY2(merged, qPrintable(merged.errorMessage()));
    QCOMPARE(merged->papers, 2);
    QCOMPARE(merged->skipped.size(), 1);
    QCOMPARE(merged->skipped.first().paperId, QStringLiteral("2406.40003"));
    QCOMPARE(merged->skipped.first().title, QStringLiteral("Archive Paper 3"));
    QCOMPARE(merged->annotationsTaken, 2);
    QCOMPARE(merged->highlightsAdded, 1);
    QCOMPARE(merged->tagsAdded, 2);
    QVERIFY(merged->conflicts.isEmpty());
    QVERIFY(merged->warning.isEmpty());

    const QSqlDatabase db = m_target->connection();
    const QList<Annotation> annotations = *AnnotationStore(db).annotations({rowId(*m_target, 1), rowId(*m_target, 2)});
    QCOMPARE(annotations.at(0).status, ReadingStatus::Read);
    QCOMPARE(annotations.at(0).rating, 5);
    QVERIFY(annotations.at(1).favourite);
    QCOMPARE(annotations.at(1).notes, QStringLiteral("Notes about **capybaras**."));
    QCOMPARE((*UserTagStore(db).tag(QStringLiteral("to cite")))->color, QStringLiteral("#aa0000"));
    QCOMPARE((*UserTagStore(db).tag(QStringLiteral("to cite")))->count, 2);
    const QList<Highlight> highlights = *HighlightStore(db).forPaper(rowId(*m_target, 1));
    QCOMPARE(highlights.size(), 1);
    QCOMPARE(highlights.first().quote, QStringLiteral("Abstract"));
    QCOMPARE(highlights.first().start, 0);
    QVERIFY(!highlights.first().orphaned);
    QCOMPARE(HighlightStore(db).colors()->at(1).meaning, QStringLiteral("contested"));

    // Merged notes are searchable.
    PaperSearch search(db);
    ListRequest request;
    request.filter.text = QStringLiteral("capybaras");
    QCOMPARE(search.list(request)->total, 1);
}

void TestAnnotationArchive::mergeIntoADivergedLibrary()
{
    const QByteArray json = *AnnotationArchive(m_source->connection()).exportAll();
    // The target changed paper 1 later than the archive (its edit must win) and
    // paper 2 earlier (the archive must win).
    const QSqlDatabase db = m_target->connection();
    QVERIFY(AnnotationStore(db).setRating({rowId(*m_target, 1)}, 2));
    QVERIFY(AnnotationStore(db).setStatus({rowId(*m_target, 2)}, ReadingStatus::Reading));
    QVERIFY(AnnotationStore(db).setNotes(rowId(*m_target, 2), QStringLiteral("old local notes")));
    QSqlQuery older(db);
    QVERIFY(older.exec(QStringLiteral("UPDATE annotations SET updated_at = '2000-01-01T00:00:00.000Z'"
                                      " WHERE paper_id = %1")
                           .arg(rowId(*m_target, 2))));
    QVERIFY(UserTagStore(db).addTag({rowId(*m_target, 2)}, QStringLiteral("local only")));

    const Result<ArchiveMergeReport> merged = AnnotationArchive(db).merge(json);
    QVERIFY2(merged, qPrintable(merged.errorMessage()));
    const QList<Annotation> annotations = *AnnotationStore(db).annotations({rowId(*m_target, 1), rowId(*m_target, 2)});
    QCOMPARE(annotations.at(0).rating, 2);                                           // library newer
    QCOMPARE(annotations.at(0).status, ReadingStatus::Unread);                       // the library's whole record kept
    QCOMPARE(annotations.at(1).notes, QStringLiteral("Notes about **capybaras**.")); // archive newer
    QStringList conflicts;
    for (const ArchiveMergeReport::Conflict &c : merged->conflicts) {
        conflicts.append(c.paperId + QLatin1Char(' ') + c.item + QLatin1Char(' ') + c.kept);
    }
    conflicts.sort();
    QCOMPARE(conflicts,
             (QStringList{QStringLiteral("2406.40001 rating library"),
                          QStringLiteral("2406.40001 status library"),
                          QStringLiteral("2406.40002 favourite archive"),
                          QStringLiteral("2406.40002 notes archive"),
                          QStringLiteral("2406.40002 status archive")}));
    // Tags are a union: the local-only tag stays, the archive's tag arrives.
    QCOMPARE(*UserTagStore(db).papersWith(QStringLiteral("local only")), QList<qint64>{rowId(*m_target, 2)});
    QCOMPARE((*UserTagStore(db).tag(QStringLiteral("to cite")))->count, 2);
    // The index holds the merged notes in place of the replaced ones.
    PaperSearch search(db);
    ListRequest request;
    request.filter.text = QStringLiteral("capybaras");
    QCOMPARE(search.list(request)->papers.size(), 1);
    QCOMPARE(search.list(request)->papers.first().rowId, rowId(*m_target, 2));
    request.filter.text = QStringLiteral("old");
    QCOMPARE(search.list(request)->total, 0);
    request.filter.text = QStringLiteral("\"point clouds\"");
    QCOMPARE(search.list(request)->total, 2);
    QVERIFY(m_target->integrityProblems().isEmpty());
}

void TestAnnotationArchive::mergingTwiceChangesNothing()
{
    const QByteArray json = *AnnotationArchive(m_source->connection()).exportAll();
    QVERIFY(AnnotationArchive(m_target->connection()).merge(json));
    const QString before = dumpLibrary(m_target->connection());
    const Result<ArchiveMergeReport> again = AnnotationArchive(m_target->connection()).merge(json);
    QVERIFY(again);
    QCOMPARE(again->annotationsTaken, 0);
    QCOMPARE(again->highlightsAdded, 0);
    QCOMPARE(again->tagsAdded, 0);
    QVERIFY(again->conflicts.isEmpty());
    QCOMPARE(dumpLibrary(m_target->connection()), before);
}

void TestAnnotationArchive::badArchivesAreRefusedAndChangeNothing()
{
    const QString before = dumpLibrary(m_target->connection());
    AnnotationArchive archive(m_target->connection());
    QVERIFY(!archive.merge("{not json"));
    QVERIFY(!archive.merge(R"({"format": "something-else", "papers": {}})"));
    const Result<ArchiveMergeReport> newer = archive.merge(R"({"format": "papershelf-annotations", "version": 99})");
    QVERIFY(!newer);
    QVERIFY(newer.errorMessage().contains(QLatin1String("newer")));
    QCOMPARE(dumpLibrary(m_target->connection()), before);
}

QTEST_GUILESS_MAIN(TestAnnotationArchive)
#include "tst_annotationarchive.moc"
