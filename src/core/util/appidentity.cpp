#include "core/util/appidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace PaperShelf::Core {

void AppIdentity::apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PaperShelf"));
    QCoreApplication::setApplicationName(QStringLiteral("PaperShelf"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAPERSHELF_VERSION));
}

QString AppIdentity::defaultLibraryPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("library.papershelf"));
}

QString AppIdentity::resolveLibraryPath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty()) {
        return explicitPath;
    }
    QString fromEnvironment = qEnvironmentVariable("PAPERSHELF_LIBRARY");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return defaultLibraryPath();
}

} // namespace PaperShelf::Core
