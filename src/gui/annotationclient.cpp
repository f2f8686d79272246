#include "gui/annotationclient.h"

#include "core/db/database.h"

namespace PaperShelf::Gui {

AnnotationClient::AnnotationClient(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_libraryPath(libraryPath)
    , m_threadContext(new QObject)
    , m_session(std::make_unique<AnnotationSession>(libraryPath))
{
    m_thread.setObjectName(QStringLiteral("annotation writer"));
    m_threadContext->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_threadContext, &QObject::deleteLater);
    m_thread.start();
}

AnnotationClient::~AnnotationClient()
{
    // Every job already submitted runs before the thread stops: no edit is lost.
    waitForIdle();
    // Deleted on that thread (its connection belongs there), before the thread is
    // told to quit: a queued deletion could still be pending when the loop exits,
    // leaking the session and leaving its connection open (LeakSanitizer found it).
    AnnotationSession *session = m_session.release();
    QMetaObject::invokeMethod(
        m_threadContext,
        [session]() {
        delete session;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void AnnotationClient::post(std::function<void(AnnotationSession &)> task)
{
    AnnotationSession *session = m_session.get();
    QMetaObject::invokeMethod(
        m_threadContext,
        [task = std::move(task), session]() {
        task(*session);
        },
        Qt::QueuedConnection);
}

void AnnotationClient::write(const QString &what, WriteJob job, std::function<void()> succeeded)
{
    ++m_pendingWrites;
    QPointer<AnnotationClient> self(this);
    post([self, what, job, succeeded](AnnotationSession &session) {
        Core::Result<void> result;
        if (Core::Result<void> open = session.ensureOpen(); !open) {
            result = open;
        } else {
            result = job(session);
        }
        if (!self) {
            return;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, what, job, succeeded, result]() {
            if (self) {
                self->onWriteDone(what, job, succeeded, result);
            }
            },
            Qt::QueuedConnection);
    });
}

void AnnotationClient::onWriteDone(const QString &what,
                                   const WriteJob &job,
                                   const std::function<void()> &succeeded,
                                   const Core::Result<void> &result)
{
    --m_pendingWrites;
    if (!result) {
        m_failed.append({what, job, succeeded});
        Q_EMIT writeFailed(what, failureMessage(result.error()));
        return;
    }
    if (succeeded) {
        succeeded();
    }
    Q_EMIT writeSucceeded(what);
}

QString AnnotationClient::failureMessage(const Core::Error &error) const
{
    switch (static_cast<Core::OpenErrorCode>(error.code)) {
    case Core::OpenErrorCode::ReadOnly:
        return m_readOnlyReason == ReadOnlyReason::None
                 ? tr("the library is read-only (%1)").arg(error.message)
                 : tr("the library is open read-only: %1").arg(ReadOnlyBar::cause(m_readOnlyReason, m_libraryPath));
    case Core::OpenErrorCode::Corrupt:
        return tr("the library file is damaged (%1); close PaperShelf and restore a backup").arg(error.message);
    case Core::OpenErrorCode::Locked:
        return tr("the library is in use by another program (%1)").arg(error.message);
    default:
        return error.message;
    }
}

void AnnotationClient::retryFailedWrites()
{
    const QList<FailedWrite> failed = std::exchange(m_failed, {});
    for (const FailedWrite &write : failed) {
        this->write(write.what, write.job, write.succeeded);
    }
}

void AnnotationClient::discardFailedWrites()
{
    m_failed.clear();
}

void AnnotationClient::waitForIdle()
{
    if (!m_thread.isRunning()) {
        return;
    }
    // Jobs run in order: when this empty one has run, so has every one before it.
    QMetaObject::invokeMethod(
        m_threadContext, []() {}, Qt::BlockingQueuedConnection);
}

} // namespace PaperShelf::Gui
