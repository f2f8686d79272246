#include "gui/windowhost.h"

#include "core/backup/librarybackup.h"
#include "core/db/database.h"
#include "gui/libraryopener.h"
#include "gui/maintenanceactions.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

namespace PaperShelf::Gui {

namespace {

/// What the restore thread did.
struct RestoreOutcome
{
    QString error;
    QString keptAside;
};

RestoreOutcome restoreLibrary(const QString &libraryPath, const QString &backup, const std::function<void()> &before)
{
    // Jobs the closed window started (exports, downloads, a closing backup)
    // hold connections of their own until they end.
    QThreadPool::globalInstance()->waitForDone();
    if (before) {
        before();
    }
    RestoreOutcome outcome;
    const Core::Result<Core::RestoreReport> restored = Core::LibraryBackup(libraryPath).restore(backup);
    if (!restored) {
        outcome.error = restored.errorMessage();
        return outcome;
    }
    outcome.keptAside = restored->keptAside;
    // Opened once here, off the GUI thread: an older backup is migrated now, and
    // a problem is reported before the window's workers meet it.
    const Core::Result<std::unique_ptr<Core::Database>> opened = Core::Database::open(libraryPath);
    if (!opened) {
        outcome.error = opened.errorMessage();
    }
    return outcome;
}

} // namespace

WindowHost::WindowHost(const QString &libraryPath, LanguageManager *languages, ReadOnlyReason readOnly, QObject *parent)
    : QObject(parent)
    , m_languages(languages)
    , m_readOnly(readOnly)
{
    m_restorePool.setMaxThreadCount(1);
    createWindow(libraryPath);
}

WindowHost::~WindowHost()
{
    m_restorePool.waitForDone();
    m_window.reset(); // the workers' connections close before the main one
}

void WindowHost::show()
{
    if (m_window) {
        m_window->show();
    }
}

void WindowHost::createWindow(const QString &libraryPath)
{
    m_window = std::make_unique<MainWindow>(libraryPath, m_languages);
    // A read-only library is backed up on request only (its folder may not take a backup).
    m_window->setReadOnly(m_readOnly);
    MaintenanceActions *maintenance = m_window->maintenanceActions();
    maintenance->setAutomaticBackups(true);
    // Queued: the window is deleted by restore(), which must not run inside its own signal.
    connect(maintenance, &MaintenanceActions::restoreRequested, this, &WindowHost::restore, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::libraryChosen, this, &WindowHost::switchLibrary);
}

void WindowHost::switchLibrary(const QString &path)
{
    if (!m_window || m_switching) {
        return;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == QFileInfo(m_window->libraryPath()).absoluteFilePath()) {
        Q_EMIT librarySwitchFinished(absolute, true); // already showing it
        return;
    }
    // Pending notes are saved first; edits that could not be saved are the user's call.
    if (!m_window->prepareToClose()) {
        Q_EMIT librarySwitchFinished(absolute, false);
        return;
    }
    m_switching = std::make_unique<LibraryOpener>(absolute, m_window.get());
    m_switching->setGiveUp(LibraryOpener::GiveUp::Cancel);
    connect(m_switching.get(), &LibraryOpener::opened, this, &WindowHost::finishSwitch);
    connect(m_switching.get(), &LibraryOpener::abandoned, this, [this, absolute]() {
        // Deleted later: this runs inside the opener's own signal.
        m_switching.release()->deleteLater();
        Q_EMIT librarySwitchFinished(absolute, false);
    });
    m_switching->start();
}

void WindowHost::finishSwitch()
{
    std::unique_ptr<LibraryOpener> opener = std::move(m_switching);
    disconnect(opener.get(), nullptr, this, nullptr); // its later reopenings are restores
    m_readOnly = opener->readOnlyReason();
    // The previous library gets its closing backup (when writable and due), a
    // read-only new one no daily backup.
    m_window->openLibrary(opener->libraryPath(), m_readOnly);
    // The previous library is no longer used: its main connection closes cleanly.
    if (m_release) {
        m_release();
    }
    m_opener = std::move(opener);
    m_release = [this]() {
        m_opener->close();
    };
    m_reacquire = [this]() {
        m_opener->start();
    };
    Q_EMIT librarySwitchFinished(m_opener->libraryPath(), true);
}

void WindowHost::setReadOnly(ReadOnlyReason reason)
{
    m_readOnly = reason;
    if (m_window) {
        m_window->setReadOnly(reason);
    }
}

void WindowHost::setLibraryHolder(std::function<void()> release, std::function<void()> reacquire)
{
    m_release = std::move(release);
    m_reacquire = std::move(reacquire);
}

void WindowHost::restore(const QString &libraryPath, const QString &backup)
{
    if (!m_window) {
        return;
    }
    if (m_switching) {
        // The opener would move a window that no longer exists, or the new one.
        MessageBox::information(m_window.get(),
                                tr("Restore from Backup"),
                                tr("Another library is being opened. Try again once it is open or cancelled."));
        return;
    }
    if (m_readOnly != ReadOnlyReason::None) {
        MessageBox::warning(m_window.get(),
                            tr("Restore from Backup"),
                            tr("The library is open read-only, so it cannot be replaced by a backup. Open it "
                               "with write access to restore it."));
        return;
    }
    if (!m_window->prepareToClose()) {
        return;
    }
    // No closing backup now: its rotation could remove the backup being restored.
    m_window->maintenanceActions()->setAutomaticBackups(false);
    const bool quitOnClose = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    m_window.reset(); // ends the workers and closes their connections
    if (m_release) {
        m_release();
    }

    auto *progress = new QProgressDialog(tr("Restoring the library from the backup…"), QString(), 0, 0);
    progress->setObjectName(QStringLiteral("restoreProgressDialog"));
    progress->setWindowTitle(tr("Restore from Backup"));
    progress->setCancelButton(nullptr);
    progress->setMinimumDuration(0);
    progress->show();
    auto *watcher = new QFutureWatcher<RestoreOutcome>(this);
    connect(watcher,
            &QFutureWatcher<RestoreOutcome>::finished,
            this,
            [this, watcher, progress, libraryPath, quitOnClose]() {
        const RestoreOutcome outcome = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        finishRestore(libraryPath, outcome.error, outcome.keptAside);
        QGuiApplication::setQuitOnLastWindowClosed(quitOnClose);
    });
    watcher->setFuture(QtConcurrent::run(&m_restorePool, restoreLibrary, libraryPath, backup, m_beforeRestore));
}

void WindowHost::finishRestore(const QString &libraryPath, const QString &error, const QString &keptAside)
{
    if (m_reacquire) {
        m_reacquire();
    }
    createWindow(libraryPath);
    m_window->show();
    QString message;
    if (!error.isEmpty() && keptAside.isEmpty()) {
        message = tr("The library was not restored: %1").arg(error);
        MessageBox::warning(m_window.get(), tr("Restore from Backup"), message);
    } else if (!error.isEmpty()) {
        message = tr("The backup was put in place, but the library cannot be opened: %1\n\nThe replaced library "
                     "file was kept as %2.")
                      .arg(error, QDir::toNativeSeparators(keptAside));
        MessageBox::warning(m_window.get(), tr("Restore from Backup"), message);
    } else if (keptAside.isEmpty()) {
        message = tr("The library was restored from the backup.");
        MessageBox::information(m_window.get(), tr("Restore from Backup"), message);
    } else {
        message = tr("The library was restored from the backup. The replaced library file was kept as %1.")
                      .arg(QDir::toNativeSeparators(keptAside));
        MessageBox::information(m_window.get(), tr("Restore from Backup"), message);
    }
    Q_EMIT restoreFinished(error.isEmpty(), message);
}

} // namespace PaperShelf::Gui
