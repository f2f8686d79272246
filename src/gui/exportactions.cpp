#include "gui/exportactions.h"

#include "core/search/papersearch.h"
#include "gui/annotationclient.h"
#include "gui/annotationcontroller.h"
#include "gui/archivemergedialog.h"
#include "gui/exportcontroller.h"
#include "gui/filedialog.h"
#include "gui/messagebox.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QUndoStack>

namespace PaperShelf::Gui {

ExportActions::ExportActions(AnnotationController *annotations,
                             QWidget *window,
                             std::function<QList<qint64>()> selection,
                             std::function<Core::ListRequest()> list)
    : QObject(window)
    , m_annotations(annotations)
    , m_window(window)
    , m_selection(std::move(selection))
    , m_list(std::move(list))
    , m_exporter(new ExportController(this))
{
    m_exportArchiveAction = new QAction(this);
    m_exportArchiveAction->setObjectName(QStringLiteral("exportArchiveAction"));
    connect(m_exportArchiveAction, &QAction::triggered, this, &ExportActions::exportArchive);
    m_mergeArchiveAction = new QAction(this);
    m_mergeArchiveAction->setObjectName(QStringLiteral("mergeArchiveAction"));
    connect(m_mergeArchiveAction, &QAction::triggered, this, &ExportActions::mergeArchive);

    connect(m_exporter, &ExportController::progressed, this, [this](int done, int total) {
        if (m_progress) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
        }
    });
    connect(m_exporter, &ExportController::papersExported, this, [this](const QString &destination, int papers) {
        endProgress();
        Q_EMIT statusMessage(
            tr("Exported %Ln paper(s) to %1", nullptr, papers).arg(QDir::toNativeSeparators(destination)));
    });
    connect(m_exporter,
            &ExportController::digestsExported,
            this,
            [this](const QString &folder, int files, int corrections) {
        endProgress();
        Q_EMIT statusMessage(tr("Exported %Ln corrected digest(s) to %1; corrections applied: %2", nullptr, files)
                                 .arg(QDir::toNativeSeparators(folder), QLocale().toString(corrections)));
    });
    connect(m_exporter, &ExportController::archiveExported, this, [this](const QString &destination) {
        endProgress();
        Q_EMIT statusMessage(tr("Annotation archive written to %1").arg(QDir::toNativeSeparators(destination)));
    });
    connect(m_exporter, &ExportController::archiveMerged, this, [this](const Core::ArchiveMergeReport &report) {
        endProgress();
        Q_EMIT archiveMerged();
        auto *dialog = new ArchiveMergeDialog(m_window);
        dialog->setObjectName(QStringLiteral("archiveMergeDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setReport(report);
        dialog->show();
    });
    connect(m_exporter, &ExportController::failed, this, [this](const QString &message) {
        endProgress();
        MessageBox::warning(m_window, tr("Export"), message);
    });
    retranslate();
}

ExportActions::~ExportActions()
{
    m_exporter->waitForFinished();
}

QMenu *ExportActions::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("exportMenu"));
    m_menu = menu;
    m_formatActions.clear();
    const QList<Core::ExportFormat> formats = ExportController::formats();
    for (const Core::ExportFormat format : formats) {
        QAction *action = menu->addAction(QString());
        m_formatActions.append({format, action});
        action->setObjectName(QStringLiteral("export%1Action").arg(Core::PaperExport::name(format)));
        connect(action, &QAction::triggered, this, [this, format]() {
            exportPapers(format);
        });
    }
    m_correctedDigestsAction = menu->addAction(QString());
    m_correctedDigestsAction->setObjectName(QStringLiteral("exportCorrectedDigestsAction"));
    connect(m_correctedDigestsAction, &QAction::triggered, this, &ExportActions::exportCorrectedDigests);
    menu->addSeparator();
    menu->addAction(m_exportArchiveAction);
    retranslate();
    return menu;
}

void ExportActions::retranslate()
{
    m_exportArchiveAction->setText(tr("Export &Annotation Archive…"));
    m_exportArchiveAction->setToolTip(tr("Everything you created (notes, highlights, status, rating, own tags) "
                                         "as one JSON file another library can merge"));
    m_mergeArchiveAction->setText(tr("&Merge Annotation Archive…"));
    if (m_menu) {
        m_menu->setTitle(tr("&Export"));
        for (const auto &[format, action] : std::as_const(m_formatActions)) {
            action->setText(ExportController::menuText(format));
        }
        m_correctedDigestsAction->setText(tr("Corrected &Digests…"));
        m_correctedDigestsAction->setToolTip(tr("The digests of the selected papers (or of the whole library) with "
                                                "review corrections applied, in the format PaperShelf imports"));
    }
    if (m_progress) {
        m_progress->setWindowTitle(tr("Export"));
        m_progress->setLabelText(m_progressLabel());
    }
}

QString ExportActions::askDestination(Core::ExportFormat format)
{
    if (ExportController::needsFolder(format)) {
        return FileDialog::getExistingDirectory(m_window, tr("Export Notes to a Folder"));
    }
    return FileDialog::getSaveFileName(m_window,
                                       tr("Export Papers"),
                                       ExportController::suggestedFileName(format),
                                       ExportController::fileFilter(format));
}

void ExportActions::exportPapers(Core::ExportFormat format)
{
    if (m_exporter->isRunning()) {
        MessageBox::information(m_window, tr("Export"), tr("An export is already running."));
        return;
    }
    const QString destination = askDestination(format);
    if (destination.isEmpty()) {
        return;
    }
    if (format != Core::ExportFormat::Csv) {
        const QList<qint64> ids = m_selection();
        if (ids.isEmpty()) {
            MessageBox::information(m_window, tr("Export"), tr("Select the papers to export first."));
            return;
        }
        startProgress([count = static_cast<int>(ids.size())]() -> QString {
            return tr("Exporting %Ln paper(s)…", nullptr, count);
        });
        m_exporter->exportPapers(m_libraryPath, ids, format, destination);
        return;
    }
    // The CSV holds the whole list as filtered and sorted, not only the rows scrolled into.
    const Core::ListRequest list = m_list();
    startProgress([]() -> QString {
        return tr("Exporting the list…");
    });
    m_annotations->client()->read<QList<qint64>>(
        [list](AnnotationSession &session) {
        return Core::PaperSearch(session.connection()).ids(list.filter, list.sort);
        },
        this,
        [this, destination, reversed = list.reversed](const Core::Result<QList<qint64>> &ids) {
        if (!ids) {
            endProgress();
            MessageBox::warning(m_window, tr("Export"), ids.errorMessage());
            return;
        }
        QList<qint64> ordered = *ids;
        if (reversed) {
            std::reverse(ordered.begin(), ordered.end());
        }
        m_exporter->exportPapers(m_libraryPath, ordered, Core::ExportFormat::Csv, destination);
    });
}

void ExportActions::exportCorrectedDigests()
{
    if (m_exporter->isRunning()) {
        MessageBox::information(m_window, tr("Export"), tr("An export is already running."));
        return;
    }
    const QString folder = FileDialog::getExistingDirectory(m_window, tr("Export Corrected Digests to a Folder"));
    if (folder.isEmpty()) {
        return;
    }
    const bool includeFlagged = MessageBox::question(m_window,
                                                     tr("Export Corrected Digests"),
                                                     tr("Keep the machine text of segments flagged in review? Choose "
                                                        "No to leave it out."),
                                                     QMessageBox::Yes | QMessageBox::No,
                                                     QMessageBox::No)
                             == QMessageBox::Yes;
    const QList<qint64> ids = m_selection();
    startProgress([count = static_cast<int>(ids.size())]() -> QString {
        return count == 0 ? tr("Exporting every digest…")
                          : tr("Exporting the digests of %Ln paper(s)…", nullptr, count);
    });
    m_exporter->exportCorrectedDigests(m_libraryPath, ids, includeFlagged, folder);
}

void ExportActions::exportArchive()
{
    const QString destination = FileDialog::getSaveFileName(m_window,
                                                            tr("Export Annotation Archive"),
                                                            ExportController::archiveSuggestedFileName(),
                                                            ExportController::archiveFileFilter());
    if (destination.isEmpty()) {
        return;
    }
    m_annotations->client()->waitForIdle(); // the archive holds the latest edit
    startProgress([]() -> QString {
        return tr("Writing the annotation archive…");
    });
    if (!m_exporter->exportArchive(m_libraryPath, destination)) {
        endProgress();
        MessageBox::information(m_window, tr("Export"), tr("An export is already running."));
    }
}

void ExportActions::mergeArchive()
{
    const QStringList files = FileDialog::getOpenFileNames(m_window,
                                                           tr("Merge Annotation Archive"),
                                                           ExportController::archiveFileFilter());
    if (files.isEmpty()) {
        return;
    }
    m_annotations->client()->waitForIdle();
    // The merge changes what the undo history refers to: it starts afresh.
    m_annotations->undoStack()->clear();
    startProgress([name = QFileInfo(files.first()).fileName()]() -> QString {
        return tr("Merging %1…").arg(name);
    });
    if (!m_exporter->mergeArchive(m_libraryPath, files.first())) {
        endProgress();
        MessageBox::information(m_window, tr("Export"), tr("An export is already running."));
    }
}

void ExportActions::startProgress(std::function<QString()> label)
{
    endProgress();
    m_progressLabel = std::move(label);
    m_progress = new QProgressDialog(m_progressLabel(), QString(), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("exportProgressDialog"));
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setCancelButton(nullptr);
}

void ExportActions::endProgress()
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
}

} // namespace PaperShelf::Gui
