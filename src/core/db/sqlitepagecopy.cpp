#include "core/db/sqlitepagecopy.h"

#include "core/db/database.h"

#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace PaperShelf::Core {

namespace {

/// The connection's handle, or nullptr when it is not an open QSQLITE connection.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || db.driver() == nullptr) {
        return nullptr;
    }
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Error describe(int code, sqlite3 *db, const QString &context)
{
    const QString text = QString::fromUtf8(db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    return Database::describe(QSqlError(text, text, QSqlError::StatementError, QString::number(code)), context);
}

/// Closes the target connection however the copy ends.
class TargetConnection final
{
    Q_DISABLE_COPY_MOVE(TargetConnection)

public:
    explicit TargetConnection(const QString &path)
    {
        m_code = sqlite3_open_v2(QFile::encodeName(path).constData(),
                                 &m_db,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXRESCODE,
                                 nullptr);
    }

    ~TargetConnection() { sqlite3_close_v2(m_db); }

    sqlite3 *db() const { return m_db; }

    int openCode() const { return m_code; }

private:
    sqlite3 *m_db = nullptr;
    int m_code = SQLITE_OK;
};

Result<void> copyPages(sqlite3 *source, const QString &target)
{
    const TargetConnection destination(target);
    if (destination.openCode() != SQLITE_OK) {
        return describe(destination.openCode(), destination.db(), target);
    }
    sqlite3_backup *backup = sqlite3_backup_init(destination.db(), "main", source, "main");
    if (backup == nullptr) {
        return describe(sqlite3_errcode(destination.db()), destination.db(), target);
    }
    // One step copies every page under a single read transaction: one consistent snapshot.
    int code = sqlite3_backup_step(backup, -1);
    while (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
        sqlite3_sleep(50);
        code = sqlite3_backup_step(backup, -1);
    }
    const int finished = sqlite3_backup_finish(backup);
    if (code != SQLITE_DONE) {
        // The source's own error when reading it failed (corruption), else the target's.
        const int sourceCode = sqlite3_extended_errcode(source);
        if (sourceCode != SQLITE_OK && sourceCode != SQLITE_DONE && sourceCode != SQLITE_ROW) {
            return describe(sourceCode, source, QString());
        }
        return describe(code, nullptr, target);
    }
    if (finished != SQLITE_OK) {
        return describe(finished, destination.db(), target);
    }
    // The pages carry the source's WAL mode; a backup is a single self-contained file.
    char *message = nullptr;
    code = sqlite3_exec(destination.db(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, &message);
    sqlite3_free(message);
    if (code != SQLITE_OK) {
        return describe(code, destination.db(), target);
    }
    return {};
}

} // namespace

Result<void> SqlitePageCopy::copy(const QSqlDatabase &source, const QString &target)
{
    sqlite3 *handle = handleOf(source);
    if (handle == nullptr) {
        return Error{QStringLiteral("not an open SQLite connection"), static_cast<int>(OpenErrorCode::CannotOpen)};
    }
    Result<void> copied = copyPages(handle, target);
    if (!copied) {
        QFile::remove(target);
        QFile::remove(target + QStringLiteral("-journal"));
        QFile::remove(target + QStringLiteral("-wal"));
        QFile::remove(target + QStringLiteral("-shm"));
    }
    return copied;
}

} // namespace PaperShelf::Core
