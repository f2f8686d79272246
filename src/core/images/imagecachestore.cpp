#include "core/images/imagecachestore.h"

#include "core/db/database.h"
#include "core/db/sqlquery.h"
#include "core/search/paperfilter.h"
#include "core/search/papersearch.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <utility>

namespace PaperShelf::Core {

namespace {

// SQLite allows 32,766 host parameters; stay far below.
constexpr qsizetype ChunkSize = 500;

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        marks.append(QStringLiteral("?"));
    }
    return marks.join(QLatin1Char(','));
}

ImageState parseState(const QString &text)
{
    if (text == QLatin1String("cached")) {
        return ImageState::Cached;
    }
    if (text == QLatin1String("failed")) {
        return ImageState::Failed;
    }
    return ImageState::Missing;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

ImageCacheStore::ImageCacheStore(Database &database, QString imageDir)
    : m_db(database.connection())
    , m_imageDir(std::move(imageDir))
{
}

ImageCacheStore::~ImageCacheStore() = default;

QString ImageCacheStore::stateName(ImageState state)
{
    switch (state) {
    case ImageState::Cached:
        return QStringLiteral("cached");
    case ImageState::Failed:
        return QStringLiteral("failed");
    case ImageState::Missing:
        break;
    }
    return QStringLiteral("missing");
}

QString ImageCacheStore::fileNameFor(const QString &url, const QString &extension)
{
    static const QStringList known = {QStringLiteral("png"),
                                      QStringLiteral("jpg"),
                                      QStringLiteral("gif"),
                                      QStringLiteral("webp"),
                                      QStringLiteral("bmp")};
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex());
    return hash + QLatin1Char('.') + (known.contains(extension) ? extension : QStringLiteral("img"));
}

QString ImageCacheStore::pathFor(const QString &fileName) const
{
    static const QRegularExpression plainName(QStringLiteral("^[0-9a-f]{64}\\.(png|jpg|gif|webp|bmp|img)$"));
    if (!plainName.match(fileName).hasMatch()) {
        return QString();
    }
    return QDir(m_imageDir).filePath(fileName);
}

Result<QUrl> ImageCacheStore::resolve(const QString &url, const QString &digestSource)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (url.trimmed().isEmpty() || !parsed.isValid()) {
        return Error{QStringLiteral("invalid URL")};
    }
    QUrl target = parsed;
    if (parsed.isRelative()) {
        const QUrl base(digestSource, QUrl::StrictMode);
        const QString baseScheme = base.scheme().toLower();
        if (!base.isValid() || (baseScheme != QLatin1String("http") && baseScheme != QLatin1String("https"))) {
            return Error{QStringLiteral("unresolvable: relative URL and the digest's source is not a URL")};
        }
        target = base.resolved(parsed);
    }
    const QString scheme = target.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        return Error{QStringLiteral("unsupported URL scheme: %1").arg(scheme)};
    }
    if (target.host().isEmpty()) {
        return Error{QStringLiteral("invalid URL: no host")};
    }
    return target;
}

Result<ImageWorkList> ImageCacheStore::workForPapers(const QList<qint64> &paperIds, const WorkOptions &options)
{
    QList<Candidate> candidates;
    for (qsizetype start = 0; start < paperIds.size(); start += ChunkSize) {
        const QList<qint64> chunk = paperIds.mid(start, ChunkSize);
        // The digest of the paper's current entry gives relative URLs their base.
        SqlQuery query(m_db,
                       QStringLiteral("SELECT s.paper_id, s.url, COALESCE(d.source, '') FROM screenshots s"
                                      " JOIN papers p ON p.id = s.paper_id"
                                      " LEFT JOIN entries e ON e.id = p.current_entry_id"
                                      " LEFT JOIN digests d ON d.id = e.digest_id"
                                      " WHERE s.paper_id IN (%1) ORDER BY s.paper_id, s.position")
                           .arg(placeholders(chunk.size())));
        for (const qint64 id : chunk) {
            query.add(id);
        }
        if (Result<void> run = query.exec(); !run) {
            return run.error();
        }
        QHash<qint64, QList<Candidate>> byPaper;
        while (query.next()) {
            byPaper[query.value(0).toLongLong()].append({query.value(1).toString(), query.value(2).toString()});
        }
        for (const qint64 id : chunk) {
            candidates += byPaper.value(id);
        }
    }
    return plan(candidates, options);
}

Result<ImageWorkList> ImageCacheStore::workForFilter(const PaperFilter &filter, const WorkOptions &options)
{
    PaperSearch search(m_db);
    const Result<QList<qint64>> ids = search.ids(filter, std::nullopt);
    if (!ids) {
        return ids.error();
    }
    return workForPapers(*ids, options);
}

Result<ImageWorkList> ImageCacheStore::workForPapersChangedSince(const QDateTime &since, const WorkOptions &options)
{
    // updated_at is ISO 8601 UTC text, so text order is time order.
    SqlQuery query(m_db, QStringLiteral("SELECT id FROM papers WHERE updated_at >= ? ORDER BY latest_date DESC, id"));
    query.add(since.toUTC().toString(Qt::ISODate));
    if (Result<void> run = query.exec(); !run) {
        return run.error();
    }
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return workForPapers(ids, options);
}

Result<ImageWorkList> ImageCacheStore::workForLibrary(const WorkOptions &options)
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT s.url, COALESCE(d.source, '') FROM screenshots s"
                                  " JOIN papers p ON p.id = s.paper_id"
                                  " LEFT JOIN entries e ON e.id = p.current_entry_id"
                                  " LEFT JOIN digests d ON d.id = e.digest_id"
                                  " ORDER BY p.latest_date DESC, s.paper_id, s.position"));
    if (Result<void> run = query.exec(); !run) {
        return run.error();
    }
    QList<Candidate> candidates;
    while (query.next()) {
        candidates.append({query.value(0).toString(), query.value(1).toString()});
    }
    return plan(candidates, options);
}

Result<ImageWorkList> ImageCacheStore::workForUrls(const QStringList &urls, const WorkOptions &options)
{
    // A URL may belong to several papers; any URL source resolves a relative one.
    QList<Candidate> candidates;
    for (qsizetype start = 0; start < urls.size(); start += ChunkSize) {
        const QStringList chunk = urls.mid(start, ChunkSize);
        SqlQuery query(m_db,
                       QStringLiteral("SELECT s.url, MAX(COALESCE(d.source, '')) FROM screenshots s"
                                      " JOIN papers p ON p.id = s.paper_id"
                                      " LEFT JOIN entries e ON e.id = p.current_entry_id"
                                      " LEFT JOIN digests d ON d.id = e.digest_id"
                                      " WHERE s.url IN (%1) GROUP BY s.url")
                           .arg(placeholders(chunk.size())));
        for (const QString &url : chunk) {
            query.add(url);
        }
        if (Result<void> run = query.exec(); !run) {
            return run.error();
        }
        QHash<QString, QString> sources;
        while (query.next()) {
            sources.insert(query.value(0).toString(), query.value(1).toString());
        }
        for (const QString &url : chunk) {
            candidates.append({url, sources.value(url)});
        }
    }
    WorkOptions retry = options;
    retry.retryFailed = true; // asking for a URL by name is the request to retry it
    return plan(candidates, retry);
}

Result<ImageWorkList> ImageCacheStore::plan(const QList<Candidate> &candidates, const WorkOptions &options)
{
    QStringList urls;
    QSet<QString> seen;
    QList<Candidate> unique;
    for (const Candidate &candidate : candidates) {
        if (!seen.contains(candidate.url)) {
            seen.insert(candidate.url);
            urls.append(candidate.url);
            unique.append(candidate);
        }
    }
    const Result<QHash<QString, ImageCacheEntry>> known = entries(urls);
    if (!known) {
        return known.error();
    }
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    ImageWorkList work;
    work.requested = static_cast<int>(unique.size());
    for (const Candidate &candidate : std::as_const(unique)) {
        const ImageCacheEntry entry = known->value(candidate.url);
        if (entry.state == ImageState::Cached) {
            const QString path = pathFor(entry.file);
            if (!path.isEmpty() && QFileInfo::exists(path)) {
                ++work.cachedAlready;
                continue;
            }
        }
        if (entry.state == ImageState::Failed && !options.retryFailed && entry.fetchedAt.isValid()
            && entry.fetchedAt.secsTo(now) < options.coolDown.count()) {
            ++work.failedRecently;
            continue;
        }
        const Result<QUrl> target = resolve(candidate.url, candidate.digestSource);
        if (!target) {
            ImageOutcome failed;
            failed.url = candidate.url;
            failed.error = target.error().message;
            work.unfetchable.append(failed);
            continue;
        }
        work.jobs.append({candidate.url, *target});
    }
    if (!work.unfetchable.isEmpty()) {
        if (Result<void> recorded = record(work.unfetchable); !recorded) {
            return recorded.error();
        }
    }
    return work;
}

Result<void> ImageCacheStore::recordCached(const QString &url, const QString &file, qint64 bytes, int width, int height)
{
    ImageOutcome outcome;
    outcome.url = url;
    outcome.ok = true;
    outcome.file = file;
    outcome.bytes = bytes;
    outcome.width = width;
    outcome.height = height;
    return record({outcome});
}

Result<void> ImageCacheStore::recordFailed(const QString &url, const QString &error)
{
    ImageOutcome outcome;
    outcome.url = url;
    outcome.error = error;
    return record({outcome});
}

Result<void> ImageCacheStore::record(const QList<ImageOutcome> &outcomes)
{
    if (outcomes.isEmpty()) {
        return {};
    }
    Transaction transaction(m_db);
    if (Result<void> begun = transaction.begin(); !begun) {
        return begun;
    }
    const QString now = nowText();
    StatementCache statements(m_db);
    for (const ImageOutcome &outcome : outcomes) {
        SqlQuery query(statements,
                       QStringLiteral(
                           "INSERT INTO image_cache(url, state, file, bytes, width, height, error, fetched_at)"
                           " VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET"
                           " state = excluded.state, file = excluded.file, bytes = excluded.bytes,"
                           " width = excluded.width, height = excluded.height, error = excluded.error,"
                           " fetched_at = excluded.fetched_at"));
        query.add(outcome.url).add(stateName(outcome.ok ? ImageState::Cached : ImageState::Failed));
        if (outcome.ok) {
            query.add(outcome.file).add(outcome.bytes).add(outcome.width).add(outcome.height).add(QVariant());
        } else {
            query.add(QVariant()).add(QVariant()).add(QVariant()).add(QVariant()).add(outcome.error);
        }
        query.add(now);
        if (Result<void> run = query.exec(); !run) {
            return run;
        }
    }
    return transaction.commit();
}

Result<QHash<QString, ImageCacheEntry>> ImageCacheStore::entries(const QStringList &urls)
{
    QHash<QString, ImageCacheEntry> found;
    for (qsizetype start = 0; start < urls.size(); start += ChunkSize) {
        const QStringList chunk = urls.mid(start, ChunkSize);
        SqlQuery query(m_db,
                       QStringLiteral("SELECT url, state, file, bytes, width, height, error, fetched_at"
                                      " FROM image_cache WHERE url IN (%1)")
                           .arg(placeholders(chunk.size())));
        for (const QString &url : chunk) {
            query.add(url);
        }
        if (Result<void> run = query.exec(); !run) {
            return run.error();
        }
        while (query.next()) {
            ImageCacheEntry entry;
            entry.url = query.value(0).toString();
            entry.state = parseState(query.value(1).toString());
            entry.file = query.value(2).toString();
            entry.bytes = query.value(3).toLongLong();
            entry.width = query.value(4).toInt();
            entry.height = query.value(5).toInt();
            entry.error = query.value(6).toString();
            entry.fetchedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
            found.insert(entry.url, entry);
        }
    }
    for (const QString &url : urls) {
        if (!found.contains(url)) {
            ImageCacheEntry missing;
            missing.url = url;
            found.insert(url, missing);
        }
    }
    return found;
}

Result<ImageCacheEntry> ImageCacheStore::entry(const QString &url)
{
    const Result<QHash<QString, ImageCacheEntry>> found = entries({url});
    if (!found) {
        return found.error();
    }
    return found->value(url);
}

Result<QHash<ImageState, int>> ImageCacheStore::stateCounts()
{
    SqlQuery query(m_db, QStringLiteral("SELECT state, COUNT(*) FROM image_cache GROUP BY state"));
    if (Result<void> run = query.exec(); !run) {
        return run.error();
    }
    QHash<ImageState, int> counts;
    while (query.next()) {
        counts.insert(parseState(query.value(0).toString()), query.value(1).toInt());
    }
    return counts;
}

} // namespace PaperShelf::Core
