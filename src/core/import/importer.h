#pragma once

#include "core/db/paperwriter.h"
#include "core/digest/digestentry.h"
#include "core/import/importreport.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace PaperShelf::Core {

class Database;
class PaperWriter;

/// Imports digest files and folders into a library.
///
/// Folders are walked recursively for `*.md` files (sorted, so runs are
/// repeatable). Each file is read, parsed and stored atomically (a savepoint in
/// a batch transaction committed about once a second): a file that fails leaves
/// no trace and does not affect the files before or after it; a crash loses
/// only whole files of the last second. Runs on the thread that owns `database`; the GUI calls it from a worker
/// thread with its own connection.
class Importer final
{
public:
    /// Called before each file: (files done, files total, path of the next file).
    using Progress = std::function<void(int done, int total, const QString &path)>;

    /// Files larger than this are refused instead of read into memory.
    static constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;
    /// The search index is brought up to date after this much Markdown, and at the end.
    static constexpr qint64 IndexBatchBytes = 16LL * 1024 * 1024;
    /// Files are committed in batches of about this long (see importPaths()).
    static constexpr qint64 BatchMilliseconds = 1000;

    explicit Importer(Database &database);

    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }

    /// When the flag becomes true the run stops after the current file.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    ImportReport importPaths(const QStringList &paths);

    /// A digest already fetched to a local file, recorded under the URL it came from.
    struct DownloadedDigest
    {
        QString localPath; ///< the downloaded bytes (read once, then no longer needed)
        QString url;       ///< identity and source of the digest
    };

    /// Imports downloaded digests as importPaths() imports files, except that each
    /// digest is identified by its URL and the URL is its appearances' source.
    /// Importing the same URL again with the same bytes changes nothing.
    ImportReport importDownloaded(const QList<DownloadedDigest> &digests);

    /// Copies the write-ahead log an import run grew back into the library file
    /// (a PASSIVE checkpoint: never waits for readers). Closing the library does
    /// the same; a GUI calls this on its worker after reporting the result.
    void checkpoint();

    /// One file to import: its path on disk and the path shown to users.
    struct FileTask
    {
        QString absolutePath;
        QString displayPath; ///< as the user named it (argument or argument/relative)
        QString source;      ///< relative to the imported folder (or the file name)
        QString identity;    ///< digests.path when not absolutePath (a downloaded digest's URL)
    };

    /// Expands files and folders into tasks; missing paths become errors in `report`.
    static QList<FileTask> collect(const QStringList &paths, ImportReport &report);

private:
    ImportReport importTasks(const QList<FileTask> &tasks, ImportReport report);

    /// A file read and parsed, ready to store; `error` says why it could not be read.
    struct LoadedFile
    {
        QString error;
        qint64 bytes = 0;
        QString contentHash;
        ParsedDigest digest;
        PreparedDigest prepared; ///< PaperWriter::prepare(digest), also done off the connection's thread
    };

    /// Reads, hashes and parses one file; touches no database (runs on a worker thread).
    static LoadedFile load(const FileTask &task);
    /// Stores a loaded file (a savepoint inside the open batch); true when a digest was stored.
    bool store(const FileTask &task,
               LoadedFile loaded,
               PaperWriter &writer,
               ImportReport &report,
               QHash<QString, int> &paperOutcomes);
    void flushIndex(PaperWriter &writer, ImportReport &report);
    /// Moves the highlights of updated papers with their quotes (see HighlightStore::reanchor).
    void reanchorHighlights(const QStringList &updatedKeys, ImportReport &report);

    Database &m_database;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace PaperShelf::Core
