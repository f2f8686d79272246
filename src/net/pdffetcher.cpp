#include "net/pdffetcher.h"

#include "core/db/database.h"
#include "core/db/pdfcachestore.h"
#include "core/util/librarypaths.h"

#include <QDir>
#include <QtConcurrent>

namespace PaperShelf::Net {

PdfFetcher::PdfFetcher(QNetworkAccessManager *network, QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_libraryPath(std::move(libraryPath))
    , m_pdfDir(Core::LibraryPaths(m_libraryPath).pdfDir())
{
    m_options.maxBytes = MaxPdfBytes;
    m_options.deadlineMs = 300'000;
    connect(&m_record, &QFutureWatcher<QString>::finished, this, [this]() {
        PdfResult &paper = m_report.papers.last();
        if (const QString error = m_record.result(); !error.isEmpty() && paper.error.isEmpty()) {
            paper.error = tr("downloaded, but the library was not updated: %1").arg(error);
        }
        Q_EMIT progressed(m_next, static_cast<int>(m_requests.size()));
        downloadNext();
    });
}

PdfFetcher::~PdfFetcher()
{
    m_record.waitForFinished();
}

QUrl PdfFetcher::defaultArxivPdfBase()
{
    return QUrl(QStringLiteral("https://arxiv.org/pdf/"));
}

QUrl PdfFetcher::pdfUrl(const QString &arxivId, int version, const QString &digestPdfUrl, const QUrl &arxivPdfBase)
{
    if (!arxivId.isEmpty()) {
        const QString id = version > 0 ? QStringLiteral("%1v%2").arg(arxivId, QString::number(version)) : arxivId;
        QString base = arxivPdfBase.toString();
        if (!base.endsWith(QLatin1Char('/'))) {
            base.append(QLatin1Char('/'));
        }
        return QUrl(base + id);
    }
    const QUrl link(digestPdfUrl.trimmed());
    if (link.isValid() && (link.scheme() == QLatin1String("http") || link.scheme() == QLatin1String("https"))) {
        return link;
    }
    return QUrl();
}

QString PdfFetcher::fileName(const QString &paperId)
{
    QString name;
    for (const QChar c : paperId) {
        const bool safe = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                       || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                       || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
                       || c == QLatin1Char('_') || c == QLatin1Char('.');
        name.append(safe ? c : QLatin1Char('_'));
    }
    // A name of dots only would be "." or ".."; the leading character is never a dot.
    if (name.isEmpty() || name.startsWith(QLatin1Char('.'))) {
        name.prepend(QLatin1Char('_'));
    }
    return name + QStringLiteral(".pdf");
}

bool PdfFetcher::fetch(const QList<PdfRequest> &requests)
{
    if (m_running) {
        return false;
    }
    m_running = true;
    m_cancelled = false;
    m_requests = requests;
    m_report = PdfRunReport();
    m_next = 0;
    m_runTimer.start();
    QMetaObject::invokeMethod(this, &PdfFetcher::downloadNext, Qt::QueuedConnection);
    return true;
}

void PdfFetcher::cancel()
{
    m_cancelled = true;
    if (m_current) {
        m_current->abort();
    }
}

void PdfFetcher::downloadNext()
{
    if (m_cancelled || m_next >= m_requests.size()) {
        finish();
        return;
    }
    const PdfRequest &request = m_requests.at(m_next++);
    if (!request.url.isValid()) {
        m_report.papers.append({request.paperRowId, request.paperId, request.url, QString(), 0, tr("no PDF link")});
        QMetaObject::invokeMethod(this, &PdfFetcher::downloadNext, Qt::QueuedConnection);
        return;
    }
    DownloadOptions options = m_options;
    options.saveTo = QDir(m_pdfDir).filePath(fileName(request.paperId));
    options.sniffBytes = 5;
    options.validateHead = [](const QByteArray &head) {
        return head.startsWith("%PDF-") ? QString() : tr("not a PDF (the file does not start with %PDF-)");
    };
    m_current = new Download(m_network, request.url, options, this);
    connect(m_current, &Download::finished, this, &PdfFetcher::onDownloaded);
    m_current->start();
}

void PdfFetcher::onDownloaded(const DownloadResult &result)
{
    m_current->deleteLater();
    m_current = nullptr;
    const PdfRequest &request = m_requests.at(m_next - 1);
    PdfResult paper{request.paperRowId, request.paperId, request.url, QString(), 0, result.error};
    Core::PdfCacheEntry entry;
    entry.paperRowId = request.paperRowId;
    entry.url = request.url.toString();
    entry.fetchedAt = QDateTime::currentDateTimeUtc();
    if (result.ok()) {
        paper.file = QDir(m_pdfDir).filePath(fileName(request.paperId));
        paper.bytes = result.bytes;
        m_report.bytes += result.bytes;
        entry.state = Core::PdfState::Cached;
        entry.file = fileName(request.paperId);
        entry.bytes = result.bytes;
    } else {
        entry.state = Core::PdfState::Failed;
        entry.error = result.error;
    }
    m_report.papers.append(paper);
    const QString libraryPath = m_libraryPath;
    m_record.setFuture(QtConcurrent::run([libraryPath, entry]() -> QString {
        Core::Result<std::unique_ptr<Core::Database>> database = Core::Database::open(libraryPath);
        if (!database) {
            return database.errorMessage();
        }
        return Core::PdfCacheStore((*database)->connection()).record(entry).errorMessage();
    }));
}

void PdfFetcher::finish()
{
    for (int i = static_cast<int>(m_report.papers.size()); i < m_requests.size(); ++i) {
        const PdfRequest &request = m_requests.at(i);
        m_report.papers.append({request.paperRowId, request.paperId, request.url, QString(), 0, tr("cancelled")});
    }
    m_report.cancelled = m_cancelled;
    m_report.elapsedMs = m_runTimer.elapsed();
    m_running = false;
    Q_EMIT finished(m_report);
}

} // namespace PaperShelf::Net
