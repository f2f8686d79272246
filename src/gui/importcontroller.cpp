#include "gui/importcontroller.h"

#include "core/db/database.h"
#include "core/import/importer.h"

#include <QPointer>
#include <QtConcurrent>

namespace PaperShelf::Gui {

ImportController::ImportController(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_libraryPath(libraryPath)
{
    connect(&m_watcher, &QFutureWatcher<Core::ImportReport>::finished, this, [this]() {
        Q_EMIT finished(m_watcher.result());
    });
}

ImportController::~ImportController()
{
    // The pool thread reports to this object; it must be done before we go.
    m_cancel = true;
    m_watcher.waitForFinished();
}

bool ImportController::start(const QStringList &paths)
{
    if (m_watcher.isRunning()) {
        return false;
    }
    m_cancel = false;
    const QString libraryPath = m_libraryPath;
    m_watcher.setFuture(QtConcurrent::run([this, libraryPath, paths]() {
        Core::ImportReport report;
        Core::Result<std::unique_ptr<Core::Database>> database = Core::Database::open(libraryPath);
        if (!database) {
            report.errors.append({libraryPath, database.errorMessage()});
            return report;
        }
        if ((*database)->isReadOnly()) {
            report.errors.append({libraryPath, tr("the library is open read-only, so nothing can be imported")});
            return report;
        }
        Core::Importer importer(**database);
        importer.setCancelFlag(&m_cancel);
        importer.setProgressCallback([this](int done, int total, const QString &path) {
            // Delivered on the GUI thread; this object outlives the run (see the destructor).
            QMetaObject::invokeMethod(
                this,
                [this, done, total, path]() {
                Q_EMIT progressed(done, total, path);
                },
                Qt::QueuedConnection);
        });
        report = importer.importPaths(paths);
        importer.checkpoint();
        return report;
    }));
    return true;
}

} // namespace PaperShelf::Gui
