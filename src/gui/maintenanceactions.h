#pragma once

#include "core/backup/librarybackup.h"
#include "core/backup/librarycheck.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QFutureWatcherBase;
class QLabel;
class QMainWindow;
class QMenu;
class QProgressDialog;

namespace PaperShelf::Gui {

class LibraryCheckDialog;

/// Library → Back Up Now, Check Library…, Restore from Backup…, Open Backup
/// Folder, and the automatic daily backup. Every backup, check and repair runs
/// on a pool thread with a connection of its own (LibraryBackup, LibraryCheck);
/// this class shows progress and says how it went, in the window's status bar
/// or a dialog.
///
/// Restoring needs the library closed everywhere, which only the window's
/// owner can do: after the user chose a backup and confirmed, restoreRequested()
/// asks for it (WindowHost closes the window, restores and opens a new one).
class MaintenanceActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceActions)

public:
    explicit MaintenanceActions(QMainWindow *window);
    /// Waits for a running backup, check or repair; starts the daily backup of the
    /// library being closed when it is due (not waited for: see closeLibrary()).
    ~MaintenanceActions() override;

    /// The library the actions work on, once it is open, and whether it is open
    /// read-only. With automatic backups on, the previous library gets its
    /// closing backup and this one its daily backup, both when due; a read-only
    /// library gets neither (its folder may not take a backup).
    void setLibraryPath(const QString &path, bool readOnly = false);

    /// The current library is now open read-only, or writable again (which
    /// starts its daily backup when automatic backups are on and one is due).
    void setReadOnly(bool readOnly);

    QString libraryPath() const { return m_libraryPath; }

    /// Daily backups after a library opens and when it closes, when due
    /// (LibraryBackup::backupIfDue). The application turns them on (WindowHost);
    /// off by default so that tools and tests that make windows write no backups.
    void setAutomaticBackups(bool on);

    /// Whether the current library gets automatic backups: they are on and it is writable.
    bool automaticBackups() const { return m_automatic && !m_readOnly; }

    /// Test hook: the current time for LibraryBackup.
    void setClock(Core::LibraryBackup::Clock clock) { m_clock = std::move(clock); }

    /// Adds the actions (after a separator) to `menu`.
    void addActionsTo(QMenu *menu);
    /// Sets the texts in the current language (the owner calls it on a language change).
    void retranslate();

    QAction *backUpAction() const { return m_backUpAction; }

    QAction *checkAction() const { return m_checkAction; }

    QAction *restoreAction() const { return m_restoreAction; }

    QAction *openFolderAction() const { return m_openFolderAction; }

    void backUpNow();
    /// Opens the Check Library dialog and runs the check.
    void checkLibrary();
    /// Lists the backups; when the user picks one and confirms, restoreRequested().
    void chooseBackupToRestore();
    void openBackupFolder();

    /// Test hook: true while a backup, check or repair runs.
    bool isBusy() const { return !m_jobs.isEmpty(); }

    /// Test hook: blocks until the running jobs are done (their results are then
    /// delivered by the event loop).
    void waitForFinished();

Q_SIGNALS:
    /// Back Up Now finished: the new backup (empty path on failure).
    void backupMade(const PaperShelf::Core::BackupEntry &backup);
    /// A daily backup check ran: `made` when one was due and written.
    void dailyBackupFinished(bool made);
    /// A backup could not be made; the window shows `message` too.
    void backupFailed(const QString &message);
    /// A repair changed the library (views reload).
    void libraryRepaired();
    /// The user chose `backup` to replace the library at `libraryPath` and confirmed.
    void restoreRequested(const QString &libraryPath, const QString &backup);

private:
    /// Runs `work` on the pool and hands its result to `then` here, counting it as a job.
    template<typename Work, typename Then>
    void run(Work work, Then then);
    /// Starts backupIfDue of `path` on the pool; with `report`, its outcome is shown.
    void startDailyBackup(const QString &path, bool report);
    /// Starts the daily backup of the open library when automatic backups were off (`wasOn`) and are on now.
    void backUpIfTurnedOn(bool wasOn);
    void runCheck(bool repair);
    void showStatus(const QString &message, int timeoutMs);
    /// Shows (or, with an empty `error`, hides) the lasting failure mark in the status bar.
    void setBackupFailure(const QString &error);
    void closeProgress();

    QMainWindow *m_window;
    QString m_libraryPath;
    bool m_automatic = false;
    bool m_readOnly = false; ///< the library at m_libraryPath is open read-only
    Core::LibraryBackup::Clock m_clock;
    QList<QFutureWatcherBase *> m_jobs;
    QProgressDialog *m_progress = nullptr;
    QLabel *m_failureLabel = nullptr; ///< in the status bar while the last daily backup failed
    QString m_failure;
    QPointer<LibraryCheckDialog> m_checkDialog;
    QAction *m_backUpAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_openFolderAction = nullptr;
};

} // namespace PaperShelf::Gui
