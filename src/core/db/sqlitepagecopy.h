#pragma once

#include "core/util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace PaperShelf::Core {

/// Copies the main database of an open QSQLITE connection into a new file with
/// SQLite's online backup API: a page-by-page copy of one consistent snapshot,
/// taken through SQLite (never a file copy), without VACUUM's rebuild of every
/// table and index. Writers on other connections are not blocked (WAL).
///
/// The copy is left in rollback-journal mode (no -wal beside it) and synced.
/// QSQLITE here links the system libsqlite3, as this code does, so the
/// connection's `sqlite3 *` (QSqlDriver::handle()) is shared safely.
class SqlitePageCopy final
{
public:
    /// Copies `source` (which must not be inside a transaction) to `target`,
    /// which must not exist. Error::code is an OpenErrorCode; on failure
    /// `target` is removed.
    static Result<void> copy(const QSqlDatabase &source, const QString &target);
};

} // namespace PaperShelf::Core
