#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace PaperShelf::Core {

/// Why a backup was made; the last part of its file name.
enum class BackupReason {
    Manual,    ///< asked for (papershelf-cli backup, a menu action)
    Daily,     ///< backupIfDue(): at most once a day, when the library changed
    Migration, ///< Database::open, before a schema migration
};

QString backupReasonName(BackupReason reason);

/// One backup file in the library's backup folder.
struct BackupEntry
{
    QString path;            ///< absolute path of the backup (an SQLite library file)
    QString annotationsPath; ///< its annotation sidecar (AnnotationArchive JSON); may not exist
    QDateTime createdAt;     ///< UTC, to the second, from the file name
    BackupReason reason = BackupReason::Manual;
    qint64 bytes = 0;
    QString warning; ///< make(): the backup is good, but the sidecar or the rotation failed
};

/// What restore() did.
struct RestoreReport
{
    QString restoredFrom;
    QString keptAside; ///< where the replaced library file went; empty when there was none
};

/// Backups of one library, in `<dir>/<name>.backups/` (LibraryPaths::backupDir()):
/// `<base>-<UTC stamp>-<reason>[-n].papershelf`, e.g.
/// `library-20261127T120000Z-daily.papershelf`, each with an annotation sidecar
/// `<same name>.annotations.json` (not for migration backups, whose schema is older).
///
/// A backup is written with SQLite's online backup API (SqlitePageCopy: a consistent snapshot through SQLite,
/// never a file copy) to a `.partial` name, re-opened read-only and
/// `quick_check`ed, and only then renamed and the older ones rotated; so a
/// damaged library fails the backup and never replaces or pushes out a good one.
/// Rotation keeps the newest keep() backups of each reason.
///
/// Not thread-safe; the connection passed in must belong to the calling thread.
class LibraryBackup final
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Core::LibraryBackup)

public:
    static constexpr int DefaultKeep = 7;
    /// The current time; replaceable for tests.
    using Clock = std::function<QDateTime()>;

    explicit LibraryBackup(const QString &libraryPath, Clock clock = {});

    QString directory() const { return m_directory; }

    int keep() const { return m_keep; }

    /// How many backups of each reason rotate() keeps (at least 1).
    void setKeep(int keep);

    /// Backs up the library open on `db` (which must not be inside a transaction).
    /// Error::code is an OpenErrorCode (Corrupt when the library is damaged).
    Result<BackupEntry> make(const QSqlDatabase &db, BackupReason reason);

    /// Makes a daily backup when the newest backup is at least a day old (or
    /// there is none) and the library's content differs from it; returns
    /// nullopt when none was due. Meant for the app to call after opening and
    /// before closing a library.
    Result<std::optional<BackupEntry>> backupIfDue(const QSqlDatabase &db);

    /// The backups in the folder, newest first.
    QList<BackupEntry> list() const;

    /// Removes all but the newest keep() backups of each reason (and their sidecars);
    /// returns the removed backup files.
    Result<QStringList> rotate();

    /// `nameOrPath`: a path, or a file name in directory().
    Result<QString> resolve(const QString &nameOrPath) const;

    /// Replaces the library file with a copy of `backup` (see resolve()) after
    /// checking the backup; the current file (with its -wal and -shm) is moved
    /// to `<base>-replaced-<UTC stamp>.<suffix>` beside it, never deleted. The
    /// library must not be open anywhere. Opening it afterwards migrates an older backup.
    Result<RestoreReport> restore(const QString &backup);

    /// Opens `file` read-only and runs quick_check; succeeds for an undamaged
    /// PaperShelf library with its schema version. Error::code is an OpenErrorCode.
    static Result<int> verify(const QString &file);

    /// A cheap summary of a library's content (row counts and newest change
    /// times of every table), equal for a library and an unchanged backup of it.
    static QString contentSignature(const QSqlDatabase &db);

private:
    QDateTime now() const;

    QString m_libraryPath;
    QString m_directory;
    QString m_baseName;
    Clock m_clock;
    int m_keep = DefaultKeep;
};

} // namespace PaperShelf::Core
