#pragma once

#include "core/util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <chrono>

namespace PaperShelf::Core {

class Database;
struct PaperFilter;

/// Cache state of one screenshot URL (image_cache.state).
enum class ImageState {
    Missing,
    Cached,
    Failed
};

/// One screenshot to download. `url` is the text stored with the paper (the cache
/// key); `fetchUrl` is what to request: `url` itself, or resolved against the
/// digest's source when the stored URL is relative.
struct ImageJob
{
    QString url;
    QUrl fetchUrl;
};

/// What the library knows about one screenshot URL.
struct ImageCacheEntry
{
    QString url;
    ImageState state = ImageState::Missing;
    QString file; ///< relative to the image folder; empty unless cached
    qint64 bytes = 0;
    int width = 0;
    int height = 0;
    QString error; ///< why the last attempt failed; empty unless failed
    QDateTime fetchedAt;
};

/// The outcome of one download, as the fetcher hands it over for recording.
struct ImageOutcome
{
    QString url;
    bool ok = false;
    QString file; ///< when ok: file name inside the image folder
    qint64 bytes = 0;
    int width = 0;
    int height = 0;
    QString error; ///< when not ok
};

/// Which screenshots need work, and why the others do not.
struct ImageWorkList
{
    QList<ImageJob> jobs;
    int requested = 0;      ///< distinct screenshot URLs considered
    int cachedAlready = 0;  ///< cached and the file is still there
    int failedRecently = 0; ///< failed within the cool-down (skipped)
    /// URLs that cannot be fetched at all (relative without a URL source, or not
    /// http/https); they are recorded as failed with this error.
    QList<ImageOutcome> unfetchable;
};

/// Cache state of screenshots in one library (the image_cache table) and the names
/// of their files in the image folder (LibraryPaths::imageDir()).
///
/// Files are named by the SHA-256 of the URL plus an extension from a fixed list,
/// so no URL can name a path outside the folder. Uses the Database's connection,
/// so it belongs to the thread that opened the Database.
class ImageCacheStore final
{
    Q_DISABLE_COPY_MOVE(ImageCacheStore)

public:
    /// How work lists treat failed URLs; `now` is a seam for tests (null: the clock).
    struct WorkOptions
    {
        bool retryFailed = false;
        std::chrono::seconds coolDown = std::chrono::hours(24);
        QDateTime now;
    };

    ImageCacheStore(Database &database, QString imageDir);
    ~ImageCacheStore();

    const QString &imageDir() const { return m_imageDir; }

    /// Screenshots of the given papers (papers.id), in paper then position order.
    Result<ImageWorkList> workForPapers(const QList<qint64> &paperIds, const WorkOptions &options);
    /// Screenshots of every paper that matches `filter`.
    Result<ImageWorkList> workForFilter(const PaperFilter &filter, const WorkOptions &options);
    /// Screenshots of papers added or changed at or after `since` (an import's papers).
    Result<ImageWorkList> workForPapersChangedSince(const QDateTime &since, const WorkOptions &options);
    /// Screenshots of the whole library.
    Result<ImageWorkList> workForLibrary(const WorkOptions &options);
    /// Exactly these screenshot URLs (e.g. a retry from a view); cached ones are skipped.
    Result<ImageWorkList> workForUrls(const QStringList &urls, const WorkOptions &options);

    Result<void> recordCached(const QString &url, const QString &file, qint64 bytes, int width, int height);
    Result<void> recordFailed(const QString &url, const QString &error);
    /// Records many outcomes in one transaction (what the fetcher does, in batches).
    Result<void> record(const QList<ImageOutcome> &outcomes);

    /// The state of each URL (Missing for URLs the cache has never seen).
    Result<QHash<QString, ImageCacheEntry>> entries(const QStringList &urls);
    Result<ImageCacheEntry> entry(const QString &url);
    /// Count of image_cache rows per state (for status displays and tests).
    Result<QHash<ImageState, int>> stateCounts();

    /// "<sha256(url) hex>.<extension>"; `extension` must be one of png, jpg, gif,
    /// webp, bmp (anything else becomes "img").
    static QString fileNameFor(const QString &url, const QString &extension);
    /// The absolute path of a cache file name, or empty when `fileName` is not a
    /// plain name as fileNameFor() makes them (a tampered row must not reach outside).
    QString pathFor(const QString &fileName) const;

    static QString stateName(ImageState state);
    /// What to request for the screenshot `url` of a digest read from `digestSource`
    /// (a relative path or a URL): absolute http(s) URLs as they are, relative ones
    /// resolved against a URL source; an error for everything else.
    static Result<QUrl> resolve(const QString &url, const QString &digestSource);

private:
    struct Candidate
    {
        QString url;
        QString digestSource;
    };

    Result<ImageWorkList> plan(const QList<Candidate> &candidates, const WorkOptions &options);

    QSqlDatabase m_db;
    QString m_imageDir;
};

} // namespace PaperShelf::Core
