#pragma once

#include "net/download.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace PaperShelf::Net {

/// One paper whose PDF to download.
struct PdfRequest
{
    qint64 paperRowId = 0;
    QString paperId; ///< public id; also names the cached file
    QUrl url;
};

/// The outcome for one paper.
struct PdfResult
{
    qint64 paperRowId = 0;
    QString paperId;
    QUrl url;
    QString file; ///< absolute path of the cached PDF; "" on failure
    qint64 bytes = 0;
    QString error; ///< "" on success
};

struct PdfRunReport
{
    QList<PdfResult> papers; ///< in request order
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    bool cancelled = false;
};

/// Downloads papers' PDFs into the library's PDF folder (LibraryPaths::pdfDir),
/// one at a time. A body must start with "%PDF-"; anything else (an HTML page,
/// an error) is refused and leaves no file, because files are written through
/// QSaveFile and committed only when complete. Every outcome is recorded in
/// `pdf_cache` (on a pool thread, its own connection) before the next download.
class PdfFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfFetcher)

public:
    static constexpr qint64 MaxPdfBytes = 100LL * 1024 * 1024;

    PdfFetcher(QNetworkAccessManager *network, QString libraryPath, QObject *parent = nullptr);
    ~PdfFetcher() override;

    void setDownloadOptions(const DownloadOptions &options) { m_options = options; }

    /// The PDF URL of a paper: `<arxivPdfBase>/<id>v<version>` for an arXiv
    /// paper, else the digest's PDF link when it is http(s); invalid when none.
    static QUrl pdfUrl(const QString &arxivId, int version, const QString &digestPdfUrl, const QUrl &arxivPdfBase);
    /// The cache file name of a paper: its id with anything but [A-Za-z0-9._-]
    /// replaced, plus ".pdf"; never a path outside the folder.
    static QString fileName(const QString &paperId);
    /// The default arXiv PDF base, https://arxiv.org/pdf/.
    static QUrl defaultArxivPdfBase();

    bool fetch(const QList<PdfRequest> &requests);
    void cancel();

    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressed(int done, int total);
    void finished(const PaperShelf::Net::PdfRunReport &report);

private:
    void downloadNext();
    void onDownloaded(const DownloadResult &result);
    void finish();

    QNetworkAccessManager *m_network = nullptr;
    QString m_libraryPath;
    QString m_pdfDir;
    DownloadOptions m_options;
    QList<PdfRequest> m_requests;
    PdfRunReport m_report;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
    Download *m_current = nullptr;
    QElapsedTimer m_runTimer;
    QFutureWatcher<QString> m_record;
};

} // namespace PaperShelf::Net
