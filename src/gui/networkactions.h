#pragma once

#include "core/import/importreport.h"
#include "gui/arxivdifferencesdialog.h"
#include "net/arxivclient.h"
#include "net/pdffetcher.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QAction;
class QNetworkAccessManager;
class QProgressDialog;
class QWidget;

namespace PaperShelf::Net {
class DigestFetcher;
}

namespace PaperShelf::Gui {

class ImportUrlDialog;

/// The main window's network actions: File → Import from URL…, and in the
/// Library menu Fetch arXiv Metadata, Download PDF and Open PDF for the
/// selected papers. Network work goes through the net classes with the
/// window's network manager; library reads and writes run on pool threads
/// with their own connections. Errors and results are reported through
/// dialogs parented to `window`.
class NetworkActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkActions)

public:
    /// Returns the row ids (papers.id) of the selected papers.
    using SelectionProvider = std::function<QList<qint64>()>;

    NetworkActions(QNetworkAccessManager *network, QWidget *window, SelectionProvider selection);
    ~NetworkActions() override;

    void setLibraryPath(const QString &path) { m_libraryPath = path; }

    QAction *importUrlAction() const { return m_importUrl; }

    QAction *fetchArxivAction() const { return m_fetchArxiv; }

    QAction *downloadPdfAction() const { return m_downloadPdf; }

    QAction *openPdfAction() const { return m_openPdf; }

    /// Sets the texts of the actions and of a running download's progress in
    /// the current language (the owner calls it on a language change).
    void retranslate();

    /// Opens the Import from URL dialog (non-blocking).
    void importFromUrl();
    /// Downloads and imports `urls` with a progress dialog.
    void importUrls(const QList<QUrl> &urls);
    void fetchArxiv(const QList<qint64> &rowIds);
    void downloadPdfs(const QList<qint64> &rowIds);
    void openPdf(qint64 rowId);

    /// Test hooks: the arXiv endpoint and request spacing, the arXiv PDF base,
    /// and what opens a local file (QDesktopServices::openUrl by default).
    void setArxivApiUrl(const QUrl &url) { m_arxivApi = url; }

    void setArxivRequestInterval(int ms) { m_arxivIntervalMs = ms; }

    void setArxivPdfBase(const QUrl &url) { m_pdfBase = url; }

    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    /// True while a download of any kind runs.
    bool isBusy() const;

Q_SIGNALS:
    /// Digests downloaded by URL were imported (the window shows its usual summary).
    void digestsImported(const PaperShelf::Core::ImportReport &report);
    /// arXiv fields were applied or PDF states changed: views should reload.
    void libraryChanged();
    /// A one-line result for the status bar.
    void statusMessage(const QString &message);
    /// The arXiv run finished and its differences (possibly none) are shown.
    void arxivFinished(const PaperShelf::Net::ArxivRunReport &report);
    void pdfsFinished(const PaperShelf::Net::PdfRunReport &report);

private:
    void onArxivFinished(const Net::ArxivRunReport &report);
    void applyChosen(const QList<PaperDifferences> &chosen);
    void onPdfsFinished(const Net::PdfRunReport &report);
    /// `label` gives the progress text in the current language (called again by retranslate()).
    QProgressDialog *makeProgress(std::function<QString()> label, int maximum);
    void setProgressLabel(std::function<QString()> label);
    void closeProgress();
    void updateEnabled();

    QNetworkAccessManager *m_network = nullptr;
    QWidget *m_window = nullptr;
    SelectionProvider m_selection;
    QString m_libraryPath;
    QAction *m_importUrl = nullptr;
    QAction *m_fetchArxiv = nullptr;
    QAction *m_downloadPdf = nullptr;
    QAction *m_openPdf = nullptr;
    Net::DigestFetcher *m_digests = nullptr;
    Net::ArxivClient *m_arxiv = nullptr;
    Net::PdfFetcher *m_pdfs = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::function<QString()> m_progressLabel;
    QUrl m_arxivApi;
    int m_arxivIntervalMs = Net::ArxivClient::DefaultIntervalMs;
    QUrl m_pdfBase = Net::PdfFetcher::defaultArxivPdfBase();
    std::function<bool(const QUrl &)> m_openUrl;
};

} // namespace PaperShelf::Gui
