#include "../core/figuretestutil.h"
#include "core/images/figurecatalog.h"
#include "gui/filedialog.h"
#include "gui/lightbox.h"
#include "gui/lightboxcanvas.h"
#include "imagetestutil.h"
#include "languagetestutil.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QWheelEvent>
#include <QtTest>

using namespace PaperShelf;
using namespace Qt::Literals::StringLiterals;

// Receives what QDesktopServices::openUrl() would have opened (a Qt seam).
class UrlReceiver : public QObject
{
    Q_OBJECT

public:
    Q_INVOKABLE void openUrl(const QUrl &url) { urls.append(url); }

    QList<QUrl> urls;
};

// The lightbox on the offscreen platform over a real library and real cached images.
class TestLightbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void showsTheFullImageWithTitleAndCounter();
    void arrowKeysWalkTheSetAcrossPapers();
    void zoomKeysFitActualSizeInAndOut();
    void wheelZoomsAndDragPans();
    void escapeCloses();
    void failedFigureShowsTheReasonAndRetryEmitsItsUrl();
    void missingFigureSaysNotDownloadedOrOffline();
    void brokenCachedFileShowsAPlaceholder();
    void saveAsCopiesTheCachedFileThroughTheFileDialog();
    void copyImageAndCopyUrlUseTheClipboard();
    void openSourceUrlGoesThroughTheDesktopServicesHook();
    void titleIsPlainText();
    void textsFollowTheLanguage();
    void everyFocusableWidgetHasAnAccessibleName();

private:
    QList<Core::Figure> allFigures() const;
    int indexOf(const QList<Core::Figure> &figures, const QString &url) const;
    void openAt(const QString &url);

    std::unique_ptr<Tests::FigureLibrary> m_library;
    std::unique_ptr<Gui::Lightbox> m_lightbox;
    QList<Core::Figure> m_figures;
    QByteArray m_redPng;
    QString m_red;    ///< cached 800x600 PNG (Lantern Fields, figure 1)
    QString m_failed; ///< failed download (Lantern Fields, figure 2)
    QString m_blue;   ///< cached 300x200 JPEG of another paper
    QString m_broken; ///< cached row whose file is not an image
    QString m_missing;
    UrlReceiver m_receiver;
};

void TestLightbox::initTestCase()
{
    QDesktopServices::setUrlHandler(u"https"_s, &m_receiver, "openUrl");
    QDesktopServices::setUrlHandler(u"http"_s, &m_receiver, "openUrl");
}

void TestLightbox::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QDesktopServices::unsetUrlHandler(u"http"_s);
}

void TestLightbox::init()
{
    m_library = std::make_unique<Tests::FigureLibrary>();
    QVERIFY(m_library->create());
    const QStringList lantern = m_library->urlsOf(m_library->paperId(u"Lantern Fields"_s));
    const QStringList gaussian = m_library->urlsOf(m_library->paperId(u"Gaussian Lanterns"_s));
    const QStringList sparse = m_library->urlsOf(m_library->paperId(u"Sparse Views"_s));
    QVERIFY(lantern.size() == 2 && !gaussian.isEmpty() && sparse.size() >= 2);
    m_red = lantern.at(0);
    m_failed = lantern.at(1);
    m_blue = gaussian.at(0);
    m_broken = sparse.at(0);
    m_missing = sparse.at(1);
    m_redPng = Tests::encodeImage(Tests::makeImage(QSize(800, 600), Qt::red), "PNG");
    QVERIFY(m_library->cache(m_red, u"red.png"_s, m_redPng, 800, 600));
    QVERIFY(m_library->fail(m_failed, u"HTTP 500 Internal Server Error"_s));
    QVERIFY(m_library->cache(m_blue,
                             u"blue.jpg"_s,
                             Tests::encodeImage(Tests::makeImage(QSize(300, 200), Qt::blue), "JPEG"),
                             300,
                             200));
    QVERIFY(m_library->cache(m_broken, u"broken.png"_s, "<html>not an image</html>", 10, 10));
    m_figures = allFigures();
    m_lightbox = std::make_unique<Gui::Lightbox>();
    m_lightbox->resize(700, 520); // smaller than the 800x600 figure: fit scales it down
}

void TestLightbox::cleanup()
{
    m_lightbox.reset();
    m_library.reset();
    m_receiver.urls.clear();
}

QList<Core::Figure> TestLightbox::allFigures() const
{
    Core::FigureCatalog catalog(m_library->db(), m_library->path());
    Core::Result<QList<Core::Figure>> figures = catalog.figuresOf(Core::PaperFilter());
    return figures ? *figures : QList<Core::Figure>();
}

int TestLightbox::indexOf(const QList<Core::Figure> &figures, const QString &url) const
{
    for (int i = 0; i < figures.size(); ++i) {
        if (figures.at(i).url == url) {
            return i;
        }
    }
    return -1;
}

void TestLightbox::openAt(const QString &url)
{
    QSignalSpy shown(m_lightbox.get(), &Gui::Lightbox::figureShown);
    m_lightbox->setFigures(m_figures, indexOf(m_figures, url));
    m_lightbox->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_lightbox.get()));
    QTRY_VERIFY(!shown.isEmpty());
    QCOMPARE(shown.last().at(0).toInt(), indexOf(m_figures, url));
}

void TestLightbox::showsTheFullImageWithTitleAndCounter()
{
    openAt(m_red);
    QCOMPARE(m_lightbox->currentImage().size(), QSize(800, 600));
    QVERIFY(Tests::closeColor(m_lightbox->currentImage().pixelColor(780, 20), Qt::red, 0));
    auto *title = m_lightbox->findChild<QLabel *>(u"lightboxTitleLabel"_s);
    QVERIFY(title->text().startsWith(u"Lantern Fields"_s));
    auto *counter = m_lightbox->findChild<QLabel *>(u"lightboxCounterLabel"_s);
    QCOMPARE(counter->text(), u"Figure %1 of %2"_s.arg(indexOf(m_figures, m_red) + 1).arg(m_figures.size()));
    QVERIFY(m_lightbox->placeholderReason().isEmpty());
}

void TestLightbox::arrowKeysWalkTheSetAcrossPapers()
{
    openAt(m_figures.first().url);
    QSignalSpy shown(m_lightbox.get(), &Gui::Lightbox::figureShown);
    QSet<qint64> papers{m_lightbox->currentFigure().paperId};
    for (int i = 1; i < m_figures.size(); ++i) {
        QTest::keyClick(m_lightbox->focusWidget() ? m_lightbox->focusWidget() : m_lightbox.get(), Qt::Key_Right);
        QTRY_COMPARE(m_lightbox->currentIndex(), i);
        QTRY_VERIFY(!shown.isEmpty() && shown.last().at(0).toInt() == i);
        QCOMPARE(m_lightbox->currentFigure().url, m_figures.at(i).url);
        papers.insert(m_lightbox->currentFigure().paperId);
    }
    QVERIFY(papers.size() >= 3); // walked across papers
    // At the end Right stays; Left goes back.
    QTest::keyClick(m_lightbox.get(), Qt::Key_Right);
    QCOMPARE(m_lightbox->currentIndex(), m_figures.size() - 1);
    QTest::keyClick(m_lightbox.get(), Qt::Key_Left);
    QCOMPARE(m_lightbox->currentIndex(), m_figures.size() - 2);
}

void TestLightbox::zoomKeysFitActualSizeInAndOut()
{
    openAt(m_red);
    Gui::LightboxCanvas *canvas = m_lightbox->canvas();
    QVERIFY(canvas->isFitted());
    QVERIFY(canvas->scale() < 1.0); // 800x600 in a smaller canvas
    QTest::keyClick(m_lightbox.get(), Qt::Key_1);
    QVERIFY(!canvas->isFitted());
    QCOMPARE(canvas->scale(), 1.0);
    QTest::keyClick(m_lightbox.get(), Qt::Key_Plus);
    QCOMPARE(canvas->scale(), 1.25);
    QTest::keyClick(m_lightbox.get(), Qt::Key_Minus);
    QTest::keyClick(m_lightbox.get(), Qt::Key_Minus);
    QCOMPARE(canvas->scale(), 0.8);
    QTest::keyClick(m_lightbox.get(), Qt::Key_F);
    QVERIFY(canvas->isFitted());
    auto *zoom = m_lightbox->findChild<QLabel *>(u"lightboxZoomLabel"_s);
    QVERIFY(zoom->text().startsWith(u"Fit"_s));
}

void TestLightbox::wheelZoomsAndDragPans()
{
    openAt(m_red);
    Gui::LightboxCanvas *canvas = m_lightbox->canvas();
    canvas->showActualSize();
    const QPointF centre = QPointF(canvas->rect().center());
    QWheelEvent up(centre,
                   canvas->mapToGlobal(centre),
                   QPoint(),
                   QPoint(0, 120),
                   Qt::NoButton,
                   Qt::NoModifier,
                   Qt::NoScrollPhase,
                   false);
    QCoreApplication::sendEvent(canvas, &up);
    QCOMPARE(canvas->scale(), 1.25);
    QWheelEvent down(centre,
                     canvas->mapToGlobal(centre),
                     QPoint(),
                     QPoint(0, -240),
                     Qt::NoButton,
                     Qt::NoModifier,
                     Qt::NoScrollPhase,
                     false);
    QCoreApplication::sendEvent(canvas, &down);
    QCOMPARE(canvas->scale(), 0.8);

    canvas->showActualSize();
    QCOMPARE(canvas->panOffset(), QPointF());
    const QPointF start(100, 100);
    QMouseEvent press(QEvent::MouseButtonPress, start, canvas->mapToGlobal(start), Qt::LeftButton, Qt::LeftButton, {});
    QCoreApplication::sendEvent(canvas, &press);
    const QPointF moved(140, 70);
    QMouseEvent move(QEvent::MouseMove, moved, canvas->mapToGlobal(moved), Qt::NoButton, Qt::LeftButton, {});
    QCoreApplication::sendEvent(canvas, &move);
    QMouseEvent release(QEvent::MouseButtonRelease,
                        moved,
                        canvas->mapToGlobal(moved),
                        Qt::LeftButton,
                        Qt::NoButton,
                        {});
    QCoreApplication::sendEvent(canvas, &release);
    QCOMPARE(canvas->panOffset(), QPointF(40, -30));
    // The image moved with the drag: its red now starts further right on screen.
    const QImage shot = canvas->grab().toImage();
    const QPoint imageLeftEdge((canvas->width() - 800) / 2 + 40 + 5, canvas->height() / 2 - 30 - 100);
    if (canvas->rect().contains(imageLeftEdge)) {
        QVERIFY(Tests::closeColor(shot.pixelColor(imageLeftEdge), Qt::red));
    }
}

void TestLightbox::escapeCloses()
{
    openAt(m_red);
    QVERIFY(m_lightbox->isVisible());
    QTest::keyClick(m_lightbox->canvas(), Qt::Key_Escape);
    QTRY_VERIFY(!m_lightbox->isVisible());
}

void TestLightbox::failedFigureShowsTheReasonAndRetryEmitsItsUrl()
{
    openAt(m_failed);
    QVERIFY(m_lightbox->currentImage().isNull());
    QVERIFY2(m_lightbox->placeholderReason().contains(u"HTTP 500 Internal Server Error"_s),
             qPrintable(m_lightbox->placeholderReason()));
    auto *retry = m_lightbox->findChild<QPushButton *>(u"lightboxRetryButton"_s);
    QVERIFY(retry->isVisible());
    QSignalSpy retried(m_lightbox.get(), &Gui::Lightbox::retryRequested);
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(retried.size(), 1);
    QCOMPARE(retried.first().at(0).toStringList(), QStringList{m_failed});
    QVERIFY(!m_lightbox->saveAsAction()->isEnabled());
    QVERIFY(!m_lightbox->copyImageAction()->isEnabled());
}

void TestLightbox::missingFigureSaysNotDownloadedOrOffline()
{
    openAt(m_missing);
    QCOMPARE(m_lightbox->placeholderReason(), u"Not downloaded yet"_s);
    auto *retry = m_lightbox->findChild<QPushButton *>(u"lightboxRetryButton"_s);
    QVERIFY(retry->isVisible());
    m_lightbox->setOffline(true);
    QCOMPARE(m_lightbox->placeholderReason(), u"Not downloaded (offline)"_s);
    QVERIFY(!retry->isVisible());
    m_lightbox->setOffline(false);
    QVERIFY(retry->isVisible());
}

void TestLightbox::brokenCachedFileShowsAPlaceholder()
{
    openAt(m_broken);
    QVERIFY(m_lightbox->currentImage().isNull());
    QVERIFY2(m_lightbox->placeholderReason().startsWith(u"The cached image cannot be read"_s),
             qPrintable(m_lightbox->placeholderReason()));
    QSignalSpy retried(m_lightbox.get(), &Gui::Lightbox::retryRequested);
    QTest::mouseClick(m_lightbox->findChild<QPushButton *>(u"lightboxRetryButton"_s), Qt::LeftButton);
    QCOMPARE(retried.first().at(0).toStringList(), QStringList{m_broken});
}

void TestLightbox::saveAsCopiesTheCachedFileThroughTheFileDialog()
{
    openAt(m_red);
    QTemporaryDir target;
    const QString path = target.filePath(u"saved.png"_s);
    Gui::FileDialog::setNextResult({path});
    QTest::keyClick(m_lightbox.get(), Qt::Key_S, Qt::ControlModifier);
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), m_redPng);
    // Cancelled: nothing written.
    Gui::FileDialog::setNextResult({});
    m_lightbox->saveAsAction()->trigger();
    QCOMPARE(QDir(target.path()).entryList(QDir::Files), QStringList{u"saved.png"_s});
}

void TestLightbox::copyImageAndCopyUrlUseTheClipboard()
{
    openAt(m_blue);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(m_lightbox.get(), Qt::Key_C, Qt::ControlModifier);
    const QImage copied = QGuiApplication::clipboard()->image();
    QCOMPARE(copied.size(), QSize(300, 200));
    QVERIFY(Tests::closeColor(copied.pixelColor(290, 10), Qt::blue));
    QTest::keyClick(m_lightbox.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_blue);
}

void TestLightbox::openSourceUrlGoesThroughTheDesktopServicesHook()
{
    openAt(m_red);
    m_lightbox->openSourceAction()->trigger();
    QCOMPARE(m_receiver.urls, QList<QUrl>{QUrl(m_red)});
}

void TestLightbox::titleIsPlainText()
{
    Core::Figure figure = m_figures.at(indexOf(m_figures, m_red));
    figure.paperTitle = u"<b>bold</b> <img src=\"https://evil.example/x.png\">"_s;
    QSignalSpy shown(m_lightbox.get(), &Gui::Lightbox::figureShown);
    m_lightbox->setFigures({figure}, 0);
    m_lightbox->show();
    QTRY_VERIFY(!shown.isEmpty());
    auto *title = m_lightbox->findChild<QLabel *>(u"lightboxTitleLabel"_s);
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QCOMPARE(title->text(), figure.paperTitle);
}

void TestLightbox::textsFollowTheLanguage()
{
    Tests::LanguageSwitch language;
    openAt(m_red);
    const int number = indexOf(m_figures, m_red) + 1;
    const QString title = m_lightbox->currentFigure().paperTitle;
    auto *counter = m_lightbox->findChild<QLabel *>(u"lightboxCounterLabel"_s);
    auto *zoom = m_lightbox->findChild<QLabel *>(u"lightboxZoomLabel"_s);
    QVERIFY(zoom->text().startsWith(u"Fit ("_s));

    QVERIFY(language.switchTo(u"zh_CN"_s));
    QCOMPARE(counter->text(), u"第 %1 张，共 %2 张"_s.arg(number).arg(m_figures.size()));
    QCOMPARE(m_lightbox->windowTitle(), u"第 %1 张，共 %2 张 — %3"_s.arg(number).arg(m_figures.size()).arg(title));
    QCOMPARE(m_lightbox->findChild<QAction *>(u"zoomInAction"_s)->text(), u"放大"_s);
    QCOMPARE(m_lightbox->findChild<QAction *>(u"previousFigureAction"_s)->text(), u"上一张"_s);
    QCOMPARE(m_lightbox->canvas()->accessibleName(), u"图片内容"_s);
    QVERIFY2(zoom->text().startsWith(u"适应窗口（"_s), qPrintable(zoom->text()));
    // A placeholder is explained in the new language too, and follows the next switch.
    m_lightbox->setCurrentIndex(indexOf(m_figures, m_failed));
    const QString error = m_lightbox->currentFigure().error;
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_lightbox->placeholderReason(), u"下载失败：%1"_s.arg(error));
    QCOMPARE(m_lightbox->findChild<QPushButton *>(u"lightboxRetryButton"_s)->text(), u"重试"_s);

    QVERIFY(language.switchTo(u"en"_s));
    QCOMPARE(m_lightbox->placeholderReason(), u"Download failed: %1"_s.arg(error));
    QCOMPARE(m_lightbox->findChild<QPushButton *>(u"lightboxRetryButton"_s)->text(), u"Retry"_s);
    QCOMPARE(counter->text(), u"Figure %1 of %2"_s.arg(indexOf(m_figures, m_failed) + 1).arg(m_figures.size()));
    QCOMPARE(m_lightbox->findChild<QAction *>(u"zoomInAction"_s)->text(), u"Zoom In"_s);
}

void TestLightbox::everyFocusableWidgetHasAnAccessibleName()
{
    Tests::LanguageSwitch language;
    openAt(m_red);
    QCOMPARE(Tests::unnamedFocusableWidgets(m_lightbox.get()), QStringList());
    m_lightbox->setCurrentIndex(indexOf(m_figures, m_failed));
    QVERIFY(language.switchTo(u"zh_CN"_s));
    QCOMPARE(Tests::unnamedFocusableWidgets(m_lightbox.get()), QStringList());
}

QTEST_MAIN(TestLightbox)
#include "tst_lightbox.moc"
