#include "../support/clirunner.h"
#include "reliabilitytestutil.h"

#include <QFileDevice>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace PaperShelf::Core;
using namespace PaperShelf::Tests;

// Issue 8 items 4, 5 and 7 and "untrusted library file" for papershelf-cli:
// damaged, locked, read-only and foreign library files, with the real binary.
class TestCliFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void damagedLibraryExitsWithThreeAndNamesTheNewestGoodBackup();
    void damagedLibraryWithoutBackupSaysSoAndStaysUntouched();
    void lockedLibraryExitsWithThreeSayingItIsInUse();
    void forcedReadOnlyReadsAndRefusesWrites();
    void readOnlyFileReadsAndRefusesWrites();
    void readOnlyFolderReadsAndRefusesWrites();
    void untrustedFilesAreRefusedUntouched_data();
    void untrustedFilesAreRefusedUntouched();

private:
    using Run = CliRun;

    Run cli(const QStringList &arguments) const;
    /// A worked library, closed cleanly, with a verified backup made before the damage.
    QString makeLibraryWithBackup();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
    const QString m_fixtures = QStringLiteral(PAPERSHELF_TEST_DATA "/cli");
};

void TestCliFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = m_dir->filePath(QStringLiteral("faults.papershelf"));
}

void TestCliFaults::cleanup()
{
    // Undo the permission changes so the temporary folder can be removed.
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(m_library, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_dir.reset();
}

TestCliFaults::Run TestCliFaults::cli(const QStringList &arguments) const
{
    CliLaunch launch;
    launch.timeoutMs = 120'000;
    return runCli(m_library, arguments, launch);
}

QString TestCliFaults::makeLibraryWithBackup()
{
    std::unique_ptr<Database> db = workedSessionLibrary(m_library);
    if (!db) {
        return {};
    }
    const Result<BackupEntry> backup = LibraryBackup(m_library).make(db->connection(), BackupReason::Manual);
    return backup ? backup->path : QString();
}

void TestCliFaults::damagedLibraryExitsWithThreeAndNamesTheNewestGoodBackup()
{
    const QString backup = makeLibraryWithBackup();
    QVERIFY(!backup.isEmpty());
    QString work;
    {
        Database::Options readOnly;
        readOnly.readOnly = true;
        const Result<std::unique_ptr<Database>> db = Database::open(backup, readOnly);
        QVERIFY(db);
        work = userWork((*db)->connection());
    }
    QVERIFY(work.contains(QStringLiteral("Sidecar notes")));
    // The library was closed cleanly; the damage comes afterwards.
    QVERIFY(scribbleMiddlePage(m_library));
    QVERIFY(!LibraryBackup::verify(m_library));
    const QByteArray damaged = fileHash(m_library);

    for (const QStringList &arguments :
         {QStringList{QStringLiteral("stats")}, QStringList{QStringLiteral("import"), m_fixtures}}) {
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("damaged")) || run.err.contains(QStringLiteral("corrupt")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("the newest good backup is %1").arg(backup)), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("papershelf-cli --library '%1' restore '%2'")
                                      .arg(m_library, QFileInfo(backup).fileName())),
                 qPrintable(run.err));
        // Refused, not written, not moved.
        QCOMPARE(fileHash(m_library), damaged);
        QVERIFY(replacedFiles(m_library).isEmpty());
    }

    // The command it printed restores the backup and keeps the damaged file aside.
    const Run restored = cli({QStringLiteral("restore"), QFileInfo(backup).fileName()});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    const QStringList aside = replacedFiles(m_library);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(fileHash(QDir(m_dir->path()).filePath(aside.first())), damaged);
    QVERIFY2(restored.out.contains(aside.first()), qPrintable(restored.out));
    const Result<std::unique_ptr<Database>> db = Database::open(m_library, {});
    QVERIFY2(db, qPrintable(db.errorMessage()));
    QCOMPARE(userWork((*db)->connection()), work);
    QCOMPARE(cli({QStringLiteral("stats")}).exitCode, 0);
}

void TestCliFaults::damagedLibraryWithoutBackupSaysSoAndStaysUntouched()
{
    {
        std::unique_ptr<Database> db = workedSessionLibrary(m_library);
        QVERIFY(db);
    }
    QVERIFY(scribbleMiddlePage(m_library));
    const QByteArray damaged = fileHash(m_library);
    const Run run = cli({QStringLiteral("list")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("no good backup was found")), qPrintable(run.err));
    QCOMPARE(fileHash(m_library), damaged);
    QVERIFY(replacedFiles(m_library).isEmpty());
}

void TestCliFaults::lockedLibraryExitsWithThreeSayingItIsInUse()
{
    {
        std::unique_ptr<Database> db = workedSessionLibrary(m_library);
        QVERIFY(db);
    }
    LockHolder holder(m_library);
    QVERIFY(holder.isLocked());
    const Run write = cli({QStringLiteral("import"), m_fixtures});
    QCOMPARE(write.exitCode, 3);
    QVERIFY2(write.err.contains(QStringLiteral("in use")), qPrintable(write.err));
    // Reading goes on beside a writer (WAL).
    const Run read = cli({QStringLiteral("stats")});
    QVERIFY2(read.exitCode == 0, qPrintable(read.err));
    holder.release();
    const Run again = cli({QStringLiteral("import"), m_fixtures});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
}

void TestCliFaults::forcedReadOnlyReadsAndRefusesWrites()
{
    {
        std::unique_ptr<Database> db = workedSessionLibrary(m_library);
        QVERIFY(db);
    }
    const QByteArray before = fileHash(m_library);
    const Run list = cli({QStringLiteral("--read-only"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY(list.out.contains(WorkedPaper));
    const Run import = cli({QStringLiteral("--read-only"), QStringLiteral("import"), m_fixtures});
    QCOMPARE(import.exitCode, 3);
    QVERIFY2(import.err.contains(QStringLiteral("read-only")), qPrintable(import.err));
    const Run backup = cli({QStringLiteral("--read-only"), QStringLiteral("check"), QStringLiteral("--repair")});
    QCOMPARE(backup.exitCode, 3);
    QVERIFY2(backup.err.contains(QStringLiteral("read-only")), qPrintable(backup.err));
    QCOMPARE(fileHash(m_library), before);
}

void TestCliFaults::readOnlyFileReadsAndRefusesWrites()
{
    {
        std::unique_ptr<Database> db = workedSessionLibrary(m_library);
        QVERIFY(db);
    }
    QVERIFY(QFile::setPermissions(m_library, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    if (QFileInfo(m_library).isWritable()) {
        QSKIP("running as a user who can write a 0444 file (root); forcedReadOnlyReadsAndRefusesWrites covers it");
    }
    const Run stats = cli({QStringLiteral("stats")});
    QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
    const Run import = cli({QStringLiteral("import"), m_fixtures});
    QCOMPARE(import.exitCode, 3);
    QVERIFY2(import.err.contains(QStringLiteral("read-only")), qPrintable(import.err));
}

void TestCliFaults::readOnlyFolderReadsAndRefusesWrites()
{
    {
        std::unique_ptr<Database> db = workedSessionLibrary(m_library);
        QVERIFY(db);
    }
    QVERIFY(QFile::setPermissions(m_dir->path(),
                                  QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
    if (QFileInfo(m_dir->path()).isWritable()) {
        QSKIP("running as a user who can write a 0555 folder (root); forcedReadOnlyReadsAndRefusesWrites covers it");
    }
    // No -wal or -shm beside the file, and none can be created.
    const Run list = cli({QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY(list.out.contains(WorkedPaper));
    const Run import = cli({QStringLiteral("import"), m_fixtures});
    QCOMPARE(import.exitCode, 3);
    QVERIFY2(import.err.contains(QStringLiteral("read-only")), qPrintable(import.err));
}

void TestCliFaults::untrustedFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("garbage") << QStringLiteral("garbage") << QStringLiteral("not an SQLite database");
    QTest::newRow("another program's database") << QStringLiteral("foreign") << QStringLiteral("another program");
    QTest::newRow("truncated library") << QStringLiteral("truncated") << QString();
    // Closed cleanly elsewhere, damaged in a page no open touches: only quick_check finds it.
    QTest::newRow("damaged library from elsewhere") << QStringLiteral("copied") << QStringLiteral("quick_check");
}

void TestCliFaults::untrustedFilesAreRefusedUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    if (kind == QLatin1String("garbage")) {
        QFile file(m_library);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    } else if (kind == QLatin1String("foreign")) {
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(m_library);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE papers(id INTEGER PRIMARY KEY, title TEXT)")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 1")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    } else {
        const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere/original.papershelf"));
        {
            std::unique_ptr<Database> db = workedSessionLibrary(elsewhere);
            QVERIFY(db);
        }
        QVERIFY(QFile::copy(elsewhere, m_library));
        if (kind == QLatin1String("truncated")) {
            QFile file(m_library);
            QVERIFY(file.resize(file.size() / 2));
        } else {
            QVERIFY(scribbleMiddlePage(m_library));
        }
    }
    const QByteArray before = fileHash(m_library);
    for (const QString &command : {QStringLiteral("stats"), QStringLiteral("list")}) {
        const Run run = cli({command});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.startsWith(QStringLiteral("papershelf-cli: cannot open library:")), qPrintable(run.err));
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(fileHash(m_library), before);
    }
    const Run import = cli({QStringLiteral("import"), m_fixtures});
    QCOMPARE(import.exitCode, 3);
    QCOMPARE(fileHash(m_library), before);
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_clifaults.moc"
