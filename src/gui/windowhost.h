#pragma once

#include "gui/readonlybar.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace PaperShelf::Gui {

class LanguageManager;
class LibraryOpener;
class MainWindow;

/// Owns the application's main window, and replaces it when the library must
/// be closed everywhere: a restore (MaintenanceActions::restoreRequested)
/// closes the window, whose destruction ends every worker and connection,
/// waits for the pool's last library jobs, restores the backup and opens a new
/// window on the restored library. Turns the daily backups on. Moves the window
/// to the library File > Open Library picks (switchLibrary()).
class WindowHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowHost)

public:
    /// `libraryPath` must exist and be openable, as for MainWindow; `readOnly`:
    /// see setReadOnly() (given here, no automatic backup starts for a read-only library).
    WindowHost(const QString &libraryPath,
               LanguageManager *languages,
               ReadOnlyReason readOnly = ReadOnlyReason::None,
               QObject *parent = nullptr);
    ~WindowHost() override;

    /// The current window; another one after a restore (nullptr while restoring).
    MainWindow *window() const { return m_window.get(); }

    void show();

    /// Every window the host makes shows the library as read-only for `reason`
    /// (MainWindow::setReadOnly); a read-only library is never restored.
    void setReadOnly(ReadOnlyReason reason);

    /// Connections the host does not own (the session's main one): `release`
    /// closes them once the window is gone and before the file is replaced,
    /// `reacquire` opens them again after the restore. Both run on the GUI thread.
    void setLibraryHolder(std::function<void()> release, std::function<void()> reacquire);

    /// Replaces the library at `libraryPath` with `backup` (LibraryBackup::restore),
    /// closing and reopening the window around it. Nothing happens when the
    /// window does not agree to close (unsaved edits the user keeps), nor while
    /// switchLibrary() is opening another library (the user is told).
    void restore(const QString &libraryPath, const QString &backup);

    /// Saves the window's pending edits (MainWindow::prepareToClose; the user may
    /// keep the current library instead), then opens `path` as the startup does,
    /// through a LibraryOpener whose dialogs belong to the window (quick_check off
    /// the GUI thread when the file was not closed cleanly; a damaged, locked or
    /// read-only file explained, with Cancel keeping the current library). Once it
    /// is open the window shows it, read-only if need be, and the previous
    /// library's main connection closes (its clean close; its closing backup when
    /// due); the opener then holds the new one. MainWindow::libraryChosen.
    void switchLibrary(const QString &path);

    /// Test hook: runs on the restore thread right before the library file is
    /// replaced, when nothing may hold it open any more.
    void setBeforeRestoreHook(std::function<void()> hook) { m_beforeRestore = std::move(hook); }

Q_SIGNALS:
    /// A restore ended (the new window is showing): `ok`, and the message shown to the user.
    void restoreFinished(bool ok, const QString &message);
    /// switchLibrary() ended: the window shows `path` (`switched`), or the user
    /// cancelled and it still shows the previous library.
    void librarySwitchFinished(const QString &path, bool switched);

private:
    void createWindow(const QString &libraryPath);
    void finishRestore(const QString &libraryPath, const QString &error, const QString &keptAside);
    void finishSwitch();

    LanguageManager *m_languages;
    std::unique_ptr<MainWindow> m_window;
    std::function<void()> m_beforeRestore;
    std::function<void()> m_release;
    std::function<void()> m_reacquire;
    ReadOnlyReason m_readOnly = ReadOnlyReason::None;
    std::unique_ptr<LibraryOpener> m_opener;    ///< the main connection of a library opened from the window
    std::unique_ptr<LibraryOpener> m_switching; ///< the one switchLibrary() is opening
    QThreadPool m_restorePool;                  ///< not the global pool, whose library jobs the restore waits for
};

} // namespace PaperShelf::Gui
