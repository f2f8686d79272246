#include "gui/importactions.h"

#include "gui/filedialog.h"
#include "gui/importcontroller.h"
#include "gui/importprogressdialog.h"
#include "gui/messagebox.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace PaperShelf::Gui {

ImportActions::ImportActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

ImportActions::~ImportActions()
{
    stopImport();
}

void ImportActions::stopImport()
{
    if (m_importer) {
        m_importer->cancel();
        m_importer->waitForFinished();
        delete m_importer;
        m_importer = nullptr;
    }
    delete m_progress;
}

void ImportActions::setLibraryPath(const QString &path)
{
    stopImport();
    m_importer = new ImportController(path, this);
    connect(m_importer, &ImportController::progressed, this, &ImportActions::onProgress);
    connect(m_importer, &ImportController::finished, this, &ImportActions::onFinished);
}

void ImportActions::chooseFiles()
{
    const QStringList files = FileDialog::getOpenFileNames(m_window,
                                                           tr("Import Digests"),
                                                           tr("Markdown digests (*.md);;All files (*)"));
    if (!files.isEmpty()) {
        importPaths(files);
    }
}

void ImportActions::chooseFolder()
{
    const QString folder = FileDialog::getExistingDirectory(m_window, tr("Import a Folder of Digests"));
    if (!folder.isEmpty()) {
        importPaths({folder});
    }
}

void ImportActions::importPaths(const QStringList &paths)
{
    if (!m_importer) {
        return;
    }
    if (!m_importer->start(paths)) {
        MessageBox::information(m_window, tr("Import"), tr("An import is already running."));
        return;
    }
    m_progress = new ImportProgressDialog(m_window);
    connect(m_progress, &QProgressDialog::canceled, m_importer, &ImportController::cancel);
}

bool ImportActions::isRunning() const
{
    return m_importer && m_importer->isRunning();
}

QStringList ImportActions::droppedPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls()) {
        return paths;
    }
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo::exists(url.toLocalFile())) {
            paths.append(url.toLocalFile());
        }
    }
    return paths;
}

void ImportActions::onProgress(int done, int total, const QString &path)
{
    if (m_progress) {
        m_progress->showProgress(done, total, path);
    }
}

void ImportActions::onFinished(const Core::ImportReport &report)
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    Q_EMIT finished(report);
}

} // namespace PaperShelf::Gui
