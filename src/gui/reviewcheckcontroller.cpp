#include "gui/reviewcheckcontroller.h"

#include "core/db/database.h"
#include "core/review/reviewcheckrunner.h"

#include <QtConcurrent>

namespace PaperShelf::Gui {

ReviewCheckController::ReviewCheckController(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_libraryPath(libraryPath)
{
    connect(&m_watcher, &QFutureWatcher<Core::Result<int>>::finished, this, &ReviewCheckController::onFinished);
}

ReviewCheckController::~ReviewCheckController()
{
    // The pool thread reports to this object; it must be done before we go.
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ReviewCheckController::start()
{
    // The checks store their findings; a library open read-only keeps the ones it has.
    if (Core::Database::isForcedReadOnly(m_libraryPath)) {
        return;
    }
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_cancel = false;
    m_again = false;
    const QString libraryPath = m_libraryPath;
    m_watcher.setFuture(QtConcurrent::run([this, libraryPath]() -> Core::Result<int> {
        Core::Result<std::unique_ptr<Core::Database>> database = Core::Database::open(libraryPath);
        if (!database) {
            return database.error();
        }
        const QSqlDatabase connection = (*database)->connection();
        Core::ReviewCheckRunner runner(connection, Core::ReviewCheckRunner::checkerFor(connection));
        runner.setCancelFlag(&m_cancel);
        runner.setProgressCallback([this](int done, int total) {
            if (total == 0) {
                return;
            }
            // Delivered on the GUI thread; this object outlives the run (see the destructor).
            QMetaObject::invokeMethod(
                this,
                [this, done, total]() {
                Q_EMIT progressed(done, total);
                },
                Qt::QueuedConnection);
        });
        return runner.run();
    }));
}

void ReviewCheckController::onFinished()
{
    const Core::Result<int> result = m_watcher.result();
    if (result) {
        Q_EMIT finished(*result);
    } else {
        Q_EMIT failed(result.errorMessage());
    }
    if (m_again && !m_cancel) {
        start();
    }
}

} // namespace PaperShelf::Gui
