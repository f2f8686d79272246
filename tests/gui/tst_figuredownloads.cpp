#include "core/db/database.h"
#include "core/images/imagecachestore.h"
#include "core/util/librarypaths.h"
#include "gui/figuredownloadcontroller.h"
#include "gui/figuremodel.h"
#include "gui/figureprogresswidget.h"
#include "gui/figurestrip.h"
#include "gui/galleryview.h"
#include "gui/mainwindow.h"
#include "gui/papertablemodel.h"
#include "gui/readerwidget.h"
#include "support/loopbackserver.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace PaperShelf;
using TestSupport::LoopbackServer;
using TestSupport::Response;

// The Library menu's figure downloads in the real main window, against a loopback server.
class TestFigureDownloads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importQueuesFiguresOfNewPapers();
    void wholeLibraryActionCachesFiguresAndShowsProgress();
    void workOfflineIsPersistedAndSendsNothing();
    void cancelButtonStopsTheDownload();
    void retrySlotFetchesNamedUrls();
    void readerStripFollowsDownloadsRetriesAndOfflineMode();

private:
    /// Writes a digest whose three figures are served by m_server (ok, 404, HTML) and returns its path.
    QString writeDigest();
    void import(Gui::MainWindow &window, const QString &path);
    QHash<QString, Core::ImageCacheEntry> states();
    QAction *action(Gui::MainWindow &window, const char *name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackServer> m_server;
    QString m_library;
    QStringList m_urls;
};

void TestFigureDownloads::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = m_dir->filePath(QStringLiteral("gui.papershelf"));
    QVERIFY(Core::Database::open(m_library).ok());
    m_server = std::make_unique<LoopbackServer>(LoopbackServer::Threading::OwnThread);
    QVERIFY(m_server->listen());
    m_server->route(QStringLiteral("/fig/0.png"), Response::ok(LoopbackServer::png(QSize(40, 30)), "image/png"));
    m_server->route(QStringLiteral("/fig/2.png"), Response::ok("<html>no</html>", "image/png"));
}

void TestFigureDownloads::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("importSummaryDialog")) {
            widget->close();
        }
    }
    m_server.reset();
    m_dir.reset();
    m_urls.clear();
}

QString TestFigureDownloads::writeDigest()
{
    QFile fixture(QStringLiteral(PAPERSHELF_TEST_DATA "/cli/2024-02-01/NeRF.md"));
    if (!fixture.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString text = QString::fromUtf8(fixture.readAll());
    static const QRegularExpression image(QStringLiteral("<img src=\"[^\"]*\""));
    QRegularExpressionMatch match;
    while ((match = image.match(text)).hasMatch()) {
        const QString url = m_server->url(QStringLiteral("/fig/%1.png").arg(m_urls.size())).toString();
        text.replace(match.capturedStart(), match.capturedLength(), QStringLiteral("<img data-src=\"%1\"").arg(url));
        m_urls.append(url);
    }
    text.replace(QStringLiteral("<img data-src="), QStringLiteral("<img src="));
    const QString path = m_dir->filePath(QStringLiteral("NeRF.md"));
    QFile digest(path);
    if (!digest.open(QIODevice::WriteOnly)) {
        return {};
    }
    digest.write(text.toUtf8());
    return path;
}

void TestFigureDownloads::import(Gui::MainWindow &window, const QString &path)
{
    QSignalSpy finished(&window, &Gui::MainWindow::importFinished);
    window.importPaths({path});
    QVERIFY(finished.wait(30'000));
}

QHash<QString, Core::ImageCacheEntry> TestFigureDownloads::states()
{
    auto db = Core::Database::open(m_library);
    if (!db) {
        return {};
    }
    Core::ImageCacheStore store(**db, Core::LibraryPaths(m_library).imageDir());
    auto entries = store.entries(m_urls);
    return entries ? *entries : QHash<QString, Core::ImageCacheEntry>();
}

QAction *TestFigureDownloads::action(Gui::MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

void TestFigureDownloads::importQueuesFiguresOfNewPapers()
{
    Gui::MainWindow window(m_library);
    window.show();
    QVERIFY(action(window, "downloadNewImportFiguresAction")->isChecked()); // the default
    const QString digest = writeDigest();
    QCOMPARE(m_urls.size(), 3);
    import(window, digest);
    QTRY_VERIFY_WITH_TIMEOUT(!window.figureDownloads()->isBusy() && m_server->totalRequests() >= 3, 20'000);
    const auto cache = states();
    QCOMPARE(cache.value(m_urls[0]).state, Core::ImageState::Cached);
    QCOMPARE(cache.value(m_urls[0]).width, 40);
    QCOMPARE(cache.value(m_urls[1]).state, Core::ImageState::Failed);
    QCOMPARE(cache.value(m_urls[1]).error, QStringLiteral("HTTP 404"));
    QCOMPARE(cache.value(m_urls[2]).error, QStringLiteral("not an image: an HTML page"));
}

void TestFigureDownloads::wholeLibraryActionCachesFiguresAndShowsProgress()
{
    Gui::MainWindow window(m_library);
    window.show();
    action(window, "downloadNewImportFiguresAction")->setChecked(false);
    QCOMPARE(QSettings().value(QStringLiteral("figures/downloadNewImports")).toBool(), false);
    import(window, writeDigest());
    QTest::qWait(200);
    QCOMPARE(m_server->totalRequests(), 0); // the preference is off

    QSignalSpy cached(window.figureDownloads(), &Gui::FigureDownloadController::imageCached);
    QSignalSpy finished(window.figureDownloads(), &Gui::FigureDownloadController::downloadFinished);
    action(window, "downloadLibraryFiguresAction")->trigger();
    QVERIFY(finished.wait(20'000));
    QCOMPARE(cached.size(), 1);
    QCOMPARE(cached.at(0).at(0).toString(), m_urls[0]);
    const auto *label = window.findChild<QLabel *>(QStringLiteral("figureProgressLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Figures: 1 downloaded, 2 failed"));
    QCOMPARE(states().value(m_urls[0]).state, Core::ImageState::Cached);
    QCOMPARE(QDir(Core::LibraryPaths(m_library).imageDir()).entryList(QDir::Files).size(), 1);

    // Failed ones wait for their cool-down, unless retried.
    action(window, "downloadLibraryFiguresAction")->trigger();
    QTRY_COMPARE(label->text(), QStringLiteral("Figures: nothing to download (1 cached)"));
    QCOMPARE(m_server->requestCount(QStringLiteral("/fig/1.png")), 1);
    action(window, "retryFailedFiguresAction")->trigger();
    QVERIFY(finished.wait(20'000));
    QCOMPARE(m_server->requestCount(QStringLiteral("/fig/1.png")), 2);
    QCOMPARE(label->text(), QStringLiteral("Figures: 0 downloaded, 2 failed"));
}

void TestFigureDownloads::workOfflineIsPersistedAndSendsNothing()
{
    {
        Gui::MainWindow window(m_library);
        action(window, "downloadNewImportFiguresAction")->setChecked(false);
        import(window, writeDigest());
        QAction *offline = action(window, "workOfflineAction");
        QVERIFY(offline->isCheckable());
        offline->setChecked(true);
        QVERIFY(window.figureDownloads()->isOffline());
        action(window, "downloadLibraryFiguresAction")->trigger();
        QTest::qWait(200);
        QCOMPARE(m_server->totalRequests(), 0);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("figureProgressLabel"))->text(),
                 QStringLiteral("Working offline: figures are not downloaded"));
    }
    Gui::MainWindow reopened(m_library);
    QVERIFY(action(reopened, "workOfflineAction")->isChecked());
    QVERIFY(reopened.figureDownloads()->isOffline());
    QCOMPARE(states().value(m_urls[0]).state, Core::ImageState::Missing);
}

void TestFigureDownloads::cancelButtonStopsTheDownload()
{
    for (int i = 0; i < 3; ++i) {
        m_server->route(QStringLiteral("/fig/%1.png").arg(i),
                        Response::withFault(Response::Fault::StallAfterHeaders, LoopbackServer::png(QSize(4, 4))));
    }
    Gui::MainWindow window(m_library);
    window.show();
    action(window, "downloadNewImportFiguresAction")->setChecked(false);
    import(window, writeDigest());
    QSignalSpy finished(window.figureDownloads(), &Gui::FigureDownloadController::downloadFinished);
    action(window, "downloadLibraryFiguresAction")->trigger();
    auto *cancel = window.findChild<QPushButton *>(QStringLiteral("figureCancelPushButton"));
    QVERIFY(cancel);
    QTRY_VERIFY(cancel->isVisible() && m_server->totalRequests() >= 1);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).value<Net::ImageFetchSummary>().cancelled);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("figureProgressLabel"))->text(),
             QStringLiteral("Figures: cancelled after 0 downloaded"));
    QCOMPARE(states().value(m_urls[0]).state, Core::ImageState::Missing);
}

void TestFigureDownloads::retrySlotFetchesNamedUrls()
{
    Gui::MainWindow window(m_library);
    action(window, "downloadNewImportFiguresAction")->setChecked(false);
    import(window, writeDigest());
    QSignalSpy cached(window.figureDownloads(), &Gui::FigureDownloadController::imageCached);
    QSignalSpy finished(window.figureDownloads(), &Gui::FigureDownloadController::downloadFinished);
    window.figureDownloads()->retry({m_urls[0]});
    QVERIFY(finished.wait(20'000));
    QCOMPARE(cached.size(), 1);
    QCOMPARE(m_server->totalRequests(), 1);
    QCOMPARE(states().value(m_urls[0]).state, Core::ImageState::Cached);
}

void TestFigureDownloads::readerStripFollowsDownloadsRetriesAndOfflineMode()
{
    Gui::MainWindow window(m_library);
    window.show();
    action(window, "downloadNewImportFiguresAction")->setChecked(false);
    import(window, writeDigest());
    qint64 paperId = 0;
    {
        auto db = Core::Database::open(m_library);
        QVERIFY(db);
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT paper_id FROM screenshots WHERE url = '%1'").arg(m_urls[0])));
        QVERIFY(query.next());
        paperId = query.value(0).toLongLong();
    }
    Gui::FigureStrip *strip = window.reader()->figureStrip();
    // The list is refreshed after the import; select once it shows the papers.
    QTRY_VERIFY(window.paperModel()->rowCount() >= 2 && !window.isImporting());
    QTest::qWait(300);
    window.selectPaper(paperId);
    // The strip may still show the previously selected paper until this one's figures arrive.
    QTRY_COMPARE(strip->model()->index(0, 0).data(Gui::FigureModel::UrlRole).toString(), m_urls[0]);
    QCOMPARE(strip->paperId(), paperId);
    const QModelIndex first = strip->model()->index(0, 0);
    QCOMPARE(first.data(Gui::FigureModel::ReasonRole).toString(), QStringLiteral("Not downloaded yet"));

    // Offline: the placeholder says so.
    action(window, "workOfflineAction")->setChecked(true);
    QCOMPARE(strip->model()->index(0, 0).data(Gui::FigureModel::ReasonRole).toString(),
             QStringLiteral("Not downloaded (offline)"));
    action(window, "workOfflineAction")->setChecked(false);

    // The strip's Retry goes to the downloader; the strip shows the result when it arrives.
    auto *retry = strip->findChild<QToolButton *>(QStringLiteral("figureRetryButton"));
    QVERIFY(retry);
    QTRY_VERIFY(retry->isVisible() && retry->isEnabled());
    QSignalSpy fetched(window.figureDownloads(), &Gui::FigureDownloadController::downloadFinished);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(fetched.wait(20'000));
    QTRY_COMPARE_WITH_TIMEOUT(strip->model()->index(0, 0).data(Gui::FigureModel::StateRole).toInt(),
                              static_cast<int>(Core::FigureState::Cached),
                              20'000);
    QVERIFY(m_server->requestCount(QStringLiteral("/fig/0.png")) >= 1);
    QCOMPARE(states().value(m_urls[0]).state, Core::ImageState::Cached);
    // A figure of the same paper that failed shows why.
    for (int row = 1; row < strip->model()->rowCount(); ++row) {
        const QModelIndex index = strip->model()->index(row, 0);
        if (index.data(Gui::FigureModel::UrlRole).toString() == m_urls[1]) {
            QTRY_COMPARE(strip->model()->index(row, 0).data(Gui::FigureModel::ReasonRole).toString(),
                         QStringLiteral("Download failed: HTTP 404"));
        }
    }
}

QTEST_MAIN(TestFigureDownloads)
#include "tst_figuredownloads.moc"
