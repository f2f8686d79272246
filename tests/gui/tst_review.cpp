#include "core/db/database.h"
#include "core/import/importer.h"
#include "core/review/reviewchecker.h"
#include "core/review/reviewcheckrunner.h"
#include "core/review/reviewstore.h"
#include "gui/annotationclient.h"
#include "gui/annotationcontroller.h"
#include "gui/inputdialog.h"
#include "gui/languagemanager.h"
#include "gui/mainwindow.h"
#include "gui/papertablemodel.h"
#include "gui/reviewdock.h"
#include "languagetestutil.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QTextBlock>
#include <QTextEdit>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace PaperShelf;
using PaperShelf::Tests::unnamedFocusableWidgets;

namespace {

/// Switches the interface language and lets the LanguageChange events arrive.
void switchLanguage(Gui::LanguageManager &languages, const QString &language)
{
    QVERIFY(languages.setLanguage(language));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
}

} // namespace

// Review mode on the real main window (offscreen) over a real library built from
// tests/data/review/gui: the keyboard flow, the undo stack and what lands in SQLite.
class TestReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void approveAndNextWalksTheQueueAndStoresEveryApproval();
    void correctionIsStoredAndUndoRedoRestoreIt();
    void flagAsksForAReasonAndRevertGoesBackToTheMachineText();
    void findingIsHighlightedExplainedAndReachedByNextWithErrors();
    void dockSwitchesLanguageKeepingFiltersAndTypedText();

private:
    std::unique_ptr<Gui::MainWindow> openReview();
    static void drain(Gui::MainWindow &window);
    QList<Core::ReviewQueueItem> queue() const;
    Core::ReviewSegment segment(qint64 id) const;

    /// The widgets of the review dock.
    Gui::ReviewDock *dock(Gui::MainWindow &window) const { return window.reviewDock(); }

    static QPlainTextEdit *editor(Gui::MainWindow &window);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
};

void TestReview::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QSettings().setValue(QStringLiteral("review/reviewer"), QStringLiteral("tester"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = m_dir->filePath(QStringLiteral("review.papershelf"));
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(m_library);
    QVERIFY(db);
    Core::Importer importer(**db);
    const Core::ImportReport report = importer.importPaths({QStringLiteral(PAPERSHELF_TEST_DATA "/review/gui")});
    QCOMPARE(report.papersAdded, 1);
    Core::ReviewCheckRunner runner((*db)->connection(), Core::ReviewCheckRunner::checkerFor((*db)->connection()));
    QVERIFY(runner.run());
}

void TestReview::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Gui::MainWindow> TestReview::openReview()
{
    auto window = std::make_unique<Gui::MainWindow>(m_library);
    new QAbstractItemModelTester(window->reviewDock()
                                     ->findChild<QTreeView *>(QStringLiteral("reviewQueueView"))
                                     ->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 window.get());
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get())) {
        qWarning("window did not become active");
    }
    QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    if (!QTest::qWaitFor(
            [&window]() {
        return window->reviewDock()->currentSegmentId() != 0;
            },
            10'000)) {
        qWarning("review queue did not load");
    }
    return window;
}

void TestReview::drain(Gui::MainWindow &window)
{
    window.annotations()->client()->waitForIdle();
    QCoreApplication::processEvents();
    QTest::qWait(20);
    QCoreApplication::processEvents();
}

QList<Core::ReviewQueueItem> TestReview::queue() const
{
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(m_library);
    if (!db) {
        return {};
    }
    Core::Result<QList<Core::ReviewQueueItem>> items = Core::ReviewStore((*db)->connection()).queue({});
    return items ? *items : QList<Core::ReviewQueueItem>();
}

Core::ReviewSegment TestReview::segment(qint64 id) const
{
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(m_library);
    if (!db) {
        return {};
    }
    Core::Result<Core::ReviewSegment> found = Core::ReviewStore((*db)->connection()).segment(id);
    return found ? *found : Core::ReviewSegment();
}

QPlainTextEdit *TestReview::editor(Gui::MainWindow &window)
{
    return window.findChild<QPlainTextEdit *>(QStringLiteral("reviewEditor"));
}

void TestReview::approveAndNextWalksTheQueueAndStoresEveryApproval()
{
    const QList<Core::ReviewQueueItem> items = queue();
    QCOMPARE(items.size(), 5);
    std::unique_ptr<Gui::MainWindow> window = openReview();
    QVERIFY(dock(*window)->isVisible());
    auto *progress = window->findChild<QProgressBar *>(QStringLiteral("reviewProgressBar"));
    QVERIFY(progress);
    QCOMPARE(progress->maximum(), 5);
    QCOMPARE(progress->value(), 0);
    QTRY_VERIFY(editor(*window)->hasFocus());
    for (int i = 0; i < items.size(); ++i) {
        QCOMPARE(dock(*window)->currentSegmentId(), items.at(i).segmentId);
        QCOMPARE(editor(*window)->toPlainText(), segment(items.at(i).segmentId).machineText);
        QTest::keyClick(editor(*window), Qt::Key_Return, Qt::ControlModifier);
        // The next segment is shown at once, from memory, while the write runs.
        if (i + 1 < items.size()) {
            QCOMPARE(dock(*window)->currentSegmentId(), items.at(i + 1).segmentId);
        }
        QCOMPARE(progress->value(), i + 1);
    }
    drain(*window);
    for (const Core::ReviewQueueItem &item : items) {
        const Core::ReviewSegment stored = segment(item.segmentId);
        QCOMPARE(stored.state, Core::ReviewState::Approved);
        QVERIFY(stored.reviewerText.isEmpty());
    }
    QCOMPARE(progress->value(), 5);
    QCOMPARE(window->annotations()->undoStack()->count(), 5);
}

void TestReview::correctionIsStoredAndUndoRedoRestoreIt()
{
    const QList<Core::ReviewQueueItem> items = queue();
    const qint64 id = items.value(0).segmentId;
    const QString machine = segment(id).machineText;
    std::unique_ptr<Gui::MainWindow> window = openReview();
    QTRY_VERIFY(editor(*window)->hasFocus());
    QCOMPARE(dock(*window)->currentSegmentId(), id);
    editor(*window)->selectAll();
    QTest::keyClick(editor(*window), Qt::Key_Delete);
    editor(*window)->insertPlainText(
        QStringLiteral("本文提出“安静草地”，一种稀疏感知的草地监测方法。")); // keyClicks: Latin-1 only
    QTest::keyClick(editor(*window), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dock(*window)->currentSegmentId(), items.value(1).segmentId);
    drain(*window);
    Core::ReviewSegment stored = segment(id);
    QCOMPARE(stored.state, Core::ReviewState::Corrected);
    QCOMPARE(stored.reviewerText, QStringLiteral("本文提出“安静草地”，一种稀疏感知的草地监测方法。"));
    QCOMPARE(stored.machineText, machine);

    // Ctrl+Z in the editor undoes typing; the queue view hands it to the undo stack.
    auto *view = window->findChild<QTreeView *>(QStringLiteral("reviewQueueView"));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    drain(*window);
    stored = segment(id);
    QCOMPARE(stored.state, Core::ReviewState::Unreviewed);
    QVERIFY(stored.reviewerText.isEmpty());
    QTRY_COMPARE(dock(*window)->currentSegmentId(), id); // undo goes back to the segment
    QCOMPARE(editor(*window)->toPlainText(), machine);

    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    drain(*window);
    stored = segment(id);
    QCOMPARE(stored.state, Core::ReviewState::Corrected);
    QCOMPARE(stored.reviewerText, QStringLiteral("本文提出“安静草地”，一种稀疏感知的草地监测方法。"));
    QCOMPARE(window->findChild<QProgressBar *>(QStringLiteral("reviewProgressBar"))->value(), 1);
}

void TestReview::flagAsksForAReasonAndRevertGoesBackToTheMachineText()
{
    const QList<Core::ReviewQueueItem> items = queue();
    std::unique_ptr<Gui::MainWindow> window = openReview();
    QTRY_VERIFY(editor(*window)->hasFocus());
    // Correct the first, flag the second.
    editor(*window)->appendPlainText(QStringLiteral("（已核对）"));
    QTest::keyClick(editor(*window), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dock(*window)->currentSegmentId(), items.value(1).segmentId);
    Gui::InputDialog::setNextResult(QStringLiteral("传感器数量需要核实"));
    QTest::keyClick(editor(*window), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(Gui::InputDialog::lastLabel(), dock(*window)->tr("Why does this segment need another look?"));
    QCOMPARE(dock(*window)->currentSegmentId(), items.value(2).segmentId);
    drain(*window);
    Core::ReviewSegment flagged = segment(items.value(1).segmentId);
    QCOMPARE(flagged.state, Core::ReviewState::Flagged);
    QCOMPARE(flagged.flagReason, QStringLiteral("传感器数量需要核实"));

    // Back to the first (Alt+Page Up twice) and revert it.
    QTest::keyClick(editor(*window), Qt::Key_PageUp, Qt::AltModifier);
    QTest::keyClick(editor(*window), Qt::Key_PageUp, Qt::AltModifier);
    QCOMPARE(dock(*window)->currentSegmentId(), items.value(0).segmentId);
    QVERIFY(segment(items.value(0).segmentId).state == Core::ReviewState::Corrected);
    QTest::keyClick(editor(*window), Qt::Key_Backspace, Qt::ControlModifier | Qt::ShiftModifier);
    drain(*window);
    const Core::ReviewSegment reverted = segment(items.value(0).segmentId);
    QCOMPARE(reverted.state, Core::ReviewState::Unreviewed);
    QVERIFY(reverted.reviewerText.isEmpty());
    QCOMPARE(editor(*window)->toPlainText(), reverted.machineText);
    QCOMPARE(window->findChild<QProgressBar *>(QStringLiteral("reviewProgressBar"))->value(), 0);

    // Next Unreviewed skips the flagged one.
    QTest::keyClick(editor(*window), Qt::Key_J, Qt::ControlModifier);
    QCOMPARE(dock(*window)->currentSegmentId(), items.value(2).segmentId);
    // Undo the revert: the correction is back.
    window->annotations()->undoStack()->undo();
    drain(*window);
    QCOMPARE(segment(items.value(0).segmentId).state, Core::ReviewState::Corrected);
}

void TestReview::findingIsHighlightedExplainedAndReachedByNextWithErrors()
{
    const QList<Core::ReviewQueueItem> items = queue();
    qint64 placeholderId = 0;
    Core::Finding placeholder;
    for (const Core::ReviewQueueItem &item : items) {
        const Core::ReviewSegment s = segment(item.segmentId);
        for (const Core::Finding &finding : s.findings) {
            if (placeholderId == 0 && finding.severity == Core::Severity::Error) {
                placeholderId = s.id;
                placeholder = finding;
            }
        }
    }
    QVERIFY(placeholderId != 0);
    QCOMPARE(placeholder.check, QStringLiteral("placeholder"));
    QVERIFY(placeholderId != items.value(0).segmentId);

    std::unique_ptr<Gui::MainWindow> window = openReview();
    QTRY_VERIFY(editor(*window)->hasFocus());
    QTest::keyClick(editor(*window), Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(dock(*window)->currentSegmentId(), placeholderId);

    auto *findings = window->findChild<QListWidget *>(QStringLiteral("reviewFindingsList"));
    QVERIFY(findings);
    const QString explanation = Core::ReviewChecker::info(QStringLiteral("placeholder"))->explanationEn;
    QString listed;
    for (int i = 0; i < findings->count(); ++i) {
        if (findings->item(i)->text().contains(QStringLiteral("[领域]"))) {
            listed = findings->item(i)->text();
        }
    }
    QVERIFY2(listed.contains(explanation), qPrintable(listed));
    QVERIFY(listed.contains(QStringLiteral("placeholder")));

    // The span is marked in the text (underline and tooltip, not colour alone).
    auto *machine = window->findChild<QTextEdit *>(QStringLiteral("reviewMachineView"));
    QTextCursor cursor(machine->document());
    cursor.setPosition(placeholder.start + 1);
    QVERIFY(cursor.charFormat().underlineStyle() != QTextCharFormat::NoUnderline);
    QVERIFY(cursor.charFormat().toolTip().contains(explanation));
    cursor.setPosition(0);
    QCOMPARE(cursor.charFormat().underlineStyle(), QTextCharFormat::NoUnderline);

    // Glossary hints: the terms whose English occurs in the source.
    Core::GlossaryTerm sparse;
    sparse.term = QStringLiteral("Sparse Sensing");
    sparse.preferred = QStringLiteral("稀疏感知");
    Core::GlossaryTerm absent;
    absent.term = QStringLiteral("radiance field");
    absent.preferred = QStringLiteral("辐射场");
    dock(*window)->setGlossary({sparse, absent});
    auto *glossary = window->findChild<QLabel *>(QStringLiteral("reviewGlossaryLabel"));
    QVERIFY(glossary->isVisible());
    QVERIFY(glossary->text().contains(QStringLiteral("Sparse Sensing → 稀疏感知")));
    QVERIFY(!glossary->text().contains(QStringLiteral("辐射场")));

    // Approved with its finding open: the queue and the detail say so.
    QTest::keyClick(editor(*window), Qt::Key_Return, Qt::ControlModifier);
    drain(*window);
    QCOMPARE(segment(placeholderId).state, Core::ReviewState::Approved);
    auto *view = window->findChild<QTreeView *>(QStringLiteral("reviewQueueView"));
    const int row = static_cast<int>(std::find_if(
                                         items.cbegin(),
                                         items.cend(),
                                         [placeholderId](const auto &item) {
        return item.segmentId == placeholderId;
                                         })
                                     - items.cbegin());
    QVERIFY(view->model()->index(row, 2).data().toString().contains(QStringLiteral("open warnings")));
    QTest::keyClick(editor(*window), Qt::Key_PageUp, Qt::AltModifier);
    QCOMPARE(dock(*window)->currentSegmentId(), placeholderId);
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("reviewStateLabel"))
                ->text()
                .contains(QStringLiteral("open warnings")));
}

void TestReview::dockSwitchesLanguageKeepingFiltersAndTypedText()
{
    std::unique_ptr<Gui::MainWindow> window = openReview();
    Gui::ReviewDock *reviewDock = dock(*window);
    QTRY_VERIFY(editor(*window)->hasFocus());
    // The segment with the placeholder finding, and a glossary hint for its source.
    QTest::keyClick(editor(*window), Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    const qint64 shown = reviewDock->currentSegmentId();
    QVERIFY(shown != 0);
    Core::GlossaryTerm sparse;
    sparse.term = QStringLiteral("Sparse Sensing");
    sparse.preferred = QStringLiteral("稀疏感知");
    reviewDock->setGlossary({sparse});

    auto *stateCombo = reviewDock->findChild<QComboBox *>(QStringLiteral("reviewStateComboBox"));
    auto *severityCombo = reviewDock->findChild<QComboBox *>(QStringLiteral("reviewSeverityComboBox"));
    auto *progress = reviewDock->findChild<QProgressBar *>(QStringLiteral("reviewProgressBar"));
    auto *findings = reviewDock->findChild<QListWidget *>(QStringLiteral("reviewFindingsList"));
    auto *glossary = reviewDock->findChild<QLabel *>(QStringLiteral("reviewGlossaryLabel"));
    auto *source = reviewDock->findChild<QLabel *>(QStringLiteral("reviewSourceLabel"));
    auto *view = reviewDock->findChild<QTreeView *>(QStringLiteral("reviewQueueView"));
    QVERIFY(stateCombo && severityCombo && progress && findings && glossary && source && view);
    // Chosen without running the filter: the choice itself must survive the switch.
    stateCombo->setCurrentIndex(stateCombo->findData(static_cast<int>(Core::ReviewState::Unreviewed)));
    severityCombo->setCurrentIndex(severityCombo->findData(static_cast<int>(Core::Severity::Warning)));
    const QString typed = QStringLiteral("审校人正在输入的译文");
    editor(*window)->setPlainText(typed);

    const Core::CheckInfo *placeholder = Core::ReviewChecker::info(QStringLiteral("placeholder"));
    QVERIFY(placeholder);
    const auto listedFindings = [findings]() -> QString {
        QStringList lines;
        for (int i = 0; i < findings->count(); ++i) {
            lines << findings->item(i)->text();
        }
        return lines.join(QLatin1Char('\n'));
    };
    QVERIFY2(listedFindings().contains(placeholder->explanationEn), qPrintable(listedFindings()));
    const QAbstractItemModel *model = view->model();
    const int row = view->currentIndex().row();
    QCOMPARE(model->index(row, 2).data().toString(), QStringLiteral("○ Unreviewed"));
    const QStringList unnamed = unnamedFocusableWidgets(reviewDock);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    Gui::LanguageManager languages;
    switchLanguage(languages, QStringLiteral("zh_CN"));
    QCOMPARE(reviewDock->windowTitle(), QStringLiteral("审校"));
    QCOMPARE(reviewDock->modeAction()->text(), QStringLiteral("审校模式(&M)"));
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("论文"));
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("文段"));
    QCOMPARE(model->index(row, 2).data().toString(), QStringLiteral("○ 未审校"));
    QCOMPARE(stateCombo->itemText(0), QStringLiteral("全部状态"));
    QCOMPARE(stateCombo->currentText(), QStringLiteral("○ 未审校"));
    QCOMPARE(stateCombo->currentData().toInt(), static_cast<int>(Core::ReviewState::Unreviewed));
    QCOMPARE(severityCombo->currentText(), QStringLiteral("警告及以上"));
    QCOMPARE(progress->format(), QStringLiteral("已审校 %1 / %2").arg(progress->value()).arg(model->rowCount()));
    QCOMPARE(source->text(), QStringLiteral("英文原文"));
    QVERIFY2(listedFindings().contains(placeholder->explanationZh), qPrintable(listedFindings()));
    QVERIFY(!listedFindings().contains(placeholder->explanationEn));
    QVERIFY2(glossary->text().startsWith(QStringLiteral("术语表：")), qPrintable(glossary->text()));
    QCOMPARE(reviewDock->currentSegmentId(), shown);
    QCOMPARE(editor(*window)->toPlainText(), typed);
    QVERIFY(!editor(*window)->accessibleName().isEmpty());
    QVERIFY(unnamedFocusableWidgets(reviewDock).isEmpty());

    switchLanguage(languages, QStringLiteral("en"));
    QCOMPARE(reviewDock->windowTitle(), QStringLiteral("Review"));
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Paper"));
    QCOMPARE(model->index(row, 2).data().toString(), QStringLiteral("○ Unreviewed"));
    QCOMPARE(stateCombo->itemText(0), QStringLiteral("All states"));
    QCOMPARE(stateCombo->currentText(), QStringLiteral("○ Unreviewed"));
    QCOMPARE(severityCombo->currentText(), QStringLiteral("Warning or worse"));
    QCOMPARE(progress->format(), QStringLiteral("%1 of %2 reviewed").arg(progress->value()).arg(model->rowCount()));
    QCOMPARE(source->text(), QStringLiteral("English source"));
    QVERIFY(listedFindings().contains(placeholder->explanationEn));
    QVERIFY(glossary->text().startsWith(QStringLiteral("Glossary: ")));
    QCOMPARE(editor(*window)->toPlainText(), typed);
}

QTEST_MAIN(TestReview)
#include "tst_review.moc"
