#pragma once

#include "core/images/imagecachestore.h"
#include "core/search/paperfilter.h"
#include "net/imagefetcher.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QNetworkAccessManager;

namespace PaperShelf::Core {
class Database;
struct ImportReport;
} // namespace PaperShelf::Core

namespace PaperShelf::Gui {

class FigureProgressWidget;

/// Downloads figures (screenshots) of the current library for the main window:
/// the Library menu's actions, the status-bar progress with Cancel, offline mode
/// and the "download figures of new imports" preference (both kept in QSettings).
///
/// Work lists are computed on a pool thread with a connection of their own; the
/// fetcher runs on the GUI thread but only moves buffers there (see ImageFetcher).
/// The gallery connects to retry() and imageCached().
class FigureDownloadController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureDownloadController)

public:
    /// `network` is the application's manager (MainWindow::network()); not owned.
    explicit FigureDownloadController(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~FigureDownloadController() override;

    /// Switches to another library; a running download is cancelled.
    void setLibrary(const QString &libraryPath);

    /// Where "selected papers" (papers.id) and "current results" come from.
    void setSelectionProvider(std::function<QList<qint64>()> provider) { m_selection = std::move(provider); }

    void setFilterProvider(std::function<Core::PaperFilter()> provider) { m_filter = std::move(provider); }

    /// Adds the download actions (object names *Action) to `menu`.
    void addActionsTo(QMenu *menu);
    /// Sets the actions' texts again after a language change (the window calls it).
    /// The progress widget retranslates itself.
    void retranslate();

    /// The status-bar widget; the caller's status bar takes ownership.
    FigureProgressWidget *progressWidget() const { return m_progress; }

    void downloadSelected();
    void downloadCurrentResults();
    void downloadLibrary();
    /// Every failed figure of the library again, cool-down or not.
    void retryFailed();
    /// These figure URLs again (a view's retry action).
    void retry(const QStringList &urls);
    /// After an import: the figures of its new and changed papers, when the preference is on.
    void queueImport(const Core::ImportReport &report);
    void cancel();

    /// The actions worth a toolbar button: download the current results, work offline
    /// (valid after addActionsTo()).
    QList<QAction *> toolBarActions() const { return {m_resultsAction, m_offlineAction}; }

    bool isOffline() const;
    void setOffline(bool offline);

    bool downloadsNewImports() const { return m_downloadNewImports; }

    void setDownloadNewImports(bool enabled);
    /// True while a work list is computed or a download runs (tests wait on it).
    bool isBusy() const;

Q_SIGNALS:
    /// An image is cached and recorded in the library (views may reload its state).
    void imageCached(const QString &url);
    /// An image failed and the failure is recorded in the library.
    void imageFailed(const QString &url, const QString &error);
    void downloadFinished(const PaperShelf::Net::ImageFetchSummary &summary);
    void offlineChanged(bool offline);

private:
    using Planner = std::function<Core::Result<Core::ImageWorkList>(Core::ImageCacheStore &)>;
    void plan(Planner planner);
    void onFinished(const Net::ImageFetchSummary &summary);

    QNetworkAccessManager *m_network;
    QString m_libraryPath;
    std::unique_ptr<Core::Database> m_database;
    std::unique_ptr<Core::ImageCacheStore> m_store;
    Net::ImageFetcher *m_fetcher = nullptr;
    QPointer<FigureProgressWidget> m_progress;
    std::function<QList<qint64>()> m_selection;
    std::function<Core::PaperFilter()> m_filter;
    QAction *m_selectedAction = nullptr;
    QAction *m_resultsAction = nullptr;
    QAction *m_libraryAction = nullptr;
    QAction *m_retryFailedAction = nullptr;
    QAction *m_offlineAction = nullptr;
    QAction *m_newImportsAction = nullptr;
    quint64 m_generation = 0; // bumped by setLibrary(): late work lists of the old library are dropped
    int m_planning = 0;
    bool m_offline = false;
    bool m_downloadNewImports = true;
};

} // namespace PaperShelf::Gui
