#pragma once

#include "core/db/database.h"
#include "core/import/importer.h"

#include <QFile>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace PaperShelf::Tests {

/// A fixture file's bytes (tests/data/<relative>).
inline QByteArray fixtureBytes(const QString &relative)
{
    QFile file(QStringLiteral(PAPERSHELF_TEST_DATA "/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Creates (or opens) the library at `path`, importing `paths` when given.
inline std::unique_ptr<Core::Database> makeLibrary(const QString &path, const QStringList &paths = {})
{
    Core::Result<std::unique_ptr<Core::Database>> database = Core::Database::open(path);
    if (!database) {
        return nullptr;
    }
    if (!paths.isEmpty()) {
        Core::Importer importer(**database);
        (void)importer.importPaths(paths);
    }
    return std::move(database).value();
}

/// The first column of the first row of `sql`.
inline QVariant scalar(const Core::Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

} // namespace PaperShelf::Tests
