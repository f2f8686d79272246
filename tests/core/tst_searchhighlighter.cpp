#include "core/search/searchhighlighter.h"

#include <QtTest>

using namespace PaperShelf::Core;

class TestSearchHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsWhatTheIndexMatches_data();
    void findsWhatTheIndexMatches();
    void snippetCentresOnTheFirstMatch();
    void snippetWithoutMatchStartsAtTheBeginning();
};

using Ranges = QList<TextRange>;

void TestSearchHighlighter::findsWhatTheIndexMatches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("whole word, any case")
        << QStringLiteral("diffusion") << QStringLiteral("Diffusion models and diffusions of DIFFUSION.")
        << QStringList{QStringLiteral("Diffusion"), QStringLiteral("DIFFUSION")};
    QTest::newRow("prefix") << QStringLiteral("diffus*") << QStringLiteral("Diffusion and diffusive, not confused.")
                            << QStringList{QStringLiteral("Diffusion"), QStringLiteral("diffusive")};
    QTest::newRow("phrase across punctuation")
        << QStringLiteral("\"radiance fields\"") << QStringLiteral("Neural radiance-fields; radiance  fields.")
        << QStringList{QStringLiteral("radiance-fields"), QStringLiteral("radiance  fields")};
    QTest::newRow("chinese substring") << QStringLiteral("扩散") << QStringLiteral("基于扩散模型的去噪扩散方法")
                                       << QStringList{QStringLiteral("扩散"), QStringLiteral("扩散")};
    QTest::newRow("chinese next to latin")
        << QStringLiteral("高斯") << QStringLiteral("3D高斯泼溅") << QStringList{QStringLiteral("高斯")};
    QTest::newRow("mixed term") << QStringLiteral("3D高斯") << QStringLiteral("基于3D高斯泼溅与3D 高斯")
                                << QStringList{QStringLiteral("3D高斯"), QStringLiteral("3D 高斯")};
    QTest::newRow("several terms, merged overlaps")
        << QStringLiteral("gaussian gauss*") << QStringLiteral("Gaussian splats")
        << QStringList{QStringLiteral("Gaussian")};
    QTest::newRow("excluded terms are not shown")
        << QStringLiteral("splats -gaussian") << QStringLiteral("Gaussian splats")
        << QStringList{QStringLiteral("splats")};
    QTest::newRow("regex characters are literal")
        << QStringLiteral("c++ (a|b)") << QStringLiteral("c and a b and c++")
        << QStringList{QStringLiteral("c"), QStringLiteral("a b"), QStringLiteral("c")};
}

void TestSearchHighlighter::findsWhatTheIndexMatches()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const SearchHighlighter highlighter(TextQuery::parse(query));
    QStringList found;
    for (const TextRange &range : highlighter.find(text)) {
        found.append(text.mid(range.start, range.length));
    }
    QCOMPARE(found, expected);
}

void TestSearchHighlighter::snippetCentresOnTheFirstMatch()
{
    const QString text = QString(300, QLatin1Char('x')).replace(100, 1, QLatin1Char(' ')) + QStringLiteral(" target ")
                       + QString(300, QLatin1Char('y'));
    const SearchHighlighter highlighter(TextQuery::parse(QStringLiteral("target")));
    const SearchHighlighter::Snippet snippet = highlighter.snippet(text, 120);
    QVERIFY(snippet.text.startsWith(QStringLiteral("…")));
    QVERIFY(snippet.text.endsWith(QStringLiteral("…")));
    QVERIFY(snippet.text.size() <= 122);
    QCOMPARE(snippet.ranges.size(), 1);
    QCOMPARE(snippet.text.mid(snippet.ranges.first().start, snippet.ranges.first().length), QStringLiteral("target"));
}

void TestSearchHighlighter::snippetWithoutMatchStartsAtTheBeginning()
{
    const SearchHighlighter highlighter(TextQuery::parse(QStringLiteral("absent")));
    const SearchHighlighter::Snippet snippet = highlighter.snippet(QStringLiteral("short text"), 160);
    QCOMPARE(snippet.text, QStringLiteral("short text"));
    QVERIFY(snippet.ranges.isEmpty());
}

QTEST_GUILESS_MAIN(TestSearchHighlighter)
#include "tst_searchhighlighter.moc"
