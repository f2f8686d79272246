#pragma once

#include <QLineEdit>
#include <QTimer>

namespace PaperShelf::Gui {

/// The toolbar's search box: asks for a search once typing pauses (or at once
/// on Enter), clears itself on Escape, and hands the focus to the results on Down.
class SearchLineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchLineEdit)

public:
    explicit SearchLineEdit(QWidget *parent = nullptr);

    /// Forgets a search that typing scheduled (the caller searches now anyway).
    void cancelPendingSearch();

Q_SIGNALS:
    /// Search with the current text (after a pause in typing, Enter, Escape or Down).
    void searchRequested();
    /// Down was pressed: the user wants to go to the results.
    void resultsRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTimer m_debounce;
};

} // namespace PaperShelf::Gui
