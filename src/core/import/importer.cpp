#include "core/import/importer.h"

#include "core/annotations/highlightstore.h"
#include "core/db/database.h"
#include "core/db/paperwriter.h"
#include "core/digest/digestparser.h"
#include "core/search/searchindex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <future>
#include <optional>

namespace PaperShelf::Core {

Importer::Importer(Database &database)
    : m_database(database)
{
}

QList<Importer::FileTask> Importer::collect(const QStringList &paths, ImportReport &report)
{
    QList<FileTask> tasks;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            report.errors.append({path, QStringLiteral("no such file or folder")});
            continue;
        }
        if (info.isFile()) {
            tasks.append({info.canonicalFilePath(), path, info.fileName(), QString()});
            continue;
        }
        if (!info.isDir()) {
            report.errors.append({path, QStringLiteral("not a regular file or folder")});
            continue;
        }
        const QDir root(info.absoluteFilePath());
        QStringList found;
        QDirIterator it(root.path(),
                        {QStringLiteral("*.md")},
                        QDir::Files | QDir::Readable,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext()) {
            found.append(it.next());
        }
        if (found.isEmpty()) {
            report.skipped.append({path, QStringLiteral("folder contains no .md files")});
            continue;
        }
        std::sort(found.begin(), found.end());
        for (const QString &file : std::as_const(found)) {
            const QString relative = root.relativeFilePath(file);
            tasks.append({QFileInfo(file).canonicalFilePath(), QDir(path).filePath(relative), relative, QString()});
        }
    }
    return tasks;
}

namespace {

// Adds what a committed batch of files contributed to the run's report.
void mergeReport(ImportReport &into, const ImportReport &from)
{
    into.files += from.files;
    into.digests += from.digests;
    into.entries += from.entries;
    into.appearancesAdded += from.appearancesAdded;
    into.screenshots += from.screenshots;
    into.bytes += from.bytes;
    into.skipped += from.skipped;
    into.warnings += from.warnings;
    into.errors += from.errors;
}

} // namespace

ImportReport Importer::importPaths(const QStringList &paths)
{
    ImportReport report;
    const QList<FileTask> tasks = collect(paths, report);
    return importTasks(tasks, std::move(report));
}

ImportReport Importer::importDownloaded(const QList<DownloadedDigest> &digests)
{
    QList<FileTask> tasks;
    for (const DownloadedDigest &digest : digests) {
        tasks.append({digest.localPath, digest.url, digest.url, digest.url});
    }
    return importTasks(tasks, ImportReport());
}

ImportReport Importer::importTasks(const QList<FileTask> &tasks, ImportReport report)
{
    QElapsedTimer timer;
    timer.start();
    QHash<QString, int> outcomes; // paper key -> highest PaperChange seen in this run
    qint64 unindexedBytes = 0;
    PaperWriter writer(m_database.connection());
    // Checkpointing the WAL after every digest rewrote the same pages over and
    // over; during a run the WAL just grows. Afterwards the next write, closing
    // the library or checkpoint() copies it back in one go.
    QSqlQuery tuning(m_database.connection());
    tuning.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));

    // Files are stored in batches: one transaction, a savepoint per file (so a
    // failing file still leaves nothing behind), committed about once a second.
    // A crash loses at most the open batch, whole files only.
    std::optional<Transaction> batch;
    ImportReport batchReport;
    QHash<QString, int> batchOutcomes;
    QStringList batchStored;
    QElapsedTimer batchAge;
    bool stopped = false;
    const auto beginBatch = [&]() {
        batch.emplace(m_database.connection());
        if (auto begun = batch->begin(); !begun) {
            report.errors.append({QString(), begun.errorMessage()});
            batch.reset();
            stopped = true;
            return;
        }
        writer.setInsideBatch(true);
        batchAge.start();
    };
    const auto commitBatch = [&]() {
        if (!batch) {
            return;
        }
        const Result<void> committed = batch->commit();
        batch.reset();
        writer.setInsideBatch(false);
        if (committed) {
            mergeReport(report, batchReport);
            for (auto it = batchOutcomes.cbegin(); it != batchOutcomes.cend(); ++it) {
                int &outcome = outcomes[it.key()];
                outcome = std::max(outcome, it.value());
            }
        } else {
            // Nothing of the batch reached the file: its digests count as failed.
            batchReport.digests = 0;
            batchReport.entries = 0;
            batchReport.appearancesAdded = 0;
            batchReport.screenshots = 0;
            mergeReport(report, batchReport);
            for (const QString &path : std::as_const(batchStored)) {
                report.errors.append({path, QStringLiteral("not saved: %1").arg(committed.errorMessage())});
            }
            writer.discardBatch();
        }
        batchReport = ImportReport();
        batchOutcomes.clear();
        batchStored.clear();
    };

    // Reading and parsing the next file (no database access) overlaps with
    // storing the current one, which must stay on this connection's thread.
    std::future<LoadedFile> next;
    if (!tasks.isEmpty()) {
        next = std::async(std::launch::async, &Importer::load, tasks.first());
    }
    const int total = static_cast<int>(tasks.size());
    for (int i = 0; i < total && !stopped; ++i) {
        if (m_progress) {
            m_progress(i, total, tasks.at(i).displayPath);
        }
        if (m_cancel && m_cancel->load()) {
            report.cancelled = true;
            break;
        }
        LoadedFile loaded = next.get();
        if (i + 1 < tasks.size()) {
            next = std::async(std::launch::async, &Importer::load, tasks.at(i + 1));
        }
        if (!batch) {
            beginBatch();
            if (stopped) {
                break;
            }
        }
        unindexedBytes += loaded.bytes;
        if (store(tasks.at(i), std::move(loaded), writer, batchReport, batchOutcomes)) {
            batchStored.append(tasks.at(i).displayPath);
        }
        if (batchAge.elapsed() >= BatchMilliseconds) {
            commitBatch();
        }
        // Index in large batches (see SearchIndex); bounded so a huge run stays searchable as it goes.
        if (unindexedBytes >= IndexBatchBytes) {
            commitBatch();
            flushIndex(writer, report);
            unindexedBytes = 0;
        }
    }
    if (next.valid()) {
        next.wait(); // a cancelled run still owns the thread parsing ahead
    }
    commitBatch();
    flushIndex(writer, report);
    tuning.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
    if (m_progress && !report.cancelled) {
        m_progress(total, total, QString());
    }
    QStringList updatedKeys;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        if (static_cast<PaperChange>(it.value()) == PaperChange::Updated) {
            updatedKeys.append(it.key());
        }
    }
    reanchorHighlights(updatedKeys, report);
    for (const int outcome : std::as_const(outcomes)) {
        switch (static_cast<PaperChange>(outcome)) {
        case PaperChange::Added:
            ++report.papersAdded;
            break;
        case PaperChange::Updated:
            ++report.papersUpdated;
            break;
        case PaperChange::Unchanged:
            ++report.papersUnchanged;
            break;
        }
    }
    report.elapsedMs = timer.elapsed();
    return report;
}

void Importer::checkpoint()
{
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

void Importer::flushIndex(PaperWriter &writer, ImportReport &report)
{
    const Result<int> flushed = writer.searchIndex().flushPending();
    if (!flushed) {
        report.errors.append({QString(),
                              QStringLiteral("updating the search index failed: %1 (it is retried when the "
                                             "library is next opened)")
                                  .arg(flushed.errorMessage())});
    }
}

void Importer::reanchorHighlights(const QStringList &updatedKeys, ImportReport &report)
{
    if (updatedKeys.isEmpty()) {
        return;
    }
    QList<qint64> highlighted;
    {
        QSqlQuery any(m_database.connection());
        if (!any.exec(QStringLiteral("SELECT 1 FROM highlights LIMIT 1")) || !any.next()) {
            return; // no highlights in the library: nothing to move
        }
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT DISTINCT h.paper_id FROM highlights h JOIN papers p ON p.id = h.paper_id"
                                 " WHERE p.key = ?"));
    for (const QString &key : updatedKeys) {
        query.bindValue(0, key);
        if (query.exec() && query.next()) {
            highlighted.append(query.value(0).toLongLong());
        }
    }
    query.finish();
    if (highlighted.isEmpty()) {
        return;
    }
    const Result<int> moved = HighlightStore(m_database.connection()).reanchor(highlighted);
    if (!moved) {
        report.errors.append(
            {QString(), QStringLiteral("re-anchoring highlights failed: %1").arg(moved.errorMessage())});
    }
}

Importer::LoadedFile Importer::load(const FileTask &task)
{
    LoadedFile loaded;
    QFile file(task.absolutePath);
    if (file.size() > MaxFileBytes) {
        loaded.error = QStringLiteral("file is too large (%1 MB; the limit is %2 MB)")
                           .arg(file.size() / (1024LL * 1024))
                           .arg(MaxFileBytes / (1024LL * 1024));
        return loaded;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error = QStringLiteral("cannot read the file: %1").arg(file.errorString());
        return loaded;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        loaded.error = QStringLiteral("cannot read the file: %1").arg(file.errorString());
        return loaded;
    }
    loaded.bytes = bytes.size();
    loaded.contentHash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
    loaded.digest = DigestParser::parse(bytes, task.identity.isEmpty() ? task.absolutePath : task.identity);
    if (loaded.digest.isDigest) {
        loaded.prepared = PaperWriter::prepare(loaded.digest);
    }
    return loaded;
}

bool Importer::store(const FileTask &task,
                     LoadedFile loaded,
                     PaperWriter &writer,
                     ImportReport &report,
                     QHash<QString, int> &paperOutcomes)
{
    ++report.files;
    if (!loaded.error.isEmpty()) {
        report.errors.append({task.displayPath, loaded.error});
        return false;
    }
    report.bytes += loaded.bytes;
    ParsedDigest &digest = loaded.digest;
    for (const ParseWarning &warning : std::as_const(digest.warnings)) {
        report.warnings.append({task.displayPath, warning.line, warning.message});
    }
    if (!digest.isDigest) {
        report.skipped.append({task.displayPath, digest.skipReason});
        return false;
    }
    if (digest.topic.trimmed().isEmpty()) {
        digest.topic = QFileInfo(task.identity.isEmpty() ? task.absolutePath : QUrl(task.identity).path())
                           .completeBaseName();
        report.warnings.append(
            {task.displayPath,
             0,
             QStringLiteral("no topic (front-matter title); using the file name \"%1\"").arg(digest.topic)});
    }
    if (!digest.date.isValid()) {
        digest.date = QFileInfo(task.absolutePath).lastModified().date();
        report.warnings.append({task.displayPath,
                                0,
                                QStringLiteral("no date in front matter, heading or path; using the file date %1")
                                    .arg(digest.date.toString(Qt::ISODate))});
    }

    DigestSource source;
    source.path = task.identity.isEmpty() ? task.absolutePath : task.identity;
    source.source = task.source;
    source.contentHash = loaded.contentHash;

    const Result<DigestStoreResult> stored = writer.storeDigest(digest, source, &loaded.prepared);
    if (!stored) {
        report.errors.append({task.displayPath, stored.errorMessage()});
        return false;
    }
    ++report.digests;
    report.entries += static_cast<int>(digest.entries.size());
    for (const DigestEntry &entry : std::as_const(digest.entries)) {
        report.screenshots += static_cast<int>(entry.screenshots.size());
    }
    report.appearancesAdded += stored->appearancesAdded;
    for (auto it = stored->papers.cbegin(); it != stored->papers.cend(); ++it) {
        int &outcome = paperOutcomes[it.key()];
        outcome = std::max(outcome, static_cast<int>(it.value()));
    }
    for (const QString &note : stored->notes) {
        report.warnings.append({task.displayPath, 0, note});
    }
    return true;
}

} // namespace PaperShelf::Core
