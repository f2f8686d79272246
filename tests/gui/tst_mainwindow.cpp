#include "core/db/database.h"
#include "core/db/paperwriter.h"
#include "core/search/searchindex.h"
#include "gui/filedialog.h"
#include "gui/importcontroller.h"
#include "gui/libraryclient.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "gui/papertablemodel.h"
#include "gui/readerwidget.h"
#include "gui/reviewcheckcontroller.h"
#include "gui/reviewdock.h"
#include "gui/tagfiltermodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTextBrowser>
#include <QTreeView>
#include <QtTest>

#include <algorithm>

using namespace PaperShelf;

// The real main window on the offscreen platform, over real library files.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void emptyLibraryShowsWelcomeAndDemoOpens();
    void importFromMenuFillsTheList();
    void searchFiltersAsYouType();
    void emptyResultExplainsAndClears();
    void tagClicksCycleIncludeExcludeOff();
    void selectingAPaperShowsBothLanguages();
    void previousAndNextPaperKeys();
    void sortsByEveryColumn();
    void dragAndDropImports();
    void cancelledImportLeavesWholeFilesOnly();
    void windowStateIsRestored();
    void hostileDigestTextStaysText();
    void modelPassesTheTester();
    void typingNeverStallsTheEventLoop();

private:
    QString newLibrary(const QString &name = QStringLiteral("gui.papershelf"));
    std::unique_ptr<Gui::MainWindow> openWindow(const QString &library);
    void importThroughMenu(Gui::MainWindow &window, const QString &folder, bool closeSummary = true);
    static Gui::PaperTableModel *model(Gui::MainWindow &window);
    static QTableView *table(Gui::MainWindow &window);
    static QStringList titles(Gui::MainWindow &window);
    static bool settle(Gui::MainWindow &window);

    std::unique_ptr<QTemporaryDir> m_dir;
    const QString m_fixtures = QStringLiteral(PAPERSHELF_TEST_DATA "/cli");
};

void TestMainWindow::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMainWindow::cleanup()
{
    // Summary dialogs and other top-level leftovers of a test.
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("importSummaryDialog")) {
            widget->close();
        }
    }
    m_dir.reset();
}

QString TestMainWindow::newLibrary(const QString &name)
{
    const QString path = m_dir->filePath(name);
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(path);
    return db ? path : QString();
}

std::unique_ptr<Gui::MainWindow> TestMainWindow::openWindow(const QString &library)
{
    auto window = std::make_unique<Gui::MainWindow>(library);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !settle(*window)) {
        qWarning("window did not settle");
    }
    return window;
}

Gui::PaperTableModel *TestMainWindow::model(Gui::MainWindow &window)
{
    return qobject_cast<Gui::PaperTableModel *>(table(window)->model());
}

QTableView *TestMainWindow::table(Gui::MainWindow &window)
{
    return window.findChild<QTableView *>(QStringLiteral("paperTableView"));
}

QStringList TestMainWindow::titles(Gui::MainWindow &window)
{
    QStringList list;
    Gui::PaperTableModel *papers = model(window);
    for (int row = 0; row < papers->rowCount(); ++row) {
        list.append(papers->index(row, Gui::PaperTableModel::TitleColumn).data().toString());
    }
    return list;
}

// Waits until the debounce timer and the worker have answered the newest query.
bool TestMainWindow::settle(Gui::MainWindow &window)
{
    QTest::qWait(200); // longer than the search debounce
    return QTest::qWaitFor(
        [&window]() {
        return !model(window)->isLoading();
        },
        10'000);
}

void TestMainWindow::importThroughMenu(Gui::MainWindow &window, const QString &folder, bool closeSummary)
{
    QSignalSpy finished(&window, &Gui::MainWindow::importFinished);
    Gui::FileDialog::setNextResult({folder});
    window.findChild<QAction *>(QStringLiteral("importFolderAction"))->trigger();
    QVERIFY(finished.wait(30'000));
    QVERIFY(settle(window));
    if (!closeSummary) {
        return;
    }
    // The summary dialog takes the focus; tests continue in the main window.
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("importSummaryDialog")) {
            widget->close();
        }
    }
    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
}

void TestMainWindow::emptyLibraryShowsWelcomeAndDemoOpens()
{
    auto window = openWindow(newLibrary());
    auto *stack = window->findChild<QStackedWidget *>(QStringLiteral("centralStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));
    QVERIFY(window->findChild<QPushButton *>(QStringLiteral("importFilesButton"))->isVisible());

    QSignalSpy finished(window.get(), &Gui::MainWindow::importFinished);
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("openDemoButton")), Qt::LeftButton);
    QVERIFY(finished.wait(30'000));
    QVERIFY(settle(*window));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("libraryPage"));
    QCOMPARE(model(*window)->totalCount(), 3);
    QVERIFY(window->libraryPath().endsWith(QStringLiteral("demo.papershelf")));
}

void TestMainWindow::importFromMenuFillsTheList()
{
    auto window = openWindow(newLibrary());
    importThroughMenu(*window, m_fixtures, false);
    QCOMPARE(model(*window)->totalCount(), 4);
    QCOMPARE(model(*window)->rowCount(), 4);
    // The summary says what happened and can be copied.
    QWidget *summary = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("importSummaryDialog") && widget->isVisible()) {
            summary = widget;
        }
    }
    QVERIFY(summary);
    const QString report = summary->findChild<QLabel *>(QStringLiteral("headlineLabel"))->text();
    QVERIFY2(report.contains(QStringLiteral("4 paper(s) added")), qPrintable(report));
    QVERIFY(summary->findChild<QPlainTextEdit *>(QStringLiteral("reportTextEdit"))
                ->toPlainText()
                .contains(QStringLiteral("reading-list.md")));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("paperCountLabel"))->text(), QStringLiteral("4 paper(s)"));
}

void TestMainWindow::searchFiltersAsYouType()
{
    auto window = openWindow(newLibrary());
    importThroughMenu(*window, m_fixtures);
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    window->findChild<QAction *>(QStringLiteral("findAction"))->trigger();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("lantern"));
    search->insert(QStringLiteral("*")); // QTest has no key for the asterisk
    QVERIFY(settle(*window));
    QCOMPARE(titles(*window).size(), 2);
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("paperCountLabel"))->text().contains(QStringLiteral("2 shown")));
    search->clear();
    search->insert(QStringLiteral("灯笼")); // as an input method commits it; QTest types ASCII only
    QVERIFY(settle(*window));
    QCOMPARE(titles(*window).size(), 2);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(settle(*window));
    QVERIFY(search->text().isEmpty());
    QCOMPARE(titles(*window).size(), 4);
}

void TestMainWindow::emptyResultExplainsAndClears()
{
    auto window = openWindow(newLibrary());
    importThroughMenu(*window, m_fixtures);
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("quantumchromodynamics"));
    QVERIFY(settle(*window));
    auto *listStack = window->findChild<QStackedWidget *>(QStringLiteral("listStack"));
    QCOMPARE(listStack->currentWidget()->objectName(), QStringLiteral("emptyResultPage"));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("emptyResultLabel"))
                ->text()
                .contains(QStringLiteral("quantumchromodynamics")));
    QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("clearFiltersButton")), Qt::LeftButton);
    QVERIFY(settle(*window));
    QCOMPARE(listStack->currentWidget()->objectName(), QStringLiteral("paperTableView"));
    QCOMPARE(titles(*window).size(), 4);
}

void TestMainWindow::tagClicksCycleIncludeExcludeOff()
{
    auto window = openWindow(newLibrary());
    importThroughMenu(*window, m_fixtures);
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("tagTreeView"));
    QVERIFY(tree);
    // Find the topic tag "NeRF" in the (proxied) tree.
    const auto findTag = [tree](const QString &name, Core::TagKind kind) {
        QAbstractItemModel *tags = tree->model();
        for (int group = 0; group < tags->rowCount(); ++group) {
            const QModelIndex parent = tags->index(group, 0);
            for (int row = 0; row < tags->rowCount(parent); ++row) {
                const QModelIndex index = tags->index(row, 0, parent);
                if (index.data(Gui::TagFilterModel::TagNameRole).toString() == name
                    && index.data(Gui::TagFilterModel::TagKindRole).value<Core::TagKind>() == kind) {
                    return index;
                }
            }
        }
        return QModelIndex();
    };
    const auto countOf = [&findTag](const QString &name, Core::TagKind kind) {
        return findTag(name, kind).data(Gui::TagFilterModel::CountRole).toInt();
    };
    QCOMPARE(countOf(QStringLiteral("NeRF"), Core::TagKind::Topic), 2);
    QCOMPARE(countOf(QStringLiteral("3DGS"), Core::TagKind::Topic), 3);
    const auto click = [&](const QString &name, Core::TagKind kind) {
        const QModelIndex index = findTag(name, kind);
        QVERIFY(index.isValid());
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    };
    click(QStringLiteral("NeRF"), Core::TagKind::Topic); // include
    QVERIFY(settle(*window));
    QCOMPARE(model(*window)->totalCount(), 2);
    QCOMPARE(countOf(QStringLiteral("3DGS"), Core::TagKind::Topic), 1); // counts follow the result set
    click(QStringLiteral("NeRF"), Core::TagKind::Topic);                // exclude
    QVERIFY(settle(*window));
    QCOMPARE(model(*window)->totalCount(), 2);
    QVERIFY(!titles(*window).contains(QStringLiteral("Lantern Fields: Relighting Radiance Fields at Dusk")));
    click(QStringLiteral("NeRF"), Core::TagKind::Topic); // off
    QVERIFY(settle(*window));
    QCOMPARE(model(*window)->totalCount(), 4);
}

void TestMainWindow::selectingAPaperShowsBothLanguages()
{
    auto window = openWindow(newLibrary());
    importThroughMenu(*window, m_fixtures);
    QTableView *view = table(*window);
    const int row = titles(*window).indexOf(QStringLiteral("Lantern Fields: Relighting Radiance Fields at Dusk"));
    QVERIFY(row >= 0);
    view->setCurrentIndex(model(*window)->index(row, 0));
    auto *english = window->findChild<QTextBrowser *>(QStringLiteral("englishBrowser"));
    auto *chinese = window->findChild<QTextBrowser *>(QStringLiteral("chineseBrowser"));
    QVERIFY(english && chinese);
    QTRY_VERIFY(english->toPlainText().contains(QStringLiteral("relightable neural radiance field")));
    QVERIFY(chinese->toPlainText().contains(QStringLiteral("本文提出灯笼场")));
    QVERIFY(chinese->toPlainText().contains(QStringLiteral("学习到的光照先验可分离天空光与点光源")));
    // The layouts are on Ctrl+Alt+1 .. Ctrl+Alt+4, whichever widget has the focus.
    auto *reader = window->findChild<Gui::ReaderWidget *>();
    QVERIFY(reader);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_3, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(reader->layoutMode(), Gui::ReaderWidget::LayoutMode::EnglishOnly);
    QVERIFY(english->isVisibleTo(window.get()) && !chinese->isVisibleTo(window.get()));
    QTest::keyClick(view, Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(reader->layoutMode(), Gui::ReaderWidget::LayoutMode::Stacked);
    QVERIFY(english->isVisibleTo(window.get()) && chinese->isVisibleTo(window.get()));
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(reader->layoutMode(), Gui::ReaderWidget::LayoutMode::SideBySide);
}

void TestMainWindow::previousAndNextPaperKeys()
{
    auto window = openWindow(newLibrary());
    importThroughMenu(*window, m_fixtures);
    QTableView *view = table(*window);
    view->setCurrentIndex(model(*window)->index(0, 0));
    window->findChild<QAction *>(QStringLiteral("nextPaperAction"))->trigger();
    QCOMPARE(view->currentIndex().row(), 1);
    window->findChild<QAction *>(QStringLiteral("nextPaperAction"))->trigger();
    window->findChild<QAction *>(QStringLiteral("previousPaperAction"))->trigger();
    QCOMPARE(view->currentIndex().row(), 1);
    // Keyboard navigation in the list itself.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 2);
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(view->currentIndex().row(), 3);
}

void TestMainWindow::sortsByEveryColumn()
{
    auto window = openWindow(newLibrary());
    importThroughMenu(*window, m_fixtures);
    QHeaderView *header = table(*window)->horizontalHeader();
    const auto clickHeader = [&](int column) {
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QVERIFY(settle(*window));
    };
    clickHeader(Gui::PaperTableModel::TitleColumn);
    const QStringList ascending = titles(*window);
    QStringList sorted = ascending;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    QCOMPARE(ascending, sorted);
    clickHeader(Gui::PaperTableModel::TitleColumn);
    QStringList descending = titles(*window);
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(descending, ascending);
    for (int column = 0; column < Gui::PaperTableModel::ColumnCount; ++column) {
        if (header->isSectionHidden(column)) {
            continue; // the review column, until review exists
        }
        clickHeader(column);
        QCOMPARE(model(*window)->rowCount(), 4);
        QCOMPARE(model(*window)->sortKey(), Gui::PaperTableModel::sortKeyForColumn(column));
    }
    clickHeader(Gui::PaperTableModel::TopicsColumn);
    const auto topicsOfFirst = model(*window)->index(0, Gui::PaperTableModel::TopicsColumn).data().toString();
    const auto topicsOfLast = model(*window)->index(3, Gui::PaperTableModel::TopicsColumn).data().toString();
    QVERIFY(topicsOfFirst.compare(topicsOfLast, Qt::CaseInsensitive) != 0);
}

void TestMainWindow::dragAndDropImports()
{
    auto window = openWindow(newLibrary());
    QSignalSpy finished(window.get(), &Gui::MainWindow::importFinished);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_fixtures + QStringLiteral("/2024-02-01/NeRF.md"))});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);
    QVERIFY(finished.wait(30'000));
    QVERIFY(settle(*window));
    QCOMPARE(model(*window)->totalCount(), 2);
}

void TestMainWindow::cancelledImportLeavesWholeFilesOnly()
{
    // 150 digests, so that the run is still going when we cancel.
    const QString folder = m_dir->filePath(QStringLiteral("many"));
    QFile source(m_fixtures + QStringLiteral("/2024-02-01/NeRF.md"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray text = source.readAll();
    for (int i = 0; i < 150; ++i) {
        QByteArray copy = text;
        copy.replace("2402.00101", QStringLiteral("2402.%1").arg(20000 + 2 * i).toLatin1());
        copy.replace("2402.00102", QStringLiteral("2402.%1").arg(20001 + 2 * i).toLatin1());
        const QString path = QStringLiteral("%1/2024-02-%2/NeRF-%3.md")
                                 .arg(folder)
                                 .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                                 .arg(i);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(copy);
    }
    const QString library = newLibrary();
    auto window = openWindow(library);
    QSignalSpy finished(window.get(), &Gui::MainWindow::importFinished);
    bool cancelled = false;
    window->importPaths({folder});
    // Press Cancel in the progress dialog as soon as the first file is done.
    auto *controller = window->findChild<Gui::ImportController *>();
    QVERIFY(controller);
    connect(controller, &Gui::ImportController::progressed, this, [&](int done) {
        auto *progress = window->findChild<QProgressDialog *>(QStringLiteral("importProgressDialog"));
        if (progress && done >= 1 && !cancelled) {
            cancelled = true;
            // What the user presses; QProgressDialog::cancel() alone would not tell the import.
            auto *button = progress->findChild<QPushButton *>();
            QVERIFY(button);
            button->click();
        }
    });
    QVERIFY(finished.wait(60'000));
    QVERIFY(cancelled);
    const auto report = finished.first().first().value<Core::ImportReport>();
    QVERIFY(report.cancelled);
    QVERIFY2(report.digests < 150, qPrintable(QString::number(report.digests)));
    // The checks of the imported text run after the import; let them finish writing.
    QVERIFY(window->reviewDock()->checks());
    window->reviewDock()->checks()->waitForFinished();
    // Every digest in the library is whole: two papers each, all indexed.
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(library);
    QVERIFY(db);
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM digests")));
    QVERIFY(query.next());
    const int digests = query.value(0).toInt();
    QCOMPARE(digests, report.digests);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM papers")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2 * digests);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM fts_pending")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    const QStringList problems = (*db)->integrityProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestMainWindow::windowStateIsRestored()
{
    const QString library = newLibrary();
    QByteArray splitter;
    {
        auto window = openWindow(library);
        importThroughMenu(*window, m_fixtures);
        auto *mainSplitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        mainSplitter->setSizes({200, 700, 380});
        splitter = mainSplitter->saveState();
        QHeaderView *header = table(*window)->horizontalHeader();
        header->setSortIndicator(Gui::PaperTableModel::TitleColumn, Qt::DescendingOrder);
        QTest::keyClicks(window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit")), QStringLiteral("radiance"));
        QVERIFY(settle(*window));
        window->close();
    }
    auto window = openWindow(library);
    QCOMPARE(window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->saveState(), splitter);
    QCOMPARE(window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"))->text(), QStringLiteral("radiance"));
    QHeaderView *header = table(*window)->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), static_cast<int>(Gui::PaperTableModel::TitleColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(model(*window)->sortKey(), Core::SortOrder::Title);
    QVERIFY(model(*window)->sortReversed());
    QCOMPARE(model(*window)->totalCount(), 2);
    QCOMPARE(QSettings().value(QStringLiteral("library/last")).toString(), library);
}

void TestMainWindow::hostileDigestTextStaysText()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, this, [&connections]() {
        ++connections;
    });
    const QString hostile = QStringLiteral("<img src=\"file:///etc/hostname\"> <img src=\"/dev/zero\"> "
                                           "<img src=\"http://127.0.0.1:%1/x.png\"> <script>alert(1)</script>")
                                .arg(server.serverPort());
    QFile source(m_fixtures + QStringLiteral("/2024-02-01/NeRF.md"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray text = source.readAll();
    text.replace("We present Lantern Fields,", (hostile + QStringLiteral(" We present Lantern Fields,")).toUtf8());
    text.replace("本文提出灯笼场", (hostile + QStringLiteral("本文提出灯笼场")).toUtf8());
    QDir().mkpath(m_dir->filePath(QStringLiteral("hostile/2024-02-01")));
    QFile target(m_dir->filePath(QStringLiteral("hostile/2024-02-01/NeRF.md")));
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(text);
    target.close();

    auto window = openWindow(newLibrary());
    importThroughMenu(*window, m_dir->filePath(QStringLiteral("hostile")));
    const int row = titles(*window).indexOf(QStringLiteral("Lantern Fields: Relighting Radiance Fields at Dusk"));
    table(*window)->setCurrentIndex(model(*window)->index(row, 0));
    auto *english = window->findChild<QTextBrowser *>(QStringLiteral("englishBrowser"));
    auto *chinese = window->findChild<QTextBrowser *>(QStringLiteral("chineseBrowser"));
    QTRY_VERIFY(english->toPlainText().contains(QStringLiteral("<img src=\"file:///etc/hostname\">")));
    QVERIFY(english->toPlainText().contains(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(chinese->toPlainText().contains(QStringLiteral("<img src=\"/dev/zero\">")));
    QTest::qWait(500);
    QCOMPARE(connections, 0);
}

void TestMainWindow::modelPassesTheTester()
{
    const QString library = newLibrary();
    {
        Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(library);
        QVERIFY(db);
        Core::PaperWriter writer((*db)->connection());
        Core::ParsedDigest digest;
        digest.isDigest = true;
        digest.topic = QStringLiteral("Bulk");
        digest.date = QDate(2024, 6, 1);
        for (int i = 0; i < 450; ++i) {
            Core::DigestEntry entry;
            entry.line = i + 1;
            entry.arxivId = QStringLiteral("2406.%1").arg(10000 + i);
            entry.arxivVersion = 1;
            entry.title = QStringLiteral("Bulk paper %1").arg(i);
            entry.authors = {QStringLiteral("A. Author")};
            entry.abstract = QStringLiteral("Abstract %1.").arg(i);
            digest.entries.append(entry);
        }
        QVERIFY(
            writer.storeDigest(digest, {QStringLiteral("/bulk.md"), QStringLiteral("bulk.md"), QStringLiteral("h")}));
        QVERIFY(writer.searchIndex().flushPending());
    }
    Gui::LibraryClient client(library);
    Gui::PaperTableModel papers(&client);
    QAbstractItemModelTester tester(&papers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    papers.setFilter(Core::PaperFilter());
    QTRY_VERIFY(!papers.isLoading());
    QCOMPARE(papers.totalCount(), 450);
    QCOMPARE(papers.rowCount(), Gui::PaperTableModel::PageSize);
    for (int pages = 2; papers.canFetchMore(QModelIndex()); ++pages) {
        papers.fetchMore(QModelIndex());
        QTRY_COMPARE(papers.rowCount(), std::min(450, pages * Gui::PaperTableModel::PageSize));
    }
    QCOMPARE(papers.rowCount(), 450);
    QVERIFY(!papers.canFetchMore(QModelIndex()));
    papers.sort(Gui::PaperTableModel::TitleColumn, Qt::AscendingOrder);
    QTRY_VERIFY(!papers.isLoading());
    QCOMPARE(papers.index(0, 0).data().toString(), QStringLiteral("Bulk paper 0"));
    Core::PaperFilter filter;
    filter.text = QStringLiteral("\"Abstract 449\"");
    papers.setFilter(filter);
    QTRY_VERIFY(!papers.isLoading());
    QCOMPARE(papers.totalCount(), 1);
}

void TestMainWindow::typingNeverStallsTheEventLoop()
{
    // 20,000 papers with realistic text lengths, written straight through the store.
    const QString library = newLibrary();
    {
        Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(library);
        QVERIFY(db);
        Core::PaperWriter writer((*db)->connection());
        const QString abstract = QStringLiteral("We study diffusion models for radiance fields and splatting. ")
                                     .repeated(20);
        const QString chinese = QStringLiteral("本文研究扩散模型与辐射场的结合方法，提出新的去噪策略。").repeated(30);
        for (int day = 0; day < 40; ++day) {
            Core::ParsedDigest digest;
            digest.isDigest = true;
            digest.topic = QStringLiteral("Topic %1").arg(day % 7);
            digest.date = QDate(2024, 1, 1).addDays(day);
            for (int i = 0; i < 500; ++i) {
                const int n = day * 500 + i;
                Core::DigestEntry entry;
                entry.line = i + 1;
                entry.arxivId = QStringLiteral("24%1.%2").arg(n / 90000 + 10).arg(10000 + n % 90000);
                entry.arxivVersion = 1;
                entry.title = QStringLiteral("Paper %1 on word%2 and diffusion").arg(n).arg(n % 97);
                entry.authors = {QStringLiteral("Author %1").arg(n % 300)};
                entry.abstract = abstract + QStringLiteral(" token%1").arg(n % 1000);
                entry.summaryZh = chinese;
                entry.structured.keywords = {QStringLiteral("kw%1").arg(n % 400), QStringLiteral("kw%1").arg(n % 13)};
                digest.entries.append(entry);
            }
            const QString name = QStringLiteral("d%1.md").arg(day);
            QVERIFY(writer.storeDigest(digest, {QStringLiteral("/") + name, name, name}));
        }
        QVERIFY(writer.searchIndex().flushPending());
    }
    auto window = openWindow(library);
    QCOMPARE(model(*window)->totalCount(), 20000);
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    search->setFocus();

    // The watchdog: a 10 ms timer; any gap much longer means the event loop was blocked.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worstGap = 0;
    QTimer watchdog;
    connect(&watchdog, &QTimer::timeout, this, [&]() {
        const qint64 now = clock.elapsed();
        worstGap = std::max(worstGap, now - last);
        last = now;
    });
    clock.start();
    watchdog.start(10);
    for (const QString &term : {QStringLiteral("diffusion"),
                                QStringLiteral("扩散模型"),
                                QStringLiteral("word42"),
                                QStringLiteral("token7*")}) {
        search->clear();
        for (const QChar c : term) {
            // Letters and digits as key presses; the rest as an input method would commit them.
            if (c.isLetterOrNumber() && c.unicode() < 0x80) {
                QTest::keyClick(search, static_cast<char>(c.unicode()));
            } else {
                search->insert(QString(c));
            }
            QTest::qWait(40);
        }
        QTest::qWait(300);
    }
    QVERIFY(settle(*window));
    watchdog.stop();
    qInfo("worst event-loop gap while typing: %lld ms", static_cast<long long>(worstGap));
    // Generous bound, so that load or a sanitizer build cannot fail it: only a search or a
    // model reload on the GUI thread (seconds at 20,000 papers) gets near it. The figure
    // against the budget comes from papershelf-gui-bench, not from here.
    QVERIFY2(worstGap < 1500, qPrintable(QString::number(worstGap)));
    QVERIFY(model(*window)->totalCount() > 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
