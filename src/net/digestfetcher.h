#pragma once

#include "core/import/importreport.h"
#include "net/download.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QTemporaryDir;

namespace PaperShelf::Net {

/// Downloads digests by URL, then imports them into a library as files would
/// be imported (Core::Importer::importDownloaded), each recorded under its URL.
/// Downloads run one after the other on the caller's thread; the import runs
/// on a pool thread with its own connection. A page that is HTML, or any failed
/// download, becomes an error in the report and nothing of it is imported.
class DigestFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DigestFetcher)

public:
    /// Digests are Markdown text; anything larger is refused.
    static constexpr qint64 MaxDigestBytes = 16LL * 1024 * 1024;

    DigestFetcher(QNetworkAccessManager *network, QString libraryPath, QObject *parent = nullptr);
    ~DigestFetcher() override;

    /// Limits of each download (saveTo and validation are set by the fetcher).
    void setDownloadOptions(const DownloadOptions &options) { m_options = options; }

    /// Starts a run; false when one is already running.
    bool fetch(const QList<QUrl> &urls);
    /// Stops downloading; digests already downloaded are still imported.
    void cancel();

    bool isRunning() const { return m_running; }

    /// Why `result` is not a digest to import ("" when it may be): HTML pages
    /// (by content type or by their first bytes) and empty bodies are refused.
    static QString rejectReason(const DownloadResult &result);

Q_SIGNALS:
    /// Before each download: (done, total, URL of the next one).
    void progressed(int done, int total, const QUrl &url);
    void finished(const PaperShelf::Core::ImportReport &report);

private:
    void downloadNext();
    void onDownloaded(const DownloadResult &result);
    void importDownloaded();

    QNetworkAccessManager *m_network = nullptr;
    QString m_libraryPath;
    DownloadOptions m_options;
    QList<QUrl> m_queue;
    int m_total = 0;
    bool m_running = false;
    bool m_cancelled = false;
    Download *m_current = nullptr;
    std::unique_ptr<QTemporaryDir> m_folder;
    QList<std::pair<QString, QString>> m_files; ///< (local path, URL)
    QList<Core::ImportReport::Failure> m_failures;
    QFutureWatcher<Core::ImportReport> m_watcher;
};

} // namespace PaperShelf::Net
