#pragma once

#include "core/util/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>

namespace PaperShelf::Gui {

/// Brings the library's stored check findings up to date in the background
/// (Core::ReviewCheckRunner on a pool thread with a connection of its own):
/// after the library opens, after an import, after a glossary change. A start
/// while a run is going is remembered and runs when it ends, so no change is
/// left unchecked. Progress and the outcome arrive on the GUI thread.
class ReviewCheckController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewCheckController)

public:
    explicit ReviewCheckController(const QString &libraryPath, QObject *parent = nullptr);
    ~ReviewCheckController() override;

    /// Starts a run, or queues one after the run in progress.
    void start();

    bool isRunning() const { return m_watcher.isRunning(); }

    /// Stops after the current batch; what is checked stays checked.
    void cancel() { m_cancel = true; }

    /// Blocks until a running check has finished (tests, shutdown).
    void waitForFinished() { m_watcher.waitForFinished(); }

Q_SIGNALS:
    /// (segments checked, segments to check); only emitted while there is work.
    void progressed(int done, int total);
    /// A run ended; `checked` segments got new findings.
    void finished(int checked);
    void failed(const QString &message);

private:
    void onFinished();

    QString m_libraryPath;
    std::atomic_bool m_cancel = false;
    bool m_again = false; ///< start() was called during a run
    QFutureWatcher<Core::Result<int>> m_watcher;
};

} // namespace PaperShelf::Gui
