#pragma once

#include "core/db/database.h"
#include "core/import/importer.h"
#include "core/util/librarypaths.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace PaperShelf::Tests {

/// A real library in a temporary folder with the tests/data/cli digests imported
/// (4 papers, 9 screenshot rows), and helpers that put figures into its image
/// cache the way the downloader does: a file in LibraryPaths::imageDir() plus
/// an image_cache row.
class FigureLibrary final
{
public:
    bool create()
    {
        if (!m_dir.isValid()) {
            return false;
        }
        m_path = m_dir.filePath(QStringLiteral("figures.papershelf"));
        Core::Result<std::unique_ptr<Core::Database>> opened = Core::Database::open(m_path);
        if (!opened) {
            return false;
        }
        m_db = std::move(*opened);
        Core::Importer importer(*m_db);
        const Core::ImportReport report = importer.importPaths(
            {QStringLiteral(PAPERSHELF_TEST_DATA) + QStringLiteral("/cli")});
        importer.checkpoint();
        return QDir().mkpath(imageDir());
    }

    const QString &path() const { return m_path; }

    QSqlDatabase db() const { return m_db->connection(); }

    QString imageDir() const { return Core::LibraryPaths(m_path).imageDir(); }

    QString thumbnailDir() const { return Core::LibraryPaths(m_path).thumbnailDir(); }

    /// papers.id of the paper whose title starts with `prefix`.
    qint64 paperId(const QString &prefix) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT id FROM papers WHERE title LIKE ? || '%'"));
        query.addBindValue(prefix);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

    /// Screenshot URLs of a paper, in order.
    QStringList urlsOf(qint64 paperId) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT url FROM screenshots WHERE paper_id = ? ORDER BY position"));
        query.addBindValue(paperId);
        query.exec();
        QStringList urls;
        while (query.next()) {
            urls.append(query.value(0).toString());
        }
        return urls;
    }

    /// Writes `bytes` as `file` (relative to imageDir()) and records `url` as cached there.
    bool cache(const QString &url, const QString &file, const QByteArray &bytes, int width, int height)
    {
        QFile out(QDir(imageDir()).filePath(file));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            return false;
        }
        out.close();
        return record(url, QStringLiteral("cached"), file, width, height, QString(), bytes.size());
    }

    bool fail(const QString &url, const QString &error)
    {
        return record(url, QStringLiteral("failed"), QString(), 0, 0, error, 0);
    }

    bool record(const QString &url,
                const QString &state,
                const QString &file,
                int width,
                int height,
                const QString &error,
                qint64 bytes)
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO image_cache(url, state, file, bytes, width, height,"
                                     " error, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z')"));
        query.addBindValue(url);
        query.addBindValue(state);
        query.addBindValue(file.isEmpty() ? QVariant() : QVariant(file));
        query.addBindValue(bytes);
        query.addBindValue(width);
        query.addBindValue(height);
        query.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
        return query.exec();
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Core::Database> m_db;
};

} // namespace PaperShelf::Tests
