#include "../core/backuptestutil.h"
#include "core/backup/librarybackup.h"
#include "gui/librarycheckdialog.h"
#include "gui/maintenanceactions.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "gui/restoredialog.h"
#include "gui/windowhost.h"
#include "languagetestutil.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QThreadPool>
#include <QTreeWidget>
#include <QtTest>

using namespace PaperShelf;
using namespace PaperShelf::Tests;

// Library → Back Up Now, Check Library…, Restore from Backup… and the daily
// backups, on a real library file with real windows (offscreen): the backups
// are real files checked with LibraryBackup::verify, the check finds damage
// planted with SQL and repairs it, the restore replaces the file while the
// window is closed and keeps the replaced one.
class TestMaintenance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void actionsSitInTheLibraryMenu();
    void backUpNowWritesAVerifiedBackup();
    void checkListsPlantedProblemAndRepairRemovesIt();
    void checkDialogSpeaksChinese();
    void healthyLibraryHasNothingToRepair();
    void restoreBringsBackTheBackupAndKeepsTheReplacedFile();
    void restoreCanBeCancelled();
    void dailyBackupRunsOncePerDayWhenTheLibraryChanged();
    void failedDailyBackupIsShown();
    void readOnlyLibraryGetsNoAutomaticBackupOrRestore();

private:
    /// Runs `sql` on the library with its own connection.
    bool execute(const QString &sql);
    QVariant value(const QString &sql);
    /// Back Up Now on `window`, waited for; the backup made.
    static Core::BackupEntry backUp(Gui::MainWindow &window);
    static Gui::LibraryCheckDialog *openCheckDialog(Gui::MainWindow &window);
    static QString summary(Gui::LibraryCheckDialog *dialog);
    /// The files this process has open whose path starts with `path` (from /proc/self/fd).
    static QStringList openFilesOf(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
};

void TestMaintenance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = m_dir->filePath(QStringLiteral("library.papershelf"));
    Core::Result<std::unique_ptr<Core::Database>> database = Core::Database::open(m_library);
    QVERIFY2(database, qPrintable(database.errorMessage()));
    QVERIFY(importCliFixtures(**database));
    QVERIFY(addUserWork(**database));
}

void TestMaintenance::cleanup()
{
    QThreadPool::globalInstance()->waitForDone();
    m_dir.reset();
}

bool TestMaintenance::execute(const QString &sql)
{
    Core::Result<std::unique_ptr<Core::Database>> database = Core::Database::open(m_library);
    if (!database) {
        return false;
    }
    QSqlQuery query((*database)->connection());
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")) || !query.exec(sql)) {
        qWarning() << query.lastError().text();
        return false;
    }
    return true;
}

QVariant TestMaintenance::value(const QString &sql)
{
    Core::Result<std::unique_ptr<Core::Database>> database = Core::Database::open(m_library);
    return database ? scalar((*database)->connection(), sql) : QVariant();
}

Core::BackupEntry TestMaintenance::backUp(Gui::MainWindow &window)
{
    Gui::MaintenanceActions *actions = window.maintenanceActions();
    QSignalSpy made(actions, &Gui::MaintenanceActions::backupMade);
    actions->backUpAction()->trigger();
    if (!made.wait(30'000) && made.isEmpty()) {
        return {};
    }
    return made.first().first().value<Core::BackupEntry>();
}

Gui::LibraryCheckDialog *TestMaintenance::openCheckDialog(Gui::MainWindow &window)
{
    window.maintenanceActions()->checkAction()->trigger();
    auto *dialog = window.findChild<Gui::LibraryCheckDialog *>(QStringLiteral("libraryCheckDialog"));
    if (dialog
        && !QTest::qWaitFor(
            [dialog]() {
        return !dialog->findChild<QProgressBar *>(QStringLiteral("busyProgressBar"))->isVisible();
            },
            30'000)) {
        return nullptr;
    }
    return dialog;
}

QString TestMaintenance::summary(Gui::LibraryCheckDialog *dialog)
{
    return dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
}

QStringList TestMaintenance::openFilesOf(const QString &path)
{
    QStringList open;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QFileInfo &fd :
         fds.entryInfoList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (fd.symLinkTarget().startsWith(path)) {
            open.append(fd.symLinkTarget());
        }
    }
    return open;
}

void TestMaintenance::actionsSitInTheLibraryMenu()
{
    Gui::MainWindow window(m_library);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("libraryMenu"));
    QVERIFY(menu);
    const QList<QAction *> actions = menu->actions();
    Gui::MaintenanceActions *maintenance = window.maintenanceActions();
    for (QAction *action : {maintenance->backUpAction(),
                            maintenance->checkAction(),
                            maintenance->restoreAction(),
                            maintenance->openFolderAction()}) {
        QVERIFY2(actions.contains(action), qPrintable(action->objectName()));
        QVERIFY(!action->text().isEmpty());
    }
    QCOMPARE(maintenance->checkAction()->text(), QStringLiteral("C&heck Library…"));
    // A window made outside the application writes no backups of its own.
    QVERIFY(!maintenance->automaticBackups());
    QVERIFY(!QFileInfo::exists(Core::LibraryBackup(m_library).directory()));
}

void TestMaintenance::backUpNowWritesAVerifiedBackup()
{
    Gui::MainWindow window(m_library);
    window.show();
    // Every status message shown (the review check's own may follow the backup's at once).
    QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);
    const Core::BackupEntry entry = backUp(window);
    QVERIFY(!entry.path.isEmpty());
    QVERIFY(QFileInfo::exists(entry.path));
    QCOMPARE(entry.reason, Core::BackupReason::Manual);
    const Core::Result<int> verified = Core::LibraryBackup::verify(entry.path);
    QVERIFY2(verified, qPrintable(verified.errorMessage()));
    const QList<Core::BackupEntry> listed = Core::LibraryBackup(m_library).list();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().path, entry.path);
    // The backup holds the user's work, and the window says where it went.
    {
        Core::Result<std::unique_ptr<Core::Database>> backup = Core::Database::open(entry.path);
        QVERIFY(backup);
        QCOMPARE(scalar((*backup)->connection(),
                        QStringLiteral("SELECT count(*) FROM annotations WHERE notes LIKE "
                                       "'Sidecar notes%'"))
                     .toInt(),
                 1);
    }
    QStringList shown;
    for (const QList<QVariant> &message : std::as_const(messages)) {
        shown.append(message.first().toString());
    }
    QVERIFY2(!shown.filter(QDir::toNativeSeparators(entry.path)).isEmpty(), qPrintable(shown.join(QLatin1Char('\n'))));
    QVERIFY(window.maintenanceActions()->backUpAction()->isEnabled());
    QTRY_VERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("backupProgressDialog")));
}

void TestMaintenance::checkListsPlantedProblemAndRepairRemovesIt()
{
    QVERIFY(execute(QStringLiteral("INSERT INTO tags(kind, name, norm) VALUES('keyword', 'Lonely', 'lonely')")));
    QVERIFY(execute(QStringLiteral("INSERT INTO review_segments(paper_id, field, idx, machine_text, state)"
                                   " VALUES(99999, 'summary_zh', 0, '孤儿', 'approved')")));
    LanguageSwitch language;
    QVERIFY(language.switchTo(QStringLiteral("en")));
    Gui::MainWindow window(m_library);
    window.show();
    Gui::LibraryCheckDialog *dialog = openCheckDialog(window);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QStringList found = dialog->problemTexts();
    // LibraryCheck's descriptions, in the language of the check, with English plural forms.
    QVERIFY2(found.contains(QStringLiteral("1 topic or keyword tag with no papers")),
             qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY2(found.contains(QStringLiteral("1 review segment whose paper is gone")),
             qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY2(summary(dialog).startsWith(QStringLiteral("Found")), qPrintable(summary(dialog)));
    auto *repair = dialog->findChild<QPushButton *>(QStringLiteral("repairButton"));
    QVERIFY(repair->isVisible());
    QVERIFY(repair->isEnabled());
    QVERIFY2(unnamedFocusableWidgets(dialog).isEmpty(),
             qPrintable(unnamedFocusableWidgets(dialog).join(QStringLiteral(", "))));

    QSignalSpy repaired(window.maintenanceActions(), &Gui::MaintenanceActions::libraryRepaired);
    QTest::mouseClick(repair, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(repaired.count(), 1, 30'000);
    QTRY_VERIFY(!dialog->findChild<QProgressBar *>(QStringLiteral("busyProgressBar"))->isVisible());
    const QStringList after = dialog->problemTexts();
    QVERIFY2(after.contains(QStringLiteral("1 topic or keyword tag with no papers — repaired")),
             qPrintable(after.join(QLatin1Char('\n'))));
    QVERIFY2(summary(dialog).contains(QStringLiteral("the library is healthy now")), qPrintable(summary(dialog)));
    QVERIFY(!repair->isEnabled());
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM tags WHERE name = 'Lonely'")).toInt(), 0);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM review_segments WHERE paper_id = 99999")).toInt(), 0);
    // The user's work stays.
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM annotations WHERE notes LIKE 'Sidecar notes%'")).toInt(), 1);

    // A second check finds nothing.
    dialog->close();
    QTRY_VERIFY(!window.findChild<Gui::LibraryCheckDialog *>(QStringLiteral("libraryCheckDialog")));
    dialog = openCheckDialog(window);
    QVERIFY(dialog);
    QVERIFY(dialog->problemTexts().isEmpty());
    QCOMPARE(summary(dialog), QStringLiteral("No problems found: the library is healthy."));
}

void TestMaintenance::checkDialogSpeaksChinese()
{
    QVERIFY(execute(QStringLiteral("INSERT INTO tags(kind, name, norm) VALUES('keyword', 'Lonely', 'lonely')")));
    LanguageSwitch language;
    QVERIFY(language.switchTo(QStringLiteral("zh_CN")));
    Gui::MainWindow window(m_library);
    window.show();
    QCOMPARE(window.maintenanceActions()->checkAction()->text(), QStringLiteral("检查文库(&H)…"));
    Gui::LibraryCheckDialog *dialog = openCheckDialog(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->problemTexts(), QStringList{QStringLiteral("1 个没有论文的主题或关键词标签")});
    QCOMPARE(summary(dialog), QStringLiteral("发现 1 个问题："));
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("repairButton"))->text(), QStringLiteral("修复(&R)"));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("检查文库"));
    QVERIFY2(unnamedFocusableWidgets(dialog).isEmpty(),
             qPrintable(unnamedFocusableWidgets(dialog).join(QStringLiteral(", "))));

    // Back to English: the dialog's own texts follow at once.
    QVERIFY(language.switchTo(QStringLiteral("en")));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Check Library"));
    QCOMPARE(summary(dialog), QStringLiteral("Found 1 problem:"));
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("repairButton"))->text(), QStringLiteral("&Repair"));
}

void TestMaintenance::healthyLibraryHasNothingToRepair()
{
    Gui::MainWindow window(m_library);
    window.show();
    Gui::LibraryCheckDialog *dialog = openCheckDialog(window);
    QVERIFY(dialog);
    QVERIFY(dialog->problemTexts().isEmpty());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("repairButton"))->isEnabled());

    // Another library opens: the findings (and Repair) of this one go with their dialog.
    const QString other = m_dir->filePath(QStringLiteral("other.papershelf"));
    QVERIFY(Core::Database::open(other));
    window.openLibrary(other);
    QTRY_VERIFY(!window.findChild<Gui::LibraryCheckDialog *>(QStringLiteral("libraryCheckDialog")));
    QCOMPARE(window.maintenanceActions()->libraryPath(), other);
}

void TestMaintenance::restoreBringsBackTheBackupAndKeepsTheReplacedFile()
{
    if (!QFileInfo::exists(QStringLiteral("/proc/self/fd"))) {
        QSKIP("needs /proc/self/fd to see which files are open");
    }
    Gui::WindowHost host(m_library, nullptr);
    host.show();
    QPointer<Gui::MainWindow> first = host.window();
    QVERIFY(first);
    // The host's window makes its daily backup; a manual one is made on top.
    QVERIFY(first->maintenanceActions()->automaticBackups());
    QTRY_COMPARE_WITH_TIMEOUT(Core::LibraryBackup(m_library).list().size(), 1, 30'000);
    const Core::BackupEntry backup = backUp(*first);
    QVERIFY(!backup.path.isEmpty());
    QVERIFY(execute(QStringLiteral("UPDATE annotations SET notes = 'written after the backup'")));
    QVERIFY(!openFilesOf(m_library).isEmpty()); // the window's connections (the check below can fail)

    // The dialog lists both backups with the locale's dates and their reasons.
    QString listedDate;
    QString listedReason;
    QStringList unnamed;
    QTimer::singleShot(0, this, [&]() {
        auto *dialog = first->findChild<Gui::RestoreDialog *>(QStringLiteral("restoreDialog"));
        if (!dialog) {
            return;
        }
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("backupsTreeWidget"));
        auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
        unnamed = unnamedFocusableWidgets(dialog);
        const bool enabledBeforeChoice = restore->isEnabled();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->toolTip(0) == QDir::toNativeSeparators(backup.path)) {
                tree->setCurrentItem(tree->topLevelItem(i));
                listedDate = tree->topLevelItem(i)->text(0);
                listedReason = tree->topLevelItem(i)->text(1);
            }
        }
        if (!enabledBeforeChoice && restore->isEnabled()) {
            QTest::mouseClick(restore, Qt::LeftButton);
        } else {
            dialog->reject();
        }
    });
    QStringList openAtRestore;
    host.setBeforeRestoreHook([this, &openAtRestore]() {
        openAtRestore = openFilesOf(m_library);
    });
    QSignalSpy finished(&host, &Gui::WindowHost::restoreFinished);
    Gui::MessageBox::setNextResult(QMessageBox::Yes); // "Replace the library …?"
    first->maintenanceActions()->restoreAction()->trigger();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    QCOMPARE(listedDate, QLocale().toString(backup.createdAt.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(listedReason, QStringLiteral("Made on request"));
    QVERIFY2(Gui::MessageBox::lastText().contains(QStringLiteral("Replace the library")),
             qPrintable(Gui::MessageBox::lastText()));
    Gui::MessageBox::setNextResult(QMessageBox::Ok); // the result
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
    QVERIFY(finished.first().at(0).toBool());

    // A new window on the restored library; the old one is gone with its connections.
    QVERIFY(!first);
    QVERIFY(host.window());
    QCOMPARE(host.window()->libraryPath(), m_library);
    QVERIFY(host.window()->maintenanceActions()->automaticBackups());
    QCOMPARE(value(QStringLiteral("SELECT notes FROM annotations WHERE notes <> '' LIMIT 1")).toString(),
             QStringLiteral("Sidecar notes: 鸭嘴兽"));
    const QStringList replaced = QDir(m_dir->path())
                                     .entryList({QStringLiteral("library-replaced-*.papershelf")}, QDir::Files);
    QCOMPARE(replaced.size(), 1);
    const QString aside = QDir(m_dir->path()).filePath(replaced.first());
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(aside)), qPrintable(message));
    QCOMPARE(Gui::MessageBox::lastText(), message);
    {
        Core::Result<std::unique_ptr<Core::Database>> kept = Core::Database::open(aside);
        QVERIFY(kept);
        QCOMPARE(scalar((*kept)->connection(), QStringLiteral("SELECT notes FROM annotations WHERE notes <> ''")),
                 QVariant(QStringLiteral("written after the backup")));
    }
    // When the file was replaced, nothing in this process held the library (or its -wal, -shm) open.
    QVERIFY2(openAtRestore.isEmpty(), qPrintable(openAtRestore.join(QStringLiteral(", "))));
}

void TestMaintenance::restoreCanBeCancelled()
{
    Gui::WindowHost host(m_library, nullptr);
    QPointer<Gui::MainWindow> window = host.window();
    QVERIFY(!backUp(*window).path.isEmpty());
    QTimer::singleShot(0, this, [&]() {
        if (auto *dialog = window->findChild<Gui::RestoreDialog *>(QStringLiteral("restoreDialog"))) {
            auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("backupsTreeWidget"));
            tree->setCurrentItem(tree->topLevelItem(0));
            dialog->accept();
        }
    });
    QSignalSpy requested(window->maintenanceActions(), &Gui::MaintenanceActions::restoreRequested);
    Gui::MessageBox::setNextResult(QMessageBox::Cancel);
    window->maintenanceActions()->restoreAction()->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(requested.count(), 0);
    QCOMPARE(host.window(), window.data());
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*-replaced-*")}).isEmpty());
}

void TestMaintenance::dailyBackupRunsOncePerDayWhenTheLibraryChanged()
{
    QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    const Core::LibraryBackup backups(m_library);
    {
        Gui::MainWindow window(m_library);
        // What the window writes as it opens (review checks) is in place before the first backup.
        QSignalSpy shown(&window, &Gui::MainWindow::resultsShown);
        QVERIFY(shown.wait(30'000) || !shown.isEmpty());
        QThreadPool::globalInstance()->waitForDone();
        Gui::MaintenanceActions *actions = window.maintenanceActions();
        actions->setClock([&now]() {
            return now;
        });
        QSignalSpy finished(actions, &Gui::MaintenanceActions::dailyBackupFinished);
        actions->setAutomaticBackups(true); // the library is open: its first daily backup
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
        QVERIFY(finished.takeFirst().first().toBool());
        QCOMPARE(backups.list().size(), 1);
        QCOMPARE(backups.list().first().reason, Core::BackupReason::Daily);
        QVERIFY(Core::LibraryBackup::verify(backups.list().first().path));

        // Opened again the same day: none due.
        now = now.addSecs(2 * 3600);
        window.openLibrary(m_library);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
        QVERIFY(!finished.takeFirst().first().toBool());
        QCOMPARE(backups.list().size(), 1);

        // A day later, unchanged: none due either.
        now = now.addDays(1);
        window.openLibrary(m_library);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
        QVERIFY(!finished.takeFirst().first().toBool());
        QCOMPARE(backups.list().size(), 1);

        // Changed: the next opening backs it up.
        QVERIFY(execute(QStringLiteral("INSERT INTO annotations(paper_id, notes, updated_at) SELECT id, 'day two', "
                                       "'2026-03-02T10:00:00Z' FROM papers WHERE key = '%1'")
                            .arg(OtherPaper)));
        window.openLibrary(m_library);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
        QVERIFY(finished.takeFirst().first().toBool());
        QCOMPARE(backups.list().size(), 2);

        // Changed again two days on, while the window is open: its closing backup takes it.
        now = now.addDays(2);
        QVERIFY(execute(QStringLiteral("UPDATE annotations SET notes = 'day four', updated_at = "
                                       "'2099-01-01T10:00:00Z' WHERE notes = 'day two'")));
    }
    QThreadPool::globalInstance()->waitForDone();
    const QList<Core::BackupEntry> listed = backups.list();
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed.first().createdAt, now);
    QVERIFY(Core::LibraryBackup::verify(listed.first().path));
}

void TestMaintenance::failedDailyBackupIsShown()
{
    // A file where the backup folder should be: no backup can be written.
    QFile blocker(Core::LibraryBackup(m_library).directory());
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Gui::MainWindow window(m_library);
    QSignalSpy failed(window.maintenanceActions(), &Gui::MaintenanceActions::backupFailed);
    window.maintenanceActions()->setAutomaticBackups(true);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30'000);
    // A lasting mark in the status bar says so (messages of other work come and go beside it).
    auto *mark = window.findChild<QLabel *>(QStringLiteral("backupFailureLabel"));
    QVERIFY(mark);
    QVERIFY(mark->isVisibleTo(&window));
    QCOMPARE(mark->toolTip(),
             QStringLiteral("The daily backup of the library failed: %1").arg(failed.first().first().toString()));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("backup folder")));

    // Once a backup succeeds again, the mark goes.
    QVERIFY(QFile::remove(Core::LibraryBackup(m_library).directory()));
    QVERIFY(!backUp(window).path.isEmpty());
    QVERIFY(!mark->isVisibleTo(&window));
}

void TestMaintenance::readOnlyLibraryGetsNoAutomaticBackupOrRestore()
{
    // As the app starts a library opened with --read-only: no daily backup starts
    // (its folder may not take one), and a restore is refused with a reason.
    Core::Database::setForcedReadOnly(m_library, true);
    {
        Gui::WindowHost host(m_library, nullptr, Gui::ReadOnlyReason::Requested);
        host.show();
        QVERIFY(host.window());
        QVERIFY(!host.window()->maintenanceActions()->automaticBackups());
        const Core::BackupEntry backup = backUp(*host.window()); // on request it still works
        QVERIFY(!backup.path.isEmpty());
        Gui::MessageBox::setNextResult(QMessageBox::Ok);
        host.restore(m_library, backup.path);
        QVERIFY2(Gui::MessageBox::lastText().contains(QStringLiteral("read-only")),
                 qPrintable(Gui::MessageBox::lastText()));
        QVERIFY(host.window()); // the window was never closed
        QCOMPARE(host.window()->maintenanceActions()->automaticBackups(), false);
        QCOMPARE(Core::LibraryBackup(m_library).list().size(), 1);
    }
    Core::Database::setForcedReadOnly(m_library, false);
}

QTEST_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
