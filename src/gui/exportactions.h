#pragma once

#include "core/export/paperexport.h"
#include "core/search/paperfilter.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

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

    /// Sets the texts of the actions, the Export menu and a running export's
    /// progress in the current language (the owner calls it on a language change).
    void retranslate();

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
    /// `label` gives the progress text in the current language (called again by retranslate()).
    void startProgress(std::function<QString()> label);
    void endProgress();

    AnnotationController *m_annotations;
    QWidget *m_window;
    std::function<QList<qint64>()> m_selection;
    std::function<Core::ListRequest()> m_list;
    ExportController *m_exporter;
    QString m_libraryPath;
    QProgressDialog *m_progress = nullptr;
    std::function<QString()> m_progressLabel;
    QAction *m_exportArchiveAction = nullptr;
    QAction *m_mergeArchiveAction = nullptr;
    // The Export menu and its items exist once createMenu() was called; the menu is owned by its parent.
    QPointer<QMenu> m_menu;
    QList<QPair<Core::ExportFormat, QAction *>> m_formatActions;
    QAction *m_correctedDigestsAction = nullptr;
};

} // namespace PaperShelf::Gui
