#include "core/db/database.h"
#include "core/db/entrycodec.h"
#include "core/db/paperwriter.h"
#include "core/digest/textfields.h"
#include "core/review/reviewcheckrunner.h"
#include "core/review/reviewstore.h"
#include "core/review/segmentfields.h"
#include "core/review/segmentsync.h"
#include "librarytestutil.h"

#include <QtTest>

using namespace PaperShelf::Core;
using namespace PaperShelf::Tests;

class TestReviewStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void storingADigestMakesSegmentsInReadingOrder();
    void actionsKeepTheMachineTextAndWriteHistory();
    void correctingToTheMachineTextReverts();
    void actionsNeedAReviewer();
    void restorePutsASnapshotBack();
    void changedSourceUnapprovesAndMarksCorrections();
    void unchangedTextKeepsReviewStates();
    void vanishedSegmentsKeepReviewWorkOnly();
    void progressCountsReviewedSegments();
    void queueFiltersAndOrders();
    void findingsAreStoredAndFilterTheQueue();
    void backfillMakesSegmentsOfOlderLibraries();
    void runnerChecksEverySegmentOnce();

private:
    void store(const QString &name, const ParsedDigest &digest);
    qint64 rowId(const QString &arxivId);
    qint64 segmentId(const QString &arxivId, const QString &field, int index = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

namespace {

const QString Alice = QStringLiteral("alice");

DigestEntry entryA(const QString &summary = QStringLiteral("扩散模型生成图像。"))
{
    DigestEntry entry = makeEntry(QStringLiteral("2403.10001"),
                                  1,
                                  QStringLiteral("Alpha: Diffusion"),
                                  QStringLiteral("We study diffusion."),
                                  summary,
                                  {QStringLiteral("扩散模型"), QStringLiteral("图像生成")});
    entry.structured.authors = QStringLiteral("Ada Lovelace");
    return entry;
}

DigestEntry entryB()
{
    return makeEntry(QStringLiteral("2403.10002"),
                     1,
                     QStringLiteral("Beta Paper"),
                     QStringLiteral("Radiance fields."),
                     QStringLiteral("辐射场。"));
}

} // namespace

void TestReviewStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Database>> db = Database::open(m_dir->filePath(QStringLiteral("r.papershelf")));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(*db);
    store(QStringLiteral("d1.md"),
          makeDigest(QStringLiteral("Diffusion Models"), QStringLiteral("2024-03-01"), {entryA(), entryB()}));
}

void TestReviewStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestReviewStore::store(const QString &name, const ParsedDigest &digest)
{
    PaperWriter writer(m_db->connection());
    QString hash;
    for (const DigestEntry &entry : digest.entries) {
        hash += EntryCodec::contentHash(entry);
    }
    const Result<DigestStoreResult> stored = writer.storeDigest(digest,
                                                                DigestSource{m_dir->filePath(name),
                                                                             name,
                                                                             QString::number(qHash(hash))});
    QVERIFY2(stored, qPrintable(stored.errorMessage()));
}

qint64 TestReviewStore::rowId(const QString &arxivId)
{
    return scalar(m_db->connection(), QStringLiteral("SELECT id FROM papers WHERE arxiv_id = '%1'").arg(arxivId))
        .toLongLong();
}

qint64 TestReviewStore::segmentId(const QString &arxivId, const QString &field, int index)
{
    return scalar(m_db->connection(),
                  QStringLiteral("SELECT s.id FROM review_segments s JOIN papers p ON p.id = s.paper_id"
                                 " WHERE p.arxiv_id = '%1' AND s.field = '%2' AND s.idx = %3")
                      .arg(arxivId, field)
                      .arg(index))
        .toLongLong();
}

void TestReviewStore::storingADigestMakesSegmentsInReadingOrder()
{
    const Result<QList<ReviewSegment>> segments = ReviewStore(m_db->connection())
                                                      .segments(rowId(QStringLiteral("2403.10001")));
    QVERIFY2(segments, qPrintable(segments.errorMessage()));
    QStringList got;
    for (const ReviewSegment &segment : *segments) {
        got.append(QStringLiteral("%1#%2=%3").arg(segment.field).arg(segment.index).arg(segment.machineText));
        QCOMPARE(segment.state, ReviewState::Unreviewed);
        QCOMPARE(segment.paperId, QStringLiteral("2403.10001"));
        QVERIFY(segment.present);
    }
    // Names shared with highlights stay the same strings.
    QCOMPARE(SegmentFields::SummaryZh, TextFields::SummaryZh);
    QCOMPARE(SegmentFields::Takeaway, TextFields::TakeawaysZh);
    QCOMPARE(SegmentFields::TitleZh, TextFields::TitleZh);
    QCOMPARE(SegmentFields::Summary, TextFields::StructuredSummary);
    QCOMPARE(SegmentFields::Methods, TextFields::StructuredMethods);
    QCOMPARE(SegmentFields::Conclusion, TextFields::StructuredConclusion);
    const QStringList expected = {
        QStringLiteral("summary_zh#0=扩散模型生成图像。"),
        QStringLiteral("takeaways_zh#0=要点一"),
        QStringLiteral("takeaways_zh#1=要点二"),
        QStringLiteral("structured.title_zh#0=中文标题 Alpha: Diffusion"),
        QStringLiteral("structured.authors#0=Ada Lovelace"),
        QStringLiteral("structured.keywords#0=扩散模型; 图像生成"),
        QStringLiteral("structured.conclusion#0=结论。"),
    };
    QCOMPARE(got, expected);
}

void TestReviewStore::actionsKeepTheMachineTextAndWriteHistory()
{
    ReviewStore review(m_db->connection());
    const qint64 id = segmentId(QStringLiteral("2403.10001"), SegmentFields::SummaryZh);
    QVERIFY(id > 0);

    Result<ReviewSegment> approved = review.approve(id, Alice);
    QVERIFY2(approved, qPrintable(approved.errorMessage()));
    QCOMPARE(approved->state, ReviewState::Approved);

    Result<ReviewSegment> corrected = review.correct(id, QStringLiteral("扩散模型用于图像生成。"), Alice);
    QVERIFY2(corrected, qPrintable(corrected.errorMessage()));
    QCOMPARE(corrected->state, ReviewState::Corrected);
    QCOMPARE(corrected->machineText, QStringLiteral("扩散模型生成图像。"));
    QCOMPARE(corrected->reviewerText, QStringLiteral("扩散模型用于图像生成。"));
    QCOMPARE(corrected->effectiveText(), QStringLiteral("扩散模型用于图像生成。"));

    Result<ReviewSegment> flagged = review.flag(id, QStringLiteral("  wrong method  "), QStringLiteral("bob"));
    QVERIFY2(flagged, qPrintable(flagged.errorMessage()));
    QCOMPARE(flagged->state, ReviewState::Flagged);
    QCOMPARE(flagged->flagReason, QStringLiteral("wrong method"));
    QVERIFY(flagged->reviewerText.isEmpty());

    Result<ReviewSegment> reverted = review.revert(id, Alice);
    QVERIFY2(reverted, qPrintable(reverted.errorMessage()));
    QCOMPARE(reverted->state, ReviewState::Unreviewed);
    QCOMPARE(reverted->effectiveText(), QStringLiteral("扩散模型生成图像。"));

    const Result<QList<ReviewHistoryEntry>> history = review.history(id);
    QVERIFY2(history, qPrintable(history.errorMessage()));
    QCOMPARE(history->size(), 4);
    QCOMPARE(history->at(0).stateBefore, ReviewState::Unreviewed);
    QCOMPARE(history->at(0).stateAfter, ReviewState::Approved);
    QCOMPARE(history->at(1).textBefore, QStringLiteral("扩散模型生成图像。"));
    QCOMPARE(history->at(1).textAfter, QStringLiteral("扩散模型用于图像生成。"));
    QCOMPARE(history->at(2).reviewer, QStringLiteral("bob"));
    QCOMPARE(history->at(2).note, QStringLiteral("wrong method"));
    QCOMPARE(history->at(3).stateAfter, ReviewState::Unreviewed);
    QVERIFY(history->at(3).at.isValid());
    // The machine text itself was never written.
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT machine_text FROM review_segments WHERE id = %1").arg(id))
                 .toString(),
             QStringLiteral("扩散模型生成图像。"));
}

void TestReviewStore::correctingToTheMachineTextReverts()
{
    ReviewStore review(m_db->connection());
    const qint64 id = segmentId(QStringLiteral("2403.10001"), SegmentFields::Takeaway, 1);
    QVERIFY(review.correct(id, QStringLiteral("要点二（改）"), Alice));
    const Result<ReviewSegment> back = review.correct(id, QStringLiteral("要点二"), Alice);
    QVERIFY2(back, qPrintable(back.errorMessage()));
    QCOMPARE(back->state, ReviewState::Unreviewed);
    QVERIFY(back->reviewerText.isEmpty());
    // Approving a correction keeps it (the corrected text is what was approved).
    QVERIFY(review.correct(id, QStringLiteral("要点二（改）"), Alice));
    const Result<ReviewSegment> approved = review.approve(id, Alice);
    QCOMPARE(approved->state, ReviewState::Corrected);
    QCOMPARE(approved->reviewerText, QStringLiteral("要点二（改）"));
}

void TestReviewStore::actionsNeedAReviewer()
{
    ReviewStore review(m_db->connection());
    const qint64 id = segmentId(QStringLiteral("2403.10001"), SegmentFields::SummaryZh);
    const Result<ReviewSegment> refused = review.approve(id, QStringLiteral("  "));
    QVERIFY(!refused);
    QVERIFY(refused.errorMessage().contains(QStringLiteral("reviewer")));
    QCOMPARE(review.segment(id)->state, ReviewState::Unreviewed);
    QCOMPARE(review.history(id)->size(), 0);
    QVERIFY(!review.approve(987654, Alice));
}

void TestReviewStore::restorePutsASnapshotBack()
{
    ReviewStore review(m_db->connection());
    const qint64 id = segmentId(QStringLiteral("2403.10001"), SegmentFields::SummaryZh);
    const ReviewSnapshot before = ReviewStore::snapshot(*review.segment(id));
    QVERIFY(review.correct(id, QStringLiteral("新文本"), Alice));
    const ReviewSnapshot corrected = ReviewStore::snapshot(*review.segment(id));
    QVERIFY(review.restore(id, before, Alice)); // undo
    QCOMPARE(review.segment(id)->state, ReviewState::Unreviewed);
    QVERIFY(review.restore(id, corrected, Alice)); // redo
    QCOMPARE(review.segment(id)->effectiveText(), QStringLiteral("新文本"));
    QCOMPARE(review.history(id)->size(), 3);
}

void TestReviewStore::changedSourceUnapprovesAndMarksCorrections()
{
    ReviewStore review(m_db->connection());
    const qint64 summary = segmentId(QStringLiteral("2403.10001"), SegmentFields::SummaryZh);
    const qint64 takeaway = segmentId(QStringLiteral("2403.10001"), SegmentFields::Takeaway, 0);
    const qint64 conclusion = segmentId(QStringLiteral("2403.10001"), SegmentFields::Conclusion);
    QVERIFY(review.approve(summary, Alice));
    QVERIFY(review.correct(takeaway, QStringLiteral("第一要点"), Alice));
    QVERIFY(review.approve(conclusion, Alice));

    DigestEntry changed = entryA(QStringLiteral("扩散模型生成视频。"));
    changed.takeawaysZh[0] = QStringLiteral("要点一（新）");
    store(QStringLiteral("d2.md"),
          makeDigest(QStringLiteral("Diffusion Models"), QStringLiteral("2024-03-05"), {changed}));

    const ReviewSegment s = *review.segment(summary);
    QCOMPARE(s.state, ReviewState::Unreviewed);
    QVERIFY(s.sourceChanged);
    QCOMPARE(s.machineText, QStringLiteral("扩散模型生成视频。"));
    const ReviewSegment t = *review.segment(takeaway);
    QCOMPARE(t.state, ReviewState::Corrected);
    QVERIFY(t.sourceChanged);
    QCOMPARE(t.reviewerText, QStringLiteral("第一要点"));
    QCOMPARE(t.machineText, QStringLiteral("要点一（新）"));
    const ReviewSegment c = *review.segment(conclusion);
    QCOMPARE(c.state, ReviewState::Approved); // its text did not change
    QVERIFY(!c.sourceChanged);

    const QList<ReviewHistoryEntry> history = *review.history(summary);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.last().note, QStringLiteral("source changed"));
    QCOMPARE(history.last().stateBefore, ReviewState::Approved);
    QCOMPARE(history.last().textBefore, QStringLiteral("扩散模型生成图像。"));
    QCOMPARE(history.last().textAfter, QStringLiteral("扩散模型生成视频。"));
}

void TestReviewStore::unchangedTextKeepsReviewStates()
{
    ReviewStore review(m_db->connection());
    const qint64 summary = segmentId(QStringLiteral("2403.10001"), SegmentFields::SummaryZh);
    QVERIFY(review.approve(summary, Alice));
    // The same paper with the same text in a later digest: nothing to review again.
    store(QStringLiteral("d3.md"), makeDigest(QStringLiteral("3DGS"), QStringLiteral("2024-03-09"), {entryA()}));
    QCOMPARE(review.segment(summary)->state, ReviewState::Approved);
    QVERIFY(!review.segment(summary)->sourceChanged);
    QCOMPARE(review.history(summary)->size(), 1);
}

void TestReviewStore::vanishedSegmentsKeepReviewWorkOnly()
{
    ReviewStore review(m_db->connection());
    const qint64 worked = segmentId(QStringLiteral("2403.10001"), SegmentFields::Takeaway, 1);
    const qint64 untouched = segmentId(QStringLiteral("2403.10001"), SegmentFields::Authors);
    QVERIFY(review.flag(worked, QStringLiteral("vague"), Alice));
    DigestEntry shorter = entryA();
    shorter.takeawaysZh = {QStringLiteral("要点一")};
    shorter.structured.authors.clear();
    store(QStringLiteral("d2.md"),
          makeDigest(QStringLiteral("Diffusion Models"), QStringLiteral("2024-03-05"), {shorter}));

    const Result<ReviewSegment> kept = review.segment(worked);
    QVERIFY2(kept, qPrintable(kept.errorMessage()));
    QVERIFY(!kept->present);
    QCOMPARE(kept->state, ReviewState::Flagged);
    QVERIFY(!review.segment(untouched)); // nobody worked on it: gone
    ReviewQueueFilter filter;
    filter.paperRowIds = {rowId(QStringLiteral("2403.10001"))};
    const auto holds = [worked](const QList<ReviewQueueItem> &items) {
        return std::any_of(items.cbegin(), items.cend(), [worked](const ReviewQueueItem &i) {
            return i.segmentId == worked;
        });
    };
    const Result<QList<ReviewQueueItem>> present = review.queue(filter);
    QVERIFY2(present, qPrintable(present.errorMessage()));
    QVERIFY(!holds(*present));
    filter.includeGone = true;
    const Result<QList<ReviewQueueItem>> withGone = review.queue(filter);
    QVERIFY2(withGone, qPrintable(withGone.errorMessage()));
    QVERIFY(holds(*withGone));
}

void TestReviewStore::progressCountsReviewedSegments()
{
    ReviewStore review(m_db->connection());
    const qint64 a = rowId(QStringLiteral("2403.10001"));
    const qint64 b = rowId(QStringLiteral("2403.10002"));
    QVERIFY(review.approve(segmentId(QStringLiteral("2403.10001"), SegmentFields::SummaryZh), Alice));
    QVERIFY(review.correct(segmentId(QStringLiteral("2403.10001"), SegmentFields::Conclusion),
                           QStringLiteral("结论改。"),
                           Alice));
    QVERIFY(
        review.flag(segmentId(QStringLiteral("2403.10001"), SegmentFields::Takeaway, 0), QStringLiteral("?"), Alice));
    const QHash<qint64, ReviewProgress> progress = *review.progress({a, b});
    QCOMPARE(progress.value(a).reviewed, 2);
    QCOMPARE(progress.value(a).flagged, 1);
    QCOMPARE(progress.value(a).total, 7);
    QCOMPARE(progress.value(b).reviewed, 0);
    QCOMPARE(progress.value(b).total, 5);
    const ReviewProgress total = *review.totalProgress();
    QCOMPARE(total.reviewed, 2);
    QCOMPARE(total.total, 12);
    const QList<DigestReviewProgress> digests = *review.progressByDigest();
    QCOMPARE(digests.size(), 1);
    QCOMPARE(digests.first().source, QStringLiteral("d1.md"));
    QCOMPARE(digests.first().progress.reviewed, 2);
    QCOMPARE(digests.first().progress.total, 12);
}

void TestReviewStore::queueFiltersAndOrders()
{
    ReviewStore review(m_db->connection());
    // A newer paper comes first.
    DigestEntry newer = makeEntry(QStringLiteral("2403.10009"),
                                  1,
                                  QStringLiteral("Newer"),
                                  QStringLiteral("New."),
                                  QStringLiteral("新。"));
    store(QStringLiteral("d9.md"), makeDigest(QStringLiteral("NeRF"), QStringLiteral("2024-04-01"), {newer}));
    const QList<ReviewQueueItem> all = *review.queue({});
    QCOMPARE(all.size(), 17);
    QCOMPARE(all.first().paperRowId, rowId(QStringLiteral("2403.10009")));
    QCOMPARE(all.first().segmentId, segmentId(QStringLiteral("2403.10009"), SegmentFields::SummaryZh));
    QCOMPARE(all.at(1).segmentId, segmentId(QStringLiteral("2403.10009"), SegmentFields::Takeaway, 0));

    QVERIFY(review.approve(segmentId(QStringLiteral("2403.10009"), SegmentFields::SummaryZh), Alice));
    ReviewQueueFilter unreviewed;
    unreviewed.states = {ReviewState::Unreviewed};
    QCOMPARE(review.queue(unreviewed)->size(), 16);
    ReviewQueueFilter nerf;
    nerf.topic = QStringLiteral("NeRF");
    QCOMPARE(review.queue(nerf)->size(), 5);
    ReviewQueueFilter dated;
    dated.digestDate = QDate(2024, 3, 1);
    QCOMPARE(review.queue(dated)->size(), 12);
}

void TestReviewStore::findingsAreStoredAndFilterTheQueue()
{
    ReviewStore review(m_db->connection());
    const qint64 id = segmentId(QStringLiteral("2403.10001"), SegmentFields::SummaryZh);
    QHash<qint64, QList<Finding>> findings;
    findings.insert(id,
                    {{QStringLiteral("number_mismatch"), Severity::Warning, 0, 2, QString()},
                     {QStringLiteral("placeholder"), Severity::Error, 2, 4, QString()}});
    QVERIFY(review.storeFindings(findings));
    const ReviewSegment segment = *review.segment(id);
    QCOMPARE(segment.findings.size(), 2);
    QCOMPARE(segment.findings.first().check, QStringLiteral("placeholder")); // errors first
    QCOMPARE(segment.findings.first().excerpt, QStringLiteral("模型"));
    ReviewQueueFilter errors;
    errors.minSeverity = Severity::Error;
    QCOMPARE(review.queue(errors)->size(), 1);
    ReviewQueueFilter numbers;
    numbers.check = QStringLiteral("number_mismatch");
    QCOMPARE(review.queue(numbers)->size(), 1);
    QCOMPARE(review.findingCounts()->value(QStringLiteral("placeholder")), 1);
    // Storing again replaces, never appends.
    findings[id] = {};
    QVERIFY(review.storeFindings(findings));
    QCOMPARE(review.segment(id)->findings.size(), 0);
    QCOMPARE(review.queue(errors)->size(), 0);
}

void TestReviewStore::backfillMakesSegmentsOfOlderLibraries()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM review_segments")));
    QVERIFY(query.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('review_backfill', 'pending')")));
    ReviewStore review(m_db->connection());
    QList<int> seen;
    const Result<int> made = SegmentSync(m_db->connection()).backfillSegments(1, [&seen](int done, int) {
        seen.append(done);
        return true;
    });
    QVERIFY2(made, qPrintable(made.errorMessage()));
    QCOMPARE(*made, 2);
    QCOMPARE(seen, QList<int>({0, 1, 2}));
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM review_segments")).toInt(), 12);
    QVERIFY(scalar(m_db->connection(), QStringLiteral("SELECT 1 FROM meta WHERE key = 'review_backfill'")).isNull());
    QCOMPARE(*SegmentSync(m_db->connection()).backfillSegments(1), 0); // done once
}

void TestReviewStore::runnerChecksEverySegmentOnce()
{
    ReviewCheckRunner runner(m_db->connection(), ReviewChecker());
    QList<int> progress;
    runner.setProgressCallback([&progress](int done, int) {
        progress.append(done);
    });
    const Result<int> checked = runner.run();
    QVERIFY2(checked, qPrintable(checked.errorMessage()));
    QCOMPARE(*checked, 12);
    QCOMPARE(progress.last(), 12);
    QCOMPARE(*ReviewStore(m_db->connection()).uncheckedCount(), 0);
    QCOMPARE(*runner.run(), 0);
    // A correction makes its segment unchecked again.
    QVERIFY(
        ReviewStore(m_db->connection())
            .correct(segmentId(QStringLiteral("2403.10001"), SegmentFields::SummaryZh), QStringLiteral("改"), Alice));
    QCOMPARE(*ReviewStore(m_db->connection()).uncheckedCount(), 1);
    QCOMPARE(*runner.run(), 1);
}

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
