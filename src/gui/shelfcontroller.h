#pragma once

#include "core/search/shelfstore.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace PaperShelf::Gui {

class AnnotationController;
class LibraryClient;
class ShelfPanel;

/// The shelves' life around the panel: loads them, keeps their counts live
/// (counted on the library worker), and saves, renames and removes them
/// through the undo stack. Opening a shelf is the window's business (it owns
/// the search box, the tag panel and the sort).
class ShelfController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShelfController)

public:
    /// `currentSearch` gives the list's search as a shelf to save (name empty).
    ShelfController(AnnotationController *annotations,
                    ShelfPanel *panel,
                    QWidget *window,
                    std::function<Core::Shelf()> currentSearch);
    ~ShelfController() override;

    /// The library worker that counts; set again for every library.
    void setLibraryClient(LibraryClient *client);
    /// Counts every shelf again (after a query or an edit).
    void countShelves();
    /// Asks for a name and saves the current search as a shelf.
    void saveCurrentSearch();

    /// Sets the action's text again after a language change (the window calls it).
    void retranslate();

    /// Edit → Save Search as Shelf… (Ctrl+Shift+S).
    QAction *saveAction() const { return m_saveAction; }

private:
    void onFiltersCounted(const QList<Core::PaperFilter> &filters, const QList<int> &counts);

    AnnotationController *m_annotations;
    ShelfPanel *m_panel;
    QWidget *m_window;
    std::function<Core::Shelf()> m_currentSearch;
    LibraryClient *m_client = nullptr;
    QAction *m_saveAction = nullptr;
};

} // namespace PaperShelf::Gui
