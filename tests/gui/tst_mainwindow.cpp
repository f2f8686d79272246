#include "core/db/database.h"
#include "core/db/paperwriter.h"
#include "core/import/importer.h"
#include "gui/mainwindow.h"
#include "gui/papertablemodel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QtTest>

using namespace PaperShelf;

// The main window on the offscreen platform, over a real library file.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsThePapersOfTheLibrary();
    void modelFetchesLazilyAndPassesTheTester();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Database> m_db;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(
        m_dir->filePath(QStringLiteral("gui.papershelf")));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(*db);
}

void TestMainWindow::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestMainWindow::showsThePapersOfTheLibrary()
{
    Core::Importer importer(*m_db);
    QVERIFY(importer.importPaths({QStringLiteral(PAPERSHELF_TEST_DATA "/cli")}).errors.isEmpty());

    Gui::MainWindow window(*m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.findChild<QTableView *>(QStringLiteral("paperTableView"));
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 4);
    QCOMPARE(view->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Title"));
    QCOMPARE(view->model()->index(3, Gui::PaperTableModel::TitleColumn).data().toString(),
             QStringLiteral("Lantern Fields: Relighting Radiance Fields at Dusk"));
    QCOMPARE(view->model()->index(3, Gui::PaperTableModel::TopicsColumn).data().toString(), QStringLiteral("NeRF"));
    QCOMPARE(view->model()->index(3, 0).data(Gui::PaperTableModel::PaperIdRole).toString(),
             QStringLiteral("2402.00101"));
    auto *count = window.findChild<QLabel *>(QStringLiteral("paperCountLabel"));
    QVERIFY(count);
    QCOMPARE(count->text(), QStringLiteral("4 paper(s)"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("gui.papershelf")));
    // The demo digest ships inside the application.
    QFile demo(QStringLiteral(":/demo/demo-digest.md"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QVERIFY(demo.readAll().contains("## Tiny Lanterns"));

    // Keyboard navigation moves the current row.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(view->currentIndex().row(), 3);
}

void TestMainWindow::modelFetchesLazilyAndPassesTheTester()
{
    Core::PaperWriter writer(m_db->connection());
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
    QVERIFY(writer.storeDigest(digest, {QStringLiteral("/bulk.md"), QStringLiteral("bulk.md"), QStringLiteral("h")}));

    Gui::PaperTableModel model(m_db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(Core::PaperFilter());
    QCOMPARE(model.totalCount(), 450);
    QCOMPARE(model.rowCount(), Gui::PaperTableModel::PageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 2 * Gui::PaperTableModel::PageSize);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
