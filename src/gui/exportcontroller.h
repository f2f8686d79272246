#pragma once

#include "core/annotations/annotationarchive.h"
#include "core/export/paperexport.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace PaperShelf::Gui {

/// Runs exports and annotation-archive merges on a pool thread with a
/// connection of its own (the GUI thread never waits on SQLite or the disk)
/// and reports the outcome on the GUI thread. One job at a time. Files are
/// written atomically: a failed export leaves no file (or, for a folder of
/// notes, only whole notes).
///
/// The menu code gets captions, file filters and suffixes from the static
/// helpers, so File → Export is a loop over formats().
class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    using Format = Core::ExportFormat;

    explicit ExportController(QObject *parent = nullptr);
    ~ExportController() override;

    /// Exports the papers (row ids, in that order) of the library at
    /// `libraryPath` to `destination`: a file, or for Format::Obsidian a folder
    /// (created when missing). Emits papersExported() or failed(). Returns
    /// false, and starts nothing, when a job is already running.
    bool exportPapers(const QString &libraryPath,
                      const QList<qint64> &paperRowIds,
                      Format format,
                      const QString &destination);
    /// Writes corrected digests (Core::CorrectedDigestExport) into `folder`
    /// (created when missing): one file per topic and date of the papers' digests,
    /// or one per imported digest when `paperRowIds` is empty. Flagged text is
    /// left out unless `includeFlagged`. Emits digestsExported() or failed().
    bool exportCorrectedDigests(const QString &libraryPath,
                                const QList<qint64> &paperRowIds,
                                bool includeFlagged,
                                const QString &folder);
    /// Writes the full annotation archive (JSON). Emits archiveExported() or failed().
    bool exportArchive(const QString &libraryPath, const QString &destination);
    /// Merges an archive into the library (one transaction). Emits
    /// archiveMerged() or failed(); the caller reloads what it shows.
    bool mergeArchive(const QString &libraryPath, const QString &sourceFile);

    bool isRunning() const { return m_watcher.isRunning(); }

    /// Blocks until a running job has finished (used on shutdown).
    void waitForFinished() { m_watcher.waitForFinished(); }

    /// The formats, in menu order.
    static QList<Format> formats();
    /// The menu item, e.g. "BibTeX…", "Obsidian Folder…", "CSV of the List…".
    static QString menuText(Format format);
    /// The file-dialog filter, e.g. "BibTeX (*.bib)"; empty for Obsidian (a folder).
    static QString fileFilter(Format format);
    /// The suffix without the dot, e.g. "bib"; empty for Obsidian (a folder).
    static QString defaultSuffix(Format format);

    /// True when the destination is a folder (pick it with getExistingDirectory()).
    static bool needsFolder(Format format) { return Core::PaperExport::writesFolder(format); }

    /// A file name to suggest in the save dialog, e.g. "papers.bib".
    static QString suggestedFileName(Format format);
    static QString archiveFileFilter();
    static QString archiveSuggestedFileName();

Q_SIGNALS:
    /// `done` of `total` papers loaded or notes written.
    void progressed(int done, int total);
    void papersExported(const QString &destination, int papers);
    /// `files` digests with `corrections` corrections applied were written into `folder`.
    void digestsExported(const QString &folder, int files, int corrections);
    void archiveExported(const QString &destination);
    void archiveMerged(const Core::ArchiveMergeReport &report);
    /// A translated, one-line message; nothing was written (see the class comment).
    void failed(const QString &message);

private:
    enum class Job {
        ExportPapers,
        ExportDigests,
        ExportArchive,
        MergeArchive,
    };

    /// What a job hands back to the GUI thread.
    struct Outcome
    {
        Job job = Job::ExportPapers;
        QString error; ///< empty on success
        QString destination;
        int papers = 0;      ///< papers, or digest files for ExportDigests
        int corrections = 0; ///< ExportDigests only
        Core::ArchiveMergeReport report;
    };

    bool start(std::function<Outcome()> work);
    void reportOutcome(const Outcome &outcome);
    /// Queues progressed() on the GUI thread.
    void postProgress(int done, int total);

    QFutureWatcher<Outcome> m_watcher;
};

} // namespace PaperShelf::Gui
