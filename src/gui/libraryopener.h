#pragma once

#include "core/util/result.h"
#include "gui/readonlybar.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <memory>

class QMessageBox;
class QProgressDialog;
class QPushButton;

namespace PaperShelf::Core {
class Database;
}

namespace PaperShelf::Gui {

/// Opens the session's main connection to a library, off the GUI thread, and
/// walks the user through what can go wrong before a window shows it (at
/// startup, and for File > Open Library through WindowHost::switchLibrary()):
/// - the open runs `quick_check` when the file was not closed cleanly
///   (Database::Options::Verify::IfNotClosedCleanly) and then takes the write
///   lock once; a progress dialog appears when that takes long;
/// - a damaged file: a dialog names it and SQLite's words, refuses to write,
///   and offers the newest backup that passes LibraryBackup::verify() (the
///   damaged file is moved aside by LibraryBackup::restore(), never deleted),
///   reading it as it is, or giving up (see setGiveUp());
/// - a library in use (another process holds the write lock past the busy
///   timeout): Retry, Open Read-Only or give up;
/// - a read-only file or folder (or `--read-only`): opened read-only, with
///   readOnlyReason() for the window's banner.
///
/// The connection stays open until the opener is destroyed, on a pool thread of
/// its own (a connection must be closed on the thread that opened it); closing
/// it clears the library's "in use" mark. Dialogs are window-modal and never
/// block the event loop, so tests answer them by object name.
class LibraryOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryOpener)

public:
    /// The button of its dialogs that gives up on the library: Quit at startup,
    /// Cancel when a window already shows another library, which it keeps.
    enum class GiveUp {
        Quit,
        Cancel
    };

    explicit LibraryOpener(QString libraryPath, QWidget *dialogParent = nullptr, QObject *parent = nullptr);
    ~LibraryOpener() override;

    void setGiveUp(GiveUp giveUp) { m_giveUp = giveUp; }

    /// Opens the library read-only whatever its permissions (`--read-only`).
    void setReadOnlyRequested(bool requested) { m_readOnlyRequested = requested; }

    /// How long to wait for another process's write lock (Database::Options::busyTimeoutMs).
    void setBusyTimeoutMs(int milliseconds) { m_busyTimeoutMs = milliseconds; }

    /// How long the open may take before the progress dialog shows.
    void setProgressDelayMs(int milliseconds) { m_progressTimer.setInterval(milliseconds); }

    /// Starts opening; opened() or abandoned() follows, perhaps after dialogs.
    void start();

    /// Closes the main connection (clearing the "in use" mark) and waits for it,
    /// e.g. before a restore replaces the file; start() opens it again.
    void close();

    const QString &libraryPath() const { return m_libraryPath; }

    /// Why the open library is read-only; ReadOnlyReason::None when it can be written.
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }

Q_SIGNALS:
    /// The library is open (read-only when readOnlyReason() says so).
    void opened();
    /// The library will not be used: the user gave up (Quit or Cancel, see
    /// setGiveUp()), perhaps because there was nothing else to choose.
    void abandoned();

private:
    /// The result of one open on the pool thread; copyable, for the GUI thread.
    struct Attempt
    {
        bool ok = false;
        int code = 0; ///< a Core::OpenErrorCode when !ok
        QString message;
        QString goodBackup;    ///< a damaged library: the newest backup that verifies
        QString backupDir;     ///< where backups were looked for
        bool readable = false; ///< a damaged library: it can still be opened read-only
    };

    void openAs(ReadOnlyReason reason);
    Attempt openOnPool(bool readOnly);
    void onAttemptFinished(const Attempt &attempt);
    void showProgress();
    void hideProgress();
    void askAboutDamage(const Attempt &attempt);
    void askAboutLock(const Attempt &attempt);
    void showFatal(const QString &message);
    void restoreBackup(const QString &backup);
    /// A window-modal message box that deletes itself; buttons are added by the caller.
    QMessageBox *makeBox(const QString &objectName, const QString &title, const QString &text);
    /// Adds the give-up button ("quitButton" or "cancelButton") as the box's escape button.
    QPushButton *addGiveUpButton(QMessageBox *box) const;

    QString m_libraryPath;
    QPointer<QWidget> m_dialogParent;
    bool m_readOnlyRequested = false;
    GiveUp m_giveUp = GiveUp::Quit;
    int m_busyTimeoutMs = 5'000;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    QThreadPool m_pool;                         ///< one thread that never expires: the connection's
    std::unique_ptr<Core::Database> m_database; ///< used only on m_pool's thread
    QFutureWatcher<Attempt> m_watcher;
    QFutureWatcher<Core::Result<QString>> m_restore; ///< the restored backup's "kept aside" path
    QTimer m_progressTimer;
    QPointer<QProgressDialog> m_progress;
};

} // namespace PaperShelf::Gui
