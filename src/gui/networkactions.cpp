#include "gui/networkactions.h"

#include "core/arxiv/arxivmetadatastore.h"
#include "core/db/database.h"
#include "core/db/paperrepository.h"
#include "core/db/pdfcachestore.h"
#include "core/util/librarypaths.h"
#include "gui/importurldialog.h"
#include "gui/messagebox.h"
#include "net/digestfetcher.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

namespace PaperShelf::Gui {

namespace {

// What a pool thread read from the library for the selected papers.
struct LoadedPapers
{
    QList<Core::PaperDetails> papers;
    QString error;
};

LoadedPapers loadPapers(const QString &libraryPath, const QList<qint64> &rowIds)
{
    LoadedPapers loaded;
    Core::Result<std::unique_ptr<Core::Database>> database = Core::Database::open(libraryPath);
    if (!database) {
        loaded.error = database.errorMessage();
        return loaded;
    }
    Core::Result<QList<Core::PaperDetails>> papers = Core::PaperRepository((*database)->connection()).papers(rowIds);
    if (!papers) {
        loaded.error = papers.errorMessage();
        return loaded;
    }
    loaded.papers = std::move(papers).value();
    return loaded;
}

// Runs `work` on the pool and hands its result to `then` on `context`'s thread.
template<typename Work, typename Then>
void runThen(QObject *context, Work work, Then then)
{
    using T = decltype(work());
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, then]() {
        then(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

NetworkActions::NetworkActions(QNetworkAccessManager *network, QWidget *window, SelectionProvider selection)
    : QObject(window)
    , m_network(network)
    , m_window(window)
    , m_selection(std::move(selection))
    , m_openUrl([](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    })
{
    m_importUrl = new QAction(this);
    m_importUrl->setObjectName(QStringLiteral("importUrlAction"));
    connect(m_importUrl, &QAction::triggered, this, &NetworkActions::importFromUrl);

    m_fetchArxiv = new QAction(this);
    m_fetchArxiv->setObjectName(QStringLiteral("fetchArxivAction"));
    connect(m_fetchArxiv, &QAction::triggered, this, [this]() {
        fetchArxiv(m_selection());
    });

    m_downloadPdf = new QAction(this);
    m_downloadPdf->setObjectName(QStringLiteral("downloadPdfAction"));
    connect(m_downloadPdf, &QAction::triggered, this, [this]() {
        downloadPdfs(m_selection());
    });

    m_openPdf = new QAction(this);
    m_openPdf->setObjectName(QStringLiteral("openPdfAction"));
    connect(m_openPdf, &QAction::triggered, this, [this]() {
        const QList<qint64> selected = m_selection();
        if (!selected.isEmpty()) {
            openPdf(selected.first());
        }
    });
    retranslate();
}

NetworkActions::~NetworkActions() = default;

void NetworkActions::retranslate()
{
    m_importUrl->setText(tr("Import from &URL…"));
    m_importUrl->setStatusTip(tr("Download digests by URL and import them"));
    m_fetchArxiv->setText(tr("Fetch &arXiv Metadata"));
    m_fetchArxiv->setStatusTip(tr("Compare the selected papers with their arXiv records"));
    m_downloadPdf->setText(tr("&Download PDF"));
    m_downloadPdf->setStatusTip(tr("Keep the selected papers' PDFs for offline reading"));
    m_openPdf->setText(tr("&Open PDF"));
    m_openPdf->setStatusTip(tr("Open the current paper's downloaded PDF in the system viewer"));
    if (m_progress) {
        // Its Cancel button is Qt's own and retranslates itself.
        m_progress->setWindowTitle(tr("PaperShelf"));
        m_progress->setLabelText(m_progressLabel());
    }
}

bool NetworkActions::isBusy() const
{
    return (m_digests && m_digests->isRunning()) || (m_arxiv && m_arxiv->isRunning())
        || (m_pdfs && m_pdfs->isRunning());
}

void NetworkActions::updateEnabled()
{
    const bool idle = !isBusy();
    m_importUrl->setEnabled(idle);
    m_fetchArxiv->setEnabled(idle);
    m_downloadPdf->setEnabled(idle);
}

QProgressDialog *NetworkActions::makeProgress(std::function<QString()> label, int maximum)
{
    closeProgress();
    // Qt's default Cancel button (no text given), which follows a language change by itself.
    m_progress = new QProgressDialog(m_window);
    m_progress->setRange(0, maximum);
    m_progress->setObjectName(QStringLiteral("networkProgressDialog"));
    m_progress->setWindowTitle(tr("PaperShelf"));
    setProgressLabel(std::move(label));
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->open();
    return m_progress;
}

void NetworkActions::setProgressLabel(std::function<QString()> label)
{
    m_progressLabel = std::move(label);
    if (m_progress) {
        m_progress->setLabelText(m_progressLabel());
    }
}

void NetworkActions::closeProgress()
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
}

void NetworkActions::importFromUrl()
{
    auto *dialog = new ImportUrlDialog(m_window);
    dialog->setObjectName(QStringLiteral("importUrlDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        importUrls(dialog->urls());
    });
    dialog->open();
}

void NetworkActions::importUrls(const QList<QUrl> &urls)
{
    if (urls.isEmpty() || isBusy()) {
        return;
    }
    delete m_digests;
    m_digests = new Net::DigestFetcher(m_network, m_libraryPath, this);
    QProgressDialog *progress = makeProgress(
        []() -> QString {
            return tr("Downloading digests…");
        },
        static_cast<int>(urls.size()));
    connect(progress, &QProgressDialog::canceled, m_digests, &Net::DigestFetcher::cancel);
    connect(m_digests, &Net::DigestFetcher::progressed, this, [this](int done, int total, const QUrl &url) {
        if (m_progress) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
            setProgressLabel([shown = url.toDisplayString()]() -> QString {
                return tr("Downloading %1").arg(shown);
            });
        }
    });
    connect(m_digests, &Net::DigestFetcher::finished, this, [this](const Core::ImportReport &report) {
        closeProgress();
        updateEnabled();
        Q_EMIT digestsImported(report);
    });
    m_digests->fetch(urls);
    updateEnabled();
}

void NetworkActions::fetchArxiv(const QList<qint64> &rowIds)
{
    if (rowIds.isEmpty()) {
        MessageBox::information(m_window, tr("Fetch arXiv Metadata"), tr("Select one or more papers first."));
        return;
    }
    if (isBusy()) {
        return;
    }
    delete m_arxiv;
    m_arxiv = new Net::ArxivClient(m_network, m_libraryPath, this);
    if (m_arxivApi.isValid()) {
        m_arxiv->setApiUrl(m_arxivApi);
    }
    m_arxiv->setRequestInterval(m_arxivIntervalMs);
    connect(m_arxiv, &Net::ArxivClient::finished, this, &NetworkActions::onArxivFinished);
    QProgressDialog *progress = makeProgress(
        []() -> QString {
            return tr("Fetching arXiv metadata…");
        },
        static_cast<int>(rowIds.size()));
    connect(progress, &QProgressDialog::canceled, m_arxiv, &Net::ArxivClient::cancel);
    connect(m_arxiv, &Net::ArxivClient::progressed, this, [this](int done, int total) {
        if (m_progress) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
        }
    });
    const QString libraryPath = m_libraryPath;
    QPointer<Net::ArxivClient> client = m_arxiv;
    runThen(
        this,
        [libraryPath, rowIds]() {
        return loadPapers(libraryPath, rowIds);
        },
        [this, client](const LoadedPapers &loaded) {
        if (!client) {
            return;
        }
        QList<Net::ArxivRequest> requests;
        for (const Core::PaperDetails &paper : loaded.papers) {
            requests.append({paper.rowId, paper.id, paper.arxivId, paper.text});
        }
        if (!loaded.error.isEmpty()) {
            closeProgress();
            MessageBox::warning(m_window, tr("Fetch arXiv Metadata"), loaded.error);
            return;
        }
        client->fetch(requests);
        updateEnabled();
    });
    updateEnabled();
}

void NetworkActions::onArxivFinished(const Net::ArxivRunReport &report)
{
    closeProgress();
    updateEnabled();
    QList<PaperDifferences> differing;
    int fetched = 0;
    QStringList failures;
    for (const Net::ArxivPaperResult &paper : report.papers) {
        fetched += paper.record ? 1 : 0;
        if (!paper.error.isEmpty()) {
            failures.append(tr("%1: %2").arg(paper.paperId, paper.error));
        }
        if (!paper.differences.isEmpty()) {
            differing.append({paper.paperRowId, paper.paperId, paper.digestTitle, paper.differences});
        }
    }
    Q_EMIT statusMessage(tr("arXiv: %1 of %2 paper(s) fetched, %3 differ from the digest, %4 failed")
                             .arg(fetched)
                             .arg(report.papers.size())
                             .arg(differing.size())
                             .arg(failures.size()));
    if (!differing.isEmpty()) {
        auto *dialog = new ArxivDifferencesDialog(differing, m_window);
        dialog->setObjectName(QStringLiteral("arxivDifferencesDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog]() {
            applyChosen(dialog->chosen());
        });
        dialog->open();
    } else if (failures.isEmpty()) {
        MessageBox::information(m_window,
                                tr("Fetch arXiv Metadata"),
                                tr("arXiv agrees with the digest for %Ln paper(s).", nullptr, fetched));
    }
    if (!failures.isEmpty() && differing.isEmpty()) {
        MessageBox::warning(m_window, tr("Fetch arXiv Metadata"), failures.join(QLatin1Char('\n')));
    }
    Q_EMIT arxivFinished(report);
}

void NetworkActions::applyChosen(const QList<PaperDifferences> &chosen)
{
    if (chosen.isEmpty()) {
        return;
    }
    const QString libraryPath = m_libraryPath;
    runThen(
        this,
        [libraryPath, chosen]() -> QString {
            Core::Result<std::unique_ptr<Core::Database>> database = Core::Database::open(libraryPath);
            if (!database) {
                return database.errorMessage();
            }
            Core::ArxivMetadataStore store((*database)->connection());
            for (const PaperDifferences &paper : chosen) {
                if (auto applied = store.applyToPaper(paper.paperRowId, paper.differences); !applied) {
                    return QStringLiteral("%1: %2").arg(paper.paperId, applied.errorMessage());
                }
            }
            return QString();
        },
        [this, chosen](const QString &error) {
        if (!error.isEmpty()) {
            MessageBox::warning(m_window, tr("Fetch arXiv Metadata"), error);
        } else {
            Q_EMIT statusMessage(tr("Applied arXiv fields to %Ln paper(s)", nullptr, static_cast<int>(chosen.size())));
        }
        Q_EMIT libraryChanged();
        });
}

void NetworkActions::downloadPdfs(const QList<qint64> &rowIds)
{
    if (rowIds.isEmpty()) {
        MessageBox::information(m_window, tr("Download PDF"), tr("Select one or more papers first."));
        return;
    }
    if (isBusy()) {
        return;
    }
    delete m_pdfs;
    m_pdfs = new Net::PdfFetcher(m_network, m_libraryPath, this);
    connect(m_pdfs, &Net::PdfFetcher::finished, this, &NetworkActions::onPdfsFinished);
    QProgressDialog *progress = makeProgress(
        []() -> QString {
            return tr("Downloading PDFs…");
        },
        static_cast<int>(rowIds.size()));
    connect(progress, &QProgressDialog::canceled, m_pdfs, &Net::PdfFetcher::cancel);
    connect(m_pdfs, &Net::PdfFetcher::progressed, this, [this](int done, int total) {
        if (m_progress) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
        }
    });
    const QString libraryPath = m_libraryPath;
    const QUrl base = m_pdfBase;
    QPointer<Net::PdfFetcher> fetcher = m_pdfs;
    runThen(
        this,
        [libraryPath, rowIds]() {
        return loadPapers(libraryPath, rowIds);
        },
        [this, fetcher, base](const LoadedPapers &loaded) {
        if (!fetcher) {
            return;
        }
        if (!loaded.error.isEmpty()) {
            closeProgress();
            MessageBox::warning(m_window, tr("Download PDF"), loaded.error);
            return;
        }
        QList<Net::PdfRequest> requests;
        for (const Core::PaperDetails &paper : loaded.papers) {
            requests.append({paper.rowId,
                             paper.id,
                             Net::PdfFetcher::pdfUrl(paper.arxivId, paper.arxivVersion, paper.text.pdfUrl, base)});
        }
        fetcher->fetch(requests);
        updateEnabled();
    });
    updateEnabled();
}

void NetworkActions::onPdfsFinished(const Net::PdfRunReport &report)
{
    closeProgress();
    updateEnabled();
    QStringList failures;
    for (const Net::PdfResult &paper : report.papers) {
        if (!paper.error.isEmpty()) {
            failures.append(tr("%1: %2").arg(paper.paperId, paper.error));
        }
    }
    Q_EMIT statusMessage(
        tr("PDFs: %1 downloaded, %2 failed").arg(report.papers.size() - failures.size()).arg(failures.size()));
    Q_EMIT libraryChanged();
    if (!failures.isEmpty()) {
        MessageBox::warning(m_window, tr("Download PDF"), failures.join(QLatin1Char('\n')));
    }
    Q_EMIT pdfsFinished(report);
}

void NetworkActions::openPdf(qint64 rowId)
{
    const QString libraryPath = m_libraryPath;
    runThen(
        this,
        [libraryPath, rowId]() -> QString {
            Core::Result<std::unique_ptr<Core::Database>> database = Core::Database::open(libraryPath);
            if (!database) {
                return QString();
            }
            const auto entry = Core::PdfCacheStore((*database)->connection()).entry(rowId);
            if (!entry || !entry->has_value() || (*entry)->state != Core::PdfState::Cached) {
                return QString();
            }
            const QString path = QDir(Core::LibraryPaths(libraryPath).pdfDir()).filePath((*entry)->file);
            return QFileInfo::exists(path) ? path : QString();
        },
        [this](const QString &path) {
        if (path.isEmpty()) {
            MessageBox::information(m_window,
                                    tr("Open PDF"),
                                    tr("This paper's PDF has not been downloaded. Use Library → Download PDF "
                                       "first."));
            return;
        }
        if (!m_openUrl(QUrl::fromLocalFile(path))) {
            MessageBox::warning(m_window, tr("Open PDF"), tr("No application could open %1.").arg(path));
        }
        });
}

} // namespace PaperShelf::Gui
