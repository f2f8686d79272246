#include "gui/addtagdialog.h"
#include "gui/colordialog.h"
#include "gui/inputdialog.h"
#include "gui/managetagsdialog.h"
#include "gui/messagebox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace PaperShelf;

namespace {

QList<Core::UserTag> sampleTags()
{
    return {Core::UserTag{QStringLiteral("Gaussian"), QStringLiteral("#3366cc"), 3},
            Core::UserTag{QStringLiteral("NeRF"), QString(), 1},
            Core::UserTag{QStringLiteral("to cite"), QStringLiteral("#aa0000"), 2}};
}

QStringList completions(QCompleter *completer, const QString &prefix)
{
    completer->setCompletionPrefix(prefix);
    QStringList found;
    for (int row = 0; row < completer->completionModel()->rowCount(); ++row) {
        found.append(completer->completionModel()->index(row, 0).data().toString());
    }
    return found;
}

} // namespace

// The own-tag dialogs on their own: what they offer, what they refuse, what they ask for.
class TestTagDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addTagCompletesExistingTagsCaseInsensitively();
    void addTagDisablesOkForBlankNames();
    void removeTagOffersOnlyTheCarriedTags();
    void renameEmitsARequest();
    void renameToAnotherTagsNameIsRefusedAndOffersMerge();
    void renameChangingOnlyTheSpellingIsAllowed();
    void mergeIntoEmitsARequest();
    void colourEmitsARequestUnlessCancelled();
    void deleteAsksFirstAndNoMeansNothing();
    void setTagsKeepsTheSelectionAndShowsCounts();

private:
    static QPushButton *okButton(QDialog &dialog);
};

QPushButton *TestTagDialogs::okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

void TestTagDialogs::addTagCompletesExistingTagsCaseInsensitively()
{
    Gui::AddTagDialog dialog(Gui::AddTagDialog::Mode::Add, 3);
    dialog.setExistingTags(sampleTags());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Add Tag to 3 Papers"));
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("tagLineEdit"));
    QVERIFY(edit);
    QCOMPARE(edit->completer(), dialog.completer());
    QCOMPARE(completions(edit->completer(), QStringLiteral("ner")), QStringList{QStringLiteral("NeRF")});
    QCOMPARE(completions(edit->completer(), QStringLiteral("CITE")), QStringList{QStringLiteral("to cite")});

    // Typing shows the popup with the matching tag.
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("GAU"));
    QTRY_VERIFY(edit->completer()->popup()->isVisible());
    QCOMPARE(edit->completer()->popup()->model()->rowCount(), 1);
    QCOMPARE(edit->completer()->popup()->model()->index(0, 0).data().toString(), QStringLiteral("Gaussian"));
    edit->completer()->popup()->hide();

    // An existing tag typed in another case comes back in its own spelling.
    edit->setText(QStringLiteral("  gaussian "));
    QCOMPARE(dialog.tagName(), QStringLiteral("Gaussian"));
}

void TestTagDialogs::addTagDisablesOkForBlankNames()
{
    Gui::AddTagDialog dialog(Gui::AddTagDialog::Mode::Add, 1);
    dialog.setExistingTags(sampleTags());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Add Tag to One Paper"));
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("tagLineEdit"));
    QVERIFY(!okButton(dialog)->isEnabled());
    edit->setText(QStringLiteral("   \t "));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog.tagName().isEmpty());
    edit->setText(QStringLiteral("  brand   new "));
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.tagName(), QStringLiteral("brand new"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("hintLabel"))->text().contains(QStringLiteral("brand new")));
}

void TestTagDialogs::removeTagOffersOnlyTheCarriedTags()
{
    Gui::AddTagDialog dialog(Gui::AddTagDialog::Mode::Remove, 2);
    dialog.setExistingTags({sampleTags().at(2)});
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Remove Tag from 2 Papers"));
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("tagLineEdit"));
    QCOMPARE(completions(edit->completer(), QString()), QStringList{QStringLiteral("to cite")});
    edit->setText(QStringLiteral("NeRF"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog.tagName().isEmpty());
    edit->setText(QStringLiteral("TO CITE"));
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.tagName(), QStringLiteral("to cite"));
}

void TestTagDialogs::renameEmitsARequest()
{
    Gui::ManageTagsDialog dialog;
    dialog.setTags(sampleTags());
    dialog.show();
    QVERIFY(dialog.selectTag(QStringLiteral("to cite")));
    QSignalSpy renamed(&dialog, &Gui::ManageTagsDialog::renameRequested);
    Gui::InputDialog::setNextResult(QStringLiteral("  cite   later "));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("renameButton")), Qt::LeftButton);
    QCOMPARE(renamed.size(), 1);
    QCOMPARE(renamed.first(), (QVariantList{QStringLiteral("to cite"), QStringLiteral("cite later")}));

    // Cancelled: nothing.
    Gui::InputDialog::setNextResult(std::nullopt);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("renameButton")), Qt::LeftButton);
    QCOMPARE(renamed.size(), 1);
}

void TestTagDialogs::renameToAnotherTagsNameIsRefusedAndOffersMerge()
{
    Gui::ManageTagsDialog dialog;
    dialog.setTags(sampleTags());
    dialog.show();
    QVERIFY(dialog.selectTag(QStringLiteral("to cite")));
    QSignalSpy renamed(&dialog, &Gui::ManageTagsDialog::renameRequested);
    QSignalSpy merged(&dialog, &Gui::ManageTagsDialog::mergeRequested);
    auto *mergeInstead = dialog.findChild<QPushButton *>(QStringLiteral("mergeInsteadButton"));
    QVERIFY(!mergeInstead->isVisible());

    Gui::InputDialog::setNextResult(QStringLiteral("nerf"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("renameButton")), Qt::LeftButton);
    QCOMPARE(renamed.size(), 0);
    QVERIFY(dialog.message().contains(QStringLiteral("“NeRF”")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("messageLabel"))->isVisible());
    QVERIFY(mergeInstead->isVisible());

    QTest::mouseClick(mergeInstead, Qt::LeftButton);
    QCOMPARE(merged.size(), 1);
    QCOMPARE(merged.first(), (QVariantList{QStringLiteral("to cite"), QStringLiteral("NeRF")}));
    QVERIFY(!mergeInstead->isVisible());
    QVERIFY(dialog.message().isEmpty());
}

void TestTagDialogs::renameChangingOnlyTheSpellingIsAllowed()
{
    Gui::ManageTagsDialog dialog;
    dialog.setTags(sampleTags());
    QVERIFY(dialog.selectTag(QStringLiteral("nerf")));
    QCOMPARE(dialog.selectedTag(), QStringLiteral("NeRF"));
    QSignalSpy renamed(&dialog, &Gui::ManageTagsDialog::renameRequested);
    Gui::InputDialog::setNextResult(QStringLiteral("NERF"));
    dialog.findChild<QPushButton *>(QStringLiteral("renameButton"))->click();
    QCOMPARE(renamed.size(), 1);
    QCOMPARE(renamed.first(), (QVariantList{QStringLiteral("NeRF"), QStringLiteral("NERF")}));
}

void TestTagDialogs::mergeIntoEmitsARequest()
{
    Gui::ManageTagsDialog dialog;
    dialog.setTags(sampleTags());
    QVERIFY(dialog.selectTag(QStringLiteral("to cite")));
    QSignalSpy merged(&dialog, &Gui::ManageTagsDialog::mergeRequested);
    Gui::InputDialog::setNextResult(QStringLiteral("Gaussian"));
    dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"))->click();
    QVERIFY(Gui::InputDialog::lastLabel().contains(QStringLiteral("to cite")));
    QCOMPARE(merged.size(), 1);
    QCOMPARE(merged.first(), (QVariantList{QStringLiteral("to cite"), QStringLiteral("Gaussian")}));

    // With a single tag there is nothing to merge into.
    dialog.setTags({sampleTags().first()});
    QVERIFY(dialog.selectTag(QStringLiteral("Gaussian")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"))->isEnabled());
}

void TestTagDialogs::colourEmitsARequestUnlessCancelled()
{
    Gui::ManageTagsDialog dialog;
    dialog.setTags(sampleTags());
    QSignalSpy coloured(&dialog, &Gui::ManageTagsDialog::colorRequested);
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("colorButton"));
    QVERIFY(!button->isEnabled()); // nothing selected yet
    QVERIFY(dialog.selectTag(QStringLiteral("NeRF")));
    QVERIFY(button->isEnabled());
    Gui::ColorDialog::setNextResult(QColor(QStringLiteral("#00AA00")));
    button->click();
    QCOMPARE(coloured.size(), 1);
    QCOMPARE(coloured.first(), (QVariantList{QStringLiteral("NeRF"), QStringLiteral("#00aa00")}));
    Gui::ColorDialog::setNextResult(QColor());
    button->click();
    QCOMPARE(coloured.size(), 1);
}

void TestTagDialogs::deleteAsksFirstAndNoMeansNothing()
{
    Gui::ManageTagsDialog dialog;
    dialog.setTags(sampleTags());
    QVERIFY(dialog.selectTag(QStringLiteral("to cite")));
    QSignalSpy deleted(&dialog, &Gui::ManageTagsDialog::deleteRequested);
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("deleteButton"));
    Gui::MessageBox::setNextResult(QMessageBox::No);
    button->click();
    QCOMPARE(deleted.size(), 0);
    QVERIFY(Gui::MessageBox::lastText().contains(QStringLiteral("“to cite”")));
    QVERIFY(Gui::MessageBox::lastText().contains(QStringLiteral("2 paper")));

    Gui::MessageBox::setNextResult(QMessageBox::Yes);
    button->click();
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.first().first().toString(), QStringLiteral("to cite"));
}

void TestTagDialogs::setTagsKeepsTheSelectionAndShowsCounts()
{
    Gui::ManageTagsDialog dialog;
    dialog.setTags(sampleTags());
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("tagsTableWidget"));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, Gui::ManageTagsDialog::NameColumn)->text(), QStringLiteral("Gaussian"));
    QCOMPARE(table->item(0, Gui::ManageTagsDialog::CountColumn)->text(), QStringLiteral("3"));
    QVERIFY(!table->item(0, Gui::ManageTagsDialog::NameColumn)->icon().isNull());
    QVERIFY(dialog.selectTag(QStringLiteral("to cite")));

    // The integrator applied a rename of "NeRF" and refreshes the list.
    QList<Core::UserTag> after = sampleTags();
    after[1].name = QStringLiteral("Radiance Fields");
    after[2].count = 5;
    dialog.setTags(after);
    QCOMPARE(dialog.selectedTag(), QStringLiteral("to cite"));
    QCOMPARE(table->item(2, Gui::ManageTagsDialog::CountColumn)->text(), QStringLiteral("5"));

    // The selected tag went away (deleted): nothing is selected, the buttons are off.
    dialog.setTags({after.at(0), after.at(1)});
    QVERIFY(dialog.selectedTag().isEmpty());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("deleteButton"))->isEnabled());
}

QTEST_MAIN(TestTagDialogs)
#include "tst_tagdialogs.moc"
