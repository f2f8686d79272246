#include "core/digest/textfields.h"
#include "core/review/reviewreport.h"
#include "core/review/segmentfields.h"

#include <QRegularExpression>
#include <QtTest>

using namespace PaperShelf::Core;

// The review report's Markdown and CSV, from segments built in memory.
class TestReviewReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markdownListsWorkedSegmentsWithLastChangeAndChecks();
    void allScopeListsUnreviewedSegmentsToo();
    void csvHasAHeaderAndOneRowPerSegment();
    void markdownEscapesUntrustedText_data();
    void markdownEscapesUntrustedText();
    void hostileTextKeepsTheTableShape();
    void reportWithoutWorkSaysSo();
    void formatsAreNamed();
    void segmentFieldNamesMatchTextFields();

private:
    /// Two papers: the first with a corrected summary (two history entries, three
    /// findings of two checks), a flagged takeaway and an unreviewed one; the second
    /// with only an unreviewed segment.
    static QList<ReviewReportPaper> papers();
};

namespace {

Finding finding(const QString &check)
{
    return Finding{check, Severity::Warning, 0, 2, QStringLiteral("扩散")};
}

ReviewHistoryEntry change(const QString &reviewer, const QString &isoTime, ReviewState after, const QString &text)
{
    ReviewHistoryEntry entry;
    entry.reviewer = reviewer;
    entry.at = QDateTime::fromString(isoTime, Qt::ISODate);
    entry.stateAfter = after;
    entry.textAfter = text;
    return entry;
}

} // namespace

QList<ReviewReportPaper> TestReviewReport::papers()
{
    ReviewSegment summary;
    summary.id = 11;
    summary.paperId = QStringLiteral("2402.00101");
    summary.field = SegmentFields::SummaryZh;
    summary.machineText = QStringLiteral("本文提出传播模型。");
    summary.state = ReviewState::Corrected;
    summary.reviewerText = QStringLiteral("本文提出扩散模型。");
    summary.sourceChanged = true;
    summary.findings = {finding(QStringLiteral("glossary")),
                        finding(QStringLiteral("placeholder")),
                        finding(QStringLiteral("glossary"))};

    ReviewSegment flagged;
    flagged.id = 12;
    flagged.field = SegmentFields::Takeaway;
    flagged.index = 1;
    flagged.machineText = QStringLiteral("要点二");
    flagged.state = ReviewState::Flagged;
    flagged.flagReason = QStringLiteral("Says the opposite of the abstract");
    flagged.present = false;

    ReviewSegment untouched;
    untouched.id = 13;
    untouched.field = SegmentFields::Takeaway;
    untouched.index = 0;
    untouched.machineText = QStringLiteral("要点一");

    ReviewReportPaper first;
    first.paperId = QStringLiteral("2402.00101");
    first.title = QStringLiteral("Lantern Fields");
    first.segments = {summary, untouched, flagged};
    first.history.insert(11,
                         {change(QStringLiteral("bob"),
                                 QStringLiteral("2026-11-26T09:00:00Z"),
                                 ReviewState::Approved,
                                 summary.machineText),
                          change(QStringLiteral("alice"),
                                 QStringLiteral("2026-11-27T10:30:00Z"),
                                 ReviewState::Corrected,
                                 summary.reviewerText)});
    first.history.insert(12,
                         {change(QStringLiteral("carol"),
                                 QStringLiteral("2026-11-27T11:00:00+08:00"),
                                 ReviewState::Flagged,
                                 flagged.machineText)});

    ReviewSegment other;
    other.id = 21;
    other.field = SegmentFields::TitleZh;
    other.machineText = QStringLiteral("灯笼场");
    ReviewReportPaper second;
    second.paperId = QStringLiteral("2402.00102");
    second.title = QStringLiteral("Quiet Meshes");
    second.segments = {other};
    return {first, second};
}

void TestReviewReport::markdownListsWorkedSegmentsWithLastChangeAndChecks()
{
    const QString expected = QStringLiteral("# Review report\n"
                                            "\n"
                                            "2 segment(s) of 1 paper(s): 0 approved, 1 corrected, 1 flagged.\n"
                                            "\n"
                                            "## Lantern Fields (2402.00101)\n"
                                            "\n"
                                            "### summary\\_zh\n"
                                            "\n"
                                            "| Item | Value |\n"
                                            "| --- | --- |\n"
                                            "| State | corrected |\n"
                                            "| Checks | glossary, placeholder |\n"
                                            "| Last change | alice, 2026-11-27T10:30:00Z |\n"
                                            "| Before | 本文提出传播模型。 |\n"
                                            "| After | 本文提出扩散模型。 |\n"
                                            "| Flag reason |  |\n"
                                            "| Source changed | yes |\n"
                                            "| In the current digest | yes |\n"
                                            "\n"
                                            "### takeaways\\_zh\\[1\\]\n"
                                            "\n"
                                            "| Item | Value |\n"
                                            "| --- | --- |\n"
                                            "| State | flagged |\n"
                                            "| Checks |  |\n"
                                            "| Last change | carol, 2026-11-27T03:00:00Z |\n"
                                            "| Before | 要点二 |\n"
                                            "| After | 要点二 |\n"
                                            "| Flag reason | Says the opposite of the abstract |\n"
                                            "| Source changed | no |\n"
                                            "| In the current digest | no |\n");
    QCOMPARE(ReviewReport::markdown(papers(), ReviewReportScope::Worked), expected);
}

void TestReviewReport::allScopeListsUnreviewedSegmentsToo()
{
    const QString report = ReviewReport::markdown(papers(), ReviewReportScope::All);
    QVERIFY2(report.contains(QStringLiteral("4 segment(s) of 2 paper(s): 0 approved, 1 corrected, 1 flagged, "
                                            "2 unreviewed.")),
             qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("## Quiet Meshes (2402.00102)")));
    QVERIFY(report.contains(QStringLiteral("### structured.title\\_zh")));
    QVERIFY(report.contains(QStringLiteral("### takeaways\\_zh\\[0\\]")));
    // Reading order: the summary, then takeaway 0, then takeaway 1.
    QVERIFY(report.indexOf(QStringLiteral("summary\\_zh")) < report.indexOf(QStringLiteral("takeaways\\_zh\\[0\\]")));
    QVERIFY(report.indexOf(QStringLiteral("takeaways\\_zh\\[0\\]"))
            < report.indexOf(QStringLiteral("takeaways\\_zh\\[1\\]")));
    // No history: the last change is empty.
    QVERIFY(report.contains(QStringLiteral("| State | unreviewed |\n| Checks |  |\n| Last change |  |\n")));
}

void TestReviewReport::csvHasAHeaderAndOneRowPerSegment()
{
    const QString expected = QStringLiteral(
        "paper_id,title,field,index,state,checks,reviewer,reviewed_at,before,after,flag_reason,source_changed,"
        "present\r\n"
        "2402.00101,Lantern Fields,summary_zh,0,corrected,glossary; placeholder,alice,2026-11-27T10:30:00Z,"
        "本文提出传播模型。,本文提出扩散模型。,,yes,yes\r\n"
        "2402.00101,Lantern Fields,takeaways_zh,1,flagged,,carol,2026-11-27T03:00:00Z,要点二,要点二,"
        "Says the opposite of the abstract,no,no\r\n");
    QCOMPARE(ReviewReport::csv(papers(), ReviewReportScope::Worked), expected);

    const QString all = ReviewReport::csv(papers(), ReviewReportScope::All);
    QCOMPARE(all.count(QStringLiteral("\r\n")), 5);
    QVERIFY(all.contains(
        QStringLiteral("\r\n2402.00101,Lantern Fields,takeaways_zh,0,unreviewed,,,,要点一,要点一,,no,yes\r\n")));
    QVERIFY(all.endsWith(
        QStringLiteral("\r\n2402.00102,Quiet Meshes,structured.title_zh,0,unreviewed,,,,灯笼场,灯笼场,,no,yes\r\n")));

    // Quoting and the formula guard on untrusted text.
    QList<ReviewReportPaper> hostile = papers();
    hostile[0].title = QStringLiteral("Fields, \"lit\"\nat dusk");
    hostile[0].segments[0].reviewerText = QStringLiteral("=HYPERLINK(\"x\")");
    const QString quoted = ReviewReport::csv(hostile, ReviewReportScope::Worked);
    QVERIFY2(quoted.contains(QStringLiteral("2402.00101,\"Fields, \"\"lit\"\"\nat dusk\",summary_zh,")),
             qPrintable(quoted));
    QVERIFY(quoted.contains(QStringLiteral(",\"'=HYPERLINK(\"\"x\"\")\",")));
}

void TestReviewReport::markdownEscapesUntrustedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain Chinese") << QStringLiteral("扩散模型，去噪。") << QStringLiteral("扩散模型，去噪。");
    QTest::newRow("pipe") << QStringLiteral("a | b") << QStringLiteral("a \\| b");
    QTest::newRow("emphasis and code") << QStringLiteral("*x* _y_ `z` ~~s~~")
                                       << QStringLiteral("\\*x\\* \\_y\\_ \\`z\\` \\~\\~s\\~\\~");
    QTest::newRow("link") << QStringLiteral("[x](javascript:alert(1))")
                          << QStringLiteral("\\[x\\]\\(javascript:alert\\(1\\)\\)");
    QTest::newRow("html") << QStringLiteral("<script>&amp;</script>")
                          << QStringLiteral("\\<script\\>\\&amp;\\</script\\>");
    QTest::newRow("heading marks") << QStringLiteral("# title #") << QStringLiteral("\\# title \\#");
    QTest::newRow("backslash") << QStringLiteral("a\\|b") << QStringLiteral("a\\\\\\|b");
    QTest::newRow("line breaks") << QStringLiteral("one\ntwo\r\nthree\rfour")
                                 << QStringLiteral("one<br>two<br>three<br>four");
    QTest::newRow("image and math") << QStringLiteral("![a]($x^2$)") << QStringLiteral("\\!\\[a\\]\\(\\$x\\^2\\$\\)");
}

void TestReviewReport::markdownEscapesUntrustedText()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(ReviewReport::markdownText(text), escaped);
}

void TestReviewReport::hostileTextKeepsTheTableShape()
{
    QList<ReviewReportPaper> hostile = papers();
    hostile[0].title = QStringLiteral("Title\n## Injected | heading");
    hostile[0].segments[0].machineText = QStringLiteral("a | b\n| --- | --- |\n| forged | row |");
    hostile[0].segments[0].reviewerText = QStringLiteral("<img src=x onerror=alert(1)>\\");
    hostile[0].history[11].last().reviewer = QStringLiteral("eve | admin");
    hostile[0].segments[2].flagReason = QStringLiteral("[click](http://example.invalid)");
    const QString report = ReviewReport::markdown(hostile, ReviewReportScope::All);

    // Every line is a heading, the summary, a table row of exactly two cells, or empty.
    static const QRegularExpression unescapedPipe(QStringLiteral("(?<!\\\\)((?:\\\\\\\\)*)\\|"));
    for (const QString &line : report.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('|'))) {
            QCOMPARE(line.count(unescapedPipe), 3);
        } else {
            QVERIFY2(line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.contains(QStringLiteral("segment(s)")),
                     qPrintable(line));
        }
    }
    QCOMPARE(report.count(QStringLiteral("\n## ")), 2);
    QVERIFY(report.contains(QStringLiteral("## Title<br>\\#\\# Injected \\| heading (2402.00101)\n")));
    QVERIFY(report.contains(QStringLiteral("| After | \\<img src=x onerror=alert\\(1\\)\\>\\\\ |\n")));
    QVERIFY(report.contains(QStringLiteral("| Last change | eve \\| admin, 2026-11-27T10:30:00Z |\n")));
    QVERIFY(!report.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<img"))));
}

void TestReviewReport::reportWithoutWorkSaysSo()
{
    QList<ReviewReportPaper> unworked = papers();
    unworked.removeFirst();
    QCOMPARE(ReviewReport::markdown(unworked, ReviewReportScope::Worked),
             QStringLiteral("# Review report\n\nNo review work in the selected papers.\n"));
    QCOMPARE(ReviewReport::csv(unworked, ReviewReportScope::Worked),
             QStringLiteral("paper_id,title,field,index,state,checks,reviewer,reviewed_at,before,after,flag_reason,"
                            "source_changed,present\r\n"));
    QCOMPARE(ReviewReport::markdown({}, ReviewReportScope::All),
             QStringLiteral("# Review report\n\nNo segments in the selected papers.\n"));
}

void TestReviewReport::formatsAreNamed()
{
    QVERIFY(ReviewReport::formatFromName(u"markdown") == ReviewReportFormat::Markdown);
    QVERIFY(ReviewReport::formatFromName(u"csv") == ReviewReportFormat::Csv);
    QVERIFY(!ReviewReport::formatFromName(u"html"));
    QCOMPARE(ReviewReport::render(ReviewReportFormat::Csv, papers(), ReviewReportScope::Worked),
             ReviewReport::csv(papers(), ReviewReportScope::Worked));
}

void TestReviewReport::segmentFieldNamesMatchTextFields()
{
    // Set before main() in two files; neither may copy the other (initialisation order).
    QCOMPARE(SegmentFields::SummaryZh, QStringLiteral("summary_zh"));
    QCOMPARE(SegmentFields::SummaryZh, PaperShelf::Core::TextFields::SummaryZh);
    QCOMPARE(SegmentFields::Takeaway, PaperShelf::Core::TextFields::TakeawaysZh);
    QCOMPARE(SegmentFields::TitleZh, PaperShelf::Core::TextFields::TitleZh);
    QCOMPARE(SegmentFields::Summary, PaperShelf::Core::TextFields::StructuredSummary);
    QCOMPARE(SegmentFields::Methods, PaperShelf::Core::TextFields::StructuredMethods);
    QCOMPARE(SegmentFields::Conclusion, PaperShelf::Core::TextFields::StructuredConclusion);
}

QTEST_GUILESS_MAIN(TestReviewReport)
#include "tst_reviewreport.moc"
