#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSize>
#include <QString>
#include <QThreadPool>

namespace PaperShelf::Gui {

/// Makes thumbnails of cached images off the GUI thread and keeps them.
///
/// One instance is shared by every view of a library (figure strip, gallery).
/// Requests go to a pool of two threads, newest first: views ask for what is
/// visible when they paint, so after a fast scroll the rows now on screen are
/// served before the ones scrolled past. Each image is decoded at its
/// thumbnail size (QImageReader::setScaledSize), never fully decoded and then
/// scaled. Results are written to a disk cache in `thumbnailDir`, named by a
/// hash of the absolute path, the size and the file's modification time, and
/// kept in memory in a QCache whose cost is bytes (memoryBudget()).
class Thumbnailer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Thumbnailer)

public:
    static constexpr qint64 DefaultMemoryBudget = 64LL * 1024 * 1024;

    explicit Thumbnailer(QString thumbnailDir, QObject *parent = nullptr);
    ~Thumbnailer() override;

    /// The key thumbnailReady() and thumbnailFailed() carry for `path` at `size`.
    static QString key(const QString &path, QSize size);

    /// The thumbnail when it is in memory; a null image otherwise.
    QImage cached(const QString &path, QSize size) const;
    /// Queues `path` at `size` (the bounding box; aspect ratio is kept, never
    /// enlarged) unless it is in memory, queued or being made. Newest first.
    void request(const QString &path, QSize size);
    /// Drops queued requests that have not started (e.g. a view was reset).
    void clearQueue();
    /// Forgets the in-memory thumbnails of `path` (its file changed).
    void invalidate(const QString &path);

    qint64 memoryBudget() const { return m_memory.maxCost(); }

    void setMemoryBudget(qint64 bytes) { m_memory.setMaxCost(bytes); }

    /// Bytes of thumbnails held in memory now (never above memoryBudget()).
    qint64 memoryUsed() const { return m_memory.totalCost(); }

    int pendingCount() const { return static_cast<int>(m_queue.size()) + m_running; }

    /// Test and benchmark hooks: thumbnails read from the disk cache / decoded from the image.
    int diskHits() const { return m_diskHits; }

    int decoded() const { return m_decoded; }

Q_SIGNALS:
    void thumbnailReady(const QString &key, const QImage &image);
    /// The image could not be read; `error` says why, in one line.
    void thumbnailFailed(const QString &key, const QString &error);

private:
    struct Request
    {
        QString path;
        QSize size;
        QString key;
    };

    struct Outcome
    {
        QImage image;
        QString error;
        bool fromDisk = false;
    };

    static Outcome produce(const Request &request, const QString &thumbnailDir);
    void startNext();
    void finish(const Request &request, const Outcome &outcome);

    QString m_thumbnailDir;
    QThreadPool m_pool;
    QList<Request> m_queue;       ///< newest last; taken from the back
    QHash<QString, bool> m_known; ///< keys queued or running
    QCache<QString, QImage> m_memory;
    QHash<QString, QStringList> m_keysByPath; ///< for invalidate()
    int m_running = 0;
    int m_diskHits = 0;
    int m_decoded = 0;
    bool m_destroying = false;
};

} // namespace PaperShelf::Gui
