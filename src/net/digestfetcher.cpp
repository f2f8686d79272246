#include "net/digestfetcher.h"

#include "core/db/database.h"
#include "core/import/importer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtConcurrent>

namespace PaperShelf::Net {

DigestFetcher::DigestFetcher(QNetworkAccessManager *network, QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_libraryPath(std::move(libraryPath))
{
    m_options.maxBytes = MaxDigestBytes;
    connect(&m_watcher, &QFutureWatcher<Core::ImportReport>::finished, this, [this]() {
        Core::ImportReport report = m_watcher.result();
        m_folder.reset();
        m_running = false;
        Q_EMIT finished(report);
    });
}

DigestFetcher::~DigestFetcher()
{
    // The pool thread reads files from m_folder: let it finish first.
    m_watcher.waitForFinished();
}

QString DigestFetcher::rejectReason(const DownloadResult &result)
{
    if (result.contentType.startsWith(QLatin1String("text/html"), Qt::CaseInsensitive)) {
        return tr("the server sent an HTML page, not a Markdown digest");
    }
    const QByteArray head = result.body.left(512).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
        return tr("the server sent an HTML page, not a Markdown digest");
    }
    if (head.isEmpty()) {
        return tr("the server sent an empty body");
    }
    return QString();
}

bool DigestFetcher::fetch(const QList<QUrl> &urls)
{
    if (m_running) {
        return false;
    }
    m_running = true;
    m_cancelled = false;
    m_queue = urls;
    m_total = static_cast<int>(urls.size());
    m_files.clear();
    m_failures.clear();
    m_folder = std::make_unique<QTemporaryDir>();
    downloadNext();
    return true;
}

void DigestFetcher::cancel()
{
    m_cancelled = true;
    if (m_current) {
        m_current->abort();
    }
}

void DigestFetcher::downloadNext()
{
    if (m_queue.isEmpty() || m_cancelled) {
        importDownloaded();
        return;
    }
    const QUrl url = m_queue.takeFirst();
    Q_EMIT progressed(m_total - static_cast<int>(m_queue.size()) - 1, m_total, url);
    DownloadOptions options = m_options;
    options.saveTo.clear(); // digests are small: kept in memory, checked, then written
    m_current = new Download(m_network, url, options, this);
    connect(m_current, &Download::finished, this, &DigestFetcher::onDownloaded);
    m_current->start();
}

void DigestFetcher::onDownloaded(const DownloadResult &result)
{
    m_current->deleteLater();
    m_current = nullptr;
    const QString display = result.url.toString();
    QString error = result.ok() ? rejectReason(result) : result.error;
    if (error.isEmpty()) {
        const QString path = m_folder->filePath(QStringLiteral("digest-%1.md").arg(m_files.size()));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(result.body) != result.body.size()) {
            error = tr("cannot write a temporary file: %1").arg(file.errorString());
        } else {
            m_files.append({path, display});
        }
    }
    if (!error.isEmpty()) {
        m_failures.append({display, error});
    }
    downloadNext();
}

void DigestFetcher::importDownloaded()
{
    QList<Core::Importer::DownloadedDigest> digests;
    for (const auto &[path, url] : std::as_const(m_files)) {
        digests.append({path, url});
    }
    const QString libraryPath = m_libraryPath;
    const QList<Core::ImportReport::Failure> failures = m_failures;
    const bool cancelled = m_cancelled;
    m_watcher.setFuture(QtConcurrent::run([libraryPath, digests, failures, cancelled]() {
        Core::ImportReport report;
        if (!digests.isEmpty()) {
            Core::Result<std::unique_ptr<Core::Database>> database = Core::Database::open(libraryPath);
            if (!database) {
                report.errors.append({libraryPath, database.errorMessage()});
            } else {
                Core::Importer importer(**database);
                report = importer.importDownloaded(digests);
                importer.checkpoint();
            }
        }
        // Failed downloads were looked at too: they count as files in error.
        report.files += static_cast<int>(failures.size());
        report.errors = failures + report.errors;
        report.cancelled = report.cancelled || cancelled;
        return report;
    }));
}

} // namespace PaperShelf::Net
