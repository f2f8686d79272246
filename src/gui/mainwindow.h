#pragma once

#include "core/db/records.h"
#include "core/import/importreport.h"
#include "core/search/paperfilter.h"
#include "core/search/shelfstore.h"
#include "gui/readonlybar.h"
#include "gui/windowsettings.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class MainWindow;
}

namespace PaperShelf::Net {
class NetworkAccessManager;
}

namespace PaperShelf::Gui {

class AnnotationController;
class AnnotationPanel;
class AnnotationViews;
class ReviewDock;
class SearchLineEdit;
class ExportActions;
class ShelfController;
class ShelfPanel;
class WriteErrorBar;
class FigureDownloadController;
class FilterChipsBar;
class GalleryView;
class DemoLibrary;
class ImportActions;
class LanguageManager;
class LibraryClient;
class MaintenanceActions;
class NetworkActions;
class PaperTableModel;
class ReaderWidget;
class TagPanel;
class Thumbnailer;

/// The main window: tag panel (left), paper list (centre), reader (right),
/// search in the toolbar, counts in the status bar; the welcome page while the
/// library is empty. All library access goes through LibraryClient (reads, on a
/// worker thread) and ImportActions (imports, on a pool thread).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Shows the library at `libraryPath`, which must exist and be openable.
    /// `languages` switches the interface language (Preferences); without one the
    /// window makes its own, which starts with whatever translators are installed.
    explicit MainWindow(const QString &libraryPath, LanguageManager *languages = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString libraryPath() const;
    /// Switches to another library (the path must exist and be openable), open
    /// read-only for `readOnly` (see setReadOnly()).
    void openLibrary(const QString &path, ReadOnlyReason readOnly = ReadOnlyReason::None);
    /// Imports files or folders into the current library, with progress and a summary.
    void importPaths(const QStringList &paths);
    /// Test hook: true while an import runs.
    bool isImporting() const;
    /// The search box text and tag filters as one filter.
    Core::PaperFilter currentFilter() const;

    /// Test and benchmark hooks: the parts of the window the benchmarks drive.
    TagPanel *tagPanel() const { return m_tagPanel; }

    PaperTableModel *paperModel() const { return m_papers; }

    /// The figure gallery (a page of the list area, View → Gallery) and the reader.
    GalleryView *galleryView() const { return m_gallery; }

    ReaderWidget *reader() const { return m_reader; }

    /// Shows the gallery of the current result set instead of the list (or the list again).
    void setGalleryShown(bool shown);
    bool isGalleryShown() const;
    /// Makes the paper with this papers.id current: selected in the list when
    /// its row is loaded, and shown in the reader in any case.
    void selectPaper(qint64 paperId);

    /// The application's one network manager; every download goes through it.
    Net::NetworkAccessManager *network() const { return m_network; }

    /// Import from URL, arXiv metadata and PDF actions (test hook as well).
    NetworkActions *networkActions() const { return m_networkActions; }

    /// Figure downloads of the current library (the gallery connects to it).
    FigureDownloadController *figureDownloads() const { return m_figures; }

    /// The user's edits (undo stack, annotation writes) and the panel under the reader.
    AnnotationController *annotations() const { return m_annotations; }

    /// Review mode; its reviewChanged() tells which papers' review progress changed.
    ReviewDock *reviewDock() const { return m_review; }

    AnnotationPanel *annotationPanel() const { return m_annotationPanel; }

    AnnotationViews *annotationViews() const { return m_annotationViews; }

    ExportActions *exportActions() const { return m_exportActions; }

    /// Library → Back Up Now, Check Library, Restore from Backup; the daily backups.
    MaintenanceActions *maintenanceActions() const { return m_maintenance; }

    ShelfPanel *shelfPanel() const { return m_shelfPanel; }

    /// The interface language (Preferences → Language switches it).
    LanguageManager *languageManager() const { return m_languages; }

    /// Opens a shelf: its search, tag filters, conditions and sort become the list's.
    void openShelf(const Core::Shelf &shelf);

    /// What closing does before the window goes: saves pending edits (asking when
    /// some failed) and the window's settings; false when the user keeps it open.
    bool prepareToClose();

    /// The library is open read-only for `reason`: a banner says so, every edit
    /// says why it is not saved, and no automatic backup is made of it.
    void setReadOnly(ReadOnlyReason reason);

    /// The papers the annotation actions work on: the selected rows, else the current one.
    QList<qint64> selectedRowIds() const;

Q_SIGNALS:
    /// An import finished and its summary is showing (tests wait for this).
    void importFinished(const Core::ImportReport &report);
    /// A query's result is on screen: list rows, counts, tag counts, status bar.
    void resultsShown();
    /// File > Open Library picked `path`. WindowHost opens it as the startup does
    /// (checked, with dialogs for a damaged, locked or read-only file) and then
    /// calls openLibrary(); nothing opens it in a window without a host.
    void libraryChosen(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupWidgets();
    /// Texts set in code (the form has its own); again after each language switch.
    void retranslateUi();
    void showPreferences();
    void setupActions();
    void setupNetworkActions();
    void setupAnnotations();
    void connectLibraryClient();
    void onPaperLoaded(const Core::PaperDetails &paper);
    void onRowsReloaded(const QList<Core::PaperSummary> &rows);
    void refreshCounts();
    void showWriteError(const QString &what, const QString &message);
    void retryFailedWrites();
    /// Saves pending notes and waits for the writes; false when the user keeps the window open.
    bool settleWrites();
    void setupShelves();
    void attachLibrary(const QString &path, ReadOnlyReason readOnly);
    void applyFilter();
    void onQueryFinished(const Core::PaperPage &page, const QList<Core::TagCount> &tagCounts);
    void updatePages();
    void updateStatus();
    void updateWindowTitle();
    void onCurrentRowChanged();
    void moveSelection(int delta);
    void clearSearchAndFilters();
    void chooseLibrary();
    void openDemoLibrary();
    void onImportFinished(const Core::ImportReport &report);
    void showAbout();
    WindowSettings::Parts settingsParts();

    std::unique_ptr<Ui::MainWindow> m_ui;
    LanguageManager *m_languages = nullptr;
    std::unique_ptr<LibraryClient> m_client;
    Net::NetworkAccessManager *m_network = nullptr;
    NetworkActions *m_networkActions = nullptr;
    AnnotationPanel *m_annotationPanel = nullptr;
    AnnotationViews *m_annotationViews = nullptr;
    ReviewDock *m_review = nullptr;
    ExportActions *m_exportActions = nullptr;
    MaintenanceActions *m_maintenance = nullptr;
    ShelfPanel *m_shelfPanel = nullptr;
    /// The open shelf's conditions the search box and the tag panel cannot hold
    /// (status, favourite, notes, latest digest, tags of any kind).
    Core::PaperFilter m_shelfBase;
    qint64 m_activeShelfId = 0;
    WriteErrorBar *m_writeErrorBar = nullptr;
    ReadOnlyBar *m_readOnlyBar = nullptr;
    ShelfController *m_shelves = nullptr;
    FigureDownloadController *m_figures = nullptr;
    AnnotationController *m_annotations = nullptr;
    ImportActions *m_imports = nullptr;
    PaperTableModel *m_papers = nullptr;
    TagPanel *m_tagPanel = nullptr;
    FilterChipsBar *m_chips = nullptr;
    ReaderWidget *m_reader = nullptr;
    GalleryView *m_gallery = nullptr;
    Thumbnailer *m_thumbnailer = nullptr; ///< one per library, shared by the strip and the gallery
    SearchLineEdit *m_searchEdit = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer m_countsTimer;
    QList<Core::TagCount> m_lastCounts;
    int m_libraryTotal = -1; ///< papers in the whole library (from the unfiltered count), -1 unknown
    bool m_restoringSettings = false;
    std::unique_ptr<DemoLibrary> m_demo; ///< holds the demo library while it is open
};

} // namespace PaperShelf::Gui
