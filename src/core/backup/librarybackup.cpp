#include "core/backup/librarybackup.h"

#include "core/annotations/annotationarchive.h"
#include "core/db/database.h"
#include "core/db/schema.h"
#include "core/db/sqlitepagecopy.h"
#include "core/util/librarypaths.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace PaperShelf::Core {

Q_LOGGING_CATEGORY(lcBackup, "papershelf.backup")

namespace {

const QString BackupSuffix = QStringLiteral(".papershelf");
const QString SidecarSuffix = QStringLiteral(".annotations.json");
const QString PartialSuffix = QStringLiteral(".partial");
constexpr qint64 SecondsPerDay = 24 * 60 * 60;

Error failure(OpenErrorCode code, const QString &message)
{
    return Error{message, static_cast<int>(code)};
}

QString stampOf(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

/// `<base>-<stamp>-<reason>[-n].papershelf`; the base may itself contain dashes.
const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.*)-(\\d{8}T\\d{6}Z)-(manual|daily|migration)(?:-(\\d+))?\\.papershelf$"));
    return pattern;
}

bool parseReason(const QString &name, BackupReason *reason)
{
    for (const BackupReason candidate : {BackupReason::Manual, BackupReason::Daily, BackupReason::Migration}) {
        if (backupReasonName(candidate) == name) {
            *reason = candidate;
            return true;
        }
    }
    return false;
}

QString sidecarFor(const QString &backupPath)
{
    return backupPath.left(backupPath.size() - BackupSuffix.size()) + SidecarSuffix;
}

/// A QSQLITE connection of its own, removed when this goes out of scope.
class RawConnection final
{
    Q_DISABLE_COPY_MOVE(RawConnection)

public:
    RawConnection(const QString &file, bool readOnly)
    {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("papershelf-backup-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        if (readOnly) {
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        m_open = db.open();
        if (!m_open) {
            m_error = db.lastError();
        }
    }

    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    bool isOpen() const { return m_open; }

    const QSqlError &error() const { return m_error; }

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QSqlError m_error;
};

/// Renames `from` to `to` together with its -wal and -shm files; on failure undoes what it moved.
bool moveWithJournal(const QString &from, const QString &to)
{
    QStringList moved;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(from + suffix)) {
            continue;
        }
        if (!QFile::rename(from + suffix, to + suffix)) {
            for (const QString &done : moved) {
                QFile::rename(to + done, from + done);
            }
            return false;
        }
        moved.append(suffix);
    }
    return true;
}

} // namespace

QString backupReasonName(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Manual:
        return QStringLiteral("manual");
    case BackupReason::Daily:
        return QStringLiteral("daily");
    case BackupReason::Migration:
        return QStringLiteral("migration");
    }
    return QStringLiteral("manual");
}

LibraryBackup::LibraryBackup(const QString &libraryPath, Clock clock)
    : m_libraryPath(QFileInfo(libraryPath).absoluteFilePath())
    , m_directory(LibraryPaths(libraryPath).backupDir())
    , m_baseName(QFileInfo(libraryPath).completeBaseName())
    , m_clock(std::move(clock))
{
    if (m_baseName.isEmpty()) {
        m_baseName = QStringLiteral("library");
    }
}

void LibraryBackup::setKeep(int keep)
{
    m_keep = std::max(1, keep);
}

QDateTime LibraryBackup::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

Result<int> LibraryBackup::verify(const QString &file)
{
    if (!QFileInfo(file).isFile()) {
        return failure(OpenErrorCode::CannotOpen, tr("%1 does not exist").arg(file));
    }
    QFile header(file);
    if (!header.open(QIODevice::ReadOnly) || header.read(16) != QByteArray("SQLite format 3\0", 16)) {
        return failure(OpenErrorCode::NotSqlite,
                       tr("%1 is not a PaperShelf library (not an SQLite database)").arg(file));
    }
    header.close();
    const RawConnection connection(file, true);
    if (!connection.isOpen()) {
        return Database::describe(connection.error(), file);
    }
    QSqlQuery query(connection.db());
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        return Database::describe(query.lastError(), file);
    }
    QStringList problems;
    while (query.next()) {
        if (query.value(0).toString() != QLatin1String("ok")) {
            problems.append(query.value(0).toString());
        }
    }
    if (!problems.isEmpty()) {
        return failure(OpenErrorCode::Corrupt, tr("%1 is damaged (quick_check: %2)").arg(file, problems.first()));
    }
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()
        || query.value(0).toInt() != Schema::ApplicationId) {
        return failure(OpenErrorCode::NotLibrary,
                       tr("%1 is not a PaperShelf library (an SQLite database of another program)").arg(file));
    }
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return Database::describe(query.lastError(), file);
    }
    const int version = query.value(0).toInt();
    if (version > Schema::CurrentVersion) {
        return failure(OpenErrorCode::NewerSchema,
                       tr("%1 was written by a newer PaperShelf (schema %2)").arg(file, QString::number(version)));
    }
    return version;
}

QString LibraryBackup::contentSignature(const QSqlDatabase &db)
{
    // Row counts catch inserts and deletes; the newest change time or the
    // largest id catches edits of the tables that record one. A table a
    // (migration) backup lacks gives "-", so an older schema always differs.
    static const QStringList queries = {
        QStringLiteral("PRAGMA user_version"),
        QStringLiteral("SELECT count(*), max(imported_at), max(content_hash) FROM digests"),
        QStringLiteral("SELECT count(*), max(updated_at), max(id) FROM papers"),
        QStringLiteral("SELECT count(*), max(id) FROM entries"),
        QStringLiteral(
            "SELECT count(*), total(paper_count), group_concat(id || ':' || name || ':' || coalesce(color, ''))"
            " FROM (SELECT * FROM tags ORDER BY id)"),
        QStringLiteral("SELECT count(*), total(paper_id * 7 + tag_id) FROM paper_tags"),
        QStringLiteral("SELECT count(*), max(updated_at) FROM annotations"),
        QStringLiteral("SELECT count(*), max(id), max(updated_at) FROM highlights"),
        QStringLiteral("SELECT count(*), max(id), max(updated_at), total(present) FROM review_segments"),
        QStringLiteral("SELECT count(*), max(id) FROM review_history"),
        QStringLiteral("SELECT count(*), max(updated_at) FROM shelves"),
        QStringLiteral("SELECT count(*), max(updated_at) FROM glossary"),
        QStringLiteral("SELECT count(*), max(fetched_at) FROM image_cache"),
        QStringLiteral("SELECT count(*), max(fetched_at) FROM pdf_cache"),
        QStringLiteral("SELECT count(*), max(fetched_at) FROM arxiv_metadata"),
        // The session marker changes at every open; it is not content.
        QStringLiteral("SELECT group_concat(key || '=' || value, ';') FROM"
                       " (SELECT key, value FROM meta WHERE key <> 'clean_close' ORDER BY key)"),
    };
    QStringList parts;
    for (const QString &sql : queries) {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next()) {
            parts.append(QStringLiteral("-"));
            continue;
        }
        QStringList values;
        for (int column = 0; column < query.record().count(); ++column) {
            values.append(query.value(column).toString());
        }
        parts.append(values.join(QLatin1Char(',')));
    }
    return parts.join(QLatin1Char('|'));
}

Result<BackupEntry> LibraryBackup::make(const QSqlDatabase &db, BackupReason reason)
{
    if (!QDir().mkpath(m_directory)) {
        return failure(OpenErrorCode::CannotOpen, tr("cannot create the backup folder %1").arg(m_directory));
    }
    const QDateTime createdAt = now();
    const QString stem = QStringLiteral("%1-%2-%3").arg(m_baseName, stampOf(createdAt), backupReasonName(reason));
    QString path = QDir(m_directory).filePath(stem + BackupSuffix);
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + PartialSuffix); ++n) {
        path = QDir(m_directory).filePath(QStringLiteral("%1-%2%3").arg(stem, QString::number(n), BackupSuffix));
    }
    const QString partial = path + PartialSuffix;

    if (const Result<void> copied = SqlitePageCopy::copy(db, partial); !copied) {
        Error error = copied.error();
        if (error.code == static_cast<int>(OpenErrorCode::Corrupt)) {
            error.message = tr("%1 is damaged, so it was not backed up; restore it from a backup (%2)")
                                .arg(m_libraryPath, error.message);
        } else {
            error.message = tr("backup of %1: %2").arg(m_libraryPath, error.message);
        }
        qCWarning(lcBackup) << "backup failed:" << error.message;
        return error;
    }
    const Result<int> verified = verify(partial);
    if (!verified) {
        QFile::remove(partial);
        qCWarning(lcBackup) << "backup failed its check:" << verified.errorMessage();
        return failure(OpenErrorCode::Corrupt,
                       tr("the backup of %1 failed its check, so it was not kept: %2")
                           .arg(m_libraryPath, verified.errorMessage()));
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return failure(OpenErrorCode::CannotOpen, tr("cannot rename the backup to %1").arg(path));
    }

    BackupEntry entry;
    entry.path = path;
    entry.createdAt = createdAt;
    entry.reason = reason;
    entry.bytes = QFileInfo(path).size();
    QStringList warnings;
    // A migration backup has the old schema, which the archive does not read; the backup holds the work anyway.
    if (reason != BackupReason::Migration) {
        entry.annotationsPath = sidecarFor(path);
        const Result<QByteArray> archive = AnnotationArchive(db).exportAll();
        QSaveFile sidecar(entry.annotationsPath);
        if (!archive) {
            warnings.append(tr("the annotation sidecar could not be exported: %1").arg(archive.errorMessage()));
        } else if (!sidecar.open(QIODevice::WriteOnly) || sidecar.write(*archive) != archive->size()
                   || !sidecar.commit()) {
            warnings.append(tr("the annotation sidecar %1 could not be written: %2")
                                .arg(entry.annotationsPath, sidecar.errorString()));
        }
    }
    if (const Result<QStringList> rotated = rotate(); !rotated) {
        warnings.append(rotated.errorMessage());
    }
    entry.warning = warnings.join(QStringLiteral("; "));
    qCInfo(lcBackup) << "backed up" << m_libraryPath << "to" << path;
    return entry;
}

Result<std::optional<BackupEntry>> LibraryBackup::backupIfDue(const QSqlDatabase &db)
{
    const QList<BackupEntry> backups = list();
    if (!backups.isEmpty()) {
        const BackupEntry &newest = backups.first();
        if (newest.createdAt.secsTo(now()) < SecondsPerDay) {
            return std::optional<BackupEntry>();
        }
        const RawConnection connection(newest.path, true);
        if (connection.isOpen() && contentSignature(connection.db()) == contentSignature(db)) {
            return std::optional<BackupEntry>();
        }
    }
    Result<BackupEntry> made = make(db, BackupReason::Daily);
    if (!made) {
        return made.error();
    }
    return std::optional<BackupEntry>(std::move(*made));
}

QList<BackupEntry> LibraryBackup::list() const
{
    struct Sortable
    {
        BackupEntry entry;
        int sequence = 0;
    };

    QList<Sortable> found;
    const QFileInfoList files = QDir(m_directory).entryInfoList({QStringLiteral("*") + BackupSuffix}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = namePattern().match(file.fileName());
        BackupReason reason = BackupReason::Manual;
        if (!match.hasMatch() || !parseReason(match.captured(3), &reason)) {
            continue;
        }
        QDateTime createdAt = QDateTime::fromString(match.captured(2), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        createdAt.setTimeSpec(Qt::UTC);
        Sortable item;
        item.entry.path = file.absoluteFilePath();
        item.entry.createdAt = createdAt;
        item.entry.reason = reason;
        item.entry.bytes = file.size();
        const QString sidecar = sidecarFor(item.entry.path);
        item.entry.annotationsPath = QFileInfo::exists(sidecar) ? sidecar : QString();
        item.sequence = match.captured(4).toInt();
        found.append(item);
    }
    std::sort(found.begin(), found.end(), [](const Sortable &a, const Sortable &b) {
        if (a.entry.createdAt != b.entry.createdAt) {
            return a.entry.createdAt > b.entry.createdAt;
        }
        return a.sequence > b.sequence;
    });
    QList<BackupEntry> entries;
    entries.reserve(found.size());
    for (const Sortable &item : found) {
        entries.append(item.entry);
    }
    return entries;
}

Result<QStringList> LibraryBackup::rotate()
{
    QStringList removed;
    QStringList failed;
    QMap<BackupReason, int> kept;
    for (const BackupEntry &entry : list()) {
        if (++kept[entry.reason] <= m_keep) {
            continue;
        }
        if (QFile::remove(entry.path)) {
            removed.append(entry.path);
            QFile::remove(sidecarFor(entry.path));
        } else {
            failed.append(entry.path);
        }
    }
    if (!failed.isEmpty()) {
        return failure(OpenErrorCode::CannotOpen,
                       tr("old backups could not be removed: %1").arg(failed.join(QStringLiteral(", "))));
    }
    return removed;
}

Result<QString> LibraryBackup::resolve(const QString &nameOrPath) const
{
    const QFileInfo direct(nameOrPath);
    if (direct.isFile()) {
        return direct.absoluteFilePath();
    }
    const QFileInfo inFolder(QDir(m_directory).filePath(nameOrPath));
    if (!nameOrPath.contains(QLatin1Char('/')) && inFolder.isFile()) {
        return inFolder.absoluteFilePath();
    }
    return failure(OpenErrorCode::CannotOpen,
                   tr("no backup %1 (neither a file nor a backup in %2)").arg(nameOrPath, m_directory));
}

Result<RestoreReport> LibraryBackup::restore(const QString &backup)
{
    const Result<QString> source = resolve(backup);
    if (!source) {
        return source.error();
    }
    if (QFileInfo(*source).absoluteFilePath() == m_libraryPath) {
        return failure(OpenErrorCode::CannotOpen, tr("%1 is the library itself, not a backup").arg(*source));
    }
    if (const Result<int> verified = verify(*source); !verified) {
        return Error{tr("the backup cannot be restored: %1").arg(verified.errorMessage()), verified.error().code};
    }

    RestoreReport report;
    report.restoredFrom = *source;
    const QFileInfo library(m_libraryPath);
    if (library.exists()) {
        const QString suffix = library.suffix().isEmpty() ? QString() : QLatin1Char('.') + library.suffix();
        const QString stem = QStringLiteral("%1-replaced-%2").arg(m_baseName, stampOf(now()));
        QString aside = library.dir().filePath(stem + suffix);
        for (int n = 2; QFileInfo::exists(aside); ++n) {
            aside = library.dir().filePath(QStringLiteral("%1-%2%3").arg(stem, QString::number(n), suffix));
        }
        if (!moveWithJournal(m_libraryPath, aside)) {
            return failure(OpenErrorCode::CannotOpen,
                           tr("cannot move the current library %1 aside to %2").arg(m_libraryPath, aside));
        }
        report.keptAside = aside;
    }
    // The backup is closed and checked, so a plain copy is a faithful one; it
    // is made under a temporary name so the library path never holds half a file.
    const QString incoming = m_libraryPath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(*source, incoming) || !QFile::rename(incoming, m_libraryPath)) {
        QFile::remove(incoming);
        if (!report.keptAside.isEmpty()) {
            moveWithJournal(report.keptAside, m_libraryPath);
        }
        return failure(OpenErrorCode::CannotOpen,
                       tr("cannot copy %1 to %2; the library was left as it was").arg(*source, m_libraryPath));
    }
    qCInfo(lcBackup) << "restored" << m_libraryPath << "from" << *source << "; the replaced file is"
                     << report.keptAside;
    return report;
}

} // namespace PaperShelf::Core
