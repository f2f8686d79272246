#include "core/db/database.h"
#include "core/db/paperrepository.h"
#include "core/import/importer.h"
#include "core/util/librarypaths.h"
#include "gui/arxivdifferencesdialog.h"
#include "gui/importurldialog.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "gui/networkactions.h"
#include "gui/papertablemodel.h"
#include "support/loopbackserver.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace PaperShelf;
using PaperShelf::TestSupport::LoopbackServer;
using PaperShelf::TestSupport::Response;

namespace {

QByteArray fixtureBytes(const QString &relative)
{
    QFile file(QStringLiteral(PAPERSHELF_TEST_DATA "/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The real main window, offscreen, talking to a loopback server.
class TestNetworkActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importFromUrlFillsTheList();
    void differencesDialogShowsTextAndAppliesOnlyChosenFields();
    void pdfIsDownloadedShownInTheListAndOpened();

private:
    QString newLibrary(bool withFixtures);
    std::unique_ptr<Gui::MainWindow> openWindow(const QString &library);
    static Gui::PaperTableModel *model(Gui::MainWindow &window);
    static bool settle(Gui::MainWindow &window);
    static int rowOf(Gui::MainWindow &window, const QString &paperId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackServer> m_server;
};

void TestNetworkActions::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->listen());
}

void TestNetworkActions::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isWindow() && widget->isVisible()) {
            widget->close();
        }
    }
    m_server.reset();
    m_dir.reset();
}

QString TestNetworkActions::newLibrary(bool withFixtures)
{
    const QString path = m_dir->filePath(QStringLiteral("gui.papershelf"));
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(path);
    if (!db) {
        return QString();
    }
    if (withFixtures) {
        Core::Importer importer(**db);
        (void)importer.importPaths({QStringLiteral(PAPERSHELF_TEST_DATA "/cli/2024-02-01"),
                                    QStringLiteral(PAPERSHELF_TEST_DATA "/cli/2024-02-03")});
    }
    return path;
}

std::unique_ptr<Gui::MainWindow> TestNetworkActions::openWindow(const QString &library)
{
    auto window = std::make_unique<Gui::MainWindow>(library);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !settle(*window)) {
        qWarning("window did not settle");
    }
    return window;
}

Gui::PaperTableModel *TestNetworkActions::model(Gui::MainWindow &window)
{
    return window.paperModel();
}

bool TestNetworkActions::settle(Gui::MainWindow &window)
{
    QTest::qWait(200);
    return QTest::qWaitFor(
        [&window]() {
        return !model(window)->isLoading();
        },
        10'000);
}

int TestNetworkActions::rowOf(Gui::MainWindow &window, const QString &paperId)
{
    Gui::PaperTableModel *papers = model(window);
    for (int row = 0; row < papers->rowCount(); ++row) {
        if (papers->index(row, 0).data(Gui::PaperTableModel::PaperIdRole).toString() == paperId) {
            return row;
        }
    }
    return -1;
}

void TestNetworkActions::importFromUrlFillsTheList()
{
    m_server->route(QStringLiteral("/posts/NeRF.md"),
                    Response::ok(fixtureBytes(QStringLiteral("cli/2024-02-01/NeRF.md")), "text/markdown"));
    auto window = openWindow(newLibrary(false));
    auto *fileMenu = window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu->actions().contains(window->networkActions()->importUrlAction()));

    auto *button = window->findChild<QPushButton *>(QStringLiteral("importUrlButton"));
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible()); // the welcome page of the empty library
    QTest::mouseClick(button, Qt::LeftButton);
    Gui::ImportUrlDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<Gui::ImportUrlDialog *>(QStringLiteral("importUrlDialog"))));
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("urlsTextEdit"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("ftp://example.org/x.md"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->text().contains(QStringLiteral("ftp://")));
    edit->setPlainText(m_server->url(QStringLiteral("/posts/NeRF.md")).toString() + QLatin1Char('\n'));
    QVERIFY(ok->isEnabled());

    QSignalSpy finished(window.get(), &Gui::MainWindow::importFinished);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(finished.wait(20'000));
    const auto report = finished.first().first().value<Core::ImportReport>();
    QCOMPARE(report.digests, 1);
    QCOMPARE(report.papersAdded, 2);
    QVERIFY(settle(*window));
    QTRY_COMPARE(model(*window)->rowCount(), 2);
    QVERIFY(rowOf(*window, QStringLiteral("2402.00101")) >= 0);
    QTRY_VERIFY(window->findChild<QWidget *>(QStringLiteral("importSummaryDialog")));
}

void TestNetworkActions::differencesDialogShowsTextAndAppliesOnlyChosenFields()
{
    m_server->route(QStringLiteral("/api/query"),
                    Response::ok(fixtureBytes(QStringLiteral("arxiv/feed.xml")), "application/atom+xml"));
    const QString library = newLibrary(true);
    auto window = openWindow(library);
    Gui::NetworkActions *actions = window->networkActions();
    actions->setArxivApiUrl(m_server->url(QStringLiteral("/api/query")));
    actions->setArxivRequestInterval(0);
    QTRY_COMPARE(model(*window)->rowCount(), 4);
    window->findChild<QTableView *>(QStringLiteral("paperTableView"))->selectAll();

    QSignalSpy arxivFinished(actions, &Gui::NetworkActions::arxivFinished);
    actions->fetchArxivAction()->trigger();
    QVERIFY(arxivFinished.wait(20'000));
    Gui::ArxivDifferencesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<Gui::ArxivDifferencesDialog *>(QStringLiteral("arxivDifferencesDialog"))));
    QVERIFY(dialog->isVisible());
    // Both sides as plain text.
    auto *digestTitle = dialog->findChild<QPlainTextEdit *>(QStringLiteral("digestTextEdit_2402.00102_title"));
    auto *arxivTitle = dialog->findChild<QPlainTextEdit *>(QStringLiteral("arxivTextEdit_2402.00102_title"));
    QVERIFY(digestTitle && arxivTitle);
    QCOMPARE(digestTitle->toPlainText(),
             QStringLiteral("Sparse Views, Dense Depth: Few-Shot NeRF with Monocular Priors"));
    QCOMPARE(arxivTitle->toPlainText(),
             QStringLiteral("Sparse Views, Dense Depth: Few-Shot Neural Radiance Fields with Monocular Depth Priors"));
    QVERIFY(arxivTitle->isReadOnly());
    QCOMPARE(dialog->findChild<QGroupBox *>(QStringLiteral("paperGroupBox_2402.00102"))->title(),
             QStringLiteral("2402.00102 — Sparse Views, Dense Depth: Few-Shot NeRF with Monocular Priors"));
    // No box for a paper that agrees with arXiv; nothing is ticked up front.
    QVERIFY(!dialog->findChild<QCheckBox *>(
        Gui::ArxivDifferencesDialog::checkBoxName(QStringLiteral("2402.00101"), Core::ArxivField::Title)));
    const QList<QCheckBox *> boxes = dialog->findChildren<QCheckBox *>();
    QCOMPARE(boxes.size(), 4); // 2402.00102: title, authors, abstract; 2402.00201: abstract
    for (const QCheckBox *box : boxes) {
        QVERIFY(!box->isChecked());
    }

    QSignalSpy changed(actions, &Gui::NetworkActions::libraryChanged);
    dialog
        ->findChild<QCheckBox *>(
            Gui::ArxivDifferencesDialog::checkBoxName(QStringLiteral("2402.00102"), Core::ArxivField::Title))
        ->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
    QVERIFY(changed.wait(10'000));

    auto database = Core::Database::open(library);
    QVERIFY(database.ok());
    Core::PaperRepository repository((*database)->connection());
    const auto sparse = repository.paper(QStringLiteral("2402.00102"));
    QCOMPARE((*sparse)->text.title,
             QStringLiteral("Sparse Views, Dense Depth: Few-Shot Neural Radiance Fields with Monocular Depth Priors"));
    QCOMPARE((*sparse)->text.authors.size(), 2); // not chosen: kept
    QVERIFY((*sparse)->text.abstract.contains(QStringLiteral("and Gaussian splatting")));
    const auto lanterns = repository.paper(QStringLiteral("2402.00201"));
    QVERIFY((*lanterns)->text.abstract.contains(QStringLiteral("120 FPS")));
    QTRY_VERIFY(model(*window)
                    ->index(rowOf(*window, QStringLiteral("2402.00102")), Gui::PaperTableModel::TitleColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Neural Radiance Fields")));
}

void TestNetworkActions::pdfIsDownloadedShownInTheListAndOpened()
{
    m_server->route(QStringLiteral("/pdf/2402.00201v1"), Response::ok("%PDF-1.5\n%%EOF\n", "application/pdf"));
    const QString library = newLibrary(true);
    auto window = openWindow(library);
    Gui::NetworkActions *actions = window->networkActions();
    actions->setArxivPdfBase(m_server->url(QStringLiteral("/pdf/")));
    QUrl opened;
    actions->setUrlOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    QTRY_COMPARE(model(*window)->rowCount(), 4);
    auto *table = window->findChild<QTableView *>(QStringLiteral("paperTableView"));
    const int row = rowOf(*window, QStringLiteral("2402.00201"));
    QVERIFY(row >= 0);
    table->selectRow(row);

    // Nothing downloaded yet: Open PDF says so.
    Gui::MessageBox::setNextResult(QMessageBox::Ok);
    actions->openPdfAction()->trigger();
    QTRY_VERIFY(Gui::MessageBox::lastText().contains(QStringLiteral("not been downloaded")));
    QVERIFY(opened.isEmpty());

    QSignalSpy finished(actions, &Gui::NetworkActions::pdfsFinished);
    actions->downloadPdfAction()->trigger();
    QVERIFY(finished.wait(20'000));
    QVERIFY(settle(*window));
    const int after = rowOf(*window, QStringLiteral("2402.00201"));
    QTRY_COMPARE(model(*window)->index(after, Gui::PaperTableModel::PdfColumn).data().toString(),
                 QStringLiteral("PDF"));
    QCOMPARE(model(*window)
                 ->index(rowOf(*window, QStringLiteral("2402.00101")), Gui::PaperTableModel::PdfColumn)
                 .data()
                 .toString(),
             QString());

    table->selectRow(after);
    actions->openPdfAction()->trigger();
    const QString expected = Core::LibraryPaths(library).pdfDir() + QStringLiteral("/2402.00201.pdf");
    QTRY_COMPARE(opened, QUrl::fromLocalFile(expected));
}

QTEST_MAIN(TestNetworkActions)
#include "tst_networkactions.moc"
