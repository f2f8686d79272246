#include "core/db/database.h"

#include "core/backup/librarybackup.h"
#include "core/db/schema.h"
#include "core/db/sqlquery.h"
#include "core/search/searchindex.h"
#include "core/util/librarypaths.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

namespace PaperShelf::Core {

Q_LOGGING_CATEGORY(lcDatabase, "papershelf.db")

namespace {

// SQLite primary result codes (sqlite3.h); QSQLITE reports them as nativeErrorCode().
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADb = 26;
// Extended I/O error codes (SQLITE_IOERR | n << 8); QSQLITE turns extended codes on.
constexpr int SqliteIoErrRead = SqliteIoErr | (1 << 8);
constexpr int SqliteIoErrShortRead = SqliteIoErr | (2 << 8);
constexpr int SqliteIoErrWrite = SqliteIoErr | (3 << 8);
constexpr int SqliteIoErrFsync = SqliteIoErr | (4 << 8);
constexpr int SqliteIoErrDirFsync = SqliteIoErr | (5 << 8);
constexpr int SqliteIoErrTruncate = SqliteIoErr | (6 << 8);

// What a user can do about an I/O error depends on whether reading or writing failed.
QString ioErrorText(int extended, const QString &detail)
{
    switch (extended) {
    case SqliteIoErrWrite:
    case SqliteIoErrTruncate:
        // A file-size limit (EFBIG) also ends up here; ENOSPC is SQLITE_FULL.
        return Database::tr("an I/O error occurred while writing to the disk; the disk may be full or failing "
                            "(%1)")
            .arg(detail);
    case SqliteIoErrFsync:
    case SqliteIoErrDirFsync:
        return Database::tr("an I/O error occurred while writing to the disk: flushing the data to the disk "
                            "failed; the disk may be failing (%1)")
            .arg(detail);
    case SqliteIoErrRead:
    case SqliteIoErrShortRead:
        return Database::tr("an I/O error occurred while reading the disk; the disk may be failing (%1)").arg(detail);
    default:
        return Database::tr("an I/O error occurred while reading or writing the disk (%1)").arg(detail);
    }
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("papershelf-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error openError(OpenErrorCode code, const QString &message)
{
    return Error{message, static_cast<int>(code)};
}

QMutex forcedReadOnlyMutex;

/// Absolute paths of the libraries this process opens read-only only.
QSet<QString> &forcedReadOnlyPaths()
{
    static QSet<QString> paths;
    return paths;
}

/// "<size> <modification time in ms>" of a file.
QByteArray fileStamp(const QString &path)
{
    const QFileInfo info(path);
    return QByteArray::number(info.size()) + ' ' + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
}

bool hasWalContent(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

} // namespace

Database::Database(QString connectionName, QString path, bool readOnly)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_readOnly(readOnly)
{
}

Database::~Database()
{
    const bool stamp = m_markedInUse && setClosedCleanly(true);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (stamp) {
        writeCleanCloseStamp(m_path);
    }
}

void Database::setForcedReadOnly(const QString &path, bool forced)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QMutexLocker lock(&forcedReadOnlyMutex);
    if (forced) {
        forcedReadOnlyPaths().insert(absolute);
    } else {
        forcedReadOnlyPaths().remove(absolute);
    }
}

bool Database::isForcedReadOnly(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QMutexLocker lock(&forcedReadOnlyMutex);
    return forcedReadOnlyPaths().contains(absolute);
}

QString Database::readOnlyReason(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isWritable()) {
        return tr("the file %1 is read-only").arg(info.absoluteFilePath());
    }
    const QFileInfo folder(info.absolutePath());
    if (folder.exists() && !folder.isWritable()) {
        return tr("the folder %1 is read-only").arg(folder.absoluteFilePath());
    }
    return {};
}

bool Database::unchangedSinceCleanClose(const QString &path, const QVariant &marker)
{
    if (marker.toString() != QLatin1String("1") || hasWalContent(path)) {
        return false;
    }
    QFile stamp(LibraryPaths(path).cleanCloseStamp());
    return stamp.open(QIODevice::ReadOnly) && stamp.readAll().trimmed() == fileStamp(path);
}

void Database::writeCleanCloseStamp(const QString &path)
{
    const QString stampPath = LibraryPaths(path).cleanCloseStamp();
    if (hasWalContent(path)) {
        // Another connection is still open; the file changes when it closes.
        QFile::remove(stampPath);
        return;
    }
    QDir().mkpath(QFileInfo(stampPath).absolutePath());
    QSaveFile stamp(stampPath);
    if (!stamp.open(QIODevice::WriteOnly) || stamp.write(fileStamp(path) + '\n') < 0 || !stamp.commit()) {
        qCInfo(lcDatabase) << "clean-close stamp not written for" << path << stamp.errorString();
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::setClosedCleanly(bool clean) const
{
    // Never wait long for the marker: a writer elsewhere must not delay an open or a close.
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA busy_timeout = 250"));
    bool written = query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('clean_close', ?)"));
    if (written) {
        query.addBindValue(clean ? QStringLiteral("1") : QStringLiteral("0"));
        written = query.exec();
    }
    if (!written) {
        qCInfo(lcDatabase) << "clean-close marker not written for" << m_path << query.lastError().text();
    }
    query.finish();
    // PRAGMA values cannot be bound; this one is an integer of ours.
    query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs));
    return written;
}

int Database::schemaVersion() const
{
    SqlQuery query(connection(), QStringLiteral("PRAGMA user_version"));
    const Result<QVariant> version = query.scalar();
    return version ? version->toInt() : -1;
}

Error Database::describe(const QSqlError &error, const QString &context)
{
    const int extended = error.nativeErrorCode().toInt();
    const int native = extended & 0xff;
    QString detail = error.driverText().isEmpty() ? error.text() : error.driverText();
    if (!error.databaseText().isEmpty() && error.databaseText() != detail) {
        detail = error.databaseText();
    }
    OpenErrorCode code = OpenErrorCode::CannotOpen;
    switch (native) {
    case SqliteBusy:
    case SqliteLocked:
        code = OpenErrorCode::Locked;
        detail = tr("the library is locked by another process");
        break;
    case SqliteNotADb:
        code = OpenErrorCode::NotSqlite;
        detail = tr("the file is not an SQLite database");
        break;
    case SqliteCorrupt:
        code = OpenErrorCode::Corrupt;
        detail = tr("the library file is corrupt (%1); restore it from a backup").arg(detail);
        break;
    case SqliteReadOnly:
        code = OpenErrorCode::ReadOnly;
        detail = tr("the library is read-only");
        break;
    case SqliteFull:
        detail = tr("the disk is full (no space left to write the library); free some space and "
                    "try again");
        break;
    case SqliteIoErr:
        detail = ioErrorText(extended, detail);
        break;
    case SqliteCantOpen:
        detail = tr("the file cannot be opened (%1)").arg(detail);
        break;
    default:
        break;
    }
    const QString message = context.isEmpty() ? detail : QStringLiteral("%1: %2").arg(context, detail);
    return Error{message, static_cast<int>(code)};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &requested)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    Options options = requested;
    options.readOnly = options.readOnly || isForcedReadOnly(absolute);
    if (info.exists()) {
        if (info.isDir()) {
            return openError(OpenErrorCode::CannotOpen, tr("%1 is a folder, not a library file").arg(absolute));
        }
        if (!info.isReadable()) {
            return openError(OpenErrorCode::CannotOpen, tr("%1 cannot be read (permission denied)").arg(absolute));
        }
        if (!options.readOnly && !info.isWritable()) {
            return openError(OpenErrorCode::ReadOnly, tr("%1 is read-only; it cannot be changed").arg(absolute));
        }
        // The header is not read here with a file of our own: closing any other
        // descriptor of the file drops every POSIX lock this process holds on it,
        // those of the library's other open connections included, so another
        // process could then delete the -wal under them. SQLite's first read
        // below names a file that is not a database (SQLITE_NOTADB).
    } else {
        if (!options.create || options.readOnly) {
            return openError(OpenErrorCode::CannotOpen, tr("%1 does not exist").arg(absolute));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return openError(OpenErrorCode::CannotOpen, tr("cannot create the folder %1").arg(info.absolutePath()));
        }
    }
    // SQLite writes its -wal and -shm files beside the library.
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    if (!options.readOnly && !folderWritable) {
        return openError(OpenErrorCode::ReadOnly,
                         tr("%1 is in a read-only folder; it cannot be changed").arg(absolute));
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(name, absolute, options.readOnly));
    database->m_busyTimeoutMs = options.busyTimeoutMs;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(absolute);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (options.readOnly) {
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
            if (!folderWritable && !QFileInfo::exists(absolute + QStringLiteral("-wal"))
                && !QFileInfo::exists(absolute + QStringLiteral("-shm"))) {
                // A WAL library in a read-only folder cannot get its -shm file; nothing
                // can change it either, so SQLite may read it as immutable.
                QUrl uri = QUrl::fromLocalFile(absolute);
                uri.setQuery(QStringLiteral("immutable=1"));
                db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
                connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
            }
        }
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            Error error = describe(db.lastError(), absolute);
            return error;
        }
    }
    QSqlDatabase db = database->connection();

    const auto run = [&db, &absolute](const QString &sql) -> Result<QVariant> {
        SqlQuery query(db, sql);
        Result<QVariant> value = query.scalar();
        if (!value) {
            Error error = value.error();
            error.message = QStringLiteral("%1: %2").arg(absolute, error.message);
            return error;
        }
        return value;
    };

    // The first real read: fails here for non-databases, corrupt headers and exclusive locks.
    const Result<QVariant> tableCount = run(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tableCount) {
        if (tableCount.error().code == static_cast<int>(OpenErrorCode::NotSqlite)) {
            return openError(OpenErrorCode::NotSqlite,
                             tr("%1 is not a PaperShelf library (not an SQLite database)").arg(absolute));
        }
        return tableCount.error();
    }
    const Result<QVariant> applicationId = run(QStringLiteral("PRAGMA application_id"));
    const Result<QVariant> userVersion = run(QStringLiteral("PRAGMA user_version"));
    if (!applicationId || !userVersion) {
        return applicationId ? userVersion.error() : applicationId.error();
    }
    const bool fresh = tableCount->toInt() == 0 && userVersion->toInt() == 0;
    if (!fresh && applicationId->toInt() != Schema::ApplicationId) {
        return openError(OpenErrorCode::NotLibrary,
                         tr("%1 is not a PaperShelf library (an SQLite database of another program)").arg(absolute));
    }
    if (userVersion->toInt() > Schema::CurrentVersion) {
        return openError(OpenErrorCode::NewerSchema,
                         tr("%1 was written by a newer PaperShelf (schema %2, this version reads up to %3)")
                             .arg(absolute,
                                  QString::number(userVersion->toInt()),
                                  QString::number(Schema::CurrentVersion)));
    }

    // A file that was not closed cleanly (or is not known to have been) is
    // checked before anything reads or migrates it.
    if (!fresh && options.verify != Options::Verify::Never) {
        bool verify = options.verify == Options::Verify::Always;
        if (!verify) {
            const Result<QVariant> marker = run(QStringLiteral("SELECT value FROM meta WHERE key = 'clean_close'"));
            verify = !marker || !unchangedSinceCleanClose(absolute, *marker);
        }
        if (verify) {
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
                return describe(check.lastError(), absolute);
            }
            while (check.next()) {
                if (check.value(0).toString() != QLatin1String("ok")) {
                    return openError(OpenErrorCode::Corrupt,
                                     tr("%1 is damaged (quick_check: %2); restore it from a backup")
                                         .arg(absolute, check.value(0).toString()));
                }
            }
        }
    }

    if (auto fk = run(QStringLiteral("PRAGMA foreign_keys = ON")); !fk) {
        return fk.error();
    }
    if (!options.readOnly) {
        const Result<QVariant> mode = run(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode) {
            return mode.error();
        }
        if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            qCWarning(lcDatabase) << "journal_mode is" << mode->toString() << "instead of WAL for" << absolute;
        }
        if (auto sync = run(QStringLiteral("PRAGMA synchronous = NORMAL")); !sync) {
            return sync.error();
        }
        // 64 MB of page cache (the default is 2 MB): imports and index flushes
        // touch far more pages than that and otherwise read them back from disk.
        if (auto cache = run(QStringLiteral("PRAGMA cache_size = -65536")); !cache) {
            return cache.error();
        }
        // The log file shrinks back after an import instead of keeping its largest size.
        if (auto limit = run(QStringLiteral("PRAGMA journal_size_limit = %1").arg(WalSizeLimit)); !limit) {
            return limit.error();
        }
        // Savepoint and statement journals in memory, not in /var/tmp files:
        // they held two thirds of an import's writes.
        if (auto temp = run(QStringLiteral("PRAGMA temp_store = MEMORY")); !temp) {
            return temp.error();
        }
    }
    if (userVersion->toInt() < Schema::CurrentVersion) {
        if (options.readOnly) {
            return openError(OpenErrorCode::ReadOnly,
                             tr("%1 needs a schema upgrade (version %2 to %3) but was opened read-only")
                                 .arg(absolute,
                                      QString::number(userVersion->toInt()),
                                      QString::number(Schema::CurrentVersion)));
        }
        if (options.backupBeforeMigration && !fresh) {
            if (const Result<BackupEntry> backup = LibraryBackup(absolute).make(db, BackupReason::Migration); !backup) {
                return openError(OpenErrorCode::MigrationFailed,
                                 tr("%1 needs a schema upgrade, which is only made after a backup, and "
                                    "the backup failed: %2")
                                     .arg(absolute, backup.errorMessage()));
            }
        }
        if (auto migrated = Schema::migrate(db); !migrated) {
            Error error = migrated.error();
            error.message = QStringLiteral("%1: %2").arg(absolute, error.message);
            return error;
        }
    }
    if (!options.readOnly) {
        SearchIndex index(db);
        if (auto current = index.rebuildIfOutdated(); !current) {
            return current.error();
        }
        if (options.verify != Options::Verify::Never) {
            QFile::remove(LibraryPaths(absolute).cleanCloseStamp());
            database->m_markedInUse = database->setClosedCleanly(false);
        }
    }
    return database;
}

Result<void> Database::checkWritable() const
{
    if (m_readOnly) {
        return openError(OpenErrorCode::ReadOnly, tr("%1 is open read-only").arg(m_path));
    }
    Transaction probe(connection());
    if (auto begun = probe.begin(); !begun) {
        Error error = begun.error();
        error.message = QStringLiteral("%1: %2").arg(m_path, error.message);
        return error;
    }
    probe.rollback();
    return {};
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    QSqlDatabase db = connection();
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
            problems.append(describe(query.lastError(), QStringLiteral("quick_check")).message);
        } else {
            while (query.next()) {
                const QString line = query.value(0).toString();
                if (line != QLatin1String("ok")) {
                    problems.append(tr("integrity: %1").arg(line));
                }
            }
        }
    }
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            problems.append(describe(query.lastError(), QStringLiteral("foreign_key_check")).message);
        } else {
            while (query.next()) {
                problems.append(
                    tr("foreign key: row %1 of %2 refers to a missing row of %3")
                        .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString()));
            }
        }
    }
    if (!m_readOnly) {
        // The FTS5 check is written as an INSERT, so it needs a writable connection.
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("INSERT INTO paper_fts(paper_fts) VALUES('integrity-check')"))) {
            problems.append(tr("full-text index: %1").arg(query.lastError().text()));
        }
    }
    return problems;
}

} // namespace PaperShelf::Core
