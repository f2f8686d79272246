#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace PaperShelf::Core {

/// Why a library could not be opened; the CLI maps all of these to exit code 3.
enum class OpenErrorCode {
    CannotOpen = 1, ///< missing folder, permissions, I/O error
    NotSqlite,      ///< the file is not an SQLite database
    NotLibrary,     ///< SQLite, but not a PaperShelf library
    NewerSchema,    ///< written by a newer PaperShelf
    Locked,         ///< another process holds a lock past the busy timeout
    Corrupt,        ///< SQLite reports the file as malformed
    ReadOnly,       ///< the file (or its folder) cannot be written and write access was requested
    MigrationFailed,
};

/// One open library file: a named QSQLITE connection owned by this object.
///
/// A Database belongs to the thread that opened it (Qt SQL connections must not
/// cross threads); a worker thread opens its own on the same file. Opening
/// applies the connection pragmas (WAL, foreign keys, busy timeout) and brings
/// the schema up to date (see Schema), so a successfully opened Database is
/// always at Schema::CurrentVersion.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Core::Database)

public:
    struct Options
    {
        bool readOnly = false;
        bool create = true;        ///< create the file when it does not exist
        int busyTimeoutMs = 5'000; ///< how long to wait for another process's lock

        /// When `PRAGMA quick_check` runs before the library is used; a damaged
        /// file is refused with OpenErrorCode::Corrupt.
        enum class Verify {
            Never,              ///< secondary connections (workers, one-off reads)
            IfNotClosedCleanly, ///< the session's main connection (app, CLI): see below
            Always,
        };
        /// With IfNotClosedCleanly a writable connection marks the file as in use
        /// (`meta` key clean_close = 0) and clears the mark when it is destroyed;
        /// opening a file whose mark is not cleared (a crash, a file from elsewhere,
        /// or another session still open), or whose size or modification time
        /// changed since that clean close, runs quick_check first.
        Verify verify = Verify::Never;
        /// Takes a LibraryBackup (reason Migration) before a schema migration;
        /// when that fails the library is not migrated (MigrationFailed).
        bool backupBeforeMigration = true;
    };

    /// The size to which a writable connection cuts its -wal file back when the
    /// log starts over after a checkpoint (`PRAGMA journal_size_limit`): an import
    /// may grow the log to hundreds of megabytes, and while another connection
    /// keeps the library open SQLite would otherwise keep the file that large.
    static constexpr qint64 WalSizeLimit = 4LL * 1024 * 1024;

    ~Database();

    /// Opens (and if needed creates and migrates) the library at `path`.
    /// Error::code holds an OpenErrorCode.
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);

    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options()); }

    QSqlDatabase connection() const;

    const QString &path() const { return m_path; }

    bool isReadOnly() const { return m_readOnly; }

    int schemaVersion() const;

    /// Takes and releases the write lock; fails with OpenErrorCode::Locked when
    /// another process is writing, so a command can refuse early and clearly.
    Result<void> checkWritable() const;

    /// Runs `PRAGMA quick_check`, foreign_key_check and the FTS integrity check;
    /// returns one line per problem (empty when healthy).
    QStringList integrityProblems() const;

    /// Maps a failed statement's error to a one-line message and an OpenErrorCode-compatible code.
    /// Storage faults are named for users: "the disk is full", "an I/O error occurred while writing…".
    static Error describe(const QSqlError &error, const QString &context);

    /// Makes every later open() of the library at `path` in this process read-only
    /// (`--read-only`, or a file or folder that cannot be written): the session
    /// decides once, and no worker connection can write behind its back.
    static void setForcedReadOnly(const QString &path, bool forced);
    static bool isForcedReadOnly(const QString &path);

    /// Why the library at `path` cannot be written on disk (the file or its
    /// folder is read-only); empty when it can. English, for logs and the CLI.
    static QString readOnlyReason(const QString &path);

private:
    Database(QString connectionName, QString path, bool readOnly);

    /// Writes the clean-close marker; false when the write lock was not free at once.
    bool setClosedCleanly(bool clean) const;
    /// True when the marker says "closed cleanly" and the file is unchanged since
    /// (size and modification time as recorded in LibraryPaths::cleanCloseStamp()).
    static bool unchangedSinceCleanClose(const QString &path, const QVariant &marker);
    /// Records the size and modification time of the closed file (see above).
    static void writeCleanCloseStamp(const QString &path);

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    int m_busyTimeoutMs = 5'000;
    bool m_markedInUse = false;  ///< this connection set clean_close = 0 and clears it when destroyed
    bool m_stampOnClose = false; ///< the marker was cleared: record the closed file's stamp
};

} // namespace PaperShelf::Core
