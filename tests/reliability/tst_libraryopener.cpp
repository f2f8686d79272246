#include "core/annotations/annotationstore.h"
#include "gui/annotationclient.h"
#include "gui/annotationcontroller.h"
#include "gui/libraryopener.h"
#include "gui/maintenanceactions.h"
#include "gui/mainwindow.h"
#include "gui/messagebox.h"
#include "gui/readonlybar.h"
#include "gui/windowhost.h"
#include "reliabilitytestutil.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileDevice>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace PaperShelf;
using namespace PaperShelf::Core;
using namespace PaperShelf::Tests;
using Gui::LibraryOpener;
using Gui::ReadOnlyReason;

// Issue 8 items 4, 5 and 7 in the app: the opener's dialogs for a damaged,
// locked and read-only library, at startup and for File > Open Library
// (WindowHost::switchLibrary), the read-only banner, and what an edit says when
// it cannot be saved. Real files, a real lock-holding process, real widgets.
class TestLibraryOpener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void healthyLibraryOpensWritable();
    void damagedLibraryRestoresTheNewestGoodBackup();
    void damagedLibraryWithoutBackupIsLeftUntouched();
    void damagedLibraryCanBeQuit();
    void lockedLibraryOffersRetryAndReadOnlyWithoutBlocking();
    void readOnlyLibraryShowsTheBannerAndEditsSayWhy();
    void readOnlyFileOpensReadOnly();
    void readOnlyFolderOpensReadOnly();
    void damageMetDuringASessionIsExplained();
    void switchingMovesTheWindowAndTheMainConnection();
    void switchingToADamagedLibraryCanBeCancelled();
    void switchingToALockedLibraryKeepsTheWindowResponsive();
    void switchingToAReadOnlyLibraryBacksUpThePreviousOne();
    void switchingAsksAboutEditsThatWereNotSaved();

private:
    /// The visible message box with this object name, or nullptr.
    static QMessageBox *messageBox(const QString &objectName);
    static void click(QMessageBox *box, const QString &buttonName);
    QString makeLibrary();
    /// A second worked library beside m_library, closed cleanly.
    QString makeOtherLibrary();
    /// A shown host on m_library; its stand-in for main.cpp's opener counts releases.
    std::unique_ptr<Gui::WindowHost> makeHost(int *released) const;
    /// The library's `meta` clean_close mark: "0" while a session's main connection holds it.
    static QString cleanCloseMark(const QString &library);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
    QString m_other;
};

void TestLibraryOpener::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = m_dir->filePath(QStringLiteral("opener.papershelf"));
    m_other = m_dir->filePath(QStringLiteral("other.papershelf"));
}

void TestLibraryOpener::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox *>(widget)) {
            widget->close();
        }
    }
    Database::setForcedReadOnly(m_library, false);
    Database::setForcedReadOnly(m_other, false);
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(m_library, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_dir.reset();
}

QMessageBox *TestLibraryOpener::messageBox(const QString &objectName)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == objectName && widget->isVisible()) {
            return qobject_cast<QMessageBox *>(widget);
        }
    }
    return nullptr;
}

void TestLibraryOpener::click(QMessageBox *box, const QString &buttonName)
{
    auto *button = box->findChild<QPushButton *>(buttonName);
    QVERIFY2(button, qPrintable(buttonName));
    button->click();
}

QString TestLibraryOpener::makeLibrary()
{
    std::unique_ptr<Database> db = workedSessionLibrary(m_library);
    if (!db) {
        return {};
    }
    const QString work = userWork(db->connection());
    return work;
}

QString TestLibraryOpener::makeOtherLibrary()
{
    const std::unique_ptr<Database> db = workedSessionLibrary(m_other);
    return db ? m_other : QString();
}

std::unique_ptr<Gui::WindowHost> TestLibraryOpener::makeHost(int *released) const
{
    auto host = std::make_unique<Gui::WindowHost>(m_library, nullptr);
    host->setLibraryHolder(
        [released]() {
        ++*released;
        },
        []() {});
    host->show();
    return host;
}

QString TestLibraryOpener::cleanCloseMark(const QString &library)
{
    Database::Options readOnly;
    readOnly.readOnly = true;
    const Result<std::unique_ptr<Database>> db = Database::open(library, readOnly);
    if (!db) {
        return db.errorMessage();
    }
    QSqlQuery query((*db)->connection());
    query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'clean_close'"));
    return query.next() ? query.value(0).toString() : QString();
}

void TestLibraryOpener::healthyLibraryOpensWritable()
{
    QVERIFY(!makeLibrary().isEmpty());
    LibraryOpener opener(m_library);
    QSignalSpy opened(&opener, &LibraryOpener::opened);
    opener.start();
    QVERIFY(opened.wait(30'000));
    QCOMPARE(opener.readOnlyReason(), ReadOnlyReason::None);
    QVERIFY(!Database::isForcedReadOnly(m_library));
    QCOMPARE(cleanCloseMark(m_library), QStringLiteral("0")); // the session holds the library
    opener.close();
    QCOMPARE(cleanCloseMark(m_library), QStringLiteral("1")); // closed cleanly, e.g. before a restore
}

void TestLibraryOpener::damagedLibraryRestoresTheNewestGoodBackup()
{
    QString work;
    QString good;
    {
        std::unique_ptr<Database> db = workedSessionLibrary(m_library);
        QVERIFY(db);
        work = userWork(db->connection());
        LibraryBackup backups(m_library, [] {
            return QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        });
        const Result<BackupEntry> older = backups.make(db->connection(), BackupReason::Manual);
        QVERIFY2(older, qPrintable(older.errorMessage()));
        good = older->path;
    }
    {
        // A newer backup that a failing disk damaged afterwards: not the one to offer.
        Database::Options session;
        session.verify = Database::Options::Verify::IfNotClosedCleanly;
        Result<std::unique_ptr<Database>> db = Database::open(m_library, session);
        QVERIFY(db);
        LibraryBackup backups(m_library, [] {
            return QDateTime(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC);
        });
        const Result<BackupEntry> newer = backups.make((*db)->connection(), BackupReason::Manual);
        QVERIFY2(newer, qPrintable(newer.errorMessage()));
        QVERIFY(scribbleMiddlePage(newer->path));
        QVERIFY(!LibraryBackup::verify(newer->path));
    }
    QVERIFY(scribbleMiddlePage(m_library));
    const QByteArray damaged = fileHash(m_library);

    LibraryOpener opener(m_library);
    QSignalSpy opened(&opener, &LibraryOpener::opened);
    QSignalSpy quit(&opener, &LibraryOpener::abandoned);
    opener.start();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = messageBox(QStringLiteral("damagedLibraryMessageBox"))) != nullptr, 30'000);
    QVERIFY2(box->text().contains(m_library), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("SQLite reported:")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("quick_check")), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(good), qPrintable(box->informativeText()));
    // Nothing was written or moved while the user decides.
    QCOMPARE(opened.count(), 0);
    QCOMPARE(fileHash(m_library), damaged);
    QVERIFY(replacedFiles(m_library).isEmpty());

    click(box, QStringLiteral("restoreBackupButton"));
    QVERIFY(opened.wait(30'000));
    QCOMPARE(quit.count(), 0);
    QCOMPARE(opener.readOnlyReason(), ReadOnlyReason::None);
    const QStringList aside = replacedFiles(m_library);
    QCOMPARE(aside.size(), 1);
    const QString asidePath = QDir(m_dir->path()).filePath(aside.first());
    QCOMPARE(fileHash(asidePath), damaged); // moved aside, not deleted
    QMessageBox *restored = nullptr;
    QTRY_VERIFY((restored = messageBox(QStringLiteral("libraryRestoredMessageBox"))) != nullptr);
    QVERIFY2(restored->text().contains(asidePath), qPrintable(restored->text()));
    restored->close();

    Database::Options readOnly;
    readOnly.readOnly = true;
    const Result<std::unique_ptr<Database>> db = Database::open(m_library, readOnly);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    QCOMPARE(userWork((*db)->connection()), work);
}

void TestLibraryOpener::damagedLibraryWithoutBackupIsLeftUntouched()
{
    QVERIFY(!makeLibrary().isEmpty());
    QVERIFY(scribbleMiddlePage(m_library));
    const QByteArray damaged = fileHash(m_library);
    LibraryOpener opener(m_library);
    QSignalSpy opened(&opener, &LibraryOpener::opened);
    opener.start();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = messageBox(QStringLiteral("damagedLibraryMessageBox"))) != nullptr, 30'000);
    QVERIFY2(box->informativeText().contains(QStringLiteral("No good backup was found")),
             qPrintable(box->informativeText()));
    QVERIFY(box->findChild<QPushButton *>(QStringLiteral("restoreBackupButton")) == nullptr);
    click(box, QStringLiteral("openReadOnlyButton"));
    QVERIFY(opened.wait(30'000));
    QCOMPARE(opener.readOnlyReason(), ReadOnlyReason::Damaged);
    QVERIFY(Database::isForcedReadOnly(m_library));
    QCOMPARE(fileHash(m_library), damaged);
    QVERIFY(replacedFiles(m_library).isEmpty());
}

void TestLibraryOpener::damagedLibraryCanBeQuit()
{
    QVERIFY(!makeLibrary().isEmpty());
    QVERIFY(scribbleMiddlePage(m_library));
    const QByteArray damaged = fileHash(m_library);
    LibraryOpener opener(m_library);
    QSignalSpy opened(&opener, &LibraryOpener::opened);
    QSignalSpy quit(&opener, &LibraryOpener::abandoned);
    opener.start();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = messageBox(QStringLiteral("damagedLibraryMessageBox"))) != nullptr, 30'000);
    click(box, QStringLiteral("quitButton"));
    QCOMPARE(quit.count(), 1);
    QCOMPARE(opened.count(), 0);
    QCOMPARE(fileHash(m_library), damaged);
}

void TestLibraryOpener::lockedLibraryOffersRetryAndReadOnlyWithoutBlocking()
{
    QVERIFY(!makeLibrary().isEmpty());
    LockHolder holder(m_library);
    QVERIFY(holder.isLocked());
    LibraryOpener opener(m_library);
    opener.setBusyTimeoutMs(3'000);
    opener.setProgressDelayMs(0);
    QSignalSpy opened(&opener, &LibraryOpener::opened);
    opener.start();
    // The progress dialog can only appear while the GUI thread is free during the wait for the lock.
    QTRY_VERIFY_WITH_TIMEOUT(
        [] {
        auto *progress = qobject_cast<QProgressDialog *>([] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (widget->objectName() == QLatin1String("openingLibraryProgressDialog")) {
                    return widget;
                }
            }
            return static_cast<QWidget *>(nullptr);
        }());
        return progress && progress->isVisible();
        }(),
        10'000);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = messageBox(QStringLiteral("libraryInUseMessageBox"))) != nullptr, 30'000);
    QVERIFY2(box->text().contains(QStringLiteral("is in use")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(m_library), qPrintable(box->text()));

    // Still locked: Retry asks again.
    click(box, QStringLiteral("retryButton"));
    QTRY_VERIFY_WITH_TIMEOUT((box = messageBox(QStringLiteral("libraryInUseMessageBox"))) != nullptr, 30'000);
    QCOMPARE(opened.count(), 0);

    // Read-only works beside the writer.
    click(box, QStringLiteral("openReadOnlyButton"));
    QVERIFY(opened.wait(30'000));
    QCOMPARE(opener.readOnlyReason(), ReadOnlyReason::InUse);

    // Once the other program is done, the library opens for writing again.
    holder.release();
    LibraryOpener second(m_library);
    QSignalSpy secondOpened(&second, &LibraryOpener::opened);
    second.start();
    QVERIFY(secondOpened.wait(30'000));
    QCOMPARE(second.readOnlyReason(), ReadOnlyReason::None);
}

void TestLibraryOpener::readOnlyLibraryShowsTheBannerAndEditsSayWhy()
{
    QVERIFY(!makeLibrary().isEmpty());
    const QByteArray before = fileHash(m_library);
    LibraryOpener opener(m_library);
    opener.setReadOnlyRequested(true); // what --read-only does; works as root too
    QSignalSpy opened(&opener, &LibraryOpener::opened);
    opener.start();
    QVERIFY(opened.wait(30'000));
    QCOMPARE(opener.readOnlyReason(), ReadOnlyReason::Requested);

    Gui::MainWindow window(m_library);
    window.setReadOnly(opener.readOnlyReason());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = window.findChild<QWidget *>(QStringLiteral("readOnlyBar"));
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    const QString banner = bar->findChild<QLabel *>(QStringLiteral("readOnlyLabel"))->text();
    QVERIFY2(banner.contains(QStringLiteral("read-only")) && banner.contains(QStringLiteral("--read-only")),
             qPrintable(banner));

    // An edit is not saved, says why, and is kept (not silently lost).
    qint64 paperId = 0;
    {
        Database::Options readOnly;
        readOnly.readOnly = true;
        const Result<std::unique_ptr<Database>> db = Database::open(m_library, readOnly);
        QVERIFY(db);
        paperId = paperRowId((*db)->connection(), OtherPaper);
    }
    QVERIFY(paperId != 0);
    QSignalSpy failed(window.annotations(), &Gui::AnnotationController::writeFailed);
    window.annotations()->setRating({paperId}, 4);
    QVERIFY(failed.wait(30'000));
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("read-only")) && message.contains(QStringLiteral("--read-only")),
             qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("attempt to write")), qPrintable(message));
    QCOMPARE(window.annotations()->client()->failedWriteCount(), 1);
    auto *errorBar = window.findChild<QWidget *>(QStringLiteral("writeErrorBar"));
    QTRY_VERIFY(errorBar->isVisible());
    QVERIFY(errorBar->findChild<QLabel *>(QStringLiteral("writeErrorLabel"))->text().contains(message));

    // An import says so too, and imports nothing.
    QSignalSpy imported(&window, &Gui::MainWindow::importFinished);
    window.importPaths({QStringLiteral(PAPERSHELF_TEST_DATA "/cli")});
    QVERIFY(imported.wait(30'000));
    const auto report = imported.first().first().value<ImportReport>();
    QCOMPARE(report.errors.size(), 1);
    QVERIFY2(report.errors.first().message.contains(QStringLiteral("read-only")),
             qPrintable(report.errors.first().message));
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget) && widget->isVisible()) {
            widget->close(); // the import summary
        }
    }
    window.annotations()->client()->discardFailedWrites();
    window.close();
    QCOMPARE(fileHash(m_library), before);
}

void TestLibraryOpener::readOnlyFileOpensReadOnly()
{
    QVERIFY(!makeLibrary().isEmpty());
    QVERIFY(QFile::setPermissions(m_library, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    if (QFileInfo(m_library).isWritable()) {
        QSKIP("running as a user who can write a 0444 file (root); readOnlyLibraryShowsTheBanner covers it");
    }
    LibraryOpener opener(m_library);
    QSignalSpy opened(&opener, &LibraryOpener::opened);
    opener.start();
    QVERIFY(opened.wait(30'000));
    QCOMPARE(opener.readOnlyReason(), ReadOnlyReason::File);
    Gui::MainWindow window(m_library);
    window.setReadOnly(opener.readOnlyReason());
    const QString banner = window.findChild<QLabel *>(QStringLiteral("readOnlyLabel"))->text();
    QVERIFY2(banner.contains(m_library), qPrintable(banner));
}

void TestLibraryOpener::readOnlyFolderOpensReadOnly()
{
    QVERIFY(!makeLibrary().isEmpty());
    QVERIFY(QFile::setPermissions(m_dir->path(),
                                  QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
    if (QFileInfo(m_dir->path()).isWritable()) {
        QSKIP("running as a user who can write a 0555 folder (root); readOnlyLibraryShowsTheBanner covers it");
    }
    LibraryOpener opener(m_library);
    QSignalSpy opened(&opener, &LibraryOpener::opened);
    opener.start();
    QVERIFY(opened.wait(30'000));
    QCOMPARE(opener.readOnlyReason(), ReadOnlyReason::Folder);
    Gui::MainWindow window(m_library);
    window.setReadOnly(opener.readOnlyReason());
    const QString banner = window.findChild<QLabel *>(QStringLiteral("readOnlyLabel"))->text();
    QVERIFY2(banner.contains(m_dir->path()), qPrintable(banner));
}

void TestLibraryOpener::damageMetDuringASessionIsExplained()
{
    QVERIFY(!makeLibrary().isEmpty());
    Gui::AnnotationClient client(m_library);
    QSignalSpy failed(&client, &Gui::AnnotationClient::writeFailed);
    // What a store returns when SQLite meets a damaged page mid-session.
    client.write(QStringLiteral("Rating"), [](Gui::AnnotationSession &) -> Result<void> {
        return Error{QStringLiteral("UPDATE annotations: the library file is corrupt (database disk image is "
                                    "malformed); restore it from a backup"),
                     static_cast<int>(OpenErrorCode::Corrupt)};
    });
    QVERIFY(failed.wait(30'000));
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("damaged")) && message.contains(QStringLiteral("restore a backup")),
             qPrintable(message));
    QCOMPARE(client.failedWriteCount(), 1);
}

void TestLibraryOpener::switchingMovesTheWindowAndTheMainConnection()
{
    QVERIFY(!makeLibrary().isEmpty());
    QVERIFY(!makeOtherLibrary().isEmpty());
    int released = 0;
    {
        const std::unique_ptr<Gui::WindowHost> host = makeHost(&released);
        QSignalSpy finished(host.get(), &Gui::WindowHost::librarySwitchFinished);
        // What File > Open Library emits once a file is picked.
        Q_EMIT host->window()->libraryChosen(m_other);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
        QCOMPARE(finished.first().at(0).toString(), m_other);
        QVERIFY(finished.first().at(1).toBool());
        QCOMPARE(host->window()->libraryPath(), m_other);
        QCOMPARE(released, 1); // the first library's main connection was let go
        QVERIFY(!host->window()->findChild<QWidget *>(QStringLiteral("readOnlyBar"))->isVisible());
        QCOMPARE(cleanCloseMark(m_other), QStringLiteral("0")); // the session now holds this one
    }
    QCOMPARE(cleanCloseMark(m_other), QStringLiteral("1")); // and closed it cleanly with the host
}

void TestLibraryOpener::switchingToADamagedLibraryCanBeCancelled()
{
    QVERIFY(!makeLibrary().isEmpty());
    QVERIFY(!makeOtherLibrary().isEmpty());
    QVERIFY(scribbleMiddlePage(m_other));
    const QByteArray damaged = fileHash(m_other);
    int released = 0;
    const std::unique_ptr<Gui::WindowHost> host = makeHost(&released);
    QSignalSpy finished(host.get(), &Gui::WindowHost::librarySwitchFinished);
    host->switchLibrary(m_other);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = messageBox(QStringLiteral("damagedLibraryMessageBox"))) != nullptr, 30'000);
    QVERIFY2(box->text().contains(m_other), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("quick_check")), qPrintable(box->text()));
    // A window is open: the way out keeps it, it does not quit.
    QVERIFY(box->findChild<QPushButton *>(QStringLiteral("quitButton")) == nullptr);
    click(box, QStringLiteral("cancelButton"));
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!finished.first().at(1).toBool());
    QCOMPARE(host->window()->libraryPath(), m_library);
    QCOMPARE(released, 0);
    QCOMPARE(fileHash(m_other), damaged);
    QVERIFY(replacedFiles(m_other).isEmpty());
}

void TestLibraryOpener::switchingToALockedLibraryKeepsTheWindowResponsive()
{
    QVERIFY(!makeLibrary().isEmpty());
    QVERIFY(!makeOtherLibrary().isEmpty());
    LockHolder holder(m_other);
    QVERIFY(holder.isLocked());
    int released = 0;
    const std::unique_ptr<Gui::WindowHost> host = makeHost(&released);
    QVERIFY(QTest::qWaitForWindowExposed(host->window()));
    QSignalSpy finished(host.get(), &Gui::WindowHost::librarySwitchFinished);
    // The opener waits up to its 5 s busy timeout for the lock; the GUI thread
    // must keep running meanwhile (a 20 ms timer measures its longest stall).
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worstGap = 0;
    QTimer tick;
    tick.setInterval(20);
    connect(&tick, &QTimer::timeout, &tick, [&]() {
        const qint64 now = clock.elapsed();
        worstGap = qMax(worstGap, now - last);
        last = now;
    });
    clock.start();
    tick.start();
    host->switchLibrary(m_other);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = messageBox(QStringLiteral("libraryInUseMessageBox"))) != nullptr, 30'000);
    tick.stop();
    QVERIFY2(clock.elapsed() >= 4'000, "the opener did not wait for the lock");
    QVERIFY2(worstGap < 2'000, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(worstGap)));
    QCOMPARE(host->window()->libraryPath(), m_library); // nothing moved while the user decides
    QVERIFY(box->findChild<QPushButton *>(QStringLiteral("cancelButton")) != nullptr);
    // No restore meanwhile: it would take the window the opener is about to move.
    Gui::MessageBox::setNextResult(QMessageBox::Ok);
    host->restore(m_library, QStringLiteral("never-used.papershelf"));
    QVERIFY2(Gui::MessageBox::lastText().contains(QStringLiteral("Another library is being opened")),
             qPrintable(Gui::MessageBox::lastText()));
    QCOMPARE(host->window()->libraryPath(), m_library);

    click(box, QStringLiteral("openReadOnlyButton"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
    QVERIFY(finished.first().at(1).toBool());
    QCOMPARE(host->window()->libraryPath(), m_other);
    QCOMPARE(released, 1);
    QVERIFY(Database::isForcedReadOnly(m_other));
    auto *bar = host->window()->findChild<QWidget *>(QStringLiteral("readOnlyBar"));
    QTRY_VERIFY(bar->isVisible());
    const QString banner = bar->findChild<QLabel *>(QStringLiteral("readOnlyLabel"))->text();
    QVERIFY2(banner.contains(QStringLiteral("another program is writing to it")), qPrintable(banner));
}

void TestLibraryOpener::switchingToAReadOnlyLibraryBacksUpThePreviousOne()
{
    QVERIFY(!makeLibrary().isEmpty());
    QVERIFY(!makeOtherLibrary().isEmpty());
    int released = 0;
    const std::unique_ptr<Gui::WindowHost> host = makeHost(&released);
    Gui::MaintenanceActions *maintenance = host->window()->maintenanceActions();
    QSignalSpy daily(maintenance, &Gui::MaintenanceActions::dailyBackupFinished);
    QTRY_COMPARE_WITH_TIMEOUT(daily.count(), 1, 30'000); // the first daily backup, as the app opens
    QVERIFY(daily.first().first().toBool());
    const LibraryBackup backups(m_library);
    QCOMPARE(backups.list().size(), 1);

    // Two days on, with the library changed since: its closing backup is due.
    const QDateTime later = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 2 * 86'400, Qt::UTC);
    maintenance->setClock([later]() {
        return later;
    });
    {
        const Result<std::unique_ptr<Database>> db = Database::open(m_library);
        QVERIFY(db);
        QSqlQuery edit((*db)->connection());
        QVERIFY(edit.exec(QStringLiteral("UPDATE annotations SET notes = notes || ' (edited later)', "
                                         "updated_at = '2099-01-01T10:00:00Z'")));
        QVERIFY(edit.numRowsAffected() > 0);
    }

    // The next library opens read-only (in use elsewhere; Open Read-Only).
    LockHolder holder(m_other);
    QVERIFY(holder.isLocked());
    QSignalSpy finished(host.get(), &Gui::WindowHost::librarySwitchFinished);
    host->switchLibrary(m_other);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = messageBox(QStringLiteral("libraryInUseMessageBox"))) != nullptr, 30'000);
    click(box, QStringLiteral("openReadOnlyButton"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
    QCOMPARE(host->window()->libraryPath(), m_other);
    QVERIFY(!maintenance->automaticBackups());
    maintenance->waitForFinished();

    // The library left behind got its closing backup; the read-only one none.
    const QList<BackupEntry> listed = backups.list();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.first().createdAt, later);
    QCOMPARE(listed.first().reason, BackupReason::Daily);
    QVERIFY(LibraryBackup::verify(listed.first().path));
    QVERIFY(LibraryBackup(m_other).list().isEmpty());
    QCOMPARE(daily.count(), 1); // the read-only library reported no daily backup
}

void TestLibraryOpener::switchingAsksAboutEditsThatWereNotSaved()
{
    QVERIFY(!makeLibrary().isEmpty());
    QVERIFY(!makeOtherLibrary().isEmpty());
    qint64 paperId = 0;
    {
        const Result<std::unique_ptr<Database>> db = Database::open(m_library);
        QVERIFY(db);
        paperId = paperRowId((*db)->connection(), OtherPaper);
    }
    QVERIFY(paperId != 0);
    // A rating that cannot be saved (the library is open read-only) waits for a retry.
    Database::setForcedReadOnly(m_library, true); // what the opener does for --read-only
    Gui::WindowHost host(m_library, nullptr, ReadOnlyReason::Requested);
    host.show();
    QSignalSpy failed(host.window()->annotations(), &Gui::AnnotationController::writeFailed);
    host.window()->annotations()->setRating({paperId}, 4);
    QVERIFY(failed.wait(30'000));
    QCOMPARE(host.window()->annotations()->client()->failedWriteCount(), 1);

    // Switching asks first; Cancel keeps the library and the edit.
    QSignalSpy finished(&host, &Gui::WindowHost::librarySwitchFinished);
    Gui::MessageBox::setNextResult(QMessageBox::Cancel);
    host.switchLibrary(m_other);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!finished.takeFirst().at(1).toBool());
    QVERIFY2(Gui::MessageBox::lastText().contains(QStringLiteral("could not be saved")),
             qPrintable(Gui::MessageBox::lastText()));
    QCOMPARE(host.window()->libraryPath(), m_library);
    QCOMPARE(host.window()->annotations()->client()->failedWriteCount(), 1);

    // Discard lets it go, and the window moves.
    Gui::MessageBox::setNextResult(QMessageBox::Discard);
    host.switchLibrary(m_other);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
    QVERIFY(finished.first().at(1).toBool());
    QCOMPARE(host.window()->libraryPath(), m_other);
}

QTEST_MAIN(TestLibraryOpener)
#include "tst_libraryopener.moc"
