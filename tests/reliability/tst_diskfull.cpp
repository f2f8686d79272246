#include "core/backup/librarybackup.h"
#include "storagefaulttestutil.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

#include <csignal>

using namespace PaperShelf;

// Issue 8, storage fault 2: the disk fills during an import and during a
// backup. The files are capped with RLIMIT_FSIZE in the CLI child (SIGXFSZ
// ignored, so write() fails with EFBIG, which SQLite reports as an I/O error);
// ENOSPC itself, which SQLite reports as SQLITE_FULL, is injected with strace.
// Each time the CLI must exit 1 and say why, the transaction must roll back, and
// the library and its earlier backup must be untouched.
class TestDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importThatFillsTheDiskRollsBack();
    void importOnAFullDiskSaysTheDiskIsFull();
    void backupThatFillsTheDiskKeepsTheEarlierBackup();

private:
    /// The library's content, quick_check and the earlier backup are as init() left them.
    void verifyUntouched();
    static Tests::CliLaunch cappedAt(qint64 bytes);

    QTemporaryDir m_dir;
    QString m_synthetic;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_library;
    QString m_checksum;
    QString m_backup;
    QByteArray m_backupBytes;
};

void TestDiskFull::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_synthetic = m_dir.filePath(QStringLiteral("synthetic"));
    QVERIFY(Tests::writeSyntheticDigests(m_synthetic, 20, 12, 21) > 20);
}

void TestDiskFull::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    m_library = m_work->filePath(QStringLiteral("library.papershelf"));
    QString problem;
    const Tests::BackedUpLibrary made = Tests::backedUpLibrary(m_library, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_backup = made.backup;
    m_backupBytes = made.backupBytes;
    m_checksum = made.checksum;
    QVERIFY(!m_checksum.startsWith(QLatin1String("0 papers")));
}

void TestDiskFull::cleanup()
{
    m_work.reset();
}

Tests::CliLaunch TestDiskFull::cappedAt(qint64 bytes)
{
    Tests::CliLaunch launch;
    launch.modifier = [bytes]() {
        // Runs between fork and exec: async-signal-safe calls only.
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{static_cast<rlim_t>(bytes), static_cast<rlim_t>(bytes)};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    };
    return launch;
}

void TestDiskFull::verifyUntouched()
{
    {
        std::unique_ptr<Core::Database> database;
        const QString problems = Tests::openChecked(m_library, database);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(Tests::contentChecksum(database->connection()), m_checksum);
    }
    const QList<Core::BackupEntry> backups = Core::LibraryBackup(m_library).list();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().path, m_backup);
    const Core::Result<int> verified = Core::LibraryBackup::verify(m_backup);
    QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
    QFile backup(m_backup);
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QVERIFY(backup.readAll() == m_backupBytes);
    // No half-written backup is left behind.
    const QStringList leftovers = QDir(Core::LibraryBackup(m_library).directory())
                                      .entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
}

void TestDiskFull::importThatFillsTheDiskRollsBack()
{
    // The -wal file may grow to 64 kB: room for opening the library, not for the
    // first commit of the import (a second's worth of digests).
    const Tests::CliRun run = Tests::runCli(m_library, {QStringLiteral("import"), m_synthetic}, cappedAt(64 * 1024));
    QCOMPARE(run.exitCode, 1);
    const QString output = run.out + run.err;
    QVERIFY2(output.contains(QLatin1String("I/O error occurred while writing")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("disk may be full")), qPrintable(output));
    verifyUntouched();
}

void TestDiskFull::importOnAFullDiskSaysTheDiskIsFull()
{
    const QString strace = Tests::straceProgram();
    if (strace.isEmpty()) {
        QSKIP("strace is not installed (scripts/dev.sh installs it)");
    }
    // From the session's first write to the log on, every write fails with
    // ENOSPC, as on a full file system (aimed by a traced run on a copy; the
    // writes before that one, to the -shm index, need no new blocks).
    const QString copy = m_work->filePath(QStringLiteral("traced/library.papershelf"));
    QVERIFY(QDir().mkpath(QFileInfo(copy).path()));
    QVERIFY(QFile::copy(m_library, copy));
    const QList<Tests::TracedCall> calls = Tests::traceCli(copy,
                                                           {QStringLiteral("import"), m_synthetic},
                                                           m_work->filePath(QStringLiteral("strace.log")));
    const int when = Tests::callNumber(calls, QStringLiteral("pwrite64"), QStringLiteral("-wal"), 0.0);
    QVERIFY(when > 0);
    const Tests::CliLaunch launch = Tests::injecting(QStringLiteral("pwrite64"),
                                                     QStringLiteral("ENOSPC"),
                                                     QStringLiteral("%1+").arg(when));
    const Tests::CliRun run = Tests::runCli(m_library, {QStringLiteral("import"), m_synthetic}, launch);
    QCOMPARE(run.exitCode, 1);
    const QString output = run.out + run.err;
    QVERIFY2(output.contains(QLatin1String("the disk is full")), qPrintable(output));
    verifyUntouched();
}

void TestDiskFull::backupThatFillsTheDiskKeepsTheEarlierBackup()
{
    // Room for half a library: VACUUM INTO runs out of space.
    const qint64 cap = QFileInfo(m_library).size() / 2;
    const Tests::CliRun run = Tests::runCli(m_library, {QStringLiteral("backup")}, cappedAt(cap));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("backup failed")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("I/O error occurred while writing")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("the existing backups were kept")), qPrintable(run.err));
    verifyUntouched();
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
