#pragma once

#include "core/import/importreport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QMimeData;
class QWidget;

namespace PaperShelf::Gui {

class ImportController;
class ImportProgressDialog;

/// The window's imports of digest files and folders: the choosers behind File >
/// Import Digests… and Import a Folder…, dropped files, one ImportController per
/// library and its progress dialog (Cancel stops after the current file; what
/// was imported stays). The window shows the summary and refreshes its views on
/// finished().
class ImportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportActions)

public:
    /// `window` parents the choosers and the progress dialog.
    explicit ImportActions(QWidget *window);
    /// Cancels a running import and waits for it (it holds a connection).
    ~ImportActions() override;

    /// Imports into `path` from now on; a running import into the previous
    /// library is cancelled and waited for first.
    void setLibraryPath(const QString &path);

    void chooseFiles();
    void chooseFolder();
    /// Starts importing `paths` with a progress dialog; says so when an import is already running.
    void importPaths(const QStringList &paths);
    bool isRunning() const;

    /// The existing local files among dropped URLs (empty: not a drop to accept).
    static QStringList droppedPaths(const QMimeData *mime);

Q_SIGNALS:
    void finished(const Core::ImportReport &report);

private:
    void stopImport();
    void onProgress(int done, int total, const QString &path);
    void onFinished(const Core::ImportReport &report);

    QPointer<QWidget> m_window;
    ImportController *m_importer = nullptr;
    QPointer<ImportProgressDialog> m_progress;
};

} // namespace PaperShelf::Gui
