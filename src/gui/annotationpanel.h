#pragma once

#include "core/db/records.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QToolButton;

namespace PaperShelf::Gui {

class NotesEditor;

/// The user's work on the current paper, under the reader: reading status,
/// rating and favourite in one row, then tabs for the notes and the
/// highlights. It shows values and reports choices; the main window turns the
/// choices into undoable edits.
class AnnotationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationPanel)

public:
    explicit AnnotationPanel(QWidget *parent = nullptr);
    ~AnnotationPanel() override;

    /// Shows a paper's status, rating and favourite (choices are not reported).
    void setAnnotation(qint64 paperId, Core::ReadingStatus status, int rating, bool favourite);
    /// No paper.
    void clear();

    qint64 paperId() const { return m_paperId; }

    NotesEditor *notesEditor() const { return m_notes; }

    /// Adds the highlights list as the second tab.
    void setHighlightsWidget(QWidget *widget);
    /// The number of highlights the second tab lists, shown in its title (0: no number).
    void setHighlightCount(int count);

    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void statusChosen(qint64 paperId, Core::ReadingStatus status);
    void ratingChosen(qint64 paperId, int rating);
    void favouriteChosen(qint64 paperId, bool favourite);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateFavouriteText();
    void updateHighlightsTabText();

    qint64 m_paperId = 0;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLabel *m_ratingLabel = nullptr;
    QComboBox *m_ratingCombo = nullptr;
    QToolButton *m_favouriteButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    NotesEditor *m_notes = nullptr;
    QWidget *m_highlights = nullptr; ///< the second tab, once set
    int m_highlightCount = 0;
};

} // namespace PaperShelf::Gui
