#pragma once

#include "core/import/importreport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>

namespace PaperShelf::Gui {

/// Runs an import on a pool thread with a connection of its own, reports
/// progress and the final report on the GUI thread, and can be cancelled
/// (the run stops after the current file; what was imported stays).
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    explicit ImportController(const QString &libraryPath, QObject *parent = nullptr);
    ~ImportController() override;

    /// Starts importing `paths`; returns false when an import is already running.
    bool start(const QStringList &paths);

    bool isRunning() const { return m_watcher.isRunning(); }

    void cancel() { m_cancel = true; }

    /// Blocks until a running import has finished (used on shutdown).
    void waitForFinished() { m_watcher.waitForFinished(); }

Q_SIGNALS:
    void progressed(int done, int total, const QString &path);
    void finished(const Core::ImportReport &report);

private:
    QString m_libraryPath;
    std::atomic_bool m_cancel = false;
    QFutureWatcher<Core::ImportReport> m_watcher;
};

} // namespace PaperShelf::Gui
