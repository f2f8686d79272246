#include "core/review/reviewcorrections.h"
#include "core/review/segmentfields.h"

#include <QtTest>

using namespace PaperShelf::Core;
using namespace Qt::Literals::StringLiterals;

// ReviewCorrections::apply: corrections replace only the text they were made
// against; flagged texts are left out or kept.
class TestReviewCorrections final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesCorrectionsMadeAgainstTheText();
    void leavesCorrectionsOfOtherTextAlone();
    void omitsFlaggedTexts();
    void keepsFlaggedTextsWhenIncluded();
    void ignoresApprovedAndUnreviewed();

private:
    static DigestEntry entry();
    static ReviewSegment segment(const QString &field,
                                 int index,
                                 const QString &machine,
                                 ReviewState state,
                                 const QString &reviewer = QString());
};

DigestEntry TestReviewCorrections::entry()
{
    DigestEntry e;
    e.title = u"Title"_s;
    e.abstract = u"Abstract."_s;
    e.summaryZh = u"机器总结。"_s;
    e.takeawaysZh = {u"要点零。"_s, u"要点一。"_s, u"要点二。"_s};
    e.structured.methods = u"方法一\n方法二"_s;
    e.structured.keywords = {u"甲"_s, u"乙"_s};
    return e;
}

ReviewSegment TestReviewCorrections::segment(
    const QString &field, int index, const QString &machine, ReviewState state, const QString &reviewer)
{
    ReviewSegment s;
    s.field = field;
    s.index = index;
    s.machineText = machine;
    s.state = state;
    s.reviewerText = reviewer;
    return s;
}

void TestReviewCorrections::appliesCorrectionsMadeAgainstTheText()
{
    ReviewCorrectionCount count;
    const DigestEntry out = ReviewCorrections::
        apply(entry(),
              {segment(SegmentFields::SummaryZh, 0, u"机器总结。"_s, ReviewState::Corrected, u"人工总结。"_s),
               segment(SegmentFields::Takeaway, 1, u"要点一。"_s, ReviewState::Corrected, u"改正的要点一。"_s),
               segment(SegmentFields::Methods, 0, u"方法一\n方法二"_s, ReviewState::Corrected, u"新方法"_s),
               segment(SegmentFields::Keywords, 0, u"甲; 乙"_s, ReviewState::Corrected, u"甲; 丙"_s)},
              false,
              &count);
    QCOMPARE(out.summaryZh, u"人工总结。"_s);
    QCOMPARE(out.takeawaysZh, QStringList({u"要点零。"_s, u"改正的要点一。"_s, u"要点二。"_s}));
    QCOMPARE(out.structured.methods, u"新方法"_s);
    QCOMPARE(out.structured.keywords, QStringList({u"甲"_s, u"丙"_s}));
    QCOMPARE(out.title, entry().title);
    QCOMPARE(count.corrected, 4);
    QCOMPARE(count.notApplicable, 0);
}

void TestReviewCorrections::leavesCorrectionsOfOtherTextAlone()
{
    ReviewCorrectionCount count;
    const DigestEntry out = ReviewCorrections::
        apply(entry(),
              {segment(SegmentFields::SummaryZh, 0, u"旧的机器总结。"_s, ReviewState::Corrected, u"人工总结。"_s),
               segment(SegmentFields::Takeaway, 5, u"要点五。"_s, ReviewState::Corrected, u"不存在"_s),
               segment(SegmentFields::Takeaway, 2, u"要点一。"_s, ReviewState::Flagged)},
              false,
              &count);
    QCOMPARE(out, entry());
    QCOMPARE(count.notApplicable, 3);
    QCOMPARE(count.corrected, 0);
    QCOMPARE(count.flaggedOmitted, 0);
}

void TestReviewCorrections::omitsFlaggedTexts()
{
    ReviewCorrectionCount count;
    const DigestEntry out = ReviewCorrections::
        apply(entry(),
              {segment(SegmentFields::Takeaway, 0, u"要点零。"_s, ReviewState::Flagged),
               segment(SegmentFields::Takeaway, 2, u"要点二。"_s, ReviewState::Corrected, u"改正的要点二。"_s),
               segment(SegmentFields::Takeaway, 1, u"要点一。"_s, ReviewState::Flagged),
               segment(SegmentFields::SummaryZh, 0, u"机器总结。"_s, ReviewState::Flagged)},
              false,
              &count);
    // Indices name the takeaways as reviewed, whatever is dropped before them.
    QCOMPARE(out.takeawaysZh, QStringList({u"改正的要点二。"_s}));
    QCOMPARE(out.summaryZh, QString());
    QCOMPARE(count.flaggedOmitted, 3);
    QCOMPARE(count.corrected, 1);
}

void TestReviewCorrections::keepsFlaggedTextsWhenIncluded()
{
    ReviewCorrectionCount count;
    const DigestEntry
        out = ReviewCorrections::apply(entry(),
                                       {segment(SegmentFields::Takeaway, 0, u"要点零。"_s, ReviewState::Flagged),
                                        segment(SegmentFields::Methods, 0, u"方法一\n方法二"_s, ReviewState::Flagged)},
                                       true,
                                       &count);
    QCOMPARE(out, entry());
    QCOMPARE(count.flaggedKept, 2);
    QCOMPARE(count.flaggedOmitted, 0);
}

void TestReviewCorrections::ignoresApprovedAndUnreviewed()
{
    ReviewSegment approved = segment(SegmentFields::SummaryZh, 0, u"机器总结。"_s, ReviewState::Approved);
    approved.reviewerText = u"不应出现"_s; // stale text from an earlier correction
    ReviewCorrectionCount count;
    const DigestEntry
        out = ReviewCorrections::apply(entry(),
                                       {approved,
                                        segment(SegmentFields::Takeaway, 0, u"要点零。"_s, ReviewState::Unreviewed)},
                                       false,
                                       &count);
    QCOMPARE(out, entry());
    QCOMPARE(count, ReviewCorrectionCount());
}

QTEST_GUILESS_MAIN(TestReviewCorrections)

#include "tst_reviewcorrections.moc"
