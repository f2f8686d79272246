#pragma once

#include "core/annotations/usertagstore.h"

#include <QDialog>
#include <QList>

#include <memory>

class QCompleter;
class QStringListModel;

namespace Ui {
class AddTagDialog;
}

namespace PaperShelf::Gui {

/// Asks for one of the user's own tags to put on (or take off) the selected
/// papers, completing over the tags given. It only asks: the caller applies the
/// change (through the undo stack).
class AddTagDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddTagDialog)

public:
    enum class Mode {
        Add,    ///< any name; a new one creates the tag
        Remove, ///< only one of the tags given (those the selected papers carry)
    };

    AddTagDialog(Mode mode, int paperCount, QWidget *parent = nullptr);
    ~AddTagDialog() override;

    Mode mode() const { return m_mode; }

    /// The tags to complete over: in Add mode every user tag, in Remove mode
    /// those the selected papers carry.
    void setExistingTags(const QList<Core::UserTag> &tags);

    /// The name entered, whitespace collapsed and trimmed; when it names one of
    /// the tags given (in any case), that tag's spelling. Empty when invalid.
    QString tagName() const;

    QCompleter *completer() const { return m_completer; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// The given tag `text` names (case-insensitive), or an empty string.
    QString existingName(const QString &text) const;
    void updateState();

    std::unique_ptr<Ui::AddTagDialog> m_ui;
    Mode m_mode;
    int m_paperCount = 0;
    QList<Core::UserTag> m_tags;
    QStringListModel *m_names = nullptr; // owned by this dialog
    QCompleter *m_completer = nullptr;   // owned by this dialog
};

} // namespace PaperShelf::Gui
