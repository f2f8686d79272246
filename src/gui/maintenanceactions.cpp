#include "gui/maintenanceactions.h"

#include "core/db/database.h"
#include "gui/librarycheckdialog.h"
#include "gui/messagebox.h"
#include "gui/restoredialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMetaMethod>
#include <QProgressDialog>
#include <QStatusBar>
#include <QUrl>
#include <QtConcurrent>

namespace PaperShelf::Gui {

namespace {

/// How long a finished backup's message stays in the status bar.
constexpr int StatusTimeoutMs = 10'000;

/// What a pool thread's backup did.
struct BackupOutcome
{
    Core::BackupEntry entry;
    bool made = false;
    QString error;
};

/// What a pool thread's check or repair found.
struct CheckOutcome
{
    QList<Core::LibraryProblem> problems;
    QString error;
};

/// The library's own connection for one job; never creates a missing file.
Core::Result<std::unique_ptr<Core::Database>> openForJob(const QString &path)
{
    Core::Database::Options options;
    options.create = false;
    return Core::Database::open(path, options);
}

BackupOutcome backUp(const QString &path, const Core::LibraryBackup::Clock &clock, bool onlyIfDue)
{
    BackupOutcome outcome;
    Core::Result<std::unique_ptr<Core::Database>> database = openForJob(path);
    if (!database) {
        outcome.error = database.errorMessage();
        return outcome;
    }
    Core::LibraryBackup backup(path, clock);
    if (onlyIfDue) {
        const Core::Result<std::optional<Core::BackupEntry>> due = backup.backupIfDue((*database)->connection());
        if (!due) {
            outcome.error = due.errorMessage();
        } else if (due->has_value()) {
            outcome.entry = **due;
            outcome.made = true;
        }
        return outcome;
    }
    const Core::Result<Core::BackupEntry> made = backup.make((*database)->connection(), Core::BackupReason::Manual);
    if (!made) {
        outcome.error = made.errorMessage();
    } else {
        outcome.entry = *made;
        outcome.made = true;
    }
    return outcome;
}

CheckOutcome check(const QString &path, Core::LibraryCheck::Mode mode)
{
    CheckOutcome outcome;
    Core::Result<std::unique_ptr<Core::Database>> database = openForJob(path);
    if (!database) {
        outcome.error = database.errorMessage();
        return outcome;
    }
    const Core::Result<QList<Core::LibraryProblem>> problems = Core::LibraryCheck((*database)->connection(), path)
                                                                   .run(mode);
    if (!problems) {
        outcome.error = problems.errorMessage();
    } else {
        outcome.problems = *problems;
    }
    return outcome;
}

} // namespace

MaintenanceActions::MaintenanceActions(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    const auto makeAction = [this](const char *name, void (MaintenanceActions::*slot)()) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_backUpAction = makeAction("backUpAction", &MaintenanceActions::backUpNow);
    m_checkAction = makeAction("checkLibraryAction", &MaintenanceActions::checkLibrary);
    m_restoreAction = makeAction("restoreBackupAction", &MaintenanceActions::chooseBackupToRestore);
    m_openFolderAction = makeAction("openBackupFolderAction", &MaintenanceActions::openBackupFolder);
    m_failureLabel = new QLabel(m_window);
    m_failureLabel->setObjectName(QStringLiteral("backupFailureLabel"));
    m_failureLabel->hide();
    m_window->statusBar()->addPermanentWidget(m_failureLabel);
    retranslate();
}

MaintenanceActions::~MaintenanceActions()
{
    waitForFinished();
    if (automaticBackups() && !m_libraryPath.isEmpty()) {
        // The closing backup is not waited for: the window is gone by now, and
        // QCoreApplication's destructor (or WindowHost before a restore) waits
        // for the global pool, so the process ends once it is written.
        const QString path = m_libraryPath;
        const Core::LibraryBackup::Clock clock = m_clock;
        (void)QtConcurrent::run([path, clock]() {
            const BackupOutcome outcome = backUp(path, clock, true);
            if (!outcome.error.isEmpty()) {
                qWarning() << "the closing backup of" << path << "failed:" << outcome.error;
            }
        });
    }
}

template<typename Work, typename Then>
void MaintenanceActions::run(Work work, Then then)
{
    using T = decltype(work());
    auto *watcher = new QFutureWatcher<T>(this);
    m_jobs.append(watcher);
    connect(watcher, &QFutureWatcher<T>::finished, this, [this, watcher, then]() {
        m_jobs.removeOne(watcher);
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void MaintenanceActions::waitForFinished()
{
    const QList<QFutureWatcherBase *> jobs = m_jobs;
    for (QFutureWatcherBase *job : jobs) {
        job->waitForFinished();
    }
}

void MaintenanceActions::setLibraryPath(const QString &path, bool readOnly)
{
    if (automaticBackups() && !m_libraryPath.isEmpty() && m_libraryPath != path) {
        startDailyBackup(m_libraryPath, false); // the closing backup of the previous library
    }
    if (m_checkDialog && m_libraryPath != path) {
        m_checkDialog->close(); // its findings (and its Repair) are the previous library's
    }
    m_libraryPath = path;
    m_readOnly = readOnly;
    if (automaticBackups() && !path.isEmpty()) {
        startDailyBackup(path, true);
    }
}

void MaintenanceActions::setReadOnly(bool readOnly)
{
    const bool wasOn = automaticBackups();
    m_readOnly = readOnly;
    backUpIfTurnedOn(wasOn);
}

void MaintenanceActions::setAutomaticBackups(bool on)
{
    const bool wasOn = automaticBackups();
    m_automatic = on;
    backUpIfTurnedOn(wasOn);
}

void MaintenanceActions::backUpIfTurnedOn(bool wasOn)
{
    if (!wasOn && automaticBackups() && !m_libraryPath.isEmpty()) {
        startDailyBackup(m_libraryPath, true); // the library opened before its backups were turned on
    }
}

void MaintenanceActions::addActionsTo(QMenu *menu)
{
    menu->addSeparator();
    menu->addAction(m_backUpAction);
    menu->addAction(m_checkAction);
    menu->addAction(m_restoreAction);
    menu->addAction(m_openFolderAction);
}

void MaintenanceActions::retranslate()
{
    m_backUpAction->setText(tr("&Back Up Now"));
    m_backUpAction->setStatusTip(tr("Write a checked copy of the library to its backup folder"));
    m_checkAction->setText(tr("C&heck Library…"));
    m_checkAction->setStatusTip(tr("Look for damage and inconsistencies in the library, and repair them"));
    m_restoreAction->setText(tr("Restore from Bac&kup…"));
    m_restoreAction->setStatusTip(tr("Replace the library with one of its backups"));
    m_openFolderAction->setText(tr("Open Backup Fo&lder"));
    m_openFolderAction->setStatusTip(tr("Show the library's backups in the file manager"));
    setBackupFailure(m_failure);
    if (m_progress) {
        m_progress->setWindowTitle(tr("Back Up Now"));
        m_progress->setLabelText(tr("Backing up the library…"));
    }
}

void MaintenanceActions::startDailyBackup(const QString &path, bool report)
{
    run(
        [path, clock = m_clock]() {
        return backUp(path, clock, true);
        },
        [this, report](const BackupOutcome &outcome) {
        if (!outcome.error.isEmpty()) {
            qWarning() << "the daily backup failed:" << outcome.error;
            if (report) {
                setBackupFailure(outcome.error);
                showStatus(m_failureLabel->toolTip(), StatusTimeoutMs);
                Q_EMIT backupFailed(outcome.error);
            }
        } else if (report) {
            setBackupFailure(QString());
        }
        if (report) {
            Q_EMIT dailyBackupFinished(outcome.made);
        }
    });
}

void MaintenanceActions::backUpNow()
{
    if (m_libraryPath.isEmpty() || m_progress) {
        return;
    }
    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(QStringLiteral("backupProgressDialog"));
    m_progress->setRange(0, 0);
    m_progress->setCancelButton(nullptr);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    retranslate();
    m_progress->show();
    m_backUpAction->setEnabled(false);
    run(
        [path = m_libraryPath, clock = m_clock]() {
        return backUp(path, clock, false);
        },
        [this](const BackupOutcome &outcome) {
        closeProgress();
        m_backUpAction->setEnabled(true);
        if (!outcome.error.isEmpty()) {
            MessageBox::warning(m_window,
                                tr("Back Up Now"),
                                tr("The library could not be backed up:\n%1").arg(outcome.error));
            Q_EMIT backupFailed(outcome.error);
            Q_EMIT backupMade(Core::BackupEntry());
            return;
        }
        setBackupFailure(QString());
        showStatus(tr("Backed up the library to %1 (%2)")
                       .arg(QDir::toNativeSeparators(outcome.entry.path),
                            QLocale().formattedDataSize(outcome.entry.bytes)),
                   StatusTimeoutMs);
        if (!outcome.entry.warning.isEmpty()) {
            MessageBox::warning(m_window,
                                tr("Back Up Now"),
                                tr("The backup was written and checked, but: %1").arg(outcome.entry.warning));
        }
        Q_EMIT backupMade(outcome.entry);
    });
}

void MaintenanceActions::checkLibrary()
{
    if (m_libraryPath.isEmpty()) {
        return;
    }
    if (m_checkDialog) {
        m_checkDialog->raise();
        m_checkDialog->activateWindow();
        return;
    }
    m_checkDialog = new LibraryCheckDialog(m_window);
    m_checkDialog->setObjectName(QStringLiteral("libraryCheckDialog"));
    m_checkDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_checkDialog, &LibraryCheckDialog::repairRequested, this, [this]() {
        runCheck(true);
    });
    m_checkDialog->show();
    runCheck(false);
}

void MaintenanceActions::runCheck(bool repair)
{
    m_checkDialog->showBusy(repair);
    const Core::LibraryCheck::Mode mode = repair ? Core::LibraryCheck::Mode::Repair : Core::LibraryCheck::Mode::Report;
    run(
        [path = m_libraryPath, mode]() {
        return check(path, mode);
        },
        [this, repair](const CheckOutcome &outcome) {
        const bool changed = repair
                          && std::any_of(outcome.problems.cbegin(),
                                         outcome.problems.cend(),
                                         [](const Core::LibraryProblem &problem) {
            return problem.repaired;
                             });
        if (changed) {
            Q_EMIT libraryRepaired();
        }
        if (!m_checkDialog) {
            return; // closed meanwhile
        }
        if (!outcome.error.isEmpty()) {
            m_checkDialog->showFailure(outcome.error);
        } else {
            m_checkDialog->showProblems(outcome.problems, repair);
        }
    });
}

void MaintenanceActions::chooseBackupToRestore()
{
    if (m_libraryPath.isEmpty()) {
        return;
    }
    if (!isSignalConnected(QMetaMethod::fromSignal(&MaintenanceActions::restoreRequested))) {
        MessageBox::information(m_window,
                                tr("Restore from Backup"),
                                tr("Close PaperShelf and use “papershelf-cli restore” to restore this library."));
        return;
    }
    const Core::LibraryBackup backups(m_libraryPath);
    RestoreDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("restoreDialog"));
    dialog.setBackups(backups.list(), backups.directory());
    if (dialog.exec() != QDialog::Accepted || !dialog.selectedBackup()) {
        return;
    }
    const Core::BackupEntry chosen = *dialog.selectedBackup();
    const QMessageBox::StandardButton answer = MessageBox::question(
        m_window,
        tr("Restore from Backup"),
        tr("Replace the library %1 with the backup made %2?\n\nThe current file is kept beside it, not deleted. "
           "The window closes the library and opens the restored one.")
            .arg(QDir::toNativeSeparators(m_libraryPath),
                 QLocale().toString(chosen.createdAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) {
        Q_EMIT restoreRequested(m_libraryPath, chosen.path);
    }
}

void MaintenanceActions::openBackupFolder()
{
    if (m_libraryPath.isEmpty()) {
        return;
    }
    const QString folder = Core::LibraryBackup(m_libraryPath).directory();
    if (!QFileInfo::exists(folder)) {
        showStatus(tr("There are no backups of this library yet (they go to %1).")
                       .arg(QDir::toNativeSeparators(folder)),
                   StatusTimeoutMs);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder))) {
        showStatus(tr("The backup folder %1 could not be opened.").arg(QDir::toNativeSeparators(folder)),
                   StatusTimeoutMs);
    }
}

void MaintenanceActions::showStatus(const QString &message, int timeoutMs)
{
    m_window->statusBar()->showMessage(message, timeoutMs);
}

void MaintenanceActions::setBackupFailure(const QString &error)
{
    m_failure = error;
    // Short in the status bar (other messages come and go beside it); the reason in the tooltip.
    m_failureLabel->setText(tr("⚠ Backup failed"));
    m_failureLabel->setToolTip(error.isEmpty() ? QString()
                                               : tr("The daily backup of the library failed: %1").arg(error));
    m_failureLabel->setAccessibleName(m_failureLabel->toolTip());
    m_failureLabel->setVisible(!error.isEmpty());
}

void MaintenanceActions::closeProgress()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
}

} // namespace PaperShelf::Gui
