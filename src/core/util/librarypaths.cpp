#include "core/util/librarypaths.h"

#include <QDir>
#include <QFileInfo>

namespace PaperShelf::Core {

LibraryPaths::LibraryPaths(const QString &libraryPath)
{
    const QFileInfo file(libraryPath);
    m_cacheRoot = QDir(file.absolutePath()).filePath(file.fileName() + QStringLiteral(".cache"));
    m_backupDir = QDir(file.absolutePath()).filePath(file.fileName() + QStringLiteral(".backups"));
}

QString LibraryPaths::imageDir() const
{
    return QDir(m_cacheRoot).filePath(QStringLiteral("images"));
}

QString LibraryPaths::thumbnailDir() const
{
    return QDir(m_cacheRoot).filePath(QStringLiteral("thumbnails"));
}

QString LibraryPaths::pdfDir() const
{
    return QDir(m_cacheRoot).filePath(QStringLiteral("pdf"));
}

QString LibraryPaths::cleanCloseStamp() const
{
    return QDir(m_cacheRoot).filePath(QStringLiteral("clean-close"));
}

} // namespace PaperShelf::Core
