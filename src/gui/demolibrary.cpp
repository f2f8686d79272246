#include "gui/demolibrary.h"

#include "core/db/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace PaperShelf::Gui {

std::unique_ptr<DemoLibrary> DemoLibrary::create(QString *error)
{
    std::unique_ptr<DemoLibrary> demo(new DemoLibrary);
    if (!demo->m_folder.isValid()) {
        *error = tr("No temporary folder for the demo library.");
        return nullptr;
    }
    const QString digest = demo->digestPath();
    QDir().mkpath(QFileInfo(digest).absolutePath());
    if (!QFile::copy(QStringLiteral(":/demo/demo-digest.md"), digest)) {
        *error = tr("The demo digest could not be written.");
        return nullptr;
    }
    QFile::setPermissions(digest, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Core::Result<std::unique_ptr<Core::Database>> created = Core::Database::open(demo->libraryPath());
    if (!created) {
        *error = created.errorMessage();
        return nullptr;
    }
    return demo;
}

QString DemoLibrary::libraryPath() const
{
    return m_folder.filePath(QStringLiteral("demo.papershelf"));
}

QString DemoLibrary::digestPath() const
{
    return m_folder.filePath(QStringLiteral("2024-12-01/Demo.md"));
}

} // namespace PaperShelf::Gui
