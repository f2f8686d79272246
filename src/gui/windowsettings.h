#pragma once

#include <QString>

class QHeaderView;
class QLineEdit;
class QMainWindow;
class QSplitter;

namespace PaperShelf::Gui {

class PaperTableModel;
class ReaderWidget;
class TagPanel;

/// What the main window remembers between runs (QSettings group "mainWindow"):
/// geometry, toolbars, pane sizes, columns and sort, the reader's layout, the
/// tag filters and the search, and which library was open.
class WindowSettings final
{
public:
    /// The parts of the window whose state is kept.
    struct Parts
    {
        QMainWindow *window = nullptr;
        QSplitter *mainSplitter = nullptr;
        QSplitter *readerSplitter = nullptr; ///< reader above, annotation panel below
        QHeaderView *header = nullptr;
        PaperTableModel *papers = nullptr;
        ReaderWidget *reader = nullptr;
        TagPanel *tagPanel = nullptr;
        QLineEdit *search = nullptr;
    };

    /// Puts everything back; without saved settings, sizes the window to most of the screen.
    static void restore(const Parts &parts);
    /// Saves everything; `libraryPath` empty: the open library is not remembered (the demo).
    static void save(const Parts &parts, const QString &libraryPath);
};

} // namespace PaperShelf::Gui
