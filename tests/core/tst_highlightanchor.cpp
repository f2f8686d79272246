#include "core/annotations/highlightanchor.h"

#include <QtTest>

using namespace PaperShelf::Core;

class TestHighlightAnchor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reanchors_data();
    void reanchors();
    void emptyQuoteIsOrphaned();
    void orphanedComesBackWhenTheQuoteReturns();
};

namespace {

HighlightAnchor anchorOf(const QString &text, const QString &quote, qsizetype occurrence = 0)
{
    qsizetype at = text.indexOf(quote);
    for (qsizetype i = 0; i < occurrence; ++i) {
        at = text.indexOf(quote, at + 1);
    }
    return HighlightAnchor{at, quote.size(), quote, false};
}

} // namespace

void TestHighlightAnchor::reanchors_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<int>("expectedStart"); // -1: orphaned
    const QString text = QStringLiteral("我们提出了一种基于扩散模型的方法，实验表明效果显著。");
    const QString quote = QStringLiteral("扩散模型");
    QTest::newRow("unchanged") << text << quote << 0 << text << int(text.indexOf(quote));
    QTest::newRow("text changed before the quote")
        << text << quote << 0 << QStringLiteral("本文中我们提出了一种新的基于扩散模型的方法，实验表明效果显著。")
        << int(QStringLiteral("本文中我们提出了一种新的基于").size());
    QTest::newRow("text changed after the quote")
        << text << quote << 0 << QStringLiteral("我们提出了一种基于扩散模型的方法。") << int(text.indexOf(quote));
    QTest::newRow("text changed inside the quote")
        << text << quote << 0 << QStringLiteral("我们提出了一种基于扩撒模型的方法，实验表明效果显著。") << -1;
    QTest::newRow("quote gone") << text << quote << 0 << QStringLiteral("完全不同的摘要。") << -1;
    const QString english = QStringLiteral("Diffusion here. More text. Diffusion there.");
    QTest::newRow("nearest of several occurrences") << english << QStringLiteral("Diffusion") << 1
                                                    << QStringLiteral("Intro. Diffusion here. More. Diffusion there.")
                                                    << int(QStringLiteral("Intro. Diffusion here. More. ").size());
    QTest::newRow("field emptied") << english << QStringLiteral("More") << 0 << QString() << -1;
}

void TestHighlightAnchor::reanchors()
{
    QFETCH(QString, oldText);
    QFETCH(QString, quote);
    QFETCH(int, occurrence);
    QFETCH(QString, newText);
    QFETCH(int, expectedStart);

    const HighlightAnchor before = anchorOf(oldText, quote, occurrence);
    QVERIFY(HighlightAnchoring::matches(before, oldText));
    const HighlightAnchor after = HighlightAnchoring::reanchor(before, newText);
    QCOMPARE(after.quote, quote); // the quote is never rewritten
    if (expectedStart < 0) {
        QVERIFY(after.orphaned);
        QCOMPARE(after.start, before.start); // orphaned keeps what it had
        QCOMPARE(after.length, before.length);
    } else {
        QVERIFY(!after.orphaned);
        QCOMPARE(after.start, qsizetype(expectedStart));
        QCOMPARE(newText.mid(after.start, after.length), quote);
    }
}

void TestHighlightAnchor::emptyQuoteIsOrphaned()
{
    const HighlightAnchor anchor{0, 0, QString(), false};
    QVERIFY(HighlightAnchoring::reanchor(anchor, QStringLiteral("text")).orphaned);
}

void TestHighlightAnchor::orphanedComesBackWhenTheQuoteReturns()
{
    const QString text = QStringLiteral("alpha beta gamma");
    HighlightAnchor anchor = anchorOf(text, QStringLiteral("beta"));
    anchor = HighlightAnchoring::reanchor(anchor, QStringLiteral("alpha gamma"));
    QVERIFY(anchor.orphaned);
    anchor = HighlightAnchoring::reanchor(anchor, text);
    QVERIFY(!anchor.orphaned);
    QCOMPARE(anchor.start, qsizetype(6));
}

QTEST_GUILESS_MAIN(TestHighlightAnchor)
#include "tst_highlightanchor.moc"
