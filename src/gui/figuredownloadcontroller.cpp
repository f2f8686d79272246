#include "gui/figuredownloadcontroller.h"

#include "core/db/database.h"
#include "core/import/importreport.h"
#include "core/util/librarypaths.h"
#include "gui/figureprogresswidget.h"

#include <QAction>
#include <QFutureWatcher>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QtConcurrent>

namespace PaperShelf::Gui {

namespace {

const QString OfflineKey = QStringLiteral("figures/offline");
const QString NewImportsKey = QStringLiteral("figures/downloadNewImports");

} // namespace

FigureDownloadController::FigureDownloadController(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_progress(new FigureProgressWidget)
{
    const QSettings settings;
    m_offline = settings.value(OfflineKey, false).toBool();
    m_downloadNewImports = settings.value(NewImportsKey, true).toBool();
    connect(m_progress, &FigureProgressWidget::cancelRequested, this, &FigureDownloadController::cancel);
}

FigureDownloadController::~FigureDownloadController()
{
    delete m_fetcher; // before the store it writes to
    m_fetcher = nullptr;
    if (m_progress && !m_progress->parent()) {
        delete m_progress;
    }
}

void FigureDownloadController::setLibrary(const QString &libraryPath)
{
    ++m_generation;
    delete m_fetcher;
    m_fetcher = nullptr;
    m_store.reset();
    m_database.reset();
    m_libraryPath = libraryPath;
    m_progress->setMessage(QString());
    Core::Result<std::unique_ptr<Core::Database>> opened = Core::Database::open(libraryPath);
    if (!opened) {
        m_progress->setMessage([error = opened.errorMessage()]() -> QString {
            return tr("Figures cannot be downloaded: %1").arg(error);
        });
        return;
    }
    m_database = std::move(opened).value();
    m_store = std::make_unique<Core::ImageCacheStore>(*m_database, Core::LibraryPaths(libraryPath).imageDir());
    m_fetcher = new Net::ImageFetcher(m_network, m_store.get(), Net::FetchPolicy(), this);
    m_fetcher->setOffline(m_offline);
    connect(m_fetcher, &Net::ImageFetcher::progressChanged, m_progress, &FigureProgressWidget::setProgress);
    // Views reload states from the library, so they hear of an image once it is recorded there.
    connect(m_fetcher, &Net::ImageFetcher::outcomesRecorded, this, [this](const QList<Core::ImageOutcome> &outcomes) {
        for (const Core::ImageOutcome &outcome : outcomes) {
            if (outcome.ok) {
                Q_EMIT imageCached(outcome.url);
            } else {
                Q_EMIT imageFailed(outcome.url, outcome.error);
            }
        }
    });
    connect(m_fetcher, &Net::ImageFetcher::finished, this, &FigureDownloadController::onFinished);
    connect(m_fetcher, &Net::ImageFetcher::offlineChanged, this, &FigureDownloadController::setOffline);
}

void FigureDownloadController::addActionsTo(QMenu *menu)
{
    const auto add = [this, menu](const QString &name, void (FigureDownloadController::*slot)()) {
        QAction *action = menu->addAction(QString());
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    menu->addSeparator();
    m_selectedAction = add(QStringLiteral("downloadSelectedFiguresAction"),
                           &FigureDownloadController::downloadSelected);
    m_resultsAction = add(QStringLiteral("downloadResultFiguresAction"),
                          &FigureDownloadController::downloadCurrentResults);
    m_resultsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_libraryAction = add(QStringLiteral("downloadLibraryFiguresAction"), &FigureDownloadController::downloadLibrary);
    m_retryFailedAction = add(QStringLiteral("retryFailedFiguresAction"), &FigureDownloadController::retryFailed);
    menu->addSeparator();
    m_offlineAction = menu->addAction(QString());
    m_offlineAction->setObjectName(QStringLiteral("workOfflineAction"));
    m_offlineAction->setCheckable(true);
    m_offlineAction->setChecked(m_offline);
    connect(m_offlineAction, &QAction::toggled, this, &FigureDownloadController::setOffline);
    m_newImportsAction = menu->addAction(QString());
    m_newImportsAction->setObjectName(QStringLiteral("downloadNewImportFiguresAction"));
    m_newImportsAction->setCheckable(true);
    m_newImportsAction->setChecked(m_downloadNewImports);
    connect(m_newImportsAction, &QAction::toggled, this, &FigureDownloadController::setDownloadNewImports);
    retranslate();
}

void FigureDownloadController::retranslate()
{
    if (!m_selectedAction) {
        return; // no menu yet
    }
    m_selectedAction->setText(tr("Download Figures of &Selected Papers"));
    m_resultsAction->setText(tr("Download Figures of Current &Results"));
    m_resultsAction->setIconText(tr("Download Figures"));
    m_libraryAction->setText(tr("Download Figures of &Whole Library"));
    m_retryFailedAction->setText(tr("Re&try Failed Figures"));
    m_offlineAction->setText(tr("Work O&ffline"));
    m_newImportsAction->setText(tr("Download Figures of &New Imports"));
}

void FigureDownloadController::downloadSelected()
{
    const QList<qint64> ids = m_selection ? m_selection() : QList<qint64>();
    plan([ids](Core::ImageCacheStore &store) {
        return store.workForPapers(ids, {});
    });
}

void FigureDownloadController::downloadCurrentResults()
{
    const Core::PaperFilter filter = m_filter ? m_filter() : Core::PaperFilter();
    plan([filter](Core::ImageCacheStore &store) {
        return filter.isEmpty() ? store.workForLibrary({}) : store.workForFilter(filter, {});
    });
}

void FigureDownloadController::downloadLibrary()
{
    plan([](Core::ImageCacheStore &store) {
        return store.workForLibrary({});
    });
}

void FigureDownloadController::retryFailed()
{
    plan([](Core::ImageCacheStore &store) {
        Core::ImageCacheStore::WorkOptions options;
        options.retryFailed = true;
        return store.workForLibrary(options);
    });
}

void FigureDownloadController::retry(const QStringList &urls)
{
    plan([urls](Core::ImageCacheStore &store) {
        return store.workForUrls(urls, {});
    });
}

void FigureDownloadController::queueImport(const Core::ImportReport &report)
{
    if (!m_downloadNewImports || report.papersAdded + report.papersUpdated == 0) {
        return;
    }
    // The import wrote updated_at with its own clock: a little slack before its start.
    const QDateTime since = QDateTime::currentDateTimeUtc().addMSecs(-report.elapsedMs - 2'000);
    plan([since](Core::ImageCacheStore &store) {
        return store.workForPapersChangedSince(since, {});
    });
}

void FigureDownloadController::cancel()
{
    if (m_fetcher) {
        m_fetcher->cancel();
    }
}

bool FigureDownloadController::isOffline() const
{
    return m_offline;
}

void FigureDownloadController::setOffline(bool offline)
{
    if (m_offline == offline) {
        return;
    }
    m_offline = offline;
    QSettings().setValue(OfflineKey, offline);
    if (m_offlineAction) {
        m_offlineAction->setChecked(offline);
    }
    if (m_fetcher) {
        m_fetcher->setOffline(offline);
    }
    Q_EMIT offlineChanged(offline);
}

void FigureDownloadController::setDownloadNewImports(bool enabled)
{
    m_downloadNewImports = enabled;
    QSettings().setValue(NewImportsKey, enabled);
    if (m_newImportsAction) {
        m_newImportsAction->setChecked(enabled);
    }
}

bool FigureDownloadController::isBusy() const
{
    return m_planning > 0 || (m_fetcher && m_fetcher->isRunning());
}

void FigureDownloadController::plan(Planner planner)
{
    if (!m_fetcher) {
        return;
    }
    if (m_offline) {
        m_progress->setMessage([]() -> QString {
            return tr("Working offline: figures are not downloaded");
        });
        return;
    }
    ++m_planning;
    m_progress->setMessage([]() -> QString {
        return tr("Figures: looking for work…");
    });
    const quint64 generation = m_generation;
    const QString libraryPath = m_libraryPath;
    auto *watcher = new QFutureWatcher<Core::Result<Core::ImageWorkList>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_planning;
        const Core::Result<Core::ImageWorkList> work = watcher->result();
        if (generation != m_generation || !m_fetcher) {
            return;
        }
        if (!work) {
            m_progress->setMessage([error = work.errorMessage()]() -> QString {
                return tr("Figures cannot be listed: %1").arg(error);
            });
            return;
        }
        if (work->jobs.isEmpty() && work->unfetchable.isEmpty() && !m_fetcher->isRunning()) {
            m_progress->setMessage([cached = work->cachedAlready]() -> QString {
                return tr("Figures: nothing to download (%Ln cached)", nullptr, cached);
            });
            return;
        }
        m_fetcher->fetch(*work);
    });
    watcher->setFuture(QtConcurrent::run([libraryPath, planner]() -> Core::Result<Core::ImageWorkList> {
        // A connection of this pool thread's own, closed before the task ends.
        Core::Result<std::unique_ptr<Core::Database>> database = Core::Database::open(libraryPath);
        if (!database) {
            return database.error();
        }
        Core::ImageCacheStore store(**database, Core::LibraryPaths(libraryPath).imageDir());
        return planner(store);
    }));
}

void FigureDownloadController::onFinished(const Net::ImageFetchSummary &summary)
{
    // Made again in the new language after a switch.
    m_progress->setMessage([cancelled = summary.cancelled,
                            offline = summary.offline,
                            downloaded = summary.downloaded,
                            failed = summary.failed.size()]() -> QString {
        const QLocale locale;
        if (cancelled) {
            return tr("Figures: cancelled after %1 downloaded").arg(locale.toString(downloaded));
        }
        if (offline) {
            return tr("Figures: offline, %1 downloaded").arg(locale.toString(downloaded));
        }
        return tr("Figures: %1 downloaded, %2 failed").arg(locale.toString(downloaded), locale.toString(failed));
    });
    Q_EMIT downloadFinished(summary);
}

} // namespace PaperShelf::Gui
