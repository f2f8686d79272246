#pragma once

#include "core/export/paperexport.h"
#include "core/search/paperfilter.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace PaperShelf::Gui {

class AnnotationController;
class ExportController;

/// File → Export (the selected papers in every format, the whole list as
/// CSV, corrected digests of the selection or of the whole library), the
/// annotation archive out and back in. Files are written off the GUI
/// thread by ExportController; this class asks where, shows progress and says
/// how it went.
class ExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportActions)

public:
    /// `selection` gives the selected papers; `list` the filter and sort of the list.
    ExportActions(AnnotationController *annotations,
                  QWidget *window,
                  std::function<QList<qint64>()> selection,
                  std::function<Core::ListRequest()> list);
    ~ExportActions() override;

    void setLibraryPath(const QString &path) { m_libraryPath = path; }

    /// The Export submenu and the archive actions, for the File menu.
    QMenu *createMenu(QWidget *parent);

    QAction *exportArchiveAction() const { return m_exportArchiveAction; }

    QAction *mergeArchiveAction() const { return m_mergeArchiveAction; }

    ExportController *controller() const { return m_exporter; }

    void exportPapers(Core::ExportFormat format);
    /// Asks for a folder and whether to keep flagged text, then writes the
    /// selected papers' digests (every digest when nothing is selected).
    void exportCorrectedDigests();
    void exportArchive();
    void mergeArchive();

Q_SIGNALS:
    /// A merge changed the library's annotations (views reload).
    void archiveMerged();
    void statusMessage(const QString &message);

private:
    /// Asks where to write `format`; empty when cancelled.
    QString askDestination(Core::ExportFormat format);
    void startProgress(const QString &label);
    void endProgress();

    AnnotationController *m_annotations;
    QWidget *m_window;
    std::function<QList<qint64>()> m_selection;
    std::function<Core::ListRequest()> m_list;
    ExportController *m_exporter;
    QString m_libraryPath;
    QProgressDialog *m_progress = nullptr;
    QAction *m_exportArchiveAction = nullptr;
    QAction *m_mergeArchiveAction = nullptr;
};

} // namespace PaperShelf::Gui
