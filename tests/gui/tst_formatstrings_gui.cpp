#include "core/annotations/annotationstore.h"
#include "core/annotations/usertagstore.h"
#include "core/db/database.h"
#include "core/import/importer.h"
#include "core/review/reviewcheckrunner.h"
#include "gui/annotationclient.h"
#include "gui/annotationcontroller.h"
#include "gui/importprogressdialog.h"
#include "gui/inputdialog.h"
#include "gui/lightbox.h"
#include "gui/mainwindow.h"
#include "gui/managetagsdialog.h"
#include "gui/messagebox.h"
#include "gui/papertablemodel.h"
#include "gui/plaintext.h"
#include "gui/reviewdock.h"
#include "gui/reviewqueuemodel.h"
#include "gui/tagfiltermodel.h"
#include "gui/writeerrorbar.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>
#include <QWindow>
#include <QtTest>

using namespace PaperShelf;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Hostile = u"%1 %2F %n %L1 %% & <b>x</b>"_s;
const QString Title = u"Title "_s + Hostile + u" Fields"_s;
const QString Topic = u"Topic "_s + Hostile;
const QString Notes = u"Notes "_s + Hostile;
const QString UserTag = u"Tag "_s + Hostile;
const QString Summary = u"摘要 "_s + Hostile + u" 原样显示。"_s;

/// What a tool tip shows: QToolTip renders rich text when Qt::mightBeRichText() says so.
QString shownToolTip(const QVariant &toolTip)
{
    const QString text = toolTip.toString();
    if (!Qt::mightBeRichText(text)) {
        return text;
    }
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

/// What a label shows, the same way.
QString shownLabel(const QLabel *label)
{
    if (label->textFormat() == Qt::PlainText
        || (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text()))) {
        return label->text();
    }
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

} // namespace

// Issue 8, format strings, in the real main window and dialogs: digest and user
// text with QString::arg() placeholders, '&' and markup shows verbatim in the
// list, the reader, the tag panel, the review dock, tool tips, titles and dialogs.
class TestFormatStringsGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void paperListShowsTheTextVerbatim();
    void readerShowsTheTextVerbatim();
    void tagPanelAndChipsShowTheNamesVerbatim();
    void reviewDockShowsTheTextVerbatim();
    void undoActionKeepsTheAmpersand();
    void windowTitlesKeepTheText();
    void dialogsQuoteTheNameVerbatim();
    void errorBarAndProgressShowPlainText();

private:
    std::unique_ptr<Gui::MainWindow> openWindow();
    static QModelIndex findTag(QTreeView *tree, const QString &name, Core::TagKind kind);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
};

void TestFormatStringsGui::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QSettings().setValue(u"review/reviewer"_s, u"tester"_s);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The file name is shown in the window title: placeholders, a tag and the "[*]" marker.
    m_library = m_dir->filePath(u"lib %1 [*] & <b>x.papershelf"_s);
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(m_library);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    const Core::ImportReport report = Core::Importer(**db).importPaths(
        {QStringLiteral(PAPERSHELF_TEST_DATA "/formatstrings")});
    QCOMPARE(report.papersAdded, 1);
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(u"SELECT id FROM papers"_s) && query.next());
    const qint64 paper = query.value(0).toLongLong();
    QVERIFY(Core::AnnotationStore((*db)->connection()).setNotes(paper, Notes));
    QVERIFY(Core::UserTagStore((*db)->connection()).addTag({paper}, UserTag));
    Core::ReviewCheckRunner runner((*db)->connection(), Core::ReviewCheckRunner::checkerFor((*db)->connection()));
    QVERIFY(runner.run());
}

void TestFormatStringsGui::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Gui::MainWindow> TestFormatStringsGui::openWindow()
{
    auto window = std::make_unique<Gui::MainWindow>(m_library);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowExposed(window.get())) {
        qWarning("window not exposed");
    }
    auto *table = window->findChild<QTableView *>(u"paperTableView"_s);
    auto *papers = qobject_cast<Gui::PaperTableModel *>(table->model());
    if (!QTest::qWaitFor(
            [papers]() {
        return !papers->isLoading() && papers->rowCount() == 1;
            },
            10'000)) {
        qWarning("paper list did not load");
    }
    return window;
}

QModelIndex TestFormatStringsGui::findTag(QTreeView *tree, const QString &name, Core::TagKind kind)
{
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
    return {};
}

void TestFormatStringsGui::paperListShowsTheTextVerbatim()
{
    auto window = openWindow();
    auto *table = window->findChild<QTableView *>(u"paperTableView"_s);
    QAbstractItemModel *papers = table->model();
    QCOMPARE(papers->rowCount(), 1);
    const QModelIndex title = papers->index(0, Gui::PaperTableModel::TitleColumn);
    QCOMPARE(title.data().toString(), Title);
    QCOMPARE(shownToolTip(title.data(Qt::ToolTipRole)), Title);
    const QModelIndex topics = papers->index(0, Gui::PaperTableModel::TopicsColumn);
    QCOMPARE(topics.data().toString(), Topic);
    QCOMPARE(shownToolTip(topics.data(Qt::ToolTipRole)), Topic);
}

void TestFormatStringsGui::readerShowsTheTextVerbatim()
{
    auto window = openWindow();
    auto *table = window->findChild<QTableView *>(u"paperTableView"_s);
    table->setCurrentIndex(table->model()->index(0, 0));
    auto *header = window->findChild<QTextBrowser *>(u"headerBrowser"_s);
    auto *english = window->findChild<QTextBrowser *>(u"englishBrowser"_s);
    auto *chinese = window->findChild<QTextBrowser *>(u"chineseBrowser"_s);
    QVERIFY(header && english && chinese);
    QTRY_VERIFY2(header->toPlainText().contains(Title), qPrintable(header->toPlainText()));
    const QString headerText = header->toPlainText();
    for (const QString &text : QStringList{u"Ada %1 Lovelace, Bob %2F & <b>x</b> Byron"_s,
                                           u"arXiv:2403.01111v2"_s,
                                           u"标题 %1 %2F %n %L1 %% & x"_s,
                                           Topic}) {
        QVERIFY2(headerText.contains(text), qPrintable(text + u"\n---\n"_s + headerText));
    }
    const QString englishText = english->toPlainText();
    for (const QString &text :
         QStringList{u"Abstract "_s + Hostile + u" keeps every placeholder as text."_s, u"Comment "_s + Hostile}) {
        QVERIFY2(englishText.contains(text), qPrintable(text + u"\n---\n"_s + englishText));
    }
    const QString chineseText = chinese->toPlainText();
    for (const QString &text :
         QStringList{Summary, u"要点 "_s + Hostile + u" 一。"_s, u"方法 %1 %2F %n %L1 %% & x"_s}) {
        QVERIFY2(chineseText.contains(text), qPrintable(text + u"\n---\n"_s + chineseText));
    }
    auto *notes = window->findChild<QPlainTextEdit *>(u"notesPlainTextEdit"_s);
    QVERIFY(notes);
    QTRY_COMPARE(notes->toPlainText(), Notes);
}

void TestFormatStringsGui::tagPanelAndChipsShowTheNamesVerbatim()
{
    auto window = openWindow();
    auto *tree = window->findChild<QTreeView *>(u"tagTreeView"_s);
    QVERIFY(tree);
    QTRY_VERIFY(findTag(tree, UserTag, Core::TagKind::User).isValid());
    for (const auto &[name, kind] : {std::pair{Topic, Core::TagKind::Topic}, std::pair{UserTag, Core::TagKind::User}}) {
        const QModelIndex index = findTag(tree, name, kind);
        QVERIFY2(index.isValid(), qPrintable(name));
        QCOMPARE(index.data().toString(), name);
        QVERIFY2(shownToolTip(index.data(Qt::ToolTipRole)).startsWith(name + u": "_s),
                 qPrintable(index.data(Qt::ToolTipRole).toString()));
    }

    // Including the topic adds a chip that names it as it is.
    const QModelIndex topic = findTag(tree, Topic, Core::TagKind::Topic);
    tree->scrollTo(topic);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(topic).center());
    QLabel *chip = nullptr;
    QTRY_VERIFY((chip = window->findChild<QLabel *>(u"chipLabel"_s)) != nullptr);
    QVERIFY2(shownLabel(chip).endsWith(Topic), qPrintable(chip->text()));
    auto *chipFrame = chip->parentWidget();
    QVERIFY2(shownToolTip(chipFrame->toolTip()).endsWith(Topic), qPrintable(chipFrame->toolTip()));
}

void TestFormatStringsGui::reviewDockShowsTheTextVerbatim()
{
    auto window = openWindow();
    QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    Gui::ReviewDock *dock = window->reviewDock();
    QTRY_VERIFY_WITH_TIMEOUT(dock->currentSegmentId() != 0, 10'000);
    auto *queue = dock->findChild<QTreeView *>(u"reviewQueueView"_s);
    const QModelIndex paper = queue->model()->index(0, Gui::ReviewQueueModel::PaperColumn);
    QTRY_COMPARE(paper.data().toString(), Title);
    QCOMPARE(shownToolTip(paper.data(Qt::ToolTipRole)), Title);

    // Walk the queue to the one-line summary; its machine text is shown as text.
    auto *machine = dock->findChild<QTextEdit *>(u"reviewMachineView"_s);
    QStringList seen;
    for (int row = 0; row < queue->model()->rowCount(); ++row) {
        queue->setCurrentIndex(queue->model()->index(row, 0));
        QTRY_VERIFY(!machine->toPlainText().isEmpty());
        seen.append(machine->toPlainText());
    }
    QVERIFY2(seen.contains(Summary), qPrintable(seen.join(u"\n"_s)));
    QVERIFY2(seen.contains(u"要点 "_s + Hostile + u" 一。"_s), qPrintable(seen.join(u"\n"_s)));
    for (const QString &name : QStringList{u"reviewSourceLabel"_s, u"reviewMachineLabel"_s, u"reviewEditorLabel"_s}) {
        QCOMPARE(dock->findChild<QLabel *>(name)->textFormat(), Qt::PlainText);
    }
    auto *source = dock->findChild<QPlainTextEdit *>(u"reviewSourceView"_s);
    QVERIFY2(source->toPlainText().contains(Hostile), qPrintable(source->toPlainText()));
}

void TestFormatStringsGui::undoActionKeepsTheAmpersand()
{
    auto window = openWindow();
    Gui::AnnotationController *annotations = window->annotations();
    const QString tag = u"& more %1"_s;
    annotations->addTag({1}, tag);
    annotations->client()->waitForIdle();
    auto *undo = window->findChild<QAction *>(u"undoAction"_s);
    QTRY_VERIFY(undo->isEnabled());
    // '&&' is a literal '&' in an action text; a single one would be a mnemonic.
    QCOMPARE(undo->text(), u"&Undo Tag 1 Paper(s) “&& more %1”"_s);
}

void TestFormatStringsGui::windowTitlesKeepTheText()
{
    auto window = openWindow();
    QVERIFY(window->windowHandle());
    QCOMPARE(window->windowHandle()->title(), u"PaperShelf — lib %1 [*] & <b>x.papershelf"_s);

    Gui::Lightbox lightbox;
    Core::Figure figure;
    figure.paperTitle = Title + u" [*]"_s;
    figure.url = u"https://pic1.zhimg.com/v2-fixture-%25-1.jpg"_s;
    lightbox.setFigures({figure}, 0);
    lightbox.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lightbox));
    QCOMPARE(lightbox.windowHandle()->title(), u"Figure 1 of 1 — "_s + Title + u" [*]"_s);
    auto *caption = lightbox.findChild<QLabel *>(u"lightboxTitleLabel"_s);
    QVERIFY(caption);
    QCOMPARE(shownLabel(caption), Title + u" [*]"_s);
}

void TestFormatStringsGui::dialogsQuoteTheNameVerbatim()
{
    const QString name = u"%1 & <b>x</b>"_s;
    Gui::ManageTagsDialog dialog;
    dialog.setTags({Core::UserTag{name, QString(), 1}});
    QVERIFY(dialog.selectTag(name));
    Gui::MessageBox::setNextResult(QMessageBox::No);
    dialog.findChild<QPushButton *>(u"deleteButton"_s)->click();
    QCOMPARE(Gui::MessageBox::lastText(),
             u"Delete the tag “%1 & <b>x</b>”? It is taken off the 1 paper(s) that carry it."_s);

    // A real input dialog (answered from the event loop): its label is plain text.
    Qt::TextFormat format = Qt::AutoText;
    QString label;
    QTimer::singleShot(0, this, [&format, &label]() {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!input) {
            return;
        }
        const QLabel *child = input->findChild<QLabel *>();
        format = child->textFormat();
        label = child->text();
        input->reject();
    });
    const std::optional<QString> answer = Gui::InputDialog::getText(nullptr, u"Rename"_s, name, name);
    QVERIFY(!answer);
    QCOMPARE(label, name);
    QCOMPARE(format, Qt::PlainText);
}

void TestFormatStringsGui::errorBarAndProgressShowPlainText()
{
    Gui::WriteErrorBar bar;
    bar.showFailure(u"Tag 1 Paper “"_s + UserTag + u"”"_s, u"disk %2 full"_s, 1);
    auto *label = bar.findChild<QLabel *>(u"writeErrorLabel"_s);
    QVERIFY(label);
    QVERIFY2(shownLabel(label).startsWith(u"“Tag 1 Paper “"_s + UserTag + u"”” could not be saved: disk %2 full."_s),
             qPrintable(label->text()));

    Gui::ImportProgressDialog progress;
    progress.showProgress(0, 2, m_dir->filePath(u"%1 <b>x & %2.md"_s));
    const QList<QLabel *> labels = progress.findChildren<QLabel *>();
    QCOMPARE(labels.size(), 1);
    QCOMPARE(shownLabel(labels.first()), u"File 1 of 2: %1 <b>x & %2.md"_s);

    QCOMPARE(shownToolTip(Gui::PlainText::toolTip(Hostile + u"\nline two"_s)), Hostile + u"\nline two"_s);
    QCOMPARE(Gui::PlainText::toolTip(u"plain %1 & text"_s), u"plain %1 & text"_s);
}

QTEST_MAIN(TestFormatStringsGui)
#include "tst_formatstrings_gui.moc"
