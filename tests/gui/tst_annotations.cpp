#include "core/annotations/annotationstore.h"
#include "core/annotations/highlightstore.h"
#include "core/annotations/usertagstore.h"
#include "core/db/database.h"
#include "core/db/paperrepository.h"
#include "core/digest/textfields.h"
#include "core/import/importer.h"
#include "core/search/papersearch.h"
#include "gui/annotationclient.h"
#include "gui/annotationcontroller.h"
#include "gui/annotationpanel.h"
#include "gui/annotationviews.h"
#include "gui/exportactions.h"
#include "gui/exportcontroller.h"
#include "gui/filedialog.h"
#include "gui/highlightspanel.h"
#include "gui/inputdialog.h"
#include "gui/languagemanager.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "gui/noteseditor.h"
#include "gui/papertablemodel.h"
#include "gui/readerwidget.h"
#include "gui/safetextbrowser.h"
#include "gui/shelfpanel.h"
#include "gui/tagfiltermodel.h"
#include "gui/tagpanel.h"
#include "gui/writeerrorbar.h"
#include "languagetestutil.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
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

// The annotation GUI on the real main window (offscreen) over real library files:
// every edit goes through the undo stack and the annotation thread to SQLite.
class TestAnnotations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void noteSurvivesClosingAndReopening();
    void notesUndoIsOneStepPerEditingSession();
    void notesAreSavedWhileTypingGoesOn();
    void notesPreviewRendersMarkdownWithoutLoadingAnything();
    void ratingShortcutAndStatusActionChangeTheListAndUndo();
    void favouriteTogglesAndPanelFollows();
    void bulkTagThreePapersThenUndo();
    void tagRenameMergeDeleteUndoRedo();
    void highlightCommandsUndoAndRedo();
    void highlightingAChineseSelectionStoresAndPaintsIt();
    void addTagActionAsksWithCompletionAndTagsTheSelection();
    void exportedArchiveMergesIntoAnotherLibrary();
    void writeFailureKeepsTheEditAndRetrySavesIt();
    void saveAShelfAndReopenIt();
    void builtInShelvesCountAndFilter();
    void annotationPanelSwitchesLanguageAndNamesEveryControl();
    void writeErrorBarSwitchesLanguageKeepingTheFailure();

private:
    QString importedLibrary();
    std::unique_ptr<Gui::MainWindow> openWindow(const QString &library);
    static bool settle(Gui::MainWindow &window);
    /// Waits for every write and for their results to reach the window.
    static void drain(Gui::MainWindow &window);
    static QTableView *table(Gui::MainWindow &window);
    static void selectRows(Gui::MainWindow &window, const QList<int> &rows);
    QList<Core::Annotation> annotations(const QList<qint64> &ids);
    QList<Core::UserTag> userTags();
    QList<qint64> papersWith(const QString &tag);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
};

void TestAnnotations::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = importedLibrary();
    QVERIFY(!m_library.isEmpty());
}

void TestAnnotations::cleanup()
{
    m_dir.reset();
}

QString TestAnnotations::importedLibrary()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.papershelf"));
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(path);
    if (!db) {
        return {};
    }
    Core::Importer importer(**db);
    const Core::ImportReport report = importer.importPaths({QStringLiteral(PAPERSHELF_TEST_DATA "/cli")});
    return report.papersAdded > 0 ? path : QString();
}

std::unique_ptr<Gui::MainWindow> TestAnnotations::openWindow(const QString &library)
{
    auto window = std::make_unique<Gui::MainWindow>(library);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !settle(*window)) {
        qWarning("window did not settle");
    }
    return window;
}

bool TestAnnotations::settle(Gui::MainWindow &window)
{
    QTest::qWait(200);
    return QTest::qWaitFor(
        [&window]() {
        return !window.paperModel()->isLoading() && window.paperModel()->rowCount() > 0
            && window.annotationPanel()->paperId() != 0;
        },
        10'000);
}

void TestAnnotations::drain(Gui::MainWindow &window)
{
    window.annotations()->client()->waitForIdle();
    QCoreApplication::processEvents();
    QTest::qWait(50); // row reloads run on the library worker and come back as events
    QCoreApplication::processEvents();
}

QTableView *TestAnnotations::table(Gui::MainWindow &window)
{
    return window.findChild<QTableView *>(QStringLiteral("paperTableView"));
}

void TestAnnotations::selectRows(Gui::MainWindow &window, const QList<int> &rows)
{
    QTableView *view = table(window);
    view->clearSelection();
    view->setCurrentIndex(window.paperModel()->index(rows.first(), 0));
    for (const int row : rows) {
        view->selectionModel()->select(window.paperModel()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QList<Core::Annotation> TestAnnotations::annotations(const QList<qint64> &ids)
{
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(m_library);
    if (!db) {
        return {};
    }
    Core::AnnotationStore store((*db)->connection());
    Core::Result<QList<Core::Annotation>> result = store.annotations(ids);
    return result ? *result : QList<Core::Annotation>();
}

QList<Core::UserTag> TestAnnotations::userTags()
{
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(m_library);
    if (!db) {
        return {};
    }
    Core::UserTagStore store((*db)->connection());
    Core::Result<QList<Core::UserTag>> result = store.tags();
    return result ? *result : QList<Core::UserTag>();
}

QList<qint64> TestAnnotations::papersWith(const QString &tag)
{
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(m_library);
    if (!db) {
        return {};
    }
    Core::UserTagStore store((*db)->connection());
    Core::Result<QList<qint64>> result = store.papersWith(tag);
    return result ? *result : QList<qint64>();
}

void TestAnnotations::noteSurvivesClosingAndReopening()
{
    qint64 paperId = 0;
    {
        auto window = openWindow(m_library);
        Gui::NotesEditor *notes = window->annotationPanel()->notesEditor();
        paperId = window->annotationPanel()->paperId();
        QVERIFY(paperId != 0);
        QVERIFY(notes->isEnabled());
        notes->editor()->setFocus();
        QTest::keyClicks(notes->editor(), QStringLiteral("Method looks **solid**; "));
        notes->editor()->insertPlainText(QStringLiteral("数据集待核实")); // keyClicks takes Latin-1 only
        // Closing saves what the autosave has not saved yet.
        QVERIFY(window->close());
    }
    QCOMPARE(annotations({paperId}).value(0).notes, QStringLiteral("Method looks **solid**; 数据集待核实"));

    auto window = openWindow(m_library);
    window->selectPaper(paperId);
    QTRY_COMPARE(window->annotationPanel()->paperId(), paperId);
    QTRY_COMPARE(window->annotationPanel()->notesEditor()->text(),
                 QStringLiteral("Method looks **solid**; 数据集待核实"));
    // The list marks the paper as having notes.
    const int row = window->paperModel()->rowOf(paperId);
    QVERIFY(row >= 0);
    QCOMPARE(window->paperModel()->index(row, Gui::PaperTableModel::NotesColumn).data().toString(),
             QStringLiteral("\u270E"));
}

void TestAnnotations::notesUndoIsOneStepPerEditingSession()
{
    auto window = openWindow(m_library);
    Gui::NotesEditor *notes = window->annotationPanel()->notesEditor();
    const qint64 paperId = window->annotationPanel()->paperId();
    QUndoStack *stack = window->annotations()->undoStack();
    notes->editor()->setFocus();
    QTest::keyClicks(notes->editor(), QStringLiteral("first"));
    QTest::qWait(Gui::NotesEditor::AutosaveDelayMs + 200); // the debounce saves
    QCOMPARE(stack->count(), 1);
    QTest::keyClicks(notes->editor(), QStringLiteral(" second"));
    notes->flush();
    QCOMPARE(stack->count(), 1); // same session: merged
    drain(*window);
    QCOMPARE(annotations({paperId}).value(0).notes, QStringLiteral("first second"));

    table(*window)->setFocus(); // focus leaves: a new session starts
    notes->editor()->setFocus();
    QTest::keyClicks(notes->editor(), QStringLiteral(" third"));
    notes->flush();
    QCOMPARE(stack->count(), 2);

    window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(notes->text(), QStringLiteral("first second"));
    drain(*window);
    QCOMPARE(annotations({paperId}).value(0).notes, QStringLiteral("first second"));
    stack->undo();
    QCOMPARE(notes->text(), QString());
    drain(*window);
    QCOMPARE(annotations({paperId}).value(0).notes, QString());
    window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    drain(*window);
    QCOMPARE(annotations({paperId}).value(0).notes, QStringLiteral("first second"));
    QCOMPARE(notes->text(), QStringLiteral("first second"));
}

void TestAnnotations::notesAreSavedWhileTypingGoesOn()
{
    auto window = openWindow(m_library);
    Gui::NotesEditor *notes = window->annotationPanel()->notesEditor();
    const qint64 paperId = window->annotationPanel()->paperId();
    notes->editor()->setFocus();
    // Keystrokes closer together than the autosave delay, for longer than it.
    QElapsedTimer typing;
    typing.start();
    int keys = 0;
    while (typing.elapsed() < Gui::NotesEditor::AutosaveDelayMs * 2) {
        QTest::keyClick(notes->editor(), Qt::Key_A);
        ++keys;
        QTest::qWait(100);
    }
    drain(*window);
    // Saved during the typing, not only after it stopped: at most one delay's worth is missing.
    const QString saved = annotations({paperId}).value(0).notes;
    QVERIFY2(saved.size() >= keys - Gui::NotesEditor::AutosaveDelayMs / 100 - 2,
             qPrintable(QStringLiteral("%1 of %2 keys saved").arg(saved.size()).arg(keys)));
    QVERIFY(!saved.isEmpty());
}

void TestAnnotations::notesPreviewRendersMarkdownWithoutLoadingAnything()
{
    auto window = openWindow(m_library);
    Gui::NotesEditor *notes = window->annotationPanel()->notesEditor();
    notes->editor()->setPlainText(
        QStringLiteral("# Heading\n\n**bold** ![x](file:///etc/passwd) <img src=\"http://127.0.0.1:9/x.png\">"));
    notes->setPreviewShown(true);
    auto *preview = notes->findChild<QTextBrowser *>(QStringLiteral("notesPreviewBrowser"));
    QVERIFY(preview);
    const QString plain = preview->toPlainText();
    QVERIFY2(plain.startsWith(QStringLiteral("Heading")), qPrintable(plain));
    QVERIFY(plain.contains(QStringLiteral("bold")));
    // No raw HTML in notes: the <img> tag stays visible text; nothing was ever requested.
    QVERIFY2(plain.contains(QStringLiteral("<img")), qPrintable(plain));
    const auto *safe = qobject_cast<const Gui::SafeTextBrowser *>(preview);
    QVERIFY(safe);
    for (const QUrl &url : safe->requestedResources()) {
        QVERIFY2(url.scheme() != QLatin1String("http"), qPrintable(url.toString()));
    }
    // Leaving for the preview saved the text.
    drain(*window);
    QVERIFY(annotations({window->annotationPanel()->paperId()}).value(0).notes.startsWith(QStringLiteral("# Heading")));
}

void TestAnnotations::ratingShortcutAndStatusActionChangeTheListAndUndo()
{
    auto window = openWindow(m_library);
    Gui::PaperTableModel *model = window->paperModel();
    QVERIFY(model->rowCount() >= 3);
    selectRows(*window, {0, 1, 2});
    const QList<qint64> ids = window->selectedRowIds();
    QCOMPARE(ids.size(), 3);
    table(*window)->setFocus();
    QTest::keyClick(table(*window), Qt::Key_4, Qt::ControlModifier);
    drain(*window);
    for (const Core::Annotation &annotation : annotations(ids)) {
        QCOMPARE(annotation.rating, 4);
    }
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model->index(row, Gui::PaperTableModel::RatingColumn).data().toString(), QString(4, QChar(0x2605)));
    }
    window->findChild<QAction *>(QStringLiteral("statusAction3"))->trigger(); // Reading
    drain(*window);
    QCOMPARE(annotations(ids).value(2).status, Core::ReadingStatus::Reading);
    QCOMPARE(model->index(0, Gui::PaperTableModel::StatusColumn).data().toString(), QStringLiteral("Reading"));
    auto *statusCombo = window->findChild<QComboBox *>(QStringLiteral("statusComboBox"));
    QCOMPARE(statusCombo->currentData().toInt(), static_cast<int>(Core::ReadingStatus::Reading));

    QUndoStack *stack = window->annotations()->undoStack();
    QCOMPARE(stack->count(), 2);
    stack->undo();
    drain(*window);
    QCOMPARE(annotations(ids).value(0).status, Core::ReadingStatus::Unread);
    QCOMPARE(annotations(ids).value(0).rating, 4);
    stack->undo();
    drain(*window);
    QCOMPARE(annotations(ids).value(1).rating, 0);
    QCOMPARE(model->index(1, Gui::PaperTableModel::RatingColumn).data().toString(), QString());
    stack->redo();
    stack->redo();
    drain(*window);
    QCOMPARE(annotations(ids).value(1).rating, 4);
    QCOMPARE(annotations(ids).value(1).status, Core::ReadingStatus::Reading);
}

void TestAnnotations::favouriteTogglesAndPanelFollows()
{
    auto window = openWindow(m_library);
    selectRows(*window, {0, 1});
    const QList<qint64> ids = window->selectedRowIds();
    QAction *favourite = window->findChild<QAction *>(QStringLiteral("favouriteAction"));
    favourite->trigger();
    drain(*window);
    QVERIFY(annotations(ids).value(0).favourite);
    QVERIFY(annotations(ids).value(1).favourite);
    QCOMPARE(window->paperModel()->index(0, Gui::PaperTableModel::FavouriteColumn).data().toString(),
             QStringLiteral("\u2665"));
    favourite->trigger(); // all were favourites: now none is
    drain(*window);
    QVERIFY(!annotations(ids).value(0).favourite);
    QVERIFY(!annotations(ids).value(1).favourite);
}

void TestAnnotations::bulkTagThreePapersThenUndo()
{
    auto window = openWindow(m_library);
    selectRows(*window, {0, 1, 2});
    const QList<qint64> ids = window->selectedRowIds();
    window->annotations()->addTag(ids, QStringLiteral("to-cite"));
    drain(*window);
    QList<qint64> tagged = papersWith(QStringLiteral("to-cite"));
    QList<qint64> expected = ids;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(tagged, expected);
    for (int row = 0; row < 3; ++row) {
        QVERIFY(window->paperModel()
                    ->index(row, 0)
                    .data(Gui::PaperTableModel::UserTagsRole)
                    .toStringList()
                    .contains(QStringLiteral("to-cite")));
    }
    window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    drain(*window);
    QVERIFY(papersWith(QStringLiteral("to-cite")).isEmpty());
    QVERIFY(userTags().isEmpty()); // the tag did not exist before: undo takes it away
    QVERIFY(window->paperModel()->index(0, 0).data(Gui::PaperTableModel::UserTagsRole).toStringList().isEmpty());
    window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    drain(*window);
    QCOMPARE(papersWith(QStringLiteral("to-cite")), expected);
}

void TestAnnotations::tagRenameMergeDeleteUndoRedo()
{
    auto window = openWindow(m_library);
    Gui::AnnotationController *annotations = window->annotations();
    const QList<qint64> all = window->paperModel()->loadedRowIds();
    QVERIFY(all.size() >= 3);
    annotations->addTag({all[0], all[1]}, QStringLiteral("method"));
    annotations->addTag({all[1], all[2]}, QStringLiteral("methods"));
    annotations->setTagColor(QStringLiteral("methods"), QStringLiteral("#aa0000"));
    annotations->renameTag(QStringLiteral("method"), QStringLiteral("Method"));
    drain(*window);
    QCOMPARE(userTags().value(0).name, QStringLiteral("Method"));
    // The colour shows in the tag panel's own-tags group.
    auto *tree = window->tagPanel()->findChild<QAbstractItemView *>(QStringLiteral("tagTreeView"));
    QVERIFY(tree);
    QTRY_VERIFY([&]() {
        const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0),
                                                           Gui::TagFilterModel::TagNameRole,
                                                           QStringLiteral("methods"),
                                                           1,
                                                           Qt::MatchExactly | Qt::MatchRecursive);
        return !found.isEmpty() && found.first().data(Qt::DecorationRole).value<QColor>() == QColor(0xaa, 0, 0);
    }());

    annotations->mergeTags(QStringLiteral("methods"), QStringLiteral("Method"));
    drain(*window);
    QCOMPARE(userTags().size(), 1);
    QCOMPARE(papersWith(QStringLiteral("Method")).size(), 3);

    annotations->undoStack()->undo(); // merge
    drain(*window);
    QCOMPARE(userTags().size(), 2);
    QCOMPARE(papersWith(QStringLiteral("methods")).size(), 2);
    QCOMPARE(papersWith(QStringLiteral("Method")).size(), 2);
    QCOMPARE(userTags().value(1).color, QStringLiteral("#aa0000"));

    annotations->deleteTag(QStringLiteral("methods"));
    drain(*window);
    QCOMPARE(userTags().size(), 1);
    annotations->undoStack()->undo(); // delete
    drain(*window);
    QCOMPARE(papersWith(QStringLiteral("methods")).size(), 2);
    QCOMPARE(userTags().value(1).color, QStringLiteral("#aa0000"));

    annotations->undoStack()->undo(); // rename
    drain(*window);
    QCOMPARE(userTags().value(0).name, QStringLiteral("method"));
    annotations->undoStack()->undo(); // colour
    drain(*window);
    QCOMPARE(userTags().value(1).color, QString());
    annotations->undoStack()->redo();
    annotations->undoStack()->redo();
    drain(*window);
    QCOMPARE(userTags().value(0).name, QStringLiteral("Method"));
    QCOMPARE(userTags().value(1).color, QStringLiteral("#aa0000"));
    annotations->removeTag({all[1]}, QStringLiteral("Method"));
    drain(*window);
    QCOMPARE(papersWith(QStringLiteral("Method")), QList<qint64>({all[0]}));
    annotations->undoStack()->undo();
    drain(*window);
    QCOMPARE(papersWith(QStringLiteral("Method")).size(), 2);
}

void TestAnnotations::highlightCommandsUndoAndRedo()
{
    auto window = openWindow(m_library);
    Gui::AnnotationController *annotations = window->annotations();
    const qint64 paperId = window->annotationPanel()->paperId();
    QSignalSpy loaded(annotations, &Gui::AnnotationController::highlightsLoaded);
    annotations->addHighlight(paperId, Core::TextFields::Abstract, 0, 5, QStringLiteral("red"), QStringLiteral("why?"));
    drain(*window);
    annotations->loadHighlights(paperId);
    QTRY_VERIFY(!loaded.isEmpty());
    QList<Core::Highlight> highlights = loaded.last().at(1).value<QList<Core::Highlight>>();
    QCOMPARE(highlights.size(), 1);
    const Core::Highlight made = highlights.first();
    QCOMPARE(made.color, QStringLiteral("red"));
    QCOMPARE(made.length, 5);

    annotations->editHighlight(made, QStringLiteral("green"), QStringLiteral("method"));
    annotations->undoStack()->undo();
    annotations->undoStack()->redo();
    drain(*window);
    loaded.clear();
    annotations->loadHighlights(paperId);
    QTRY_VERIFY(!loaded.isEmpty());
    highlights = loaded.last().at(1).value<QList<Core::Highlight>>();
    QCOMPARE(highlights.value(0).color, QStringLiteral("green"));
    QCOMPARE(highlights.value(0).comment, QStringLiteral("method"));

    annotations->removeHighlight(highlights.value(0));
    annotations->undoStack()->undo(); // back, with its id
    drain(*window);
    loaded.clear();
    annotations->loadHighlights(paperId);
    QTRY_VERIFY(!loaded.isEmpty());
    highlights = loaded.last().at(1).value<QList<Core::Highlight>>();
    QCOMPARE(highlights.size(), 1);
    QCOMPARE(highlights.value(0).id, made.id);

    // Undo everything: the add goes too; redo brings it back with the same id.
    while (annotations->undoStack()->canUndo()) {
        annotations->undoStack()->undo();
    }
    drain(*window);
    loaded.clear();
    annotations->loadHighlights(paperId);
    QTRY_VERIFY(!loaded.isEmpty());
    QVERIFY(loaded.last().at(1).value<QList<Core::Highlight>>().isEmpty());
    annotations->undoStack()->redo();
    drain(*window);
    loaded.clear();
    annotations->loadHighlights(paperId);
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(loaded.last().at(1).value<QList<Core::Highlight>>().value(0).id, made.id);
}

void TestAnnotations::highlightingAChineseSelectionStoresAndPaintsIt()
{
    auto window = openWindow(m_library);
    const qint64 paperId = window->annotationPanel()->paperId();
    QString summary;
    {
        Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(m_library);
        QVERIFY(db);
        Core::Result<std::optional<Core::PaperDetails>> paper = Core::PaperRepository((*db)->connection())
                                                                    .paper(paperId);
        QVERIFY(paper && paper->has_value());
        summary = Core::TextFields::text((**paper).text, Core::TextFields::SummaryZh);
    }
    QVERIFY(summary.size() >= 6);
    auto *chinese = window->findChild<QTextBrowser *>(QStringLiteral("chineseBrowser"));
    QVERIFY(chinese);
    const QString quote = summary.mid(2, 4);
    const int at = static_cast<int>(chinese->toPlainText().indexOf(summary));
    QVERIFY2(at >= 0, qPrintable(summary));
    QTextCursor cursor(chinese->document());
    cursor.setPosition(at + 2);
    cursor.setPosition(at + 6, QTextCursor::KeepAnchor);
    chinese->setTextCursor(cursor);
    chinese->setFocus();
    QTest::keyClick(chinese, Qt::Key_H, Qt::ControlModifier);
    drain(*window);

    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(m_library);
    QVERIFY(db);
    Core::Result<QList<Core::Highlight>> stored = Core::HighlightStore((*db)->connection()).forPaper(paperId);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().field, Core::TextFields::SummaryZh);
    QCOMPARE(stored->first().start, 2);
    QCOMPARE(stored->first().quote, quote);
    QCOMPARE(stored->first().color, QStringLiteral("yellow"));
    // Painted in the reader and listed in the panel.
    QTRY_COMPARE(window->reader()->highlights().size(), 1);
    bool painted = false;
    for (const QTextEdit::ExtraSelection &selection : chinese->extraSelections()) {
        painted = painted
               || (selection.cursor.selectionStart() == at + 2 && selection.cursor.selectionEnd() == at + 6
                   && selection.format.background().style() != Qt::NoBrush);
    }
    QVERIFY(painted);
    auto *tabs = window->annotationPanel()->tabs();
    QVERIFY(tabs->tabText(1).contains(QStringLiteral("1")));
    window->annotations()->undoStack()->undo();
    drain(*window);
    QTRY_COMPARE(window->reader()->highlights().size(), 0);
}

void TestAnnotations::addTagActionAsksWithCompletionAndTagsTheSelection()
{
    auto window = openWindow(m_library);
    selectRows(*window, {0, 1});
    const QList<qint64> ids = window->selectedRowIds();
    window->annotations()->addTag({ids.first()}, QStringLiteral("Reproduce"));
    drain(*window);
    bool answered = false;
    QTimer::singleShot(300, this, [&answered]() {
        QDialog *dialog = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QLatin1String("addTagDialog") && widget->isVisible()) {
                dialog = qobject_cast<QDialog *>(widget);
            }
        }
        if (!dialog) {
            return;
        }
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("tagLineEdit"));
        edit->setText(QStringLiteral("reproduce")); // another spelling of the existing tag
        answered = true;
        dialog->accept();
    });
    window->findChild<QAction *>(QStringLiteral("addTagAction"))->trigger();
    QTRY_VERIFY(answered);
    drain(*window);
    QList<qint64> expected = ids;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(papersWith(QStringLiteral("Reproduce")), expected);
    QCOMPARE(userTags().size(), 1);
    QCOMPARE(userTags().first().name, QStringLiteral("Reproduce"));
}

void TestAnnotations::exportedArchiveMergesIntoAnotherLibrary()
{
    auto window = openWindow(m_library);
    const qint64 paperId = window->annotationPanel()->paperId();
    window->annotations()->setRating({paperId}, 5);
    window->annotations()->addTag({paperId}, QStringLiteral("core-idea"));
    drain(*window);
    const QString archive = m_dir->filePath(QStringLiteral("work.json"));
    Gui::FileDialog::setNextResult({archive});
    QSignalSpy exported(window->exportActions()->controller(), &Gui::ExportController::archiveExported);
    window->findChild<QAction *>(QStringLiteral("exportArchiveAction"))->trigger();
    QVERIFY(exported.wait(20'000));
    QVERIFY(QFile::exists(archive));

    // A second library with the same papers and no work: merge the archive in.
    const QString first = m_library;
    m_library = m_dir->filePath(QStringLiteral("other.papershelf"));
    {
        Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(m_library);
        QVERIFY(db);
        Core::Importer importer(**db);
        QVERIFY(importer.importPaths({QStringLiteral(PAPERSHELF_TEST_DATA "/cli")}).papersAdded > 0);
    }
    window->openLibrary(m_library);
    QVERIFY(settle(*window));
    Gui::FileDialog::setNextResult({archive});
    QSignalSpy merged(window->exportActions()->controller(), &Gui::ExportController::archiveMerged);
    window->findChild<QAction *>(QStringLiteral("mergeArchiveAction"))->trigger();
    QVERIFY(merged.wait(20'000));
    const auto report = merged.first().first().value<Core::ArchiveMergeReport>();
    QVERIFY(report.papers >= 1);
    QTRY_VERIFY(window->findChild<QDialog *>(QStringLiteral("archiveMergeDialog")) != nullptr);
    QCOMPARE(papersWith(QStringLiteral("core-idea")).size(), 1);
    Q_UNUSED(first);
}

void TestAnnotations::writeFailureKeepsTheEditAndRetrySavesIt()
{
    auto window = openWindow(m_library);
    const qint64 paperId = window->annotationPanel()->paperId();
    // Another process holds the write lock: every write fails after the busy timeout.
    Core::Database::Options options;
    options.busyTimeoutMs = 0;
    Core::Result<std::unique_ptr<Core::Database>> blocker = Core::Database::open(m_library, options);
    QVERIFY(blocker);
    QSqlQuery lock((*blocker)->connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));

    Gui::NotesEditor *notes = window->annotationPanel()->notesEditor();
    notes->editor()->setFocus();
    QTest::keyClicks(notes->editor(), QStringLiteral("keep me"));
    notes->flush();
    auto *errorBar = window->findChild<QWidget *>(QStringLiteral("writeErrorBar"));
    QTRY_VERIFY_WITH_TIMEOUT(errorBar->isVisible(), 20'000);
    QVERIFY(
        window->findChild<QLabel *>(QStringLiteral("writeErrorLabel"))->text().contains(QStringLiteral("Edit Notes")));
    QVERIFY(notes->findChild<QWidget *>(QStringLiteral("notesErrorBar"))->isVisible());
    QCOMPARE(notes->text(), QStringLiteral("keep me")); // the edit stays in the UI
    QCOMPARE(window->annotations()->client()->failedWriteCount(), 1);

    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    window->findChild<QPushButton *>(QStringLiteral("writeRetryButton"))->click();
    drain(*window);
    QCOMPARE(window->annotations()->client()->failedWriteCount(), 0);
    QVERIFY(!errorBar->isVisible());
    QCOMPARE(annotations({paperId}).value(0).notes, QStringLiteral("keep me"));
}

void TestAnnotations::saveAShelfAndReopenIt()
{
    int shownBefore = 0;
    {
        auto window = openWindow(m_library);
        const int all = window->paperModel()->totalCount();
        // A search with a topic excluded, sorted by title.
        Gui::TagPanel *tags = window->tagPanel();
        const QList<Core::TagCount> counts = [&]() {
            Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(m_library);
            Core::PaperSearch search((*db)->connection());
            Core::Result<QList<Core::TagCount>> result = search.tagCounts({});
            return result ? *result : QList<Core::TagCount>();
        }();
        Core::Tag topic;
        for (const Core::TagCount &count : counts) {
            if (count.tag.kind == Core::TagKind::Topic && count.count < all) {
                topic = count.tag;
                break;
            }
        }
        QVERIFY(!topic.name.isEmpty());
        tags->setTagState(topic, Gui::TagFilterModel::FilterState::Exclude);
        QVERIFY(settle(*window));
        table(*window)->horizontalHeader()->setSortIndicator(Gui::PaperTableModel::TitleColumn, Qt::AscendingOrder);
        QVERIFY(settle(*window));
        shownBefore = window->paperModel()->totalCount();
        QVERIFY(shownBefore > 0 && shownBefore < all);

        Gui::InputDialog::setNextResult(QStringLiteral("Not that topic"));
        window->findChild<QAction *>(QStringLiteral("saveShelfAction"))->trigger();
        drain(*window);
        QTRY_VERIFY(window->shelfPanel()->shelves().size() == 5);
        QVERIFY(window->close());
    }
    auto window = openWindow(m_library);
    QTRY_COMPARE(window->shelfPanel()->shelves().size(), 5);
    window->findChild<QAction *>(QStringLiteral("clearFiltersAction"))->trigger();
    QVERIFY(settle(*window));
    const Core::Shelf saved = window->shelfPanel()->shelves().last();
    QCOMPARE(saved.name, QStringLiteral("Not that topic"));
    QCOMPARE(saved.sort, std::optional<Core::SortOrder>(Core::SortOrder::Title));
    auto *list = window->findChild<QListWidget *>(QStringLiteral("shelvesListWidget"));
    QVERIFY(list);
    // The count shows next to the name.
    QTRY_VERIFY(list->item(4)->text().contains(QString::number(shownBefore)));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(4)).center());
    QVERIFY(settle(*window));
    QCOMPARE(window->paperModel()->totalCount(), shownBefore);
    QCOMPARE(window->paperModel()->sortKey(), Core::SortOrder::Title);
    QCOMPARE(window->currentFilter().noneOf.size(), 1);

    // Removing it is undoable.
    window->annotations()->removeShelf(saved);
    drain(*window);
    QTRY_COMPARE(window->shelfPanel()->shelves().size(), 4);
    window->annotations()->undoStack()->undo();
    drain(*window);
    QTRY_COMPARE(window->shelfPanel()->shelves().size(), 5);
}

void TestAnnotations::builtInShelvesCountAndFilter()
{
    auto window = openWindow(m_library);
    selectRows(*window, {0, 1});
    window->findChild<QAction *>(QStringLiteral("favouriteAction"))->trigger();
    drain(*window);
    QTRY_COMPARE(window->shelfPanel()->shelves().size(), 4);
    auto *list = window->findChild<QListWidget *>(QStringLiteral("shelvesListWidget"));
    int favourites = -1;
    for (int row = 0; row < list->count(); ++row) {
        if (window->shelfPanel()->shelves().at(row).filter.favouritesOnly) {
            favourites = row;
        }
    }
    QVERIFY(favourites >= 0);
    QTRY_VERIFY2(list->item(favourites)->text().endsWith(QStringLiteral("(2)")),
                 qPrintable(list->item(favourites)->text()));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(favourites)).center());
    QVERIFY(settle(*window));
    QCOMPARE(window->paperModel()->totalCount(), 2);
    window->findChild<QAction *>(QStringLiteral("clearFiltersAction"))->trigger();
    QVERIFY(settle(*window));
    QVERIFY(window->paperModel()->totalCount() > 2);
}

void TestAnnotations::annotationPanelSwitchesLanguageAndNamesEveryControl()
{
    auto window = openWindow(m_library);
    Gui::AnnotationPanel *panel = window->annotationPanel();
    const qint64 paperId = panel->paperId();
    QVERIFY(paperId != 0);
    // A red highlight, so that the Highlights tab counts one and its list shows a colour.
    window->annotations()->addHighlight(paperId, Core::TextFields::Abstract, 0, 5, QStringLiteral("red"), QString());
    drain(*window);
    QTabWidget *tabs = panel->tabs();
    QTRY_COMPARE(tabs->tabText(1), QStringLiteral("&Highlights (1)"));

    auto *status = panel->findChild<QComboBox *>(QStringLiteral("statusComboBox"));
    auto *rating = panel->findChild<QComboBox *>(QStringLiteral("ratingComboBox"));
    auto *statusLabel = panel->findChild<QLabel *>(QStringLiteral("statusLabel"));
    auto *favourite = panel->findChild<QToolButton *>(QStringLiteral("favouriteToolButton"));
    auto *notesTabs = panel->findChild<QTabWidget *>(QStringLiteral("notesTabWidget"));
    auto *highlights = panel->findChild<Gui::HighlightsPanel *>(QStringLiteral("paperHighlightsPanel"));
    QVERIFY(status && rating && statusLabel && favourite && notesTabs && highlights);
    auto *colours = highlights->findChild<QComboBox *>(QStringLiteral("colorFilterComboBox"));
    const int red = colours->findData(QStringLiteral("red"));
    status->setCurrentIndex(status->findData(static_cast<int>(Core::ReadingStatus::Reading)));
    QCOMPARE(status->currentText(), QStringLiteral("Reading"));
    QVERIFY(colours->itemText(red).endsWith(QStringLiteral("(Red)")));
    QStringList unnamed = unnamedFocusableWidgets(panel);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    tabs->setCurrentWidget(highlights);
    unnamed = unnamedFocusableWidgets(panel);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    tabs->setCurrentIndex(0);

    Gui::LanguageManager languages;
    switchLanguage(languages, QStringLiteral("zh_CN"));
    QCOMPARE(statusLabel->text(), QStringLiteral("状态(&S)："));
    QCOMPARE(status->itemText(0), QStringLiteral("未读"));
    QCOMPARE(status->currentData().toInt(), static_cast<int>(Core::ReadingStatus::Reading)); // the value stays
    QCOMPARE(rating->itemText(0), QStringLiteral("无评分"));
    QCOMPARE(favourite->text(), QStringLiteral("♡ 收藏"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("笔记(&N)"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("高亮 (1)(&H)"));
    QCOMPARE(notesTabs->tabText(0), QStringLiteral("编辑(&E)"));
    QCOMPARE(notesTabs->tabText(1), QStringLiteral("预览(&V)"));
    QCOMPARE(colours->itemText(0), QStringLiteral("所有颜色"));
    QVERIFY2(colours->itemText(red).endsWith(QStringLiteral("(红色)")), qPrintable(colours->itemText(red)));
    unnamed = unnamedFocusableWidgets(panel);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    // The controller's actions and menu, and the highlight views: the main window calls these on a switch.
    QMenu *annotate = window->findChild<QMenu *>(QStringLiteral("annotateMenu"));
    QVERIFY(annotate);
    window->annotations()->retranslate();
    window->annotationViews()->retranslate();
    drain(*window);
    QCOMPARE(annotate->title(), QStringLiteral("批注(&A)"));
    QCOMPARE(window->findChild<QAction *>(QStringLiteral("favouriteAction"))->text(), QStringLiteral("收藏(&F)"));
    QCOMPARE(window->annotationViews()->libraryHighlightsAction()->text(), QStringLiteral("所有高亮(&H)…"));
    // The command on the stack keeps its text; the action says Undo in the new language.
    const QString undo = window->findChild<QAction *>(QStringLiteral("undoAction"))->text();
    QVERIFY2(undo.startsWith(QStringLiteral("撤销")) && undo.endsWith(QStringLiteral("(&U)")), qPrintable(undo));
    QCOMPARE(tabs->tabText(1), QStringLiteral("高亮 (1)(&H)")); // the highlights were read again

    switchLanguage(languages, QStringLiteral("en"));
    window->annotations()->retranslate();
    window->annotationViews()->retranslate();
    drain(*window);
    QCOMPARE(statusLabel->text(), QStringLiteral("&Status:"));
    QCOMPARE(status->currentText(), QStringLiteral("Reading"));
    QCOMPARE(favourite->text(), QStringLiteral("\u2661 Favourite"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("&Highlights (1)"));
    QCOMPARE(notesTabs->tabText(0), QStringLiteral("&Edit"));
    QVERIFY(colours->itemText(red).endsWith(QStringLiteral("(Red)")));
    QCOMPARE(annotate->title(), QStringLiteral("&Annotate"));
    QCOMPARE(window->findChild<QAction *>(QStringLiteral("undoAction"))->text(), QStringLiteral("&Undo Add Highlight"));
}

void TestAnnotations::writeErrorBarSwitchesLanguageKeepingTheFailure()
{
    Gui::WriteErrorBar bar;
    bar.showFailure(QStringLiteral("Edit Notes"), QStringLiteral("disk I/O error"), 2);
    auto *label = bar.findChild<QLabel *>(QStringLiteral("writeErrorLabel"));
    auto *discard = bar.findChild<QPushButton *>(QStringLiteral("writeDiscardButton"));
    QVERIFY(label && discard);
    QVERIFY(label->text().startsWith(QStringLiteral("“Edit Notes” could not be saved: disk I/O error.")));

    Gui::LanguageManager languages;
    switchLanguage(languages, QStringLiteral("zh_CN"));
    QCOMPARE(label->text(),
             QStringLiteral("无法保存“Edit Notes”：disk I/O error。修改已保留（2 项修改待保存）；问题解决后请重试。"));
    QCOMPARE(discard->toolTip(), QStringLiteral("放弃无法保存的修改"));
    switchLanguage(languages, QStringLiteral("en"));
    QVERIFY(label->text().startsWith(QStringLiteral("“Edit Notes” could not be saved: disk I/O error.")));
    QCOMPARE(discard->toolTip(), QStringLiteral("Give up the edits that could not be saved"));
}

QTEST_MAIN(TestAnnotations)
#include "tst_annotations.moc"
