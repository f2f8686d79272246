#pragma once

#include <QString>

namespace PaperShelf::Core {

/// Where a library keeps the files that belong to it besides the SQLite file:
/// a `<library file name>.cache` folder next to it, so that moving or backing
/// up a library folder keeps its downloads. Nothing here creates folders.
class LibraryPaths final
{
public:
    explicit LibraryPaths(const QString &libraryPath);

    /// `<dir>/<name>.cache`; every folder below lives inside it.
    QString cacheRoot() const { return m_cacheRoot; }

    /// Downloaded screenshots; `image_cache.file` names a file relative to this folder.
    QString imageDir() const;
    /// Thumbnails of cached screenshots (derived data, safe to delete).
    QString thumbnailDir() const;
    /// Downloaded PDFs.
    QString pdfDir() const;
    /// The size and modification time of the library file at its last clean
    /// close (see Database); losing it only costs a quick_check.
    QString cleanCloseStamp() const;

    /// `<dir>/<name>.backups`: backups and annotation sidecars (see LibraryBackup).
    /// Beside the cache, not in it, so that clearing the cache keeps them.
    QString backupDir() const { return m_backupDir; }

private:
    QString m_cacheRoot;
    QString m_backupDir;
};

} // namespace PaperShelf::Core
