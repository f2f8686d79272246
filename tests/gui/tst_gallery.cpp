#include "../core/figuretestutil.h"
#include "core/images/figurecatalog.h"
#include "gui/figuredelegate.h"
#include "gui/figuremodel.h"
#include "gui/figurestrip.h"
#include "gui/galleryview.h"
#include "gui/lightbox.h"
#include "gui/mainwindow.h"
#include "gui/papertablemodel.h"
#include "gui/readerwidget.h"
#include "gui/thumbnailer.h"
#include "imagetestutil.h"
#include "languagetestutil.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace PaperShelf;
using namespace Qt::Literals::StringLiterals;

// The gallery page, the reader's figure strip and their wiring in the main
// window, offscreen, over a real library with real cached images.
class TestGallery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void modelHoldsTheFiguresOfTheFilterGroupedByPaper();
    void delegatePaintsThumbnailsAndPlaceholders();
    void onlyVisibleFiguresAreThumbnailed();
    void clickSelectsThePaperAndGoToPaperActivatesIt();
    void enterOpensTheLightboxWhichWalksAcrossPapers();
    void arrowKeysMoveBetweenFigures();
    void offlineAndImageCachedUpdateTheFigures();
    void retryButtonAsksForTheMissingFigures();
    void uncachedUrlsAreListedOnceInOrder();
    void figureStripShowsTheCurrentPapersFigures();
    void mainWindowCtrlGShowsTheGalleryOfTheResultSet();
    void galleryAndStripTextsFollowTheLanguage();
    void everyFocusableWidgetHasAnAccessibleName();

private:
    void load(Gui::GalleryView &gallery, const Core::PaperFilter &filter);
    int rowOf(const Gui::FigureModel &model, const QString &url) const;
    QStringList expectedUrls(const Core::PaperFilter &filter) const;
    static QStringList urlsOf(const QList<Core::Figure> &figures);

    std::unique_ptr<Tests::FigureLibrary> m_library;
    std::unique_ptr<Gui::Thumbnailer> m_thumbnailer;
    std::unique_ptr<Gui::GalleryView> m_gallery;
    QString m_red;
    QString m_failed;
    QString m_green;
    qint64 m_lanternId = 0;
};

void TestGallery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGallery::init()
{
    QSettings().clear();
    m_library = std::make_unique<Tests::FigureLibrary>();
    QVERIFY(m_library->create());
    m_lanternId = m_library->paperId(u"Lantern Fields"_s);
    const QStringList lantern = m_library->urlsOf(m_lanternId);
    const QStringList gaussian = m_library->urlsOf(m_library->paperId(u"Gaussian Lanterns"_s));
    m_red = lantern.at(0);
    m_failed = lantern.at(1);
    m_green = gaussian.at(0);
    QVERIFY(m_library
                ->cache(m_red, u"red.png"_s, Tests::encodeImage(Tests::makeImage(QSize(800, 600), Qt::red)), 800, 600));
    QVERIFY(m_library->fail(m_failed, u"HTTP 404 Not Found"_s));
    QVERIFY(m_library->cache(m_green,
                             u"green.jpg"_s,
                             Tests::encodeImage(Tests::makeImage(QSize(400, 300), Qt::green), "JPEG"),
                             400,
                             300));
    m_thumbnailer = std::make_unique<Gui::Thumbnailer>(m_library->thumbnailDir());
    m_gallery = std::make_unique<Gui::GalleryView>();
    m_gallery->setLibrary(m_library->path(), m_thumbnailer.get());
    m_gallery->resize(900, 700);
}

void TestGallery::cleanup()
{
    m_gallery.reset();
    m_thumbnailer.reset();
    m_library.reset();
}

void TestGallery::load(Gui::GalleryView &gallery, const Core::PaperFilter &filter)
{
    QSignalSpy loaded(&gallery, &Gui::GalleryView::figuresLoaded);
    gallery.setFilter(filter);
    QVERIFY(loaded.wait(10'000));
}

int TestGallery::rowOf(const Gui::FigureModel &model, const QString &url) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.figure(row).url == url) {
            return row;
        }
    }
    return -1;
}

QStringList TestGallery::expectedUrls(const Core::PaperFilter &filter) const
{
    Core::FigureCatalog catalog(m_library->db(), m_library->path());
    const Core::Result<QList<Core::Figure>> figures = catalog.figuresOf(filter);
    return figures ? urlsOf(*figures) : QStringList();
}

QStringList TestGallery::urlsOf(const QList<Core::Figure> &figures)
{
    QStringList urls;
    for (const Core::Figure &figure : figures) {
        urls.append(figure.url);
    }
    return urls;
}

void TestGallery::modelHoldsTheFiguresOfTheFilterGroupedByPaper()
{
    QAbstractItemModelTester tester(m_gallery->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    load(*m_gallery, Core::PaperFilter());
    Gui::FigureModel *model = m_gallery->model();
    QSqlQuery count(m_library->db());
    QVERIFY(count.exec(u"SELECT count(*) FROM screenshots"_s) && count.next());
    QCOMPARE(model->rowCount(), count.value(0).toInt());
    // Group headers: the first figure of each paper, which carries the title.
    int groups = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        const bool first = index.data(Gui::FigureModel::FirstOfPaperRole).toBool();
        QCOMPARE(first, row == 0 || model->figure(row - 1).paperId != model->figure(row).paperId);
        groups += first ? 1 : 0;
        QCOMPARE(index.data(Gui::FigureModel::PaperGroupRole).toInt(), groups - 1);
        QCOMPARE(index.data(Gui::FigureModel::FigureNumberRole).toInt(), model->figure(row).position + 1);
    }
    QCOMPARE(groups, 4);
    auto *label = m_gallery->findChild<QLabel *>(u"galleryCountLabel"_s);
    QVERIFY2(label->text().startsWith(u"%1 figures of 4 papers"_s.arg(model->rowCount())), qPrintable(label->text()));

    // The tag filter applies.
    Core::PaperFilter nerf;
    nerf.allOf.append(Core::TagSelector::parse(u"topic:NeRF"_s));
    load(*m_gallery, nerf);
    QSet<qint64> papers;
    for (const Core::Figure &figure : model->figures()) {
        papers.insert(figure.paperId);
    }
    QVERIFY(papers.contains(m_lanternId));
    QVERIFY(!papers.contains(m_library->paperId(u"Gaussian Lanterns"_s)));
    // And the search text: the same papers as the list, in the list's order.
    Core::PaperFilter search;
    search.text = u"Gaussian"_s;
    load(*m_gallery, search);
    QCOMPARE(urlsOf(model->figures()), expectedUrls(search));
    QVERIFY(urlsOf(model->figures()).contains(m_green));
    QVERIFY(!urlsOf(model->figures()).contains(m_red));
}

void TestGallery::delegatePaintsThumbnailsAndPlaceholders()
{
    m_gallery->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_gallery.get()));
    load(*m_gallery, Core::PaperFilter());
    Gui::FigureModel *model = m_gallery->model();
    const int red = rowOf(*model, m_red);
    const int failed = rowOf(*model, m_failed);
    QTRY_VERIFY(!m_thumbnailer->cached(model->figure(red).file, Gui::GalleryView::ThumbnailSize).isNull());
    QTRY_VERIFY(!model->index(red).data(Qt::DecorationRole).value<QImage>().isNull());
    QVERIFY(m_gallery->delegate()->paintCount() > 0);
    QListView *view = m_gallery->view();
    const QRect redRect = view->visualRect(model->index(red));
    QTRY_VERIFY(Tests::closeColor(view->viewport()->grab().toImage().pixelColor(
                                      redRect.center() + QPoint(redRect.width() / 4, -redRect.height() / 6)),
                                  Qt::red));
    // The failed figure has no picture, and its placeholder gives the reason.
    QVERIFY(model->index(failed).data(Qt::DecorationRole).isNull());
    QCOMPARE(model->index(failed).data(Gui::FigureModel::ReasonRole).toString(),
             u"Download failed: HTTP 404 Not Found"_s);
    const QImage shot = view->viewport()->grab().toImage();
    const QRect failedRect = view->visualRect(model->index(failed));
    QVERIFY(!Tests::closeColor(shot.pixelColor(failedRect.center()), Qt::red));
}

void TestGallery::onlyVisibleFiguresAreThumbnailed()
{
    // Many cached figures: every screenshot gets its own real file.
    QSqlQuery urls(m_library->db());
    QVERIFY(urls.exec(u"SELECT url FROM screenshots"_s));
    int n = 0;
    QStringList all;
    while (urls.next()) {
        all.append(urls.value(0).toString());
    }
    for (const QString &url : std::as_const(all)) {
        QVERIFY(
            m_library->cache(url,
                             u"f%1.png"_s.arg(n),
                             Tests::encodeImage(Tests::makeImage(QSize(300, 200), QColor::fromHsv(n * 30, 200, 200))),
                             300,
                             200));
        ++n;
    }
    // Room for one row of cells only.
    m_gallery->resize(480, 260);
    m_gallery->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_gallery.get()));
    load(*m_gallery, Core::PaperFilter());
    QListView *view = m_gallery->view();
    Gui::FigureModel *model = m_gallery->model();
    QVERIFY(model->rowCount() > 4);
    QTRY_VERIFY(m_thumbnailer->decoded() > 0 && m_thumbnailer->pendingCount() == 0);
    QSet<QString> visible;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (view->viewport()->rect().intersects(view->visualRect(model->index(row)))) {
            visible.insert(model->figure(row).file);
        }
    }
    QVERIFY(visible.size() < model->rowCount());
    QCOMPARE(m_thumbnailer->decoded(), visible.size());
    // Scrolling to the end asks for the rest that becomes visible.
    view->scrollToBottom();
    QTRY_VERIFY(!model->index(model->rowCount() - 1).data(Qt::DecorationRole).value<QImage>().isNull());
    QVERIFY(m_thumbnailer->decoded() > visible.size());
}

void TestGallery::clickSelectsThePaperAndGoToPaperActivatesIt()
{
    m_gallery->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_gallery.get()));
    load(*m_gallery, Core::PaperFilter());
    Gui::FigureModel *model = m_gallery->model();
    const int green = rowOf(*model, m_green);
    QSignalSpy selected(m_gallery.get(), &Gui::GalleryView::paperSelected);
    QSignalSpy activated(m_gallery.get(), &Gui::GalleryView::paperActivated);
    QListView *view = m_gallery->view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(model->index(green)).center());
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().at(0).toLongLong(), model->figure(green).paperId);
    QCOMPARE(view->currentIndex().row(), green);
    QVERIFY(m_gallery->goToPaperAction()->isEnabled());
    QTest::mouseClick(m_gallery->findChild<QToolButton *>(u"goToPaperButton"_s), Qt::LeftButton);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), model->figure(green).paperId);
}

void TestGallery::enterOpensTheLightboxWhichWalksAcrossPapers()
{
    m_gallery->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_gallery.get()));
    load(*m_gallery, Core::PaperFilter());
    Gui::FigureModel *model = m_gallery->model();
    QListView *view = m_gallery->view();
    // The last figure of the first paper: Right in the lightbox crosses into the next paper.
    int row = 0;
    while (row + 1 < model->rowCount() && model->figure(row + 1).paperId == model->figure(0).paperId) {
        ++row;
    }
    view->setFocus();
    view->setCurrentIndex(model->index(row));
    QTest::keyClick(view, Qt::Key_Return);
    Gui::Lightbox *lightbox = m_gallery->lightbox();
    QVERIFY(lightbox);
    QTRY_VERIFY(lightbox->isVisible());
    QCOMPARE(lightbox->count(), model->rowCount());
    QCOMPARE(lightbox->currentIndex(), row);
    QCOMPARE(lightbox->currentFigure().paperId, model->figure(0).paperId);
    QTest::keyClick(lightbox, Qt::Key_Right);
    QCOMPARE(lightbox->currentIndex(), row + 1);
    QVERIFY(lightbox->currentFigure().paperId != model->figure(0).paperId);
    // The gallery follows the lightbox.
    QTRY_COMPARE(view->currentIndex().row(), row + 1);
    QTest::keyClick(lightbox, Qt::Key_Escape);
    QTRY_VERIFY(!m_gallery->lightbox() || !m_gallery->lightbox()->isVisible());
}

void TestGallery::arrowKeysMoveBetweenFigures()
{
    m_gallery->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_gallery.get()));
    load(*m_gallery, Core::PaperFilter());
    QListView *view = m_gallery->view();
    view->setFocus();
    view->setCurrentIndex(m_gallery->model()->index(0));
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(view, Qt::Key_End);
    QCOMPARE(view->currentIndex().row(), m_gallery->model()->rowCount() - 1);
    QTest::keyClick(view, Qt::Key_Home);
    QCOMPARE(view->currentIndex().row(), 0);
    // Down moves a whole line of cells.
    const int perLine = view->viewport()->width() / view->visualRect(view->currentIndex()).width();
    QVERIFY(perLine >= 2);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), perLine);
}

void TestGallery::offlineAndImageCachedUpdateTheFigures()
{
    load(*m_gallery, Core::PaperFilter());
    Gui::FigureModel *model = m_gallery->model();
    const QString missing = m_library->urlsOf(m_library->paperId(u"Sparse Views"_s)).at(0);
    const int row = rowOf(*model, missing);
    QCOMPARE(model->index(row).data(Gui::FigureModel::ReasonRole).toString(), u"Not downloaded yet"_s);
    m_gallery->setOffline(true);
    QCOMPARE(model->index(row).data(Gui::FigureModel::ReasonRole).toString(), u"Not downloaded (offline)"_s);
    QVERIFY(m_gallery->findChild<QToolButton *>(u"galleryRetryButton"_s)->isHidden());
    m_gallery->setOffline(false);

    // The downloader stores the file, then says so: the gallery picks up the new state in place.
    QVERIFY(m_library->cache(missing,
                             u"late.png"_s,
                             Tests::encodeImage(Tests::makeImage(QSize(120, 90), Qt::yellow)),
                             120,
                             90));
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy loaded(m_gallery.get(), &Gui::GalleryView::figuresLoaded);
    m_gallery->imageCached(missing);
    m_gallery->imageCached(m_red); // a burst of downloads: one reload
    QTRY_COMPARE(model->figure(row).state, Core::FigureState::Cached);
    QCOMPARE(loaded.size(), 1);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(reset.size(), 0);
    QVERIFY(model->index(row).data(Gui::FigureModel::ReasonRole).toString().isEmpty());
}

void TestGallery::retryButtonAsksForTheMissingFigures()
{
    m_gallery->show();
    load(*m_gallery, Core::PaperFilter());
    auto *retry = m_gallery->findChild<QToolButton *>(u"galleryRetryButton"_s);
    QVERIFY(retry->isVisible());
    QSignalSpy retried(m_gallery.get(), &Gui::GalleryView::retryRequested);
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(retried.size(), 1);
    const QStringList urls = retried.first().at(0).toStringList();
    QVERIFY(urls.contains(m_failed));
    QVERIFY(!urls.contains(m_red));
    QVERIFY(!urls.contains(m_green));
    QCOMPARE(urls.size(), m_gallery->model()->rowCount() - 2);
}

void TestGallery::uncachedUrlsAreListedOnceInOrder()
{
    // Two papers can show the same screenshot URL; a retry asks for it once.
    const auto figure = [](const QString &url, Core::FigureState state) {
        Core::Figure f;
        f.url = url;
        f.state = state;
        return f;
    };
    Gui::FigureModel model(nullptr, QSize(16, 16));
    model.setFigures({figure(u"https://x/a.png"_s, Core::FigureState::Failed),
                      figure(u"https://x/b.png"_s, Core::FigureState::Cached),
                      figure(u"https://x/c.png"_s, Core::FigureState::Missing),
                      figure(u"https://x/a.png"_s, Core::FigureState::Failed)});
    QCOMPARE(model.uncachedUrls(), (QStringList{u"https://x/a.png"_s, u"https://x/c.png"_s}));
}

void TestGallery::figureStripShowsTheCurrentPapersFigures()
{
    Gui::FigureStrip strip;
    strip.setLibrary(m_library->path(), m_thumbnailer.get());
    strip.resize(600, 200);
    QSignalSpy loaded(&strip, &Gui::FigureStrip::figuresLoaded);
    strip.setPaper(m_lanternId);
    QVERIFY(loaded.wait(10'000));
    strip.show();
    QVERIFY(QTest::qWaitForWindowExposed(&strip));
    Gui::FigureModel *model = strip.model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->figure(0).url, m_red);
    QTRY_VERIFY(!model->index(0).data(Qt::DecorationRole).value<QImage>().isNull());
    QCOMPARE(model->index(0).data(Qt::DecorationRole).value<QImage>().size(), QSize(146, 110));
    QCOMPARE(model->index(1).data(Gui::FigureModel::ReasonRole).toString(), u"Download failed: HTTP 404 Not Found"_s);
    QCOMPARE(strip.findChild<QLabel *>(u"figureSummaryLabel"_s)->text(), u"1 of 2 figure(s) cached"_s);

    QSignalSpy retried(&strip, &Gui::FigureStrip::retryRequested);
    auto *retry = strip.findChild<QToolButton *>(u"figureRetryButton"_s);
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(retried.first().at(0).toStringList(), QStringList{m_failed});
    strip.setOffline(true);
    QVERIFY(!retry->isVisible());
    strip.setOffline(false);

    // Activating opens the lightbox on this paper's figures only.
    QListView *view = strip.view();
    view->setFocus();
    view->setCurrentIndex(model->index(0));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(strip.lightbox());
    QCOMPARE(strip.lightbox()->count(), 2);
    QTRY_COMPARE(strip.lightbox()->currentImage().size(), QSize(800, 600));
    strip.lightbox()->close();

    // No paper: no strip.
    strip.setPaper(0);
    QVERIFY(strip.isHidden());
}

void TestGallery::mainWindowCtrlGShowsTheGalleryOfTheResultSet()
{
    m_gallery.reset();
    Gui::MainWindow window(m_library->path());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(window.paperModel()->rowCount() == 4);
    auto *listStack = window.findChild<QStackedWidget *>(u"listStack"_s);
    Gui::GalleryView *gallery = window.galleryView();
    QSignalSpy loaded(gallery, &Gui::GalleryView::figuresLoaded);
    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
    QVERIFY(window.isGalleryShown());
    QCOMPARE(listStack->currentWidget(), gallery);
    QVERIFY(loaded.wait(10'000));
    QVERIFY(gallery->model()->rowCount() >= 6);

    // Clicking a figure makes its paper current: the reader shows it with its figure strip.
    const int green = rowOf(*gallery->model(), m_green);
    const qint64 greenPaper = gallery->model()->figure(green).paperId;
    QListView *view = gallery->view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(gallery->model()->index(green)).center());
    auto *table = window.findChild<QTableView *>(u"paperTableView"_s);
    QTRY_COMPARE(table->currentIndex().data(Gui::PaperTableModel::PaperRowIdRole).toLongLong(), greenPaper);
    QTRY_COMPARE(window.reader()->figureStrip()->paperId(), greenPaper);
    QCOMPARE(listStack->currentWidget(), gallery); // still in the gallery

    // Go to Paper leaves the gallery with the paper selected in the list.
    view->setCurrentIndex(gallery->model()->index(rowOf(*gallery->model(), m_red)));
    gallery->goToPaperAction()->trigger();
    QVERIFY(!window.isGalleryShown());
    QCOMPARE(listStack->currentWidget(), table);
    QTRY_COMPARE(table->currentIndex().data(Gui::PaperTableModel::PaperRowIdRole).toLongLong(), m_lanternId);
    QTRY_COMPARE(window.reader()->figureStrip()->paperId(), m_lanternId);
    QTRY_COMPARE(window.reader()->figureStrip()->model()->rowCount(), 2);

    // Ctrl+G again: the gallery of the current result set (search applied).
    auto *search = window.findChild<QLineEdit *>(u"searchLineEdit"_s);
    search->setText(u"Gaussian"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(window.paperModel()->totalCount() < 4);
    loaded.clear();
    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
    QVERIFY(window.isGalleryShown());
    Core::PaperFilter filter;
    filter.text = u"Gaussian"_s;
    QCOMPARE(window.currentFilter().text, filter.text);
    QTRY_COMPARE(gallery->filter().text, filter.text);
    QTRY_COMPARE(urlsOf(gallery->model()->figures()), expectedUrls(filter));
    QVERIFY(!urlsOf(gallery->model()->figures()).contains(m_red));
}

void TestGallery::galleryAndStripTextsFollowTheLanguage()
{
    Tests::LanguageSwitch language;
    load(*m_gallery, Core::PaperFilter());
    m_gallery->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_gallery.get()));
    Gui::FigureModel *model = m_gallery->model();
    const int figures = model->rowCount();
    int missing = 0;
    for (const Core::Figure &figure : model->figures()) {
        missing += figure.state == Core::FigureState::Cached ? 0 : 1;
    }
    QVERIFY(missing > 0);
    auto *count = m_gallery->findChild<QLabel *>(u"galleryCountLabel"_s);
    auto *retry = m_gallery->findChild<QToolButton *>(u"galleryRetryButton"_s);
    auto *goToPaper = m_gallery->findChild<QToolButton *>(u"goToPaperButton"_s);
    QCOMPARE(count->text(), u"%1 figures of 4 papers · %2 not cached"_s.arg(figures).arg(missing));
    const QModelIndex failed = model->index(rowOf(*model, m_failed));
    QCOMPARE(failed.data(Gui::FigureModel::ReasonRole).toString(), u"Download failed: HTTP 404 Not Found"_s);

    Gui::FigureStrip strip;
    strip.setLibrary(m_library->path(), m_thumbnailer.get());
    QSignalSpy loaded(&strip, &Gui::FigureStrip::figuresLoaded);
    strip.setPaper(m_lanternId);
    QVERIFY(loaded.wait(10'000));
    auto *summary = strip.findChild<QLabel *>(u"figureSummaryLabel"_s);
    QCOMPARE(summary->text(), u"1 of 2 figure(s) cached"_s);

    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QVERIFY(language.switchTo(u"zh_CN"_s));
    QCOMPARE(count->text(), u"4 篇论文的 %1 张图片 · %2 张未缓存"_s.arg(figures).arg(missing));
    QCOMPARE(retry->text(), u"重试缺失项"_s);
    QCOMPARE(goToPaper->text(), u"转到论文"_s);
    QCOMPARE(m_gallery->goToPaperAction()->text(), u"转到论文"_s);
    QCOMPARE(m_gallery->view()->accessibleName(), u"图库"_s);
    // The cells are told to repaint: their captions and reasons are in Chinese now.
    QVERIFY(!changed.isEmpty());
    QCOMPARE(failed.data(Gui::FigureModel::ReasonRole).toString(), u"下载失败：HTTP 404 Not Found"_s);
    QCOMPARE(failed.data(Qt::AccessibleTextRole).toString(),
             u"“%1”的图 %2"_s.arg(model->figure(failed.row()).paperTitle)
                 .arg(model->figure(failed.row()).position + 1));
    QCOMPARE(summary->text(), u"2 张图片中已缓存 1 张"_s);
    QCOMPARE(strip.view()->accessibleName(), u"图片"_s);

    QVERIFY(language.switchTo(u"en"_s));
    QCOMPARE(count->text(), u"%1 figures of 4 papers · %2 not cached"_s.arg(figures).arg(missing));
    QCOMPARE(retry->text(), u"Retry Missing"_s);
    QCOMPARE(failed.data(Gui::FigureModel::ReasonRole).toString(), u"Download failed: HTTP 404 Not Found"_s);
    QCOMPARE(summary->text(), u"1 of 2 figures cached"_s);
    QCOMPARE(strip.view()->accessibleName(), u"Figures"_s);
}

void TestGallery::everyFocusableWidgetHasAnAccessibleName()
{
    Tests::LanguageSwitch language;
    load(*m_gallery, Core::PaperFilter());
    m_gallery->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_gallery.get()));
    Gui::FigureStrip strip;
    strip.setLibrary(m_library->path(), m_thumbnailer.get());
    QSignalSpy loaded(&strip, &Gui::FigureStrip::figuresLoaded);
    strip.setPaper(m_lanternId);
    QVERIFY(loaded.wait(10'000));

    QCOMPARE(Tests::unnamedFocusableWidgets(m_gallery.get()), QStringList());
    QCOMPARE(Tests::unnamedFocusableWidgets(&strip), QStringList());
    QVERIFY(language.switchTo(u"zh_CN"_s));
    QCOMPARE(Tests::unnamedFocusableWidgets(m_gallery.get()), QStringList());
    QCOMPARE(Tests::unnamedFocusableWidgets(&strip), QStringList());
}

QTEST_MAIN(TestGallery)
#include "tst_gallery.moc"
