#include "backuptestutil.h"
#include "core/annotations/annotationarchive.h"
#include "core/backup/librarybackup.h"
#include "core/db/schema.h"
#include "core/util/librarypaths.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace PaperShelf::Core;
using namespace PaperShelf::Tests;

// Backups, restore, the annotation sidecar and the integrity gate of Database::open,
// on real library files in a temporary folder.
class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void backupIsACheckedLibraryWithTheSameContent();
    void backupIsOneSelfContainedFile();
    void backupDuringAnOpenWriteHasOnlyCommittedWork();
    void rotationKeepsTheNewestOfEachReason();
    void dailyBackupIsDueOncePerDayAndOnlyAfterAChange();
    void damagedLibraryNeverReplacesAGoodBackup();
    void restoreKeepsTheCurrentFileAside();
    void restoreRefusesADamagedBackup();
    void migrationTakesABackupFirst();
    void sidecarRebuildsTheUserWorkFromTheDigests();
    void uncleanlyClosedDamagedFileIsRefused();
    void cleanCloseClearsTheMarker();

private:
    std::unique_ptr<Database> openLibrary(const QString &path,
                                          Database::Options::Verify verify = Database::Options::Verify::Never);
    /// A library of the tests/data/cli digests with user work, at m_library.
    std::unique_ptr<Database> workedLibrary();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
    QDateTime m_now;
    LibraryBackup::Clock m_clock;
};

void TestBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = m_dir->filePath(QStringLiteral("lib.papershelf"));
    m_now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    m_clock = [this] {
        return m_now;
    };
}

void TestBackup::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Database> TestBackup::openLibrary(const QString &path, Database::Options::Verify verify)
{
    Database::Options options;
    options.verify = verify;
    Result<std::unique_ptr<Database>> db = Database::open(path, options);
    if (!db) {
        qWarning() << db.errorMessage();
        return {};
    }
    return std::move(*db);
}

std::unique_ptr<Database> TestBackup::workedLibrary()
{
    std::unique_ptr<Database> db = openLibrary(m_library);
    if (!db || !importCliFixtures(*db) || !addUserWork(*db)) {
        return {};
    }
    return db;
}

void TestBackup::backupIsACheckedLibraryWithTheSameContent()
{
    std::unique_ptr<Database> db = workedLibrary();
    QVERIFY(db);
    LibraryBackup backup(m_library, m_clock);
    QCOMPARE(backup.directory(), LibraryPaths(m_library).backupDir());
    const Result<BackupEntry> made = backup.make(db->connection(), BackupReason::Manual);
    QVERIFY2(made, qPrintable(made.errorMessage()));
    QVERIFY2(made->warning.isEmpty(), qPrintable(made->warning));
    QCOMPARE(QFileInfo(made->path).fileName(), QStringLiteral("lib-20261127T120000Z-manual.papershelf"));
    QCOMPARE(QFileInfo(made->path).absolutePath(), QDir(backup.directory()).absolutePath());
    QVERIFY(QFileInfo::exists(made->annotationsPath));
    QVERIFY(QDir(backup.directory()).entryList({QStringLiteral("*.partial")}, QDir::Files).isEmpty());
    QCOMPARE(*LibraryBackup::verify(made->path), Schema::CurrentVersion);

    const QString original = dumpLibrary(db->connection()) + userWork(db->connection());
    std::unique_ptr<Database> copy = openLibrary(made->path);
    QVERIFY(copy);
    QCOMPARE(dumpLibrary(copy->connection()) + userWork(copy->connection()), original);
    QVERIFY(userWork(copy->connection()).contains(QStringLiteral("更正的译文")));

    const QList<BackupEntry> listed = backup.list();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().path, made->path);
    QCOMPARE(listed.first().reason, BackupReason::Manual);
    QCOMPARE(listed.first().createdAt, m_now);
    QCOMPARE(listed.first().annotationsPath, made->annotationsPath);

    // A second backup in the same second gets a name of its own.
    const Result<BackupEntry> again = backup.make(db->connection(), BackupReason::Manual);
    QVERIFY(again);
    QCOMPARE(QFileInfo(again->path).fileName(), QStringLiteral("lib-20261127T120000Z-manual-2.papershelf"));
    QCOMPARE(backup.list().first().path, again->path);
}

void TestBackup::backupIsOneSelfContainedFile()
{
    std::unique_ptr<Database> db = workedLibrary();
    QVERIFY(db);
    // The library itself is in WAL mode (file format bytes 18 and 19 are 2) ...
    const auto formatBytes = [](const QString &path) -> QByteArray {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.read(20).mid(18, 2) : QByteArray();
    };
    QCOMPARE(formatBytes(m_library), QByteArray("\x02\x02", 2));
    const Result<BackupEntry> made = LibraryBackup(m_library, m_clock).make(db->connection(), BackupReason::Manual);
    QVERIFY2(made, qPrintable(made.errorMessage()));
    // ... its backup is a rollback-journal file: no -wal or -shm is needed or left beside it.
    QCOMPARE(formatBytes(made->path), QByteArray("\x01\x01", 2));
    QVERIFY(!QFileInfo::exists(made->path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(made->path + QStringLiteral("-shm")));
    QVERIFY(!QFileInfo::exists(made->path + QStringLiteral("-journal")));
}

void TestBackup::backupDuringAnOpenWriteHasOnlyCommittedWork()
{
    std::unique_ptr<Database> db = workedLibrary();
    QVERIFY(db);
    std::unique_ptr<Database> writer = openLibrary(m_library);
    QVERIFY(writer);
    QSqlDatabase writing = writer->connection();
    QVERIFY(writing.transaction());
    QSqlQuery insert(writing);
    QVERIFY(insert.exec(
        QStringLiteral("INSERT INTO tags(kind, name, norm) VALUES ('user', 'uncommitted', 'uncommitted')")));

    // The other connection's open write transaction neither blocks the backup nor enters it.
    const Result<BackupEntry> made = LibraryBackup(m_library, m_clock).make(db->connection(), BackupReason::Manual);
    QVERIFY2(made, qPrintable(made.errorMessage()));
    QVERIFY(writing.commit());
    std::unique_ptr<Database> copy = openLibrary(made->path);
    QVERIFY(copy);
    QSqlQuery count(copy->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM tags WHERE name = 'uncommitted'")) && count.next());
    QCOMPARE(count.value(0).toInt(), 0);
    QSqlQuery committed(db->connection());
    QVERIFY(committed.exec(QStringLiteral("SELECT count(*) FROM tags WHERE name = 'uncommitted'")) && committed.next());
    QCOMPARE(committed.value(0).toInt(), 1);
}

void TestBackup::rotationKeepsTheNewestOfEachReason()
{
    std::unique_ptr<Database> db = openLibrary(m_library);
    QVERIFY(db);
    LibraryBackup backup(m_library, m_clock);
    backup.setKeep(3);
    QVERIFY(backup.make(db->connection(), BackupReason::Daily));
    m_now = m_now.addSecs(60);
    QStringList manual;
    for (int i = 0; i < 5; ++i) {
        m_now = m_now.addSecs(3600);
        const Result<BackupEntry> made = backup.make(db->connection(), BackupReason::Manual);
        QVERIFY(made);
        manual.prepend(made->path);
    }
    const QList<BackupEntry> listed = backup.list();
    QCOMPARE(listed.size(), 4);
    QStringList kept;
    for (const BackupEntry &entry : listed) {
        if (entry.reason == BackupReason::Manual) {
            kept.append(entry.path);
        }
    }
    QCOMPARE(kept, manual.mid(0, 3));
    QCOMPARE(listed.last().reason, BackupReason::Daily); // the only daily one is kept
    for (const QString &removed : manual.mid(3)) {
        QVERIFY(!QFileInfo::exists(removed));
        QVERIFY(!QFileInfo::exists(removed.chopped(11) + QStringLiteral(".annotations.json")));
    }
    QCOMPARE(QDir(backup.directory()).entryList({QStringLiteral("*.annotations.json")}, QDir::Files).size(), 4);
}

void TestBackup::dailyBackupIsDueOncePerDayAndOnlyAfterAChange()
{
    std::unique_ptr<Database> db = workedLibrary();
    QVERIFY(db);
    const qint64 paper = paperRowId(db->connection(), WorkedPaper);
    LibraryBackup backup(m_library, m_clock);

    Result<std::optional<BackupEntry>> due = backup.backupIfDue(db->connection());
    QVERIFY2(due, qPrintable(due.errorMessage()));
    QVERIFY(due->has_value()); // no backup yet
    QCOMPARE((*due)->reason, BackupReason::Daily);

    // Changed, but less than a day later: not yet.
    QVERIFY(AnnotationStore(db->connection()).setNotes(paper, QStringLiteral("changed once")));
    m_now = m_now.addSecs(23 * 3600);
    due = backup.backupIfDue(db->connection());
    QVERIFY(due && !due->has_value());

    // A day later: due, because of that change.
    m_now = m_now.addSecs(2 * 3600);
    due = backup.backupIfDue(db->connection());
    QVERIFY(due && due->has_value());
    QCOMPARE(backup.list().size(), 2);

    // Days later without a change (reopening the library does not count): none.
    db.reset();
    db = openLibrary(m_library, Database::Options::Verify::IfNotClosedCleanly);
    QVERIFY(db);
    m_now = m_now.addDays(3);
    due = backup.backupIfDue(db->connection());
    QVERIFY(due && !due->has_value());
    QCOMPARE(backup.list().size(), 2);

    // Any kind of user work counts as a change.
    QVERIFY(UserTagStore(db->connection()).setColor(QStringLiteral("to cite"), QStringLiteral("#00aa00")));
    due = backup.backupIfDue(db->connection());
    QVERIFY(due && due->has_value());
    QCOMPARE(backup.list().size(), 3);
}

void TestBackup::damagedLibraryNeverReplacesAGoodBackup()
{
    LibraryBackup backup(m_library, m_clock);
    backup.setKeep(1);
    QString good;
    {
        std::unique_ptr<Database> db = workedLibrary();
        QVERIFY(db);
        const Result<BackupEntry> made = backup.make(db->connection(), BackupReason::Manual);
        QVERIFY(made);
        good = made->path;
    }
    const QByteArray goodBytes = [&good] {
        QFile file(good);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(scribbleInteriorPages(m_library));

    // The damaged file through a plain connection (Database::open would refuse it).
    m_now = m_now.addDays(1);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damaged"));
        raw.setDatabaseName(m_library);
        QVERIFY(raw.open());
        const Result<BackupEntry> made = backup.make(raw, BackupReason::Manual);
        QVERIFY(!made);
        QCOMPARE(made.error().code, static_cast<int>(OpenErrorCode::Corrupt));
        const Result<std::optional<BackupEntry>> due = backup.backupIfDue(raw);
        QVERIFY(!due);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damaged"));

    const QList<BackupEntry> listed = backup.list();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().path, good);
    QFile file(good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), goodBytes);
    QCOMPARE(QDir(backup.directory()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 2); // backup + sidecar
}

void TestBackup::restoreKeepsTheCurrentFileAside()
{
    LibraryBackup backup(m_library, m_clock);
    QString before;
    QString backupPath;
    {
        std::unique_ptr<Database> db = workedLibrary();
        QVERIFY(db);
        before = userWork(db->connection());
        const Result<BackupEntry> made = backup.make(db->connection(), BackupReason::Manual);
        QVERIFY(made);
        backupPath = made->path;
        QVERIFY(AnnotationStore(db->connection())
                    .setNotes(paperRowId(db->connection(), WorkedPaper), QStringLiteral("written after the backup")));
    }
    m_now = m_now.addSecs(3600);
    const Result<RestoreReport> restored = backup.restore(QFileInfo(backupPath).fileName());
    QVERIFY2(restored, qPrintable(restored.errorMessage()));
    QCOMPARE(restored->restoredFrom, backupPath);
    QCOMPARE(restored->keptAside, m_dir->filePath(QStringLiteral("lib-replaced-20261127T130000Z.papershelf")));
    QVERIFY(QFileInfo::exists(backupPath)); // the backup stays

    {
        std::unique_ptr<Database> db = openLibrary(m_library, Database::Options::Verify::IfNotClosedCleanly);
        QVERIFY(db);
        QCOMPARE(userWork(db->connection()), before);
    }
    std::unique_ptr<Database> aside = openLibrary(restored->keptAside);
    QVERIFY(aside);
    QVERIFY(userWork(aside->connection()).contains(QStringLiteral("written after the backup")));
}

void TestBackup::restoreRefusesADamagedBackup()
{
    LibraryBackup backup(m_library, m_clock);
    QString backupPath;
    {
        std::unique_ptr<Database> db = workedLibrary();
        QVERIFY(db);
        const Result<BackupEntry> made = backup.make(db->connection(), BackupReason::Manual);
        QVERIFY(made);
        backupPath = made->path;
    }
    QVERIFY(scribbleInteriorPages(backupPath));
    const QByteArray current = [this] {
        QFile file(m_library);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const Result<RestoreReport> restored = backup.restore(backupPath);
    QVERIFY(!restored);
    QVERIFY2(restored.errorMessage().contains(QStringLiteral("cannot be restored")),
             qPrintable(restored.errorMessage()));
    QFile file(m_library);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), current);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*-replaced-*")}, QDir::Files).size(), 0);
    QVERIFY(!backup.restore(QStringLiteral("no-such-backup.papershelf")));
}

void TestBackup::migrationTakesABackupFirst()
{
    QVERIFY(loadDump(m_library, QStringLiteral("library-v1.sql")));
    std::unique_ptr<Database> db = openLibrary(m_library);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Schema::CurrentVersion);
    const QList<BackupEntry> listed = LibraryBackup(m_library).list();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().reason, BackupReason::Migration);
    QVERIFY(listed.first().annotationsPath.isEmpty());
    QCOMPARE(*LibraryBackup::verify(listed.first().path), 1); // the library as it was before
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1backup"));
        raw.setDatabaseName(listed.first().path);
        QVERIFY(raw.open());
        QCOMPARE(scalar(raw, QStringLiteral("SELECT count(*) FROM papers")).toInt(),
                 scalar(db->connection(), QStringLiteral("SELECT count(*) FROM papers")).toInt());
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1backup"));

    // An up-to-date library is not backed up when opened.
    db.reset();
    db = openLibrary(m_library);
    QVERIFY(db);
    QCOMPARE(LibraryBackup(m_library).list().size(), 1);
}

void TestBackup::sidecarRebuildsTheUserWorkFromTheDigests()
{
    std::unique_ptr<Database> db = workedLibrary();
    QVERIFY(db);
    const Result<BackupEntry> made = LibraryBackup(m_library, m_clock).make(db->connection(), BackupReason::Daily);
    QVERIFY(made);
    QFile sidecar(made->annotationsPath);
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    const QByteArray json = sidecar.readAll();
    const QJsonObject paper = QJsonDocument::fromJson(json)
                                  .object()
                                  .value(QStringLiteral("papers"))
                                  .toObject()
                                  .value(WorkedPaper)
                                  .toObject();
    QCOMPARE(paper.value(QStringLiteral("review")).toArray().size(), 3);

    // A new library from the same digests plus the sidecar has the same work.
    const QString rebuiltPath = m_dir->filePath(QStringLiteral("rebuilt.papershelf"));
    std::unique_ptr<Database> rebuilt = openLibrary(rebuiltPath);
    QVERIFY(rebuilt);
    QVERIFY(importCliFixtures(*rebuilt));
    const Result<ArchiveMergeReport> merged = AnnotationArchive(rebuilt->connection()).merge(json);
    QVERIFY2(merged, qPrintable(merged.errorMessage()));
    QCOMPARE(merged->reviewSegmentsTaken, 3);
    QCOMPARE(merged->reviewHistoryAdded, 4);
    QVERIFY(merged->skipped.isEmpty());
    const QString original = userWork(db->connection());
    QVERIFY(original.contains(QStringLiteral("鸭嘴兽")));
    QVERIFY(original.contains(QStringLiteral("wrong term")));
    QCOMPARE(userWork(rebuilt->connection()), original);

    // Merging again adds nothing.
    const Result<ArchiveMergeReport> again = AnnotationArchive(rebuilt->connection()).merge(json);
    QVERIFY(again);
    QCOMPARE(again->reviewSegmentsTaken, 0);
    QCOMPARE(again->reviewHistoryAdded, 0);
    QCOMPARE(userWork(rebuilt->connection()), original);
}

void TestBackup::uncleanlyClosedDamagedFileIsRefused()
{
    {
        std::unique_ptr<Database> db = workedLibrary();
        QVERIFY(db);
    }
    // A crash leaves the marker set; then the disk damages the file.
    QVERIFY(rawExec(m_library, {QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('clean_close', '0')")}));
    QVERIFY(scribbleInteriorPages(m_library));
    Database::Options options;
    options.verify = Database::Options::Verify::IfNotClosedCleanly;
    const Result<std::unique_ptr<Database>> opened = Database::open(m_library, options);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, static_cast<int>(OpenErrorCode::Corrupt));
    QVERIFY2(opened.errorMessage().contains(QStringLiteral("backup")), qPrintable(opened.errorMessage()));
}

void TestBackup::cleanCloseClearsTheMarker()
{
    {
        std::unique_ptr<Database> db = workedLibrary();
        QVERIFY(db);
        QVERIFY(scalar(db->connection(), QStringLiteral("SELECT value FROM meta WHERE key = 'clean_close'")).isNull());
    }
    {
        std::unique_ptr<Database> db = openLibrary(m_library, Database::Options::Verify::IfNotClosedCleanly);
        QVERIFY(db);
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT value FROM meta WHERE key = 'clean_close'"))
                     .toString(),
                 QStringLiteral("0"));
    }
    std::unique_ptr<Database> db = openLibrary(m_library);
    QVERIFY(db);
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT value FROM meta WHERE key = 'clean_close'")).toString(),
             QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
