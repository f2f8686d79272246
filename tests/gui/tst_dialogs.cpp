#include "gui/addtagdialog.h"
#include "gui/archivemergedialog.h"
#include "gui/arxivdifferencesdialog.h"
#include "gui/exportactions.h"
#include "gui/importsummarydialog.h"
#include "gui/importurldialog.h"
#include "gui/inputdialog.h"
#include "gui/languagemanager.h"
#include "gui/managetagsdialog.h"
#include "gui/networkactions.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QtTest>

using namespace PaperShelf;

namespace {

/// Widgets whose tops differ by no more than this are on one row.
constexpr int RowTolerance = 10;

void switchLanguage(Gui::LanguageManager &languages, const QString &language)
{
    QVERIFY(languages.setLanguage(language));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    // The layouts settle on posted LayoutRequest events.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

/// The widgets Tab reaches inside `dialog`, in focus-chain order.
QList<QWidget *> focusChain(QWidget *dialog)
{
    QList<QWidget *> chain;
    QWidget *widget = dialog->nextInFocusChain();
    for (int guard = 0; widget && widget != dialog && guard < 10'000; ++guard) {
        if (widget->isVisible() && (widget->focusPolicy() & Qt::TabFocus) && dialog->isAncestorOf(widget)
            && !chain.contains(widget)) {
            chain.append(widget);
        }
        widget = widget->nextInFocusChain();
    }
    return chain;
}

QPoint topLeftIn(QWidget *dialog, QWidget *widget)
{
    return widget->mapTo(dialog, QPoint(0, 0));
}

/// True when `a` comes before `b` in reading order: an earlier row, or the same
/// row and further left.
bool readsBefore(QPoint a, QPoint b)
{
    if (qAbs(a.y() - b.y()) <= RowTolerance) {
        return a.x() < b.x();
    }
    return a.y() < b.y();
}

QString describe(QWidget *widget)
{
    return QStringLiteral("%1 (%2)").arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
}

/// What every dialog owes a keyboard and screen-reader user in any language:
/// accessible names, a focus chain in reading order, and labels that are not clipped.
void checkDialog(QDialog *dialog)
{
    const QList<QWidget *> chain = focusChain(dialog);
    QVERIFY(!chain.isEmpty());
    for (QWidget *widget : chain) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(accessible, qPrintable(describe(widget)));
        QVERIFY2(!accessible->text(QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(QStringLiteral("no accessible name: %1").arg(describe(widget))));
    }
    for (int i = 0; i < chain.size(); ++i) {
        for (int j = i + 1; j < chain.size(); ++j) {
            const QPoint earlier = topLeftIn(dialog, chain.at(i));
            const QPoint later = topLeftIn(dialog, chain.at(j));
            QVERIFY2(!readsBefore(later, earlier),
                     qPrintable(QStringLiteral("Tab reaches %1 at (%2, %3) before %4 at (%5, %6)")
                                    .arg(describe(chain.at(i)))
                                    .arg(earlier.x())
                                    .arg(earlier.y())
                                    .arg(describe(chain.at(j)))
                                    .arg(later.x())
                                    .arg(later.y())));
        }
    }
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisible()) {
            continue;
        }
        const QString what = QStringLiteral("label %1 “%2” is clipped").arg(label->objectName(), label->text());
        if (label->wordWrap()) {
            QVERIFY2(label->heightForWidth(label->width()) <= label->height(), qPrintable(what));
        } else {
            QVERIFY2(label->sizeHint().width() <= label->width(), qPrintable(what));
        }
    }
}

void showDialog(QDialog *dialog)
{
    dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCoreApplication::processEvents();
}

QList<Core::UserTag> sampleTags()
{
    return {Core::UserTag{QStringLiteral("Gaussian"), QStringLiteral("#3366cc"), 3},
            Core::UserTag{QStringLiteral("NeRF"), QString(), 1},
            Core::UserTag{QStringLiteral("to cite"), QStringLiteral("#aa0000"), 2}};
}

QList<Gui::PaperDifferences> sampleDifferences()
{
    return {
        {1,
         QStringLiteral("2402.00101"),
         QStringLiteral("Splatting at Scale"),
         {{Core::ArxivField::Title,
           QStringLiteral("Splatting at Scale"),
           QStringLiteral("Gaussian Splatting at Scale")},
          {Core::ArxivField::Abstract, QStringLiteral("We splat."), QStringLiteral("We splat many Gaussians.")}}},
        {2,
         QStringLiteral("2402.00202"),
         QString(),
         {{Core::ArxivField::Authors, QStringLiteral("A. Author"), QStringLiteral("A. Author, B. Author")}}},
    };
}

#define CHECK_DIALOG(dialog)              \
    do {                                  \
        checkDialog(dialog);              \
        if (QTest::currentTestFailed()) { \
            return;                       \
        }                                 \
    } while (false)

QLabel *label(QWidget *dialog, const QString &name)
{
    auto *found = dialog->findChild<QLabel *>(name);
    Q_ASSERT(found);
    return found;
}

} // namespace

/// The dialogs of imports, exports, tags and arXiv in Chinese and after a
/// switch back to English while they are open: accessible names, reading-order
/// focus, unclipped labels, and the texts themselves.
class TestDialogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addTagDialogFollowsTheLanguage();
    void removeTagDialogWrapsItsHint();
    void manageTagsDialogFollowsTheLanguage();
    void archiveMergeDialogFollowsTheLanguage();
    void arxivDifferencesDialogFollowsTheLanguage();
    void importSummaryDialogFollowsTheLanguage();
    void importUrlDialogFollowsTheLanguage();
    void exportActionsRetranslate();
    void networkActionsRetranslate();
};

void TestDialogs::addTagDialogFollowsTheLanguage()
{
    Gui::LanguageManager languages;
    switchLanguage(languages, QStringLiteral("zh_CN"));
    Gui::AddTagDialog dialog(Gui::AddTagDialog::Mode::Add, 3);
    dialog.setExistingTags(sampleTags());
    showDialog(&dialog);
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("tagLineEdit"));
    QCOMPARE(QApplication::focusWidget(), edit);
    QTest::keyClicks(edit, QStringLiteral("diffusion"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("为 3 篇论文添加标签"));
    QCOMPARE(label(&dialog, QStringLiteral("tagLabel"))->text(), QStringLiteral("标签(&T)："));
    QCOMPARE(label(&dialog, QStringLiteral("hintLabel"))->text(), QStringLiteral("将创建新标签“diffusion”。"));
    QCOMPARE(QAccessible::queryAccessibleInterface(edit)->text(QAccessible::Name), QStringLiteral("标签名称"));
    CHECK_DIALOG(&dialog);

    switchLanguage(languages, QStringLiteral("en"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Add Tag to 3 Papers"));
    QCOMPARE(label(&dialog, QStringLiteral("hintLabel"))->text(),
             QStringLiteral("A new tag “diffusion” will be created."));
    QCOMPARE(QAccessible::queryAccessibleInterface(edit)->text(QAccessible::Name), QStringLiteral("Tag name"));
    CHECK_DIALOG(&dialog);
}

void TestDialogs::removeTagDialogWrapsItsHint()
{
    Gui::LanguageManager languages;
    switchLanguage(languages, QStringLiteral("zh_CN"));
    Gui::AddTagDialog dialog(Gui::AddTagDialog::Mode::Remove, 1);
    showDialog(&dialog);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("从一篇论文移除标签"));
    QCOMPARE(label(&dialog, QStringLiteral("hintLabel"))->text(), QStringLiteral("所选论文都没有自定义标签。"));
    CHECK_DIALOG(&dialog);

    switchLanguage(languages, QStringLiteral("en"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Remove Tag from One Paper"));
    QCOMPARE(label(&dialog, QStringLiteral("hintLabel"))->text(),
             QStringLiteral("The selected papers carry none of your tags."));
    CHECK_DIALOG(&dialog);
}

void TestDialogs::manageTagsDialogFollowsTheLanguage()
{
    Gui::LanguageManager languages;
    switchLanguage(languages, QStringLiteral("zh_CN"));
    Gui::ManageTagsDialog dialog;
    dialog.setTags(sampleTags());
    showDialog(&dialog);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("tagsTableWidget"));
    QCOMPARE(QApplication::focusWidget(), table);
    // A refused rename shows the long message and offers the merge.
    QVERIFY(dialog.selectTag(QStringLiteral("NeRF")));
    Gui::InputDialog::setNextResult(QStringLiteral("gaussian"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("renameButton")), Qt::LeftButton);
    QCoreApplication::processEvents();
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("mergeInsteadButton"))->isVisible());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("管理标签"));
    QCOMPARE(dialog.message(),
             QStringLiteral("已存在标签“Gaussian”。两个标签不能同名；要改为将“NeRF”合并到“Gaussian”吗？"));
    QCOMPARE(table->horizontalHeaderItem(Gui::ManageTagsDialog::NameColumn)->text(), QStringLiteral("标签"));
    QCOMPARE(table->item(1, Gui::ManageTagsDialog::NameColumn)->toolTip(), QStringLiteral("无颜色"));
    CHECK_DIALOG(&dialog);

    switchLanguage(languages, QStringLiteral("en"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Manage Tags"));
    QCOMPARE(dialog.message(),
             QStringLiteral("There already is a tag “Gaussian”. Two tags cannot share a name; merge “NeRF” into "
                            "“Gaussian” instead?"));
    QCOMPARE(table->horizontalHeaderItem(Gui::ManageTagsDialog::NameColumn)->text(), QStringLiteral("Tag"));
    QCOMPARE(table->item(1, Gui::ManageTagsDialog::NameColumn)->toolTip(), QStringLiteral("No colour"));
    QCOMPARE(dialog.selectedTag(), QStringLiteral("NeRF"));
    CHECK_DIALOG(&dialog);
}

void TestDialogs::archiveMergeDialogFollowsTheLanguage()
{
    Gui::LanguageManager languages;
    switchLanguage(languages, QStringLiteral("zh_CN"));
    Core::ArchiveMergeReport report;
    report.papers = 2;
    report.annotationsTaken = 1;
    report.conflicts.append({QStringLiteral("2402.00101"), QStringLiteral("rating"), QStringLiteral("library")});
    report.conflicts.append(
        {QStringLiteral("2402.00102"), QStringLiteral("highlight: a quote"), QStringLiteral("archive")});
    report.skipped.append({QStringLiteral("2402.00201"), QStringLiteral("A Paper Elsewhere")});
    report.warning = QStringLiteral("index");
    Gui::ArchiveMergeDialog dialog;
    dialog.setReport(report);
    showDialog(&dialog);
    auto *conflicts = dialog.findChild<QTableWidget *>(QStringLiteral("conflictsTableWidget"));
    QCOMPARE(QApplication::focusWidget(), conflicts);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("批注存档已合并"));
    QCOMPARE(conflicts->item(0, Gui::ArchiveMergeDialog::ConflictItemColumn)->text(), QStringLiteral("评分"));
    QCOMPARE(conflicts->item(1, Gui::ArchiveMergeDialog::ConflictItemColumn)->text(), QStringLiteral("高亮：a quote"));
    QCOMPARE(conflicts->item(0, Gui::ArchiveMergeDialog::ConflictKeptColumn)->text(),
             QStringLiteral("本文库中的（较新）"));
    QCOMPARE(label(&dialog, QStringLiteral("warningLabel"))->text(), QStringLiteral("警告：index"));
    CHECK_DIALOG(&dialog);

    switchLanguage(languages, QStringLiteral("en"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Annotation Archive Merged"));
    QCOMPARE(conflicts->item(0, Gui::ArchiveMergeDialog::ConflictItemColumn)->text(), QStringLiteral("Rating"));
    QCOMPARE(conflicts->item(1, Gui::ArchiveMergeDialog::ConflictItemColumn)->text(),
             QStringLiteral("Highlight: a quote"));
    QCOMPARE(conflicts->item(0, Gui::ArchiveMergeDialog::ConflictKeptColumn)->text(),
             QStringLiteral("This library's (newer)"));
    QVERIFY(label(&dialog, QStringLiteral("headlineLabel"))->text().startsWith(QStringLiteral("Merged 2 papers")));
    CHECK_DIALOG(&dialog);
}

void TestDialogs::arxivDifferencesDialogFollowsTheLanguage()
{
    Gui::LanguageManager languages;
    switchLanguage(languages, QStringLiteral("zh_CN"));
    Gui::ArxivDifferencesDialog dialog(sampleDifferences());
    showDialog(&dialog);
    auto *scroll = dialog.findChild<QScrollArea *>(QStringLiteral("differencesScrollArea"));
    QCOMPARE(QApplication::focusWidget(), scroll);
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("applyButton"));
    auto *useTitle = dialog.findChild<QCheckBox *>(
        Gui::ArxivDifferencesDialog::checkBoxName(QStringLiteral("2402.00101"), Core::ArxivField::Title));
    auto *digestTitle = dialog.findChild<QPlainTextEdit *>(QStringLiteral("digestTextEdit_2402.00101_title"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("与 arXiv 的差异"));
    QCOMPARE(apply->text(), QStringLiteral("应用所选字段"));
    QCOMPARE(useTitle->text(), QStringLiteral("使用 arXiv 标题"));
    QCOMPARE(digestTitle->accessibleName(), QStringLiteral("摘要中的标题"));
    CHECK_DIALOG(&dialog);

    switchLanguage(languages, QStringLiteral("en"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Differences with arXiv"));
    QCOMPARE(apply->text(), QStringLiteral("Apply Chosen Fields"));
    QCOMPARE(useTitle->text(), QStringLiteral("Use arXiv title"));
    QCOMPARE(digestTitle->accessibleName(), QStringLiteral("Title in the digest"));
    QCOMPARE(label(&dialog, QStringLiteral("introLabel"))->text(),
             QStringLiteral("arXiv describes 2 papers differently from the digest. Nothing changes unless you tick "
                            "a field and press Apply."));
    CHECK_DIALOG(&dialog);
}

void TestDialogs::importSummaryDialogFollowsTheLanguage()
{
    Gui::LanguageManager languages;
    switchLanguage(languages, QStringLiteral("zh_CN"));
    Core::ImportReport report;
    report.files = 2;
    report.digests = 2;
    report.entries = 5;
    report.papersAdded = 4;
    report.papersUpdated = 1;
    report.warnings.append({QStringLiteral("/digests/2024-02-01.md"), 12, QStringLiteral("odd heading")});
    Gui::ImportSummaryDialog dialog(report);
    showDialog(&dialog);
    auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("reportTextEdit"));
    QCOMPARE(QApplication::focusWidget(), text);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("导入完成"));
    QCOMPARE(label(&dialog, QStringLiteral("headlineLabel"))->text(),
             QStringLiteral("新增 4 篇论文，更新 1 篇，0 篇未变。"));
    QVERIFY(text->toPlainText().contains(QStringLiteral("警告：")));
    CHECK_DIALOG(&dialog);

    switchLanguage(languages, QStringLiteral("en"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Import Finished"));
    QCOMPARE(label(&dialog, QStringLiteral("headlineLabel"))->text(),
             QStringLiteral("4 papers added, 1 updated, 0 unchanged."));
    QVERIFY(text->toPlainText().contains(QStringLiteral("Warnings:")));
    CHECK_DIALOG(&dialog);
}

void TestDialogs::importUrlDialogFollowsTheLanguage()
{
    Gui::LanguageManager languages;
    switchLanguage(languages, QStringLiteral("zh_CN"));
    Gui::ImportUrlDialog dialog;
    showDialog(&dialog);
    auto *urls = dialog.findChild<QPlainTextEdit *>(QStringLiteral("urlsTextEdit"));
    QCOMPARE(QApplication::focusWidget(), urls);
    dialog.setText(QStringLiteral("ftp://example.org/a.md"));
    QCoreApplication::processEvents(); // the layout makes room for the problem line
    QCOMPARE(dialog.windowTitle(), QStringLiteral("从网址导入"));
    QCOMPARE(label(&dialog, QStringLiteral("problemLabel"))->text(),
             QStringLiteral("不是 http(s) 网址：ftp://example.org/a.md"));
    CHECK_DIALOG(&dialog);

    switchLanguage(languages, QStringLiteral("en"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Import from URL"));
    QCOMPARE(label(&dialog, QStringLiteral("problemLabel"))->text(),
             QStringLiteral("Not an http(s) URL: ftp://example.org/a.md"));
    QCOMPARE(label(&dialog, QStringLiteral("hintLabel"))->text(),
             QStringLiteral("Digest URLs (raw Markdown), one per line:"));
    CHECK_DIALOG(&dialog);
}

void TestDialogs::exportActionsRetranslate()
{
    Gui::LanguageManager languages;
    QWidget window;
    Gui::ExportActions actions(
        nullptr,
        &window,
        []() {
        return QList<qint64>();
        },
        []() {
        return Core::ListRequest();
    });
    QMenu *menu = actions.createMenu(&window);
    QCOMPARE(menu->title(), QStringLiteral("&Export"));

    switchLanguage(languages, QStringLiteral("zh_CN"));
    actions.retranslate();
    QCOMPARE(menu->title(), QStringLiteral("导出(&E)"));
    QCOMPARE(menu->findChild<QAction *>(QStringLiteral("exportbibtexAction"))->text(), QStringLiteral("BibTeX(&B)…"));
    QCOMPARE(menu->findChild<QAction *>(QStringLiteral("exportCorrectedDigestsAction"))->text(),
             QStringLiteral("修改后的摘要(&D)…"));
    QCOMPARE(actions.mergeArchiveAction()->text(), QStringLiteral("合并批注存档(&M)…"));

    switchLanguage(languages, QStringLiteral("en"));
    actions.retranslate();
    QCOMPARE(menu->title(), QStringLiteral("&Export"));
    QCOMPARE(menu->findChild<QAction *>(QStringLiteral("exportCorrectedDigestsAction"))->text(),
             QStringLiteral("Corrected &Digests…"));
    QCOMPARE(actions.exportArchiveAction()->text(), QStringLiteral("Export &Annotation Archive…"));
}

void TestDialogs::networkActionsRetranslate()
{
    Gui::LanguageManager languages;
    QWidget window;
    QNetworkAccessManager network;
    Gui::NetworkActions actions(&network, &window, []() {
        return QList<qint64>();
    });
    QCOMPARE(actions.fetchArxivAction()->text(), QStringLiteral("Fetch &arXiv Metadata"));

    switchLanguage(languages, QStringLiteral("zh_CN"));
    actions.retranslate();
    QCOMPARE(actions.importUrlAction()->text(), QStringLiteral("从网址导入(&U)…"));
    QCOMPARE(actions.fetchArxivAction()->text(), QStringLiteral("获取 arXiv 元数据(&A)"));
    QCOMPARE(actions.openPdfAction()->statusTip(), QStringLiteral("用系统查看器打开当前论文已下载的 PDF"));

    switchLanguage(languages, QStringLiteral("en"));
    actions.retranslate();
    QCOMPARE(actions.importUrlAction()->text(), QStringLiteral("Import from &URL…"));
    QCOMPARE(actions.downloadPdfAction()->text(), QStringLiteral("&Download PDF"));
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
