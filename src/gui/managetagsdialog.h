#pragma once

#include "core/annotations/usertagstore.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>

namespace Ui {
class ManageTagsDialog;
}

namespace PaperShelf::Gui {

/// Lists the user's own tags (colour swatch, name, number of papers) and asks
/// for renames, merges, colours and deletions. It never writes: it emits a
/// request, the caller applies it (through the undo stack) and hands the new
/// list back with setTags().
class ManageTagsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManageTagsDialog)

public:
    enum Column {
        NameColumn,
        CountColumn,
    };

    explicit ManageTagsDialog(QWidget *parent = nullptr);
    ~ManageTagsDialog() override;

    /// Replaces the list, keeping the selected tag selected when it still exists.
    void setTags(const QList<Core::UserTag> &tags);

    QList<Core::UserTag> tags() const { return m_tags; }

    /// Selects the tag called `name` (any case); false when there is none.
    bool selectTag(const QString &name);
    /// The selected tag's name, or an empty string.
    QString selectedTag() const;

    /// The text under the list (a refused rename, for example); empty when none.
    QString message() const;

Q_SIGNALS:
    void renameRequested(const QString &name, const QString &newName);
    void mergeRequested(const QString &from, const QString &into);
    /// `color`: "#rrggbb".
    void colorRequested(const QString &name, const QString &color);
    void deleteRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// What the line under the list says; its text is made from this state.
    enum class Message {
        None,
        NeedsName, ///< a rename to a blank name was refused
        NameTaken, ///< a rename to another tag's name was refused; merge offered
    };

    void retranslateUi();
    void rename();
    void mergeInto();
    void chooseColor();
    void deleteTag();
    void mergeInstead();
    void showMessage(Message message);
    /// The swatch tool tips and counts of every row, in the current language.
    void updateRowTexts();
    void updateButtons();
    /// The tag with this name (compared as tag names are), or nullptr.
    const Core::UserTag *find(const QString &name) const;

    std::unique_ptr<Ui::ManageTagsDialog> m_ui;
    QList<Core::UserTag> m_tags;
    Message m_message = Message::None;
    /// The merge offered after a refused rename: from, into.
    QString m_offeredFrom;
    QString m_offeredInto;
};

} // namespace PaperShelf::Gui
