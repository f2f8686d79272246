#include "gui/libraryopener.h"

#include "core/backup/librarybackup.h"
#include "core/db/database.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QtConcurrent>

namespace PaperShelf::Gui {

LibraryOpener::LibraryOpener(QString libraryPath, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_libraryPath(QFileInfo(libraryPath).absoluteFilePath())
    , m_dialogParent(dialogParent)
{
    // One thread that never expires: the main connection is opened and closed on it.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(400);
    connect(&m_progressTimer, &QTimer::timeout, this, &LibraryOpener::showProgress);
    connect(&m_watcher, &QFutureWatcher<Attempt>::finished, this, [this]() {
        onAttemptFinished(m_watcher.result());
    });
    connect(&m_restore, &QFutureWatcher<Core::Result<QString>>::finished, this, [this]() {
        hideProgress();
        const Core::Result<QString> restored = m_restore.result();
        if (!restored) {
            showFatal(tr("The backup could not be restored: %1").arg(restored.errorMessage()));
            return;
        }
        QMessageBox *box = makeBox(QStringLiteral("libraryRestoredMessageBox"),
                                   tr("Library Restored"),
                                   restored->isEmpty()
                                       ? tr("The library %1 was restored from a backup.").arg(m_libraryPath)
                                       : tr("The library %1 was restored from a backup. The damaged file was kept "
                                            "as %2; it was not deleted.")
                                             .arg(m_libraryPath, *restored));
        box->setIcon(QMessageBox::Information);
        box->addButton(QMessageBox::Ok);
        box->open();
        start();
    });
}

LibraryOpener::~LibraryOpener()
{
    close();
    delete m_progress;
}

void LibraryOpener::close()
{
    // Closed on the thread that opened it (after any open or restore still queued
    // there); this clears the library's "in use" mark. QFuture::waitForFinished()
    // could run a queued task on this thread instead, so wait with a semaphore.
    QSemaphore closed;
    m_pool.start([this, &closed]() {
        m_database.reset();
        closed.release();
    });
    closed.acquire();
}

void LibraryOpener::start()
{
    ReadOnlyReason reason = ReadOnlyReason::None;
    const QFileInfo file(m_libraryPath);
    const QFileInfo folder(file.absolutePath());
    if (m_readOnlyRequested) {
        reason = ReadOnlyReason::Requested;
    } else if (file.exists() && !file.isWritable()) {
        reason = ReadOnlyReason::File;
    } else if (folder.exists() && !folder.isWritable()) {
        reason = ReadOnlyReason::Folder;
    }
    openAs(reason);
}

void LibraryOpener::openAs(ReadOnlyReason reason)
{
    m_readOnlyReason = reason;
    const bool readOnly = reason != ReadOnlyReason::None;
    // Every connection of this process (workers included) follows the main one.
    Core::Database::setForcedReadOnly(m_libraryPath, readOnly);
    m_progressTimer.start();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [this, readOnly]() {
        return openOnPool(readOnly);
    }));
}

LibraryOpener::Attempt LibraryOpener::openOnPool(bool readOnly)
{
    m_database.reset();
    Attempt attempt;
    Core::Database::Options options;
    // A damaged file the user chose to read as it is: checking it again would only refuse it again.
    options.verify = m_readOnlyReason == ReadOnlyReason::Damaged ? Core::Database::Options::Verify::Never
                                                                 : Core::Database::Options::Verify::IfNotClosedCleanly;
    options.readOnly = readOnly;
    options.busyTimeoutMs = m_busyTimeoutMs;
    Core::Result<std::unique_ptr<Core::Database>> opened = Core::Database::open(m_libraryPath, options);
    if (opened && !readOnly) {
        // Another process may hold the write lock without stopping the open:
        // find out now rather than at the first edit.
        if (Core::Result<void> writable = (*opened)->checkWritable(); !writable) {
            opened = writable.error();
        }
    }
    if (opened) {
        m_database = std::move(*opened);
        attempt.ok = true;
        return attempt;
    }
    attempt.code = opened.error().code;
    attempt.message = opened.errorMessage();
    if (static_cast<Core::OpenErrorCode>(attempt.code) == Core::OpenErrorCode::Corrupt) {
        const Core::LibraryBackup backups(m_libraryPath);
        attempt.backupDir = backups.directory();
        for (const Core::BackupEntry &entry : backups.list()) {
            if (Core::LibraryBackup::verify(entry.path)) {
                attempt.goodBackup = entry.path;
                break;
            }
        }
        Core::Database::Options probe;
        probe.readOnly = true;
        probe.create = false;
        probe.busyTimeoutMs = m_busyTimeoutMs;
        attempt.readable = Core::Database::open(m_libraryPath, probe).ok();
    }
    return attempt;
}

void LibraryOpener::onAttemptFinished(const Attempt &attempt)
{
    hideProgress();
    if (attempt.ok) {
        Q_EMIT opened();
        return;
    }
    switch (static_cast<Core::OpenErrorCode>(attempt.code)) {
    case Core::OpenErrorCode::Corrupt:
        askAboutDamage(attempt);
        return;
    case Core::OpenErrorCode::Locked:
        askAboutLock(attempt);
        return;
    case Core::OpenErrorCode::ReadOnly:
        if (m_readOnlyReason == ReadOnlyReason::None) {
            // The file or folder turned out not to be writable after all.
            openAs(ReadOnlyReason::File);
            return;
        }
        break;
    default:
        break;
    }
    showFatal(tr("The library cannot be opened:\n%1").arg(attempt.message));
}

void LibraryOpener::showProgress()
{
    if (!m_watcher.isRunning() && !m_restore.isRunning()) {
        return;
    }
    if (!m_progress) {
        m_progress = new QProgressDialog(m_dialogParent);
        m_progress->setObjectName(QStringLiteral("openingLibraryProgressDialog"));
        m_progress->setWindowTitle(tr("PaperShelf"));
        m_progress->setCancelButton(nullptr);
        m_progress->setRange(0, 0); // busy: quick_check gives no progress
        m_progress->setMinimumDuration(0);
    }
    m_progress->setLabelText(m_restore.isRunning() ? tr("Restoring the library from a backup…")
                                                   : tr("Opening and checking the library %1…").arg(m_libraryPath));
    m_progress->show();
}

void LibraryOpener::hideProgress()
{
    m_progressTimer.stop();
    if (m_progress) {
        m_progress->hide();
    }
}

QMessageBox *LibraryOpener::makeBox(const QString &objectName, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(m_dialogParent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(title);
    box->setTextFormat(Qt::PlainText); // paths and SQLite's words are text, not markup
    box->setText(text);
    return box;
}

QPushButton *LibraryOpener::addGiveUpButton(QMessageBox *box) const
{
    QPushButton *button = nullptr;
    if (m_giveUp == GiveUp::Quit) {
        button = box->addButton(tr("&Quit"), QMessageBox::RejectRole);
        button->setObjectName(QStringLiteral("quitButton"));
    } else {
        button = box->addButton(tr("&Cancel"), QMessageBox::RejectRole);
        button->setObjectName(QStringLiteral("cancelButton"));
    }
    box->setEscapeButton(button);
    return button;
}

void LibraryOpener::askAboutDamage(const Attempt &attempt)
{
    QMessageBox
        *box = makeBox(QStringLiteral("damagedLibraryMessageBox"),
                       tr("Damaged Library"),
                       tr("The library %1 is damaged, so PaperShelf will not write to it.\n\nSQLite reported: %2")
                           .arg(m_libraryPath, attempt.message));
    box->setIcon(QMessageBox::Critical);
    QPushButton *restore = nullptr;
    if (attempt.goodBackup.isEmpty()) {
        box->setInformativeText(
            tr("No good backup was found in %1. The damaged file was left untouched.").arg(attempt.backupDir));
    } else {
        box->setInformativeText(tr("The newest good backup is %1. Restoring it moves the damaged file aside "
                                   "(it is kept, never deleted) and puts the backup in its place.")
                                    .arg(attempt.goodBackup));
        restore = box->addButton(tr("&Restore Newest Good Backup"), QMessageBox::AcceptRole);
        restore->setObjectName(QStringLiteral("restoreBackupButton"));
    }
    QPushButton *readOnly = nullptr;
    if (attempt.readable) {
        readOnly = box->addButton(tr("Open &Read-Only"), QMessageBox::ActionRole);
        readOnly->setObjectName(QStringLiteral("openReadOnlyButton"));
    }
    QPushButton *giveUp = addGiveUpButton(box);
    box->setDefaultButton(restore ? restore : giveUp);
    const QString backup = attempt.goodBackup;
    connect(box, &QMessageBox::buttonClicked, this, [this, restore, readOnly, backup](QAbstractButton *button) {
        if (restore != nullptr && button == restore) {
            restoreBackup(backup);
        } else if (readOnly != nullptr && button == readOnly) {
            openAs(ReadOnlyReason::Damaged);
        } else {
            Q_EMIT abandoned();
        }
    });
    box->open();
}

void LibraryOpener::askAboutLock(const Attempt &attempt)
{
    const int seconds = qMax(1, (m_busyTimeoutMs + 999) / 1000);
    QMessageBox *box = makeBox(QStringLiteral("libraryInUseMessageBox"),
                               tr("Library in Use"),
                               tr("The library %1 is in use: another program is writing to it and did not finish "
                                  "within %Ln second(s).",
                                  nullptr,
                                  seconds)
                                   .arg(m_libraryPath));
    box->setIcon(QMessageBox::Warning);
    box->setInformativeText(tr("Retry when that program has finished, or open the library read-only for now."));
    box->setDetailedText(attempt.message);
    QPushButton *retry = box->addButton(tr("&Retry"), QMessageBox::AcceptRole);
    retry->setObjectName(QStringLiteral("retryButton"));
    QPushButton *readOnly = box->addButton(tr("Open &Read-Only"), QMessageBox::ActionRole);
    readOnly->setObjectName(QStringLiteral("openReadOnlyButton"));
    addGiveUpButton(box);
    box->setDefaultButton(retry);
    connect(box, &QMessageBox::buttonClicked, this, [this, retry, readOnly](QAbstractButton *button) {
        if (button == retry) {
            start();
        } else if (button == readOnly) {
            openAs(ReadOnlyReason::InUse);
        } else {
            Q_EMIT abandoned();
        }
    });
    box->open();
}

void LibraryOpener::showFatal(const QString &message)
{
    QMessageBox *box = makeBox(QStringLiteral("libraryErrorMessageBox"), tr("PaperShelf"), message);
    box->setIcon(QMessageBox::Critical);
    addGiveUpButton(box);
    connect(box, &QMessageBox::finished, this, &LibraryOpener::abandoned);
    box->open();
}

void LibraryOpener::restoreBackup(const QString &backup)
{
    Core::Database::setForcedReadOnly(m_libraryPath, false);
    m_progressTimer.start();
    const QString library = m_libraryPath;
    m_restore.setFuture(QtConcurrent::run(&m_pool, [this, library, backup]() -> Core::Result<QString> {
        m_database.reset(); // restore() needs the library closed everywhere
        const Core::Result<Core::RestoreReport> restored = Core::LibraryBackup(library).restore(backup);
        if (!restored) {
            return restored.error();
        }
        return restored->keptAside;
    }));
}

} // namespace PaperShelf::Gui
