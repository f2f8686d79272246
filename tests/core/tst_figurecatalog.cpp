#include "core/images/figurecatalog.h"
#include "core/search/papersearch.h"
#include "figuretestutil.h"

#include <QtTest>

using namespace PaperShelf;
using namespace Qt::Literals::StringLiterals;

// FigureCatalog over a real library: the tests/data/cli digests plus image_cache rows.
class TestFigureCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void figuresOfPaperAreInOrderWithTheirCacheState();
    void wholeLibraryListsEveryScreenshotGroupedByPaper();
    void filterKeepsOnlyMatchingPapersInListOrder_data();
    void filterKeepsOnlyMatchingPapersInListOrder();
    void filterMatchingNothingGivesNoFigures();
    void cachedRowWithAFileOutsideTheImageFolderCountsAsMissing_data();
    void cachedRowWithAFileOutsideTheImageFolderCountsAsMissing();

private:
    std::unique_ptr<Tests::FigureLibrary> m_library;
};

void TestFigureCatalog::init()
{
    m_library = std::make_unique<Tests::FigureLibrary>();
    QVERIFY(m_library->create());
}

void TestFigureCatalog::cleanup()
{
    m_library.reset();
}

void TestFigureCatalog::figuresOfPaperAreInOrderWithTheirCacheState()
{
    const qint64 paper = m_library->paperId(u"Lantern Fields"_s);
    QVERIFY(paper > 0);
    const QStringList urls = m_library->urlsOf(paper);
    QCOMPARE(urls,
             QStringList({u"https://pic1.zhimg.com/v2-fixture-lantern-1.jpg"_s,
                          u"https://pic1.zhimg.com/v2-fixture-lantern-2.jpg"_s}));
    QVERIFY(m_library->fail(urls.at(0), u"HTTP 404 Not Found"_s));
    QVERIFY(m_library->cache(urls.at(1), u"ab/cd.jpg"_s.replace(u'/', u'-'), "jpegbytes", 640, 480));

    Core::FigureCatalog catalog(m_library->db(), m_library->path());
    const Core::Result<QList<Core::Figure>> figures = catalog.figuresOfPaper(paper);
    QVERIFY2(figures.ok(), qPrintable(figures.errorMessage()));
    QCOMPARE(figures->size(), 2);
    const Core::Figure &first = figures->at(0);
    QCOMPARE(first.paperId, paper);
    QVERIFY(first.paperTitle.startsWith(u"Lantern Fields"_s));
    QCOMPARE(first.position, 0);
    QCOMPARE(first.url, urls.at(0));
    QCOMPARE(first.state, Core::FigureState::Failed);
    QCOMPARE(first.error, u"HTTP 404 Not Found"_s);
    QVERIFY(first.file.isEmpty());
    const Core::Figure &second = figures->at(1);
    QCOMPARE(second.position, 1);
    QCOMPARE(second.state, Core::FigureState::Cached);
    QCOMPARE(second.file, QDir(m_library->imageDir()).filePath(u"ab-cd.jpg"_s));
    QVERIFY(QFileInfo(second.file).isAbsolute());
    QCOMPARE(second.width, 640);
    QCOMPARE(second.height, 480);
}

void TestFigureCatalog::wholeLibraryListsEveryScreenshotGroupedByPaper()
{
    Core::FigureCatalog catalog(m_library->db(), m_library->path());
    const Core::Result<QList<Core::Figure>> figures = catalog.figuresOf(Core::PaperFilter());
    QVERIFY(figures.ok());
    QSqlQuery count(m_library->db());
    QVERIFY(count.exec(u"SELECT count(*) FROM screenshots"_s) && count.next());
    QCOMPARE(figures->size(), count.value(0).toInt());
    QVERIFY(figures->size() >= 6);
    // Nothing cached yet: every figure is missing, and each paper's figures are together and in order.
    QSet<qint64> seen;
    for (int i = 0; i < figures->size(); ++i) {
        const Core::Figure &figure = figures->at(i);
        QCOMPARE(figure.state, Core::FigureState::Missing);
        if (i > 0 && figures->at(i - 1).paperId == figure.paperId) {
            QCOMPARE(figure.position, figures->at(i - 1).position + 1);
        } else {
            QVERIFY2(!seen.contains(figure.paperId), "a paper's figures are split");
            seen.insert(figure.paperId);
            QCOMPARE(figure.position, 0);
        }
    }
}

void TestFigureCatalog::filterKeepsOnlyMatchingPapersInListOrder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tag");

    QTest::newRow("topic tag") << QString() << u"topic:NeRF"_s;
    QTest::newRow("search text") << u"lantern"_s << QString();
    QTest::newRow("text and tag") << u"radiance"_s << u"topic:NeRF"_s;
}

void TestFigureCatalog::filterKeepsOnlyMatchingPapersInListOrder()
{
    QFETCH(QString, text);
    QFETCH(QString, tag);
    Core::PaperFilter filter;
    filter.text = text;
    if (!tag.isEmpty()) {
        filter.allOf.append(Core::TagSelector::parse(tag));
    }
    Core::PaperSearch search(m_library->db());
    const Core::Result<QList<qint64>> ids = search.ids(filter, std::nullopt);
    QVERIFY(ids.ok());
    QVERIFY(!ids->isEmpty());

    Core::FigureCatalog catalog(m_library->db(), m_library->path());
    const Core::Result<QList<Core::Figure>> figures = catalog.figuresOf(filter);
    QVERIFY(figures.ok());
    // Papers appear in the list's order (those without figures are skipped), with all their figures.
    QList<qint64> expected;
    int expectedFigures = 0;
    for (qint64 id : *ids) {
        const int n = static_cast<int>(m_library->urlsOf(id).size());
        if (n > 0) {
            expected.append(id);
            expectedFigures += n;
        }
    }
    QList<qint64> papers;
    for (const Core::Figure &figure : *figures) {
        if (papers.isEmpty() || papers.last() != figure.paperId) {
            papers.append(figure.paperId);
        }
    }
    QCOMPARE(papers, expected);
    QCOMPARE(figures->size(), expectedFigures);
}

void TestFigureCatalog::filterMatchingNothingGivesNoFigures()
{
    Core::PaperFilter filter;
    filter.text = u"zzzznotaword"_s;
    Core::FigureCatalog catalog(m_library->db(), m_library->path());
    const Core::Result<QList<Core::Figure>> figures = catalog.figuresOf(filter);
    QVERIFY(figures.ok());
    QVERIFY(figures->isEmpty());
}

void TestFigureCatalog::cachedRowWithAFileOutsideTheImageFolderCountsAsMissing_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("parent") << u"../figures.papershelf"_s;
    QTest::newRow("absolute") << u"/etc/passwd"_s;
    QTest::newRow("empty") << QString();
}

void TestFigureCatalog::cachedRowWithAFileOutsideTheImageFolderCountsAsMissing()
{
    QFETCH(QString, file);
    const qint64 paper = m_library->paperId(u"Lantern Fields"_s);
    const QString url = m_library->urlsOf(paper).at(0);
    QVERIFY(m_library->record(url, u"cached"_s, file, 10, 10, QString(), 100));
    Core::FigureCatalog catalog(m_library->db(), m_library->path());
    const Core::Result<QList<Core::Figure>> figures = catalog.figuresOfPaper(paper);
    QVERIFY(figures.ok());
    QCOMPARE(figures->at(0).state, Core::FigureState::Missing);
    QVERIFY(figures->at(0).file.isEmpty());
}

QTEST_GUILESS_MAIN(TestFigureCatalog)
#include "tst_figurecatalog.moc"
