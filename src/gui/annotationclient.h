#pragma once

#include "core/util/result.h"
#include "gui/annotationsession.h"
#include "gui/readonlybar.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace PaperShelf::Gui {

/// The GUI's way to write (and read back) the user's work without waiting for
/// SQLite: every job runs, in the order it was submitted, on one thread with
/// its own connection (an AnnotationSession). Because the order is kept, a job
/// always sees the effects of every job submitted before it; undo commands rely
/// on that.
///
/// A write that fails is kept: writeFailed() says what and why, and
/// retryFailedWrites() submits the kept jobs again, in their order. Nothing is
/// dropped when the client is destroyed: the destructor waits for the jobs
/// already submitted.
class AnnotationClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationClient)

public:
    using WriteJob = std::function<Core::Result<void>(AnnotationSession &)>;

    explicit AnnotationClient(const QString &libraryPath, QObject *parent = nullptr);
    ~AnnotationClient() override;

    const QString &libraryPath() const { return m_libraryPath; }

    /// Runs `job` on the annotation thread; `done` gets its result on the GUI
    /// thread unless `context` is gone by then.
    template<typename T>
    void read(std::function<Core::Result<T>(AnnotationSession &)> job,
              QObject *context,
              std::function<void(const Core::Result<T> &)> done)
    {
        post([job = std::move(job), guard = QPointer<QObject>(context), done = std::move(done)](
                 AnnotationSession &session) {
            Core::Result<T> result = Core::Error{};
            if (Core::Result<void> open = session.ensureOpen(); !open) {
                result = open.error();
            } else {
                result = job(session);
            }
            if (!guard) {
                return;
            }
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, done, result = std::move(result)]() {
                if (guard) {
                    done(result);
                }
                },
                Qt::QueuedConnection);
        });
    }

    /// Runs a write job. `what` names it for the user ("Rating of 3 papers");
    /// `succeeded` runs on the GUI thread after it committed. Then, or after a
    /// failure, writeFinished() is emitted.
    void write(const QString &what, WriteJob job, std::function<void()> succeeded = {});

    /// The library is open read-only for `reason`: a write that fails because of
    /// it says so (instead of SQLite's words). The session's connection is
    /// read-only through Core::Database::setForcedReadOnly().
    void setReadOnlyReason(ReadOnlyReason reason) { m_readOnlyReason = reason; }

    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }

    /// Submits the writes that failed again, oldest first.
    void retryFailedWrites();
    /// Forgets the writes that failed (the user gave up on them).
    void discardFailedWrites();

    int failedWriteCount() const { return static_cast<int>(m_failed.size()); }

    /// Writes submitted and not yet finished.
    int pendingWriteCount() const { return m_pendingWrites; }

    /// Blocks until every job submitted so far has run (tests, closing).
    void waitForIdle();

Q_SIGNALS:
    /// A write committed; `what` as given to write().
    void writeSucceeded(const QString &what);
    /// A write failed; it is kept for retryFailedWrites().
    void writeFailed(const QString &what, const QString &message);

private:
    struct FailedWrite
    {
        QString what;
        WriteJob job;
        std::function<void()> succeeded;
    };

    /// Queues `task` on the annotation thread.
    void post(std::function<void(AnnotationSession &)> task);
    /// The user's words for a failed write: read-only and damaged libraries explained.
    QString failureMessage(const Core::Error &error) const;
    void onWriteDone(const QString &what,
                     const WriteJob &job,
                     const std::function<void()> &succeeded,
                     const Core::Result<void> &result);

    QString m_libraryPath;
    QThread m_thread;
    QObject *m_threadContext = nullptr;           ///< lives in m_thread; jobs are posted to it
    std::unique_ptr<AnnotationSession> m_session; ///< used only on m_thread
    QList<FailedWrite> m_failed;
    int m_pendingWrites = 0;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
};

} // namespace PaperShelf::Gui
