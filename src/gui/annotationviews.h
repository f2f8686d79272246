#pragma once

#include "core/annotations/highlightstore.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QWidget;

namespace PaperShelf::Gui {

class AnnotationController;
class AnnotationPanel;
class HighlightsPanel;
class ManageTagsDialog;
class ReaderWidget;

/// Connects the annotation controller to the views that show and start the
/// user's work: highlights in the reader and in the panel under it, the
/// library-wide highlights window, and the own-tag dialogs. The main window
/// keeps only the list and the menus.
class AnnotationViews final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationViews)

public:
    AnnotationViews(AnnotationController *controller, ReaderWidget *reader, AnnotationPanel *panel, QWidget *window);
    ~AnnotationViews() override;

    /// The reader now shows this paper (0: none): its highlights are loaded.
    void showPaper(qint64 paperId);

    /// View → All Highlights (Ctrl+Shift+H).
    QAction *libraryHighlightsAction() const { return m_libraryHighlightsAction; }

    /// The per-paper list in the panel, and the library-wide window (nullptr until opened).
    HighlightsPanel *paperHighlights() const { return m_paperHighlights; }

    HighlightsPanel *libraryHighlights() const { return m_libraryPanel; }

    ManageTagsDialog *manageTagsDialog() const;

    /// The interface language changed: the action and the library window's
    /// title are named again, and the highlights are read again, because the
    /// library's default colour meanings come translated (HighlightStore::colors()).
    void retranslate();

Q_SIGNALS:
    /// The user chose a highlight of another paper (library-wide list).
    void paperRequested(qint64 paperId);

private:
    void onHighlightsLoaded(qint64 paperId,
                            const QList<Core::Highlight> &highlights,
                            const QList<Core::HighlightColor> &colors);
    void connectPanel(HighlightsPanel *panel, const QList<Core::Highlight> *highlights);
    void showLibraryHighlights();
    void askAddTag(const QList<qint64> &paperIds);
    void askRemoveTag(const QList<qint64> &paperIds);
    void showManageTags();

    AnnotationController *m_controller;
    ReaderWidget *m_reader;
    AnnotationPanel *m_panel;
    QWidget *m_window;
    HighlightsPanel *m_paperHighlights = nullptr;
    QPointer<QDialog> m_libraryWindow;
    HighlightsPanel *m_libraryPanel = nullptr;
    QPointer<ManageTagsDialog> m_manageTags;
    QAction *m_libraryHighlightsAction = nullptr;
    qint64 m_paperId = 0;
    QList<Core::Highlight> m_highlights;        ///< of m_paperId
    QList<Core::Highlight> m_libraryHighlights; ///< shown in the library window
};

} // namespace PaperShelf::Gui
