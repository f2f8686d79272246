#include "core/digest/textfields.h"
#include "gui/highlightlistmodel.h"
#include "gui/highlightspanel.h"
#include "gui/inputdialog.h"
#include "gui/languagemanager.h"
#include "languagetestutil.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

using namespace PaperShelf;
using PaperShelf::Tests::unnamedFocusableWidgets;
using namespace Qt::Literals::StringLiterals;

// The highlights panel on the offscreen platform, with invented highlights.
class TestHighlightsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsHighlightsWithMeaningFieldAndComment();
    void colorFilterShowsOnlyThatColour();
    void orphanedHighlightsAreMarked();
    void deleteKeyAndMenuRequestRemoval();
    void enterAndDoubleClickActivate();
    void changeColourAndEditCommentRequestAnEdit();
    void renameColourMeaningRequestsARename();
    void libraryWideModeShowsPaperTitles();
    void coloursAreNamedNotOnlyPainted();
    void switchesLanguageAndNamesEveryControl();
};

namespace {

template<typename T>
T *child(const QWidget &widget, const QString &name)
{
    return widget.findChild<T *>(name);
}

QList<Core::HighlightColor> testColors()
{
    return {{u"yellow"_s, u"important"_s, u"#fff176"_s},
            {u"red"_s, u"doubt"_s, u"#ef9a9a"_s},
            {u"green"_s, u"method"_s, u"#a5d6a7"_s},
            {u"blue"_s, u"result"_s, u"#90caf9"_s},
            {u"purple"_s, u"to check"_s, u"#ce93d8"_s}};
}

Core::Highlight makeHighlight(qint64 id, qint64 paperId, const QString &color, const QString &quote)
{
    Core::Highlight highlight;
    highlight.id = id;
    highlight.paperId = paperId;
    highlight.field = Core::TextFields::Abstract;
    highlight.start = 3;
    highlight.length = quote.size();
    highlight.quote = quote;
    highlight.color = color;
    return highlight;
}

QList<Core::Highlight> makeHighlights()
{
    Core::Highlight first = makeHighlight(11, 1, u"yellow"_s, u"an invented method that relights radiance fields"_s);
    first.comment = u"check the lantern model"_s;
    Core::Highlight second = makeHighlight(12, 1, u"red"_s, u"月光与灯笼光分离"_s);
    second.field = Core::TextFields::TakeawaysZh;
    Core::Highlight third = makeHighlight(13, 1, u"yellow"_s, u"night scenes"_s);
    third.orphaned = true;
    return {first, second, third};
}

/// Switches the interface language and lets the LanguageChange events arrive.
void switchLanguage(Gui::LanguageManager &languages, const QString &language)
{
    QVERIFY(languages.setLanguage(language));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
}

QStringList column(const QAbstractItemModel *model, int role)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row) {
        values.append(model->index(row, 0).data(role).toString());
    }
    return values;
}

} // namespace

void TestHighlightsPanel::listsHighlightsWithMeaningFieldAndComment()
{
    Gui::HighlightsPanel panel;
    auto *view = child<QListView>(panel, u"highlightsListView"_s);
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *source = panel.findChild<Gui::HighlightListModel *>(u"highlightListModel"_s);
    QVERIFY(source);
    QAbstractItemModelTester sourceTester(source, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(child<QLabel>(panel, u"emptyLabel"_s)->isVisibleTo(&panel));

    panel.setColors(testColors());
    panel.setHighlights(makeHighlights());
    QVERIFY(!panel.isLibraryWide());
    QVERIFY(!child<QLabel>(panel, u"emptyLabel"_s)->isVisibleTo(&panel));
    const QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(column(model, Gui::HighlightListModel::QuoteRole),
             QStringList(
                 {u"an invented method that relights radiance fields"_s, u"月光与灯笼光分离"_s, u"night scenes"_s}));
    QCOMPARE(column(model, Gui::HighlightListModel::MeaningRole),
             QStringList({u"important"_s, u"doubt"_s, u"important"_s}));
    QCOMPARE(column(model, Gui::HighlightListModel::FieldLabelRole),
             QStringList({u"Abstract"_s, u"Key takeaways"_s, u"Abstract"_s}));
    QCOMPARE(column(model, Gui::HighlightListModel::CommentRole),
             QStringList({u"check the lantern model"_s, QString(), QString()}));
    QCOMPARE(model->index(1, 0).data(Gui::HighlightListModel::ColorRole).value<QColor>(), QColor(u"#ef9a9a"_s));
    QVERIFY(!model->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    // Per paper: no titles.
    QCOMPARE(column(model, Gui::HighlightListModel::PaperTitleRole), QStringList({QString(), QString(), QString()}));

    // Renamed meanings show at once.
    QList<Core::HighlightColor> colors = testColors();
    colors[0].meaning = u"key claim"_s;
    panel.setColors(colors);
    QCOMPARE(model->index(0, 0).data(Gui::HighlightListModel::MeaningRole).toString(), u"key claim"_s);
    auto *combo = child<QComboBox>(panel, u"colorFilterComboBox"_s);
    QCOMPARE(combo->itemText(1), u"key claim (Yellow)"_s);

    // Rows are painted without trouble, and a row is taller with a comment.
    panel.resize(360, 480);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(view->visualRect(model->index(0, 0)).height() > view->visualRect(model->index(1, 0)).height());
}

void TestHighlightsPanel::colorFilterShowsOnlyThatColour()
{
    Gui::HighlightsPanel panel;
    panel.setColors(testColors());
    panel.setHighlights(makeHighlights());
    auto *combo = child<QComboBox>(panel, u"colorFilterComboBox"_s);
    auto *view = child<QListView>(panel, u"highlightsListView"_s);
    QVERIFY(combo && view);
    QCOMPARE(combo->count(), 6);
    QCOMPARE(combo->itemText(0), u"All colours"_s);
    QCOMPARE(combo->itemText(2), u"doubt (Red)"_s);
    QCOMPARE(panel.colorFilter(), QString());

    QSignalSpy spy(&panel, &Gui::HighlightsPanel::colorFilterChanged);
    panel.setColorFilter(u"yellow"_s);
    QCOMPARE(panel.colorFilter(), u"yellow"_s);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(column(view->model(), Gui::HighlightListModel::IdRole), QStringList({u"11"_s, u"13"_s}));

    // The user picks from the combo box.
    combo->setCurrentIndex(combo->findData(u"red"_s));
    QCOMPARE(panel.colorFilter(), u"red"_s);
    QCOMPARE(column(view->model(), Gui::HighlightListModel::IdRole), QStringList({u"12"_s}));
    combo->setCurrentIndex(combo->findData(u"purple"_s));
    QCOMPARE(view->model()->rowCount(), 0);

    // The filter survives new highlights and new colours.
    panel.setHighlights(makeHighlights() + QList<Core::Highlight>{makeHighlight(14, 1, u"purple"_s, u"lamp"_s)});
    panel.setColors(testColors());
    QCOMPARE(panel.colorFilter(), u"purple"_s);
    QCOMPARE(column(view->model(), Gui::HighlightListModel::IdRole), QStringList({u"14"_s}));

    // "" or an unknown key: all colours.
    panel.setColorFilter(u"no such colour"_s);
    QCOMPARE(panel.colorFilter(), QString());
    QCOMPARE(view->model()->rowCount(), 4);
}

void TestHighlightsPanel::orphanedHighlightsAreMarked()
{
    Gui::HighlightsPanel panel;
    panel.setColors(testColors());
    panel.setHighlights(makeHighlights());
    const QAbstractItemModel *model = child<QListView>(panel, u"highlightsListView"_s)->model();
    QVERIFY(!model->index(0, 0).data(Gui::HighlightListModel::OrphanedRole).toBool());
    QCOMPARE(model->index(0, 0).data(Qt::ToolTipRole).toString(), u"Highlight colour Yellow, meaning “important”"_s);
    QVERIFY(model->index(2, 0).data(Gui::HighlightListModel::OrphanedRole).toBool());
    const QString toolTip = model->index(2, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.contains(u"no longer in the paper's text"_s), qPrintable(toolTip));
    QVERIFY(model->index(2, 0).data(Qt::AccessibleTextRole).toString().contains(u"orphaned"_s));
}

void TestHighlightsPanel::deleteKeyAndMenuRequestRemoval()
{
    Gui::HighlightsPanel panel;
    panel.setColors(testColors());
    panel.setHighlights(makeHighlights());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *view = child<QListView>(panel, u"highlightsListView"_s);
    QSignalSpy spy(&panel, &Gui::HighlightsPanel::removeRequested);

    // Nothing current: nothing to remove.
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(spy.count(), 0);
    QVERIFY(!child<QAction>(panel, u"removeHighlightAction"_s)->isEnabled());

    view->setFocus();
    QVERIFY(panel.setCurrentHighlight(12));
    QCOMPARE(panel.currentHighlight()->id, 12);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), 12);

    // Keyboard navigation, then the context menu's action.
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(panel.currentHighlight()->id, 13);
    auto *remove = child<QAction>(panel, u"removeHighlightAction"_s);
    QVERIFY(remove && remove->isEnabled());
    QVERIFY(child<QMenu>(panel, u"highlightContextMenu"_s)->actions().contains(remove));
    remove->trigger();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toLongLong(), 13);

    // The current row survives a new list that still has it.
    panel.setHighlights(makeHighlights());
    QCOMPARE(panel.currentHighlight()->id, 13);
}

void TestHighlightsPanel::enterAndDoubleClickActivate()
{
    Gui::HighlightsPanel panel;
    panel.setColors(testColors());
    panel.setHighlights(makeHighlights());
    panel.resize(360, 480);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *view = child<QListView>(panel, u"highlightsListView"_s);
    QSignalSpy spy(&panel, &Gui::HighlightsPanel::activated);

    view->setFocus();
    panel.setCurrentHighlight(11);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Core::Highlight>(), makeHighlights().at(0));

    const QRect rect = view->visualRect(view->model()->index(1, 0));
    // A double click as the platform delivers it: press and release, then the double click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<Core::Highlight>().id, 12);
}

void TestHighlightsPanel::changeColourAndEditCommentRequestAnEdit()
{
    Gui::HighlightsPanel panel;
    panel.setColors(testColors());
    panel.setHighlights(makeHighlights());
    QSignalSpy spy(&panel, &Gui::HighlightsPanel::editRequested);
    QVERIFY(panel.setCurrentHighlight(11));

    auto *blue = child<QAction>(panel, u"changeColorBlueAction"_s);
    QVERIFY(blue);
    QCOMPARE(blue->text(), u"result (Blue)"_s);
    QVERIFY(child<QAction>(panel, u"changeColorYellowAction"_s)->isChecked());
    blue->trigger();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0), QVariantList({qint64(11), u"blue"_s, u"check the lantern model"_s}));
    // Until the owner changes it, the highlight is still yellow.
    QVERIFY(child<QAction>(panel, u"changeColorYellowAction"_s)->isChecked());

    auto *edit = child<QAction>(panel, u"editCommentAction"_s);
    QVERIFY(edit);
    Gui::InputDialog::setNextResult(u" a new note \n"_s);
    edit->trigger();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1), QVariantList({qint64(11), u"yellow"_s, u"a new note"_s}));
    // Cancelled, or unchanged: no request.
    Gui::InputDialog::setNextResult(std::nullopt);
    edit->trigger();
    Gui::InputDialog::setNextResult(u"check the lantern model"_s);
    edit->trigger();
    QCOMPARE(spy.count(), 2);
}

void TestHighlightsPanel::renameColourMeaningRequestsARename()
{
    Gui::HighlightsPanel panel;
    panel.setColors(testColors());
    QSignalSpy spy(&panel, &Gui::HighlightsPanel::colorMeaningRenameRequested);
    auto *button = child<QToolButton>(panel, u"renameColorsToolButton"_s);
    QVERIFY(button && button->menu());
    auto *rename = child<QAction>(panel, u"renameGreenMeaningAction"_s);
    QVERIFY(rename && button->menu()->actions().contains(rename));

    Gui::InputDialog::setNextResult(u"  how   it works "_s);
    rename->trigger();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0), QVariantList({u"green"_s, u"how it works"_s}));
    // The prompt names the colour, not the user's meaning.
    QVERIFY2(Gui::InputDialog::lastLabel().contains(u"Green"_s), qPrintable(Gui::InputDialog::lastLabel()));

    // An empty answer asks for the default back.
    Gui::InputDialog::setNextResult(QString());
    rename->trigger();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1), QVariantList({u"green"_s, QString()}));
}

void TestHighlightsPanel::libraryWideModeShowsPaperTitles()
{
    Gui::HighlightsPanel panel;
    panel.setColors(testColors());
    QList<Core::Highlight> highlights = makeHighlights();
    highlights[1].paperId = 2;
    panel.setLibraryHighlights(highlights, {{1, u"Moonlit Meadows"_s}, {2, u"Lantern Lights"_s}});
    QVERIFY(panel.isLibraryWide());
    auto *view = child<QListView>(panel, u"highlightsListView"_s);
    QCOMPARE(column(view->model(), Gui::HighlightListModel::PaperTitleRole),
             QStringList({u"Moonlit Meadows"_s, u"Lantern Lights"_s, u"Moonlit Meadows"_s}));
    panel.setColorFilter(u"red"_s);
    QCOMPARE(column(view->model(), Gui::HighlightListModel::PaperTitleRole), QStringList({u"Lantern Lights"_s}));
    panel.resize(360, 480);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    // Back to one paper: no titles.
    panel.setHighlights(highlights);
    QVERIFY(!panel.isLibraryWide());
    QCOMPARE(column(view->model(), Gui::HighlightListModel::PaperTitleRole), QStringList({QString()}));
}

void TestHighlightsPanel::coloursAreNamedNotOnlyPainted()
{
    Gui::HighlightsPanel panel;
    panel.setColors(testColors());
    panel.setHighlights(makeHighlights());
    const QAbstractItemModel *model = child<QListView>(panel, u"highlightsListView"_s)->model();
    // Each row says its colour in words: the swatch is not the only cue.
    QCOMPARE(column(model, Gui::HighlightListModel::ColorNameRole), QStringList({u"Yellow"_s, u"Red"_s, u"Yellow"_s}));
    QCOMPARE(column(model, Gui::HighlightListModel::ColorLabelRole),
             QStringList({u"important (Yellow)"_s, u"doubt (Red)"_s, u"important (Yellow)"_s}));
    QCOMPARE(model->index(1, 0).data(Qt::AccessibleTextRole).toString(), u"doubt (Red): 月光与灯笼光分离"_s);
    QCOMPARE(model->index(1, 0).data(Qt::ToolTipRole).toString(), u"Highlight colour Red, meaning “doubt”"_s);

    // The filter and the menus: name in the text, a sentence in the tool tip.
    auto *combo = child<QComboBox>(panel, u"colorFilterComboBox"_s);
    const int red = combo->findData(u"red"_s);
    QCOMPARE(combo->itemText(red), u"doubt (Red)"_s);
    QCOMPARE(combo->itemData(red, Qt::ToolTipRole).toString(), u"Highlight colour Red, meaning “doubt”"_s);
    auto *change = child<QAction>(panel, u"changeColorGreenAction"_s);
    QVERIFY(change);
    QCOMPARE(change->text(), u"method (Green)"_s);
    QCOMPARE(change->toolTip(), u"Highlight colour Green, meaning “method”"_s);
    QCOMPARE(child<QAction>(panel, u"renamePurpleMeaningAction"_s)->text(), u"to check (Purple)…"_s);

    // A meaning that is the colour's name is not said twice.
    QList<Core::HighlightColor> colors = testColors();
    colors[3].meaning = u"blue"_s;
    panel.setColors(colors);
    QCOMPARE(combo->itemText(combo->findData(u"blue"_s)), u"Blue"_s);
}

void TestHighlightsPanel::switchesLanguageAndNamesEveryControl()
{
    Gui::HighlightsPanel panel;
    panel.setHighlights(makeHighlights()); // the library's colours are not known yet: named after themselves
    panel.setColorFilter(u"red"_s);
    panel.resize(360, 480);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *combo = child<QComboBox>(panel, u"colorFilterComboBox"_s);
    auto *label = child<QLabel>(panel, u"colorFilterLabel"_s);
    auto *button = child<QToolButton>(panel, u"renameColorsToolButton"_s);
    auto *menu = child<QMenu>(panel, u"changeColorMenu"_s);
    QVERIFY(combo && label && button && menu);
    const QAbstractItemModel *model = child<QListView>(panel, u"highlightsListView"_s)->model();
    QCOMPARE(combo->itemText(2), u"Red"_s);
    QStringList unnamed = unnamedFocusableWidgets(&panel);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));

    Gui::LanguageManager languages;
    switchLanguage(languages, u"zh_CN"_s);
    QCOMPARE(label->text(), u"颜色(&C)："_s);
    QCOMPARE(combo->itemText(0), u"所有颜色"_s);
    QCOMPARE(combo->itemText(2), u"红色"_s);
    QCOMPARE(panel.colorFilter(), u"red"_s); // the choice stays
    QCOMPARE(combo->accessibleName(), u"按颜色显示高亮"_s);
    QCOMPARE(button->text(), u"重命名颜色含义…"_s);
    QCOMPARE(menu->title(), u"更改颜色"_s);
    QCOMPARE(child<QAction>(panel, u"removeHighlightAction"_s)->text(), u"移除高亮"_s);
    // The list: field names and the colour's name in the new language.
    QCOMPARE(model->index(0, 0).data(Gui::HighlightListModel::FieldLabelRole).toString(), u"要点"_s);
    QCOMPARE(model->index(0, 0).data(Gui::HighlightListModel::ColorLabelRole).toString(), u"红色"_s);
    unnamed = unnamedFocusableWidgets(&panel);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));

    // The library's colours: the meanings are the user's, the names are translated.
    panel.setColors(testColors());
    QCOMPARE(combo->itemText(2), u"doubt (红色)"_s);

    switchLanguage(languages, u"en"_s);
    QCOMPARE(label->text(), u"&Colour:"_s);
    QCOMPARE(combo->itemText(0), u"All colours"_s);
    QCOMPARE(combo->itemText(2), u"doubt (Red)"_s);
    QCOMPARE(panel.colorFilter(), u"red"_s);
    QCOMPARE(menu->title(), u"Change Colour"_s);
    QCOMPARE(model->index(0, 0).data(Gui::HighlightListModel::FieldLabelRole).toString(), u"Key takeaways"_s);
}

QTEST_MAIN(TestHighlightsPanel)
#include "tst_highlightspanel.moc"
