#include "gui/mainwindow.h"
#include "ui_mainwindow.h"

#include "core/util/librarypaths.h"
#include "gui/annotationclient.h"
#include "gui/annotationcommands.h"
#include "gui/annotationcontroller.h"
#include "gui/annotationpanel.h"
#include "gui/annotationviews.h"
#include "gui/demolibrary.h"
#include "gui/exportactions.h"
#include "gui/figuredownloadcontroller.h"
#include "gui/figuremodel.h"
#include "gui/figureprogresswidget.h"
#include "gui/figurestrip.h"
#include "gui/filedialog.h"
#include "gui/filterchipsbar.h"
#include "gui/fontfallback.h"
#include "gui/galleryview.h"
#include "gui/importactions.h"
#include "gui/importsummarydialog.h"
#include "gui/inputdialog.h"
#include "gui/languagemanager.h"
#include "gui/libraryclient.h"
#include "gui/maintenanceactions.h"
#include "gui/messagebox.h"
#include "gui/networkactions.h"
#include "gui/noteseditor.h"
#include "gui/papertablemodel.h"
#include "gui/plaintext.h"
#include "gui/preferencesdialog.h"
#include "gui/readerwidget.h"
#include "gui/reviewdock.h"
#include "gui/searchlineedit.h"
#include "gui/shelfcontroller.h"
#include "gui/shelfpanel.h"
#include "gui/tagpanel.h"
#include "gui/thumbnailer.h"
#include "gui/windowsettings.h"
#include "gui/writeerrorbar.h"
#include "net/networkaccessmanager.h"

#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>

// Q_INIT_RESOURCE must not be called inside a namespace.
static void initResources()
{
    Q_INIT_RESOURCE(papershelf);
}

namespace PaperShelf::Gui {

namespace {

/// After an annotation edit, the tag and shelf counts are refreshed once edits pause this long.
constexpr int CountsDelayMs = 250;

} // namespace

MainWindow::MainWindow(const QString &libraryPath, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_languages(languages != nullptr ? languages : new LanguageManager(this))
    , m_network(new Net::NetworkAccessManager(this))
    , m_figures(new FigureDownloadController(m_network, this))
    , m_annotations(new AnnotationController(this))
    , m_imports(new ImportActions(this))
{
    initResources();
    m_ui->setupUi(this);
    setupWidgets();
    setupActions();
    setupNetworkActions();
    setupAnnotations();
    setupShelves();
    m_ui->editMenu->addSeparator();
    m_ui->editMenu->addAction(m_ui->preferencesAction);
    connect(m_ui->preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    m_maintenance = new MaintenanceActions(this);
    m_maintenance->addActionsTo(m_ui->libraryMenu);
    connect(m_maintenance, &MaintenanceActions::libraryRepaired, this, [this]() {
        m_papers->refresh();
        m_shelves->countShelves();
    });
    attachLibrary(libraryPath, ReadOnlyReason::None);
    retranslateUi();
    WindowSettings::restore(settingsParts());
    applyFilter();
}

MainWindow::~MainWindow()
{
    delete m_figures; // its requests belong to m_network, which QObject would delete first
    m_figures = nullptr;
    delete m_imports; // a running import is cancelled and waited for while the window is whole
    m_imports = nullptr;
}

void MainWindow::setupWidgets()
{
    m_tagPanel = new TagPanel(m_ui->tagPanelContainer);
    m_ui->tagPanelLayout->addWidget(m_tagPanel);
    m_chips = new FilterChipsBar(m_ui->listContainer);
    m_ui->listLayout->insertWidget(0, m_chips);
    auto *readerSplitter = new QSplitter(Qt::Vertical, m_ui->readerContainer);
    readerSplitter->setObjectName(QStringLiteral("readerAnnotationSplitter"));
    readerSplitter->setChildrenCollapsible(false);
    m_reader = new ReaderWidget(readerSplitter);
    m_annotationPanel = new AnnotationPanel(readerSplitter);
    readerSplitter->addWidget(m_reader);
    readerSplitter->addWidget(m_annotationPanel);
    readerSplitter->setStretchFactor(0, 3);
    readerSplitter->setStretchFactor(1, 1);
    readerSplitter->setSizes({560, 220});
    m_ui->readerLayout->addWidget(readerSplitter);

    m_writeErrorBar = new WriteErrorBar(m_ui->listContainer);
    m_ui->listLayout->insertWidget(0, m_writeErrorBar);
    m_readOnlyBar = new ReadOnlyBar(m_ui->centralWidget); // above the welcome page and the list
    m_ui->centralLayout->insertWidget(0, m_readOnlyBar);
    connect(m_writeErrorBar, &WriteErrorBar::retryRequested, this, &MainWindow::retryFailedWrites);
    connect(m_writeErrorBar, &WriteErrorBar::discardRequested, this, [this]() {
        m_annotations->client()->discardFailedWrites();
    });
    m_gallery = new GalleryView(m_ui->listStack);
    m_ui->listStack->addWidget(m_gallery);
    connect(m_gallery, &GalleryView::paperSelected, this, &MainWindow::selectPaper);
    connect(m_gallery, &GalleryView::paperActivated, this, [this](qint64 paperId) {
        setGalleryShown(false);
        selectPaper(paperId);
    });
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setStretchFactor(2, 3);
    m_ui->mainSplitter->setSizes({260, 560, 560});

    m_searchEdit = new SearchLineEdit(this);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->mainToolBar->addWidget(spacer);
    m_ui->mainToolBar->addWidget(m_searchEdit);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("paperCountLabel"));
    m_ui->statusBar->addPermanentWidget(m_countLabel);

    QTableView *view = m_ui->paperTableView;
    // Fixed row heights keep scrolling cheap at 100,000 rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(FontFallback::lineHeight(view->font()) + 8);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setTabKeyNavigation(false);

    connect(m_searchEdit, &SearchLineEdit::searchRequested, this, &MainWindow::applyFilter);
    connect(m_searchEdit, &SearchLineEdit::resultsRequested, this, [this]() {
        m_ui->paperTableView->setFocus(Qt::OtherFocusReason);
    });
    connect(m_tagPanel, &TagPanel::filterChanged, this, &MainWindow::applyFilter);
    connect(m_chips, &FilterChipsBar::searchCleared, this, [this]() {
        m_searchEdit->clear();
        applyFilter();
    });
    connect(m_chips, &FilterChipsBar::tagRemoved, this, [this](const Core::Tag &tag) {
        m_tagPanel->setTagState(tag, TagFilterModel::FilterState::Off);
    });
    connect(m_chips, &FilterChipsBar::allCleared, this, &MainWindow::clearSearchAndFilters);
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, &MainWindow::clearSearchAndFilters);
    connect(m_ui->importFilesButton, &QPushButton::clicked, m_imports, &ImportActions::chooseFiles);
    connect(m_ui->importFolderButton, &QPushButton::clicked, m_imports, &ImportActions::chooseFolder);
    connect(m_ui->openDemoButton, &QPushButton::clicked, this, &MainWindow::openDemoLibrary);
}

void MainWindow::setupActions()
{
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->importFilesAction, &QAction::triggered, m_imports, &ImportActions::chooseFiles);
    connect(m_ui->importFolderAction, &QAction::triggered, m_imports, &ImportActions::chooseFolder);
    connect(m_imports, &ImportActions::finished, this, &MainWindow::onImportFinished);
    connect(m_ui->openLibraryAction, &QAction::triggered, this, &MainWindow::chooseLibrary);
    connect(m_ui->openDemoAction, &QAction::triggered, this, &MainWindow::openDemoLibrary);
    connect(m_ui->findAction, &QAction::triggered, this, [this]() {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    connect(m_ui->clearFiltersAction, &QAction::triggered, this, &MainWindow::clearSearchAndFilters);
    connect(m_ui->previousPaperAction, &QAction::triggered, this, [this]() {
        moveSelection(-1);
    });
    connect(m_ui->nextPaperAction, &QAction::triggered, this, [this]() {
        moveSelection(1);
    });
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_figures->addActionsTo(m_ui->libraryMenu);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addActions(m_figures->toolBarActions());
    statusBar()->addPermanentWidget(m_figures->progressWidget());
    // Figure views follow the downloads: new files, failures (their reason), offline mode, retries.
    FigureStrip *strip = m_reader->figureStrip();
    connect(m_figures, &FigureDownloadController::imageCached, strip, &FigureStrip::imageCached);
    connect(m_figures, &FigureDownloadController::imageCached, m_gallery, &GalleryView::imageCached);
    connect(m_figures, &FigureDownloadController::imageFailed, strip, &FigureStrip::imageCached);
    connect(m_figures, &FigureDownloadController::imageFailed, m_gallery, &GalleryView::imageCached);
    connect(m_figures, &FigureDownloadController::offlineChanged, strip, &FigureStrip::setOffline);
    connect(m_figures, &FigureDownloadController::offlineChanged, m_gallery, &GalleryView::setOffline);
    connect(strip, &FigureStrip::retryRequested, m_figures, &FigureDownloadController::retry);
    connect(m_gallery, &GalleryView::retryRequested, m_figures, &FigureDownloadController::retry);
    strip->setOffline(m_figures->isOffline());
    m_gallery->setOffline(m_figures->isOffline());
    m_figures->setFilterProvider([this] {
        return currentFilter();
    });
    m_figures->setSelectionProvider([this] {
        QList<qint64> ids;
        const QModelIndexList rows = m_ui->paperTableView->selectionModel()->selectedRows();
        for (const QModelIndex &row : rows) {
            ids.append(row.data(PaperTableModel::PaperRowIdRole).toLongLong());
        }
        return ids;
    });
    connect(m_ui->galleryAction, &QAction::toggled, this, &MainWindow::setGalleryShown);
    // The reader's actions (layouts, zoom, copy citation) live in the menus with their shortcuts.
    const QList<QAction *> readerActions = m_reader->readerActions();
    for (QAction *action : readerActions) {
        if (action->objectName() == QLatin1String("copyCitationAction")) {
            m_ui->editMenu->addAction(action);
        } else {
            m_ui->viewMenu->addAction(action);
        }
        addAction(action); // shortcuts work wherever the focus is
    }
}

void MainWindow::setupNetworkActions()
{
    m_networkActions = new NetworkActions(m_network, this, [this]() {
        return selectedRowIds();
    });
    const QList<QAction *> fileActions = m_ui->fileMenu->actions();
    m_ui->fileMenu->insertAction(fileActions.value(fileActions.indexOf(m_ui->importFolderAction) + 1),
                                 m_networkActions->importUrlAction());
    m_ui->libraryMenu->addSeparator();
    m_ui->libraryMenu->addAction(m_networkActions->fetchArxivAction());
    m_ui->libraryMenu->addSeparator();
    m_ui->libraryMenu->addAction(m_networkActions->downloadPdfAction());
    m_ui->libraryMenu->addAction(m_networkActions->openPdfAction());
    auto *importUrlButton = new QPushButton(m_ui->welcomePage);
    importUrlButton->setObjectName(QStringLiteral("importUrlButton"));
    m_ui->welcomeButtonLayout->insertWidget(m_ui->welcomeButtonLayout->indexOf(m_ui->openDemoButton), importUrlButton);
    connect(importUrlButton, &QPushButton::clicked, m_networkActions, &NetworkActions::importFromUrl);
    connect(m_networkActions, &NetworkActions::digestsImported, this, &MainWindow::onImportFinished);
    connect(m_networkActions, &NetworkActions::libraryChanged, this, [this]() {
        m_papers->refresh();
        onCurrentRowChanged();
    });
    connect(m_networkActions, &NetworkActions::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10'000);
    });
}

void MainWindow::setupAnnotations()
{
    AnnotationController *annotations = m_annotations;
    QAction *undo = annotations->undoAction();
    QAction *redo = annotations->redoAction();
    const QList<QAction *> editActions = m_ui->editMenu->actions();
    QAction *first = editActions.value(0);
    m_ui->editMenu->insertAction(first, undo);
    m_ui->editMenu->insertAction(first, redo);
    m_ui->editMenu->insertSeparator(first);
    addAction(undo);
    addAction(redo);
    QMenu *annotate = annotations->createMenu(this);
    menuBar()->insertMenu(m_ui->libraryMenu->menuAction(), annotate);
    m_review = new ReviewDock(annotations, this);
    addDockWidget(Qt::RightDockWidgetArea, m_review);
    m_review->hide();
    connect(m_review, &ReviewDock::reviewChanged, annotations, &AnnotationController::notifyPapersChanged);
    connect(m_review, &ReviewDock::statusMessage, statusBar(), &QStatusBar::showMessage);
    menuBar()->insertMenu(m_ui->libraryMenu->menuAction(), m_review->createMenu(this));
    m_annotationViews = new AnnotationViews(annotations, m_reader, m_annotationPanel, this);
    connect(m_annotationViews, &AnnotationViews::paperRequested, this, &MainWindow::selectPaper);
    annotate->insertAction(annotate->actions().value(0), m_reader->highlightAction());
    annotate->insertMenu(annotate->actions().value(1), m_reader->highlightMenu());
    annotate->insertSeparator(annotate->actions().value(2));
    annotate->addSeparator();
    annotate->addAction(m_annotationViews->libraryHighlightsAction());
    addAction(m_annotationViews->libraryHighlightsAction());

    m_exportActions = new ExportActions(
        annotations,
        this,
        [this]() {
        return selectedRowIds();
        },
        [this]() {
        Core::ListRequest request;
        request.filter = currentFilter();
        request.sort = m_papers->sortKey();
        request.reversed = m_papers->sortReversed();
        return request;
    });
    QAction *quit = m_ui->quitAction;
    m_ui->fileMenu->insertMenu(quit, m_exportActions->createMenu(this));
    m_ui->fileMenu->insertAction(quit, m_exportActions->mergeArchiveAction());
    m_ui->fileMenu->insertSeparator(quit);
    connect(m_exportActions, &ExportActions::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10'000);
    });
    connect(m_exportActions, &ExportActions::archiveMerged, this, [this]() {
        m_client->reloadRows(m_papers->loadedRowIds());
        refreshCounts();
        onCurrentRowChanged();
    });
    const QList<QAction *> shortcuts = annotations->shortcutActions();
    for (QAction *action : shortcuts) {
        addAction(action); // shortcuts work wherever the focus is
    }
    annotations->setSelectionProvider([this]() {
        return selectedRowIds();
    });
    annotations->setFavouriteProvider([this](qint64 paperId) {
        const int row = m_papers->rowOf(paperId);
        return row >= 0 && m_papers->index(row, 0).data(PaperTableModel::FavouriteRole).toBool();
    });
    annotations->setUserTagProvider([this](qint64 paperId) {
        const int row = m_papers->rowOf(paperId);
        return row >= 0 ? m_papers->index(row, 0).data(PaperTableModel::UserTagsRole).toStringList() : QStringList();
    });

    NotesEditor *notes = m_annotationPanel->notesEditor();
    connect(notes, &NotesEditor::notesEdited, annotations, &AnnotationController::editNotes);
    connect(notes, &NotesEditor::retryRequested, this, &MainWindow::retryFailedWrites);
    connect(annotations, &AnnotationController::notesChanged, notes, &NotesEditor::showNotes);
    connect(m_annotationPanel,
            &AnnotationPanel::statusChosen,
            this,
            [this](qint64 paperId, Core::ReadingStatus status) {
        m_annotations->setStatus({paperId}, status);
    });
    connect(m_annotationPanel, &AnnotationPanel::ratingChosen, this, [this](qint64 paperId, int rating) {
        m_annotations->setRating({paperId}, rating);
    });
    connect(m_annotationPanel, &AnnotationPanel::favouriteChosen, this, [this](qint64 paperId, bool favourite) {
        m_annotations->setFavourite({paperId}, favourite);
    });
    // Rows come back from the annotation thread right after the write; counts
    // (tag panel, shelves) follow on the library worker once edits pause.
    connect(annotations, &AnnotationController::rowsChanged, this, &MainWindow::onRowsReloaded);
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(CountsDelayMs);
    connect(&m_countsTimer, &QTimer::timeout, this, &MainWindow::refreshCounts);
    connect(annotations, &AnnotationController::papersChanged, this, [this]() {
        m_countsTimer.start();
    });
    connect(annotations, &AnnotationController::tagsChanged, this, [this](const QList<qint64> &paperIds) {
        if (paperIds.isEmpty()) {
            m_client->reloadRows(m_papers->loadedRowIds()); // a rename, merge or delete: any row
        }
        m_countsTimer.start();
    });
    connect(annotations, &AnnotationController::writeFailed, this, &MainWindow::showWriteError);
    // Own tags show their colours in the tag panel.
    connect(annotations, &AnnotationController::userTagsLoaded, this, [this](const QList<Core::UserTag> &tags) {
        QHash<QString, QString> colors;
        for (const Core::UserTag &tag : tags) {
            if (!tag.color.isEmpty()) {
                colors.insert(tag.name, tag.color);
            }
        }
        m_tagPanel->setUserTagColors(colors);
    });
    connect(annotations, &AnnotationController::tagsChanged, annotations, &AnnotationController::loadUserTags);
}

void MainWindow::connectLibraryClient()
{
    connect(m_client.get(), &LibraryClient::paperLoaded, this, &MainWindow::onPaperLoaded);
    connect(m_client.get(), &LibraryClient::rowsReloaded, this, &MainWindow::onRowsReloaded);
    connect(m_client.get(),
            &LibraryClient::countsRefreshed,
            this,
            [this](const Core::PaperFilter &filter, const QList<Core::TagCount> &counts, int libraryTotal) {
        if (!(filter == currentFilter())) {
            return; // the filter changed meanwhile: its own query brings its counts
        }
        m_libraryTotal = libraryTotal;
        m_lastCounts = counts;
        m_tagPanel->setCounts(counts);
        updateStatus();
    });
}

void MainWindow::onPaperLoaded(const Core::PaperDetails &loaded)
{
    Core::PaperDetails paper = loaded;
    // A note typed moments ago may still be on its way to the disk.
    if (const std::optional<QString> notes = m_annotations->editedNotes(paper.rowId)) {
        paper.notes = *notes;
    }
    m_reader->setPaper(paper, m_searchEdit->text());
    m_annotationPanel->setAnnotation(paper.rowId, paper.status, paper.rating, paper.favourite);
    m_annotationPanel->notesEditor()->setPaper(paper.rowId, paper.notes);
    m_annotationViews->showPaper(paper.rowId);
}

void MainWindow::onRowsReloaded(const QList<Core::PaperSummary> &rows)
{
    m_papers->updateRows(rows);
    const qint64 shown = m_annotationPanel->paperId();
    for (const Core::PaperSummary &row : rows) {
        if (row.rowId == shown) {
            m_annotationPanel->setAnnotation(row.rowId, row.status, row.rating, row.favourite);
        }
    }
}

void MainWindow::refreshCounts()
{
    m_client->refreshCounts(currentFilter());
    m_shelves->countShelves();
}

void MainWindow::setupShelves()
{
    m_shelfPanel = new ShelfPanel(m_ui->tagPanelContainer);
    m_shelfPanel->setObjectName(QStringLiteral("shelfPanel"));
    m_ui->tagPanelLayout->insertWidget(0, m_shelfPanel);
    connect(m_shelfPanel, &ShelfPanel::shelfActivated, this, &MainWindow::openShelf);
    m_shelves = new ShelfController(m_annotations, m_shelfPanel, this, [this]() {
        Core::Shelf shelf;
        shelf.filter = currentFilter();
        if (m_ui->paperTableView->horizontalHeader()->sortIndicatorSection() >= 0) {
            shelf.sort = m_papers->sortKey();
            shelf.reversed = m_papers->sortReversed();
        }
        return shelf;
    });
    m_ui->editMenu->addSeparator();
    m_ui->editMenu->addAction(m_shelves->saveAction());
    addAction(m_shelves->saveAction());
}

void MainWindow::openShelf(const Core::Shelf &shelf)
{
    Core::PaperFilter base = shelf.filter;
    base.text.clear();
    base.allOf.clear();
    base.anyOf.clear();
    base.noneOf.clear();
    {
        const QSignalBlocker tagBlocker(m_tagPanel);
        const QSignalBlocker searchBlocker(m_searchEdit);
        m_tagPanel->clearFilters();
        m_tagPanel->setMatchAll(shelf.filter.anyOf.isEmpty());
        // Tags of a known kind go to the tag panel (visible, removable); the others stay conditions.
        const auto place = [this](const QList<Core::TagSelector> &selectors,
                                  TagFilterModel::FilterState state,
                                  QList<Core::TagSelector> *rest) {
            for (const Core::TagSelector &selector : selectors) {
                if (selector.kind) {
                    m_tagPanel->setTagState(Core::Tag{selector.name, *selector.kind}, state);
                } else {
                    rest->append(selector);
                }
            }
        };
        place(shelf.filter.allOf, TagFilterModel::FilterState::Include, &base.allOf);
        place(shelf.filter.anyOf, TagFilterModel::FilterState::Include, &base.anyOf);
        place(shelf.filter.noneOf, TagFilterModel::FilterState::Exclude, &base.noneOf);
        m_searchEdit->setText(shelf.filter.text);
    }
    m_shelfBase = base;
    m_activeShelfId = shelf.id;
    m_shelfPanel->setActiveShelf(shelf.id);
    QHeaderView *header = m_ui->paperTableView->horizontalHeader();
    int column = -1;
    if (shelf.sort) {
        for (int candidate = 0; candidate < PaperTableModel::ColumnCount; ++candidate) {
            if (PaperTableModel::sortKeyForColumn(candidate) == *shelf.sort) {
                column = candidate;
                break;
            }
        }
    }
    {
        const QSignalBlocker blocker(header);
        Qt::SortOrder order = Qt::AscendingOrder;
        if (column >= 0 && PaperTableModel::isReversed(column, order) != shelf.reversed) {
            order = Qt::DescendingOrder;
        }
        header->setSortIndicator(column, order);
        m_papers->sort(column, order);
    }
    applyFilter();
    statusBar()->showMessage(tr("Shelf “%1”").arg(shelf.displayName()), 5'000);
}

void MainWindow::retryFailedWrites()
{
    m_writeErrorBar->hide();
    m_annotationPanel->notesEditor()->clearSaveError();
    m_annotations->client()->retryFailedWrites();
}

void MainWindow::setReadOnly(ReadOnlyReason reason)
{
    m_readOnlyBar->setReason(reason, libraryPath());
    m_annotations->client()->setReadOnlyReason(reason);
    m_maintenance->setReadOnly(reason != ReadOnlyReason::None);
}

void MainWindow::showWriteError(const QString &what, const QString &message)
{
    m_writeErrorBar->showFailure(what, message, m_annotations->client()->failedWriteCount());
    if (what == AnnotationCommand::tr("Edit Notes")) {
        m_annotationPanel->notesEditor()->showSaveError(message);
    }
}

bool MainWindow::settleWrites()
{
    m_annotationPanel->notesEditor()->flush();
    AnnotationClient *client = m_annotations->client();
    if (!client) {
        return true;
    }
    client->waitForIdle();
    QCoreApplication::sendPostedEvents(m_annotations); // deliver the results of those writes
    QCoreApplication::sendPostedEvents(client);
    if (client->failedWriteCount() == 0) {
        return true;
    }
    const QMessageBox::StandardButton
        answer = MessageBox::question(this,
                                      tr("Unsaved Edits"),
                                      tr("%Ln edit(s) could not be saved. Close anyway and lose them?",
                                         nullptr,
                                         client->failedWriteCount()),
                                      QMessageBox::Discard | QMessageBox::Cancel,
                                      QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

QList<qint64> MainWindow::selectedRowIds() const
{
    QList<qint64> rowIds;
    const QItemSelectionModel *selection = m_ui->paperTableView->selectionModel();
    if (!selection) {
        return rowIds;
    }
    for (const QModelIndex &index : selection->selectedRows()) {
        rowIds.append(index.data(PaperTableModel::PaperRowIdRole).toLongLong());
    }
    if (rowIds.isEmpty() && m_ui->paperTableView->currentIndex().isValid()) {
        rowIds.append(m_ui->paperTableView->currentIndex().data(PaperTableModel::PaperRowIdRole).toLongLong());
    }
    return rowIds;
}

void MainWindow::attachLibrary(const QString &path, ReadOnlyReason readOnly)
{
    m_networkActions->setLibraryPath(path);
    m_imports->setLibraryPath(path);
    m_ui->paperTableView->setModel(nullptr);
    delete m_papers;
    m_papers = nullptr;
    m_annotationPanel->notesEditor()->flush();
    m_annotationPanel->clear();
    m_annotationViews->showPaper(0);
    m_writeErrorBar->hide();
    m_annotations->setLibrary(path);
    m_readOnlyBar->setReason(readOnly, path);
    m_annotations->client()->setReadOnlyReason(readOnly);
    m_review->reload();
    m_review->checkLibrary();
    m_exportActions->setLibraryPath(path);
    m_shelfBase = Core::PaperFilter();
    m_activeShelfId = 0;
    m_shelfPanel->setActiveShelf(0);
    m_annotations->loadShelves();
    m_annotations->loadUserTags();
    m_client = std::make_unique<LibraryClient>(path);
    m_shelves->setLibraryClient(m_client.get());
    m_papers = new PaperTableModel(m_client.get(), this);
    m_libraryTotal = -1;
    m_reader->clear();
    Thumbnailer *previous = m_thumbnailer;
    m_thumbnailer = new Thumbnailer(Core::LibraryPaths(path).thumbnailDir(), this);
    m_reader->figureStrip()->setLibrary(path, m_thumbnailer);
    m_gallery->setLibrary(path, m_thumbnailer);
    delete previous; // after the views dropped their models that used it

    QTableView *view = m_ui->paperTableView;
    view->setModel(m_papers);
    PaperTableModel::setUpHeader(view->horizontalHeader());
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    connect(m_client.get(),
            &LibraryClient::queryFinished,
            this,
            [this](quint64 generation, const Core::PaperPage &page, const QList<Core::TagCount> &counts, int total) {
        if (generation == m_client->currentGeneration()) {
            m_libraryTotal = total;
            onQueryFinished(page, counts);
        }
    });
    connectLibraryClient();
    connect(m_client.get(), &LibraryClient::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The library could not be read: %1").arg(message), 10'000);
    });
    m_figures->setLibrary(path);
    m_maintenance->setLibraryPath(path, readOnly != ReadOnlyReason::None);
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    const QString path = libraryPath();
    setWindowTitle(path.isEmpty() ? tr("PaperShelf")
                                  : PlainText::windowTitle(tr("PaperShelf — %1").arg(QFileInfo(path).fileName())));
}

QString MainWindow::libraryPath() const
{
    return m_client ? m_client->libraryPath() : QString();
}

void MainWindow::openLibrary(const QString &path, ReadOnlyReason readOnly)
{
    attachLibrary(path, readOnly);
    applyFilter();
}

Core::PaperFilter MainWindow::currentFilter() const
{
    Core::PaperFilter filter = m_shelfBase;
    filter.text = m_searchEdit->text().trimmed();
    return m_tagPanel->applyTo(filter);
}

void MainWindow::applyFilter()
{
    m_searchEdit->cancelPendingSearch();
    const Core::PaperFilter filter = currentFilter();
    m_chips->setFilter(filter.text, m_tagPanel->activeTags(), m_tagPanel->matchAll());
    m_papers->setFilter(filter);
    if (isGalleryShown()) {
        m_gallery->setFilter(filter);
    }
}

void MainWindow::setGalleryShown(bool shown)
{
    const QSignalBlocker blocker(m_ui->galleryAction);
    m_ui->galleryAction->setChecked(shown);
    if (shown && !(m_gallery->filter() == currentFilter() && m_gallery->model()->rowCount() > 0)) {
        m_gallery->setFilter(currentFilter());
    }
    updatePages();
    if (shown) {
        m_gallery->view()->setFocus(Qt::OtherFocusReason);
    }
}

bool MainWindow::isGalleryShown() const
{
    return m_ui->galleryAction->isChecked();
}

void MainWindow::selectPaper(qint64 paperId)
{
    QTableView *view = m_ui->paperTableView;
    for (int row = 0; row < m_papers->rowCount(); ++row) {
        const QModelIndex index = m_papers->index(row, PaperTableModel::TitleColumn);
        if (index.data(PaperTableModel::PaperRowIdRole).toLongLong() == paperId) {
            view->setCurrentIndex(index);
            view->scrollTo(index);
            return;
        }
    }
    // Not among the rows loaded so far: the reader shows it all the same.
    m_client->loadPaper(paperId);
}

void MainWindow::onQueryFinished(const Core::PaperPage &page, const QList<Core::TagCount> &tagCounts)
{
    Q_UNUSED(page);
    m_lastCounts = tagCounts;
    m_tagPanel->setCounts(tagCounts);
    updatePages();
    updateStatus();
    // Keep a paper selected so that the reader always shows something useful.
    QTableView *view = m_ui->paperTableView;
    if (m_papers->rowCount() > 0 && !view->currentIndex().isValid()) {
        view->setCurrentIndex(m_papers->index(0, PaperTableModel::TitleColumn));
    }
    if (m_papers->rowCount() == 0) {
        m_reader->clear();
        m_annotationPanel->clear();
        m_annotationViews->showPaper(0);
    }
    Q_EMIT resultsShown();
}

void MainWindow::updatePages()
{
    const bool libraryEmpty = m_libraryTotal == 0;
    m_ui->centralStack->setCurrentWidget(libraryEmpty ? m_ui->welcomePage : m_ui->libraryPage);
    if (libraryEmpty) {
        return;
    }
    if (isGalleryShown()) {
        m_ui->listStack->setCurrentWidget(m_gallery);
        return;
    }
    if (m_papers->totalCount() > 0) {
        m_ui->listStack->setCurrentWidget(m_ui->paperTableView);
        return;
    }
    // Say why the list is empty, with the way out one click away.
    const Core::PaperFilter filter = currentFilter();
    const int tagFilters = static_cast<int>(filter.allOf.size() + filter.anyOf.size() + filter.noneOf.size());
    QString reason;
    if (!filter.text.isEmpty() && tagFilters > 0) {
        reason = tr("No paper matches the search “%1” together with the %Ln tag filter(s).", nullptr, tagFilters)
                     .arg(filter.text);
    } else if (!filter.text.isEmpty()) {
        reason = tr("No paper matches the search “%1”.").arg(filter.text);
    } else {
        reason = tr("No paper passes the %Ln tag filter(s).", nullptr, tagFilters);
    }
    m_ui->emptyResultLabel->setText(reason);
    m_ui->listStack->setCurrentWidget(m_ui->emptyResultPage);
}

void MainWindow::updateStatus()
{
    const QLocale locale;
    if (m_libraryTotal < 0) {
        m_countLabel->clear();
        return;
    }
    QString text = tr("%Ln paper(s)", nullptr, m_libraryTotal);
    if (!currentFilter().isEmpty()) {
        text += QStringLiteral(" · ") + tr("%1 shown").arg(locale.toString(m_papers->totalCount()));
    }
    m_countLabel->setText(text);
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex current = m_ui->paperTableView->currentIndex();
    if (!current.isValid()) {
        return;
    }
    m_client->loadPaper(current.data(PaperTableModel::PaperRowIdRole).toLongLong());
}

void MainWindow::moveSelection(int delta)
{
    QTableView *view = m_ui->paperTableView;
    const int rows = m_papers->rowCount();
    if (rows == 0) {
        return;
    }
    const int current = view->currentIndex().isValid() ? view->currentIndex().row() : -1;
    const int next = std::clamp(current + delta, 0, rows - 1);
    view->setCurrentIndex(m_papers->index(next, PaperTableModel::TitleColumn));
    view->scrollTo(view->currentIndex());
}

void MainWindow::clearSearchAndFilters()
{
    const QSignalBlocker blocker(m_tagPanel);
    m_tagPanel->clearFilters();
    m_shelfBase = Core::PaperFilter();
    m_activeShelfId = 0;
    m_shelfPanel->setActiveShelf(0);
    m_searchEdit->clear();
    applyFilter();
}

void MainWindow::chooseLibrary()
{
    const QStringList files = FileDialog::getOpenFileNames(this,
                                                           tr("Open Library"),
                                                           tr("PaperShelf libraries (*.papershelf);;All files (*)"));
    if (!files.isEmpty()) {
        Q_EMIT libraryChosen(files.first());
    }
}

void MainWindow::openDemoLibrary()
{
    if (!settleWrites()) {
        return;
    }
    QString error;
    std::unique_ptr<DemoLibrary> demo = DemoLibrary::create(&error);
    if (!demo) {
        MessageBox::warning(this, tr("Demo Library"), error);
        return;
    }
    const QString library = demo->libraryPath();
    const QString digest = demo->digestPath();
    m_demo = std::move(demo);
    openLibrary(library);
    importPaths({digest});
}

void MainWindow::importPaths(const QStringList &paths)
{
    m_imports->importPaths(paths);
}

bool MainWindow::isImporting() const
{
    return m_imports->isRunning();
}

void MainWindow::onImportFinished(const Core::ImportReport &report)
{
    m_papers->refresh();
    // Shelf counts change with the library, not with the search: here, after edits, on opening.
    m_shelves->countShelves();
    m_review->checkLibrary();
    auto *summary = new ImportSummaryDialog(report, this);
    summary->setObjectName(QStringLiteral("importSummaryDialog"));
    summary->setAttribute(Qt::WA_DeleteOnClose);
    summary->show();
    m_figures->queueImport(report);
    Q_EMIT importFinished(report);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!ImportActions::droppedPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = ImportActions::droppedPaths(event->mimeData());
    if (paths.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    if (auto *importUrlButton = findChild<QPushButton *>(QStringLiteral("importUrlButton"))) {
        importUrlButton->setText(tr("Import from URL…"));
    }
    m_ui->paperTableView->setAccessibleName(tr("Papers"));
    // Objects that own menu texts but are not widgets.
    m_exportActions->retranslate();
    m_networkActions->retranslate();
    m_maintenance->retranslate();
    m_shelves->retranslate();
    m_figures->retranslate();
    m_annotations->retranslate();
    m_annotationViews->retranslate();
    if (m_papers) {
        m_papers->retranslate();
    }
    updateWindowTitle();
    updateStatus();
    if (m_ui->listStack->currentWidget() == m_ui->emptyResultPage) {
        updatePages();
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_languages, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    MessageBox::information(this,
                            tr("About PaperShelf"),
                            tr("PaperShelf %1\nA local library for AI-written arXiv digests: search, read, annotate "
                               "and review them offline.")
                                .arg(QCoreApplication::applicationVersion()));
}

WindowSettings::Parts MainWindow::settingsParts()
{
    WindowSettings::Parts parts;
    parts.window = this;
    parts.mainSplitter = m_ui->mainSplitter;
    parts.readerSplitter = findChild<QSplitter *>(QStringLiteral("readerAnnotationSplitter"));
    parts.header = m_ui->paperTableView->horizontalHeader();
    parts.papers = m_papers;
    parts.reader = m_reader;
    parts.tagPanel = m_tagPanel;
    parts.search = m_searchEdit;
    return parts;
}

bool MainWindow::prepareToClose()
{
    if (!settleWrites()) {
        return false;
    }
    // The demo library is temporary; do not come back to it next time.
    WindowSettings::save(settingsParts(), m_demo ? QString() : libraryPath());
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!prepareToClose()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace PaperShelf::Gui
