#include "gui/thumbnailer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QLoggingCategory>
#include <QTemporaryFile>

#include <algorithm>

namespace PaperShelf::Gui {

Q_LOGGING_CATEGORY(lcThumbnailer, "papershelf.gui.thumbnailer")

namespace {

constexpr int PoolThreads = 2;
// Tasks handed to the pool at once: one waiting per thread, so a thread that
// finishes starts the next image without waiting for the GUI thread to hand it
// over. Small, so that newer requests still go first.
constexpr int InFlight = 2 * PoolThreads;

} // namespace

Thumbnailer::Thumbnailer(QString thumbnailDir, QObject *parent)
    : QObject(parent)
    , m_thumbnailDir(std::move(thumbnailDir))
{
    m_pool.setMaxThreadCount(PoolThreads);
    m_memory.setMaxCost(DefaultMemoryBudget);
}

Thumbnailer::~Thumbnailer()
{
    m_destroying = true;
    m_queue.clear();
    m_pool.waitForDone();
}

QString Thumbnailer::key(const QString &path, QSize size)
{
    return QString::number(size.width()) + QLatin1Char('x') + QString::number(size.height()) + QLatin1Char('|') + path;
}

QImage Thumbnailer::cached(const QString &path, QSize size) const
{
    const QImage *image = m_memory.object(key(path, size));
    return image ? *image : QImage();
}

void Thumbnailer::request(const QString &path, QSize size)
{
    const QString requestKey = key(path, size);
    if (m_memory.contains(requestKey)) {
        return;
    }
    if (m_known.contains(requestKey)) {
        if (!m_known.value(requestKey)) {
            // Still queued: move it to the front of the line (the back of the list).
            for (int i = static_cast<int>(m_queue.size()) - 1; i >= 0; --i) {
                if (m_queue.at(i).key == requestKey) {
                    m_queue.append(m_queue.takeAt(i));
                    break;
                }
            }
        }
        return;
    }
    m_known.insert(requestKey, false);
    m_queue.append(Request{path, size, requestKey});
    startNext();
}

void Thumbnailer::clearQueue()
{
    for (const Request &request : std::as_const(m_queue)) {
        m_known.remove(request.key);
    }
    m_queue.clear();
}

void Thumbnailer::invalidate(const QString &path)
{
    const QStringList keys = m_keysByPath.take(path);
    for (const QString &k : keys) {
        m_memory.remove(k);
    }
}

void Thumbnailer::startNext()
{
    while (m_running < InFlight && !m_queue.isEmpty()) {
        const Request request = m_queue.takeLast();
        m_known.insert(request.key, true);
        ++m_running;
        // The destructor waits for the pool, so `this` outlives every task; results
        // posted after that are dropped with the object's pending events.
        m_pool.start([this, request, dir = m_thumbnailDir]() {
            Outcome outcome = produce(request, dir);
            QMetaObject::invokeMethod(
                this,
                [this, request, outcome = std::move(outcome)]() {
                finish(request, outcome);
                },
                Qt::QueuedConnection);
        });
    }
}

void Thumbnailer::finish(const Request &request, const Outcome &outcome)
{
    --m_running;
    m_known.remove(request.key);
    if (m_destroying) {
        return;
    }
    if (outcome.image.isNull()) {
        qCDebug(lcThumbnailer) << "no thumbnail for" << request.path << outcome.error;
        Q_EMIT thumbnailFailed(request.key, outcome.error);
    } else {
        if (outcome.fromDisk) {
            ++m_diskHits;
        } else {
            ++m_decoded;
        }
        const auto cost = static_cast<qsizetype>(outcome.image.sizeInBytes());
        if (m_memory.insert(request.key, new QImage(outcome.image), cost)) {
            QStringList &keys = m_keysByPath[request.path];
            if (!keys.contains(request.key)) {
                keys.append(request.key);
            }
        }
        Q_EMIT thumbnailReady(request.key, outcome.image);
    }
    startNext();
}

// Runs on a pool thread: reads only the file system and the image, touches no member.
Thumbnailer::Outcome Thumbnailer::produce(const Request &request, const QString &thumbnailDir)
{
    Outcome outcome;
    const QFileInfo info(request.path);
    if (!info.isFile()) {
        outcome.error = tr("The image file is missing.");
        return outcome;
    }
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(info.absoluteFilePath().toUtf8());
    hash.addData(QStringLiteral("|%1x%2|%3|%4")
                     .arg(request.size.width())
                     .arg(request.size.height())
                     .arg(info.lastModified().toMSecsSinceEpoch())
                     .arg(info.size())
                     .toUtf8());
    const QString diskFile = QDir(thumbnailDir).filePath(QString::fromLatin1(hash.result().toHex()) + u".png");

    if (QFileInfo::exists(diskFile)) {
        QImageReader cachedReader(diskFile, "png");
        outcome.image = cachedReader.read();
        if (!outcome.image.isNull()) {
            outcome.fromDisk = true;
            return outcome;
        }
    }

    QImageReader reader(request.path);
    reader.setAutoTransform(true);
    const QSize original = reader.size();
    if (!original.isValid()) {
        outcome.error = tr("Not a readable image: %1").arg(reader.errorString());
        return outcome;
    }
    QSize scaled = original;
    if (original.width() > request.size.width() || original.height() > request.size.height()) {
        scaled = original.scaled(request.size, Qt::KeepAspectRatio);
    }
    scaled = scaled.expandedTo(QSize(1, 1));
    if (reader.format() == "jpeg" && scaled != original) {
        // JPEG decodes at 1/2, 1/4 or 1/8 in the DCT (Qt does so below quality 50);
        // decode at the smallest such size not below the thumbnail, then smooth-scale
        // that small image. Qt's own path would finish with a nearest-pixel scale.
        int denominator = std::min(original.width() / scaled.width(), original.height() / scaled.height());
        denominator = denominator >= 8 ? 8 : denominator >= 4 ? 4 : denominator >= 2 ? 2 : 1;
        const QSize decoded((original.width() + denominator - 1) / denominator,
                            (original.height() + denominator - 1) / denominator);
        reader.setQuality(49);
        reader.setScaledSize(decoded);
        outcome.image = reader.read();
        QSize wanted = scaled;
        if ((outcome.image.width() > outcome.image.height()) != (decoded.width() > decoded.height())) {
            wanted.transpose(); // turned by its EXIF orientation
        }
        if (!outcome.image.isNull() && outcome.image.size() != wanted) {
            outcome.image = outcome.image.scaled(wanted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        }
    } else {
        reader.setScaledSize(scaled);
        outcome.image = reader.read();
    }
    if (outcome.image.isNull()) {
        outcome.error = tr("The image cannot be decoded: %1").arg(reader.errorString());
        return outcome;
    }
    if (QDir().mkpath(thumbnailDir)) {
        // A temporary file renamed into place: never a half-written thumbnail. No
        // QSaveFile: its fdatasync per file cost more than the decoding, and a
        // thumbnail lost in a crash is simply made again.
        QTemporaryFile file(QDir(thumbnailDir).filePath(QStringLiteral("XXXXXX.part")));
        if (file.open()) {
            QImageWriter writer(&file, "png");
            writer.setCompression(1); // fast: thumbnails are small and rewritten rarely
            if (writer.write(outcome.image) && file.flush() && file.rename(diskFile)) {
                file.setAutoRemove(false);
            }
        }
    }
    return outcome;
}

} // namespace PaperShelf::Gui
