#include "gui/exportcontroller.h"

#include "core/db/database.h"
#include "core/db/paperrepository.h"
#include "core/export/correcteddigestexport.h"
#include "core/util/filebytes.h"

#include <QMetaObject>
#include <QtConcurrent>

namespace PaperShelf::Gui {

namespace {

/// Papers are loaded in chunks of this many, with progress after each.
constexpr int LoadChunk = 200;

Core::Result<std::unique_ptr<Core::Database>> openLibrary(const QString &path, bool write)
{
    Core::Database::Options options;
    options.readOnly = !write;
    options.create = false; // a wrong path must not leave an empty library behind
    return Core::Database::open(path, options);
}

} // namespace

ExportController::ExportController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this]() {
        reportOutcome(m_watcher.result());
    });
}

ExportController::~ExportController()
{
    // The pool thread posts progress to this object; it must be done before we go.
    m_watcher.waitForFinished();
}

QList<ExportController::Format> ExportController::formats()
{
    return {Format::BibTeX,
            Format::CslJson,
            Format::Ris,
            Format::Markdown,
            Format::Obsidian,
            Format::Csv,
            Format::Json};
}

QString ExportController::menuText(Format format)
{
    switch (format) {
    case Format::BibTeX:
        return tr("&BibTeX…");
    case Format::CslJson:
        return tr("C&SL-JSON…");
    case Format::Ris:
        return tr("&RIS…");
    case Format::Markdown:
        return tr("&Markdown…");
    case Format::Obsidian:
        return tr("&Obsidian Folder…");
    case Format::Csv:
        return tr("&CSV of the List…");
    case Format::Json:
        return tr("&JSON…");
    }
    return QString();
}

QString ExportController::fileFilter(Format format)
{
    switch (format) {
    case Format::BibTeX:
        return tr("BibTeX (*.bib)");
    case Format::CslJson:
        return tr("CSL-JSON (*.json)");
    case Format::Ris:
        return tr("RIS (*.ris)");
    case Format::Markdown:
        return tr("Markdown (*.md)");
    case Format::Csv:
        return tr("CSV (*.csv)");
    case Format::Json:
        return tr("JSON (*.json)");
    case Format::Obsidian:
        break;
    }
    return QString();
}

QString ExportController::defaultSuffix(Format format)
{
    switch (format) {
    case Format::BibTeX:
        return QStringLiteral("bib");
    case Format::CslJson:
    case Format::Json:
        return QStringLiteral("json");
    case Format::Ris:
        return QStringLiteral("ris");
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Obsidian:
        break;
    }
    return QString();
}

QString ExportController::suggestedFileName(Format format)
{
    if (needsFolder(format)) {
        return QStringLiteral("PaperShelf notes");
    }
    const QString base = format == Format::CslJson ? QStringLiteral("papers.csl") : QStringLiteral("papers");
    return base + QLatin1Char('.') + defaultSuffix(format);
}

QString ExportController::archiveFileFilter()
{
    return tr("PaperShelf annotation archive (*.json)");
}

QString ExportController::archiveSuggestedFileName()
{
    return QStringLiteral("papershelf-annotations.json");
}

void ExportController::postProgress(int done, int total)
{
    // Delivered on the GUI thread; this object outlives the job (see the destructor).
    QMetaObject::invokeMethod(
        this,
        [this, done, total]() {
        Q_EMIT progressed(done, total);
        },
        Qt::QueuedConnection);
}

bool ExportController::start(std::function<Outcome()> work)
{
    if (m_watcher.isRunning()) {
        return false;
    }
    m_watcher.setFuture(QtConcurrent::run(std::move(work)));
    return true;
}

bool ExportController::exportPapers(const QString &libraryPath,
                                    const QList<qint64> &paperRowIds,
                                    Format format,
                                    const QString &destination)
{
    return start([this, libraryPath, paperRowIds, format, destination]() {
        Outcome outcome;
        outcome.job = Job::ExportPapers;
        outcome.destination = destination;
        Core::Result<std::unique_ptr<Core::Database>> database = openLibrary(libraryPath, false);
        if (!database) {
            outcome.error = database.errorMessage();
            return outcome;
        }
        const QSqlDatabase db = (*database)->connection();
        Core::PaperRepository repository(db);
        QList<Core::PaperDetails> papers;
        papers.reserve(paperRowIds.size());
        const int total = static_cast<int>(paperRowIds.size());
        const bool notes = Core::PaperExport::writesFolder(format);
        for (int from = 0; from < total; from += LoadChunk) {
            const Core::Result<QList<Core::PaperDetails>> chunk = repository.papers(paperRowIds.mid(from, LoadChunk));
            if (!chunk) {
                outcome.error = chunk.errorMessage();
                return outcome;
            }
            papers.append(*chunk);
            // Notes report their own progress while they are written.
            if (!notes) {
                postProgress(std::min(from + LoadChunk, total), total);
            }
        }
        Core::PaperExport exporter(db);
        exporter.setProgressCallback([this](int done, int count) {
            postProgress(done, count);
        });
        const Core::Result<int> written = exporter.write(papers, format, destination);
        if (!written) {
            outcome.error = written.errorMessage();
            return outcome;
        }
        outcome.papers = *written;
        return outcome;
    });
}

bool ExportController::exportCorrectedDigests(const QString &libraryPath,
                                              const QList<qint64> &paperRowIds,
                                              bool includeFlagged,
                                              const QString &folder)
{
    return start([this, libraryPath, paperRowIds, includeFlagged, folder]() {
        Outcome outcome;
        outcome.job = Job::ExportDigests;
        outcome.destination = folder;
        Core::Result<std::unique_ptr<Core::Database>> database = openLibrary(libraryPath, false);
        if (!database) {
            outcome.error = database.errorMessage();
            return outcome;
        }
        Core::CorrectedDigestExport exporter((*database)->connection());
        exporter.setIncludeFlagged(includeFlagged);
        exporter.setProgressCallback([this](int done, int total) {
            postProgress(done, total);
        });
        const Core::Result<Core::CorrectedDigestReport> report = paperRowIds.isEmpty()
                                                                   ? exporter.writeDigests({}, folder)
                                                                   : exporter.writePapers(paperRowIds, folder);
        if (!report) {
            outcome.error = report.errorMessage();
            return outcome;
        }
        outcome.papers = static_cast<int>(report->files.size());
        outcome.corrections = report->review.corrected;
        return outcome;
    });
}

bool ExportController::exportArchive(const QString &libraryPath, const QString &destination)
{
    return start([libraryPath, destination]() {
        Outcome outcome;
        outcome.job = Job::ExportArchive;
        outcome.destination = destination;
        Core::Result<std::unique_ptr<Core::Database>> database = openLibrary(libraryPath, false);
        if (!database) {
            outcome.error = database.errorMessage();
            return outcome;
        }
        const Core::Result<QByteArray> json = Core::AnnotationArchive((*database)->connection()).exportAll();
        if (!json) {
            outcome.error = json.errorMessage();
            return outcome;
        }
        const Core::Result<void> written = Core::FileBytes::writeAtomically(destination, *json);
        if (!written) {
            outcome.error = written.errorMessage();
        }
        return outcome;
    });
}

bool ExportController::mergeArchive(const QString &libraryPath, const QString &sourceFile)
{
    return start([libraryPath, sourceFile]() {
        Outcome outcome;
        outcome.job = Job::MergeArchive;
        outcome.destination = sourceFile;
        const Core::Result<QByteArray> json = Core::FileBytes::read(sourceFile);
        if (!json) {
            outcome.error = json.errorMessage();
            return outcome;
        }
        Core::Result<std::unique_ptr<Core::Database>> database = openLibrary(libraryPath, true);
        if (!database) {
            outcome.error = database.errorMessage();
            return outcome;
        }
        Core::Result<Core::ArchiveMergeReport> report = Core::AnnotationArchive((*database)->connection()).merge(*json);
        if (!report) {
            outcome.error = report.errorMessage();
            return outcome;
        }
        outcome.report = std::move(*report);
        return outcome;
    });
}

void ExportController::reportOutcome(const Outcome &outcome)
{
    if (!outcome.error.isEmpty()) {
        switch (outcome.job) {
        case Job::ExportPapers:
        case Job::ExportDigests:
        case Job::ExportArchive:
            Q_EMIT failed(tr("Export failed: %1").arg(outcome.error));
            break;
        case Job::MergeArchive:
            Q_EMIT failed(tr("Merging the archive failed: %1").arg(outcome.error));
            break;
        }
        return;
    }
    switch (outcome.job) {
    case Job::ExportPapers:
        Q_EMIT papersExported(outcome.destination, outcome.papers);
        break;
    case Job::ExportDigests:
        Q_EMIT digestsExported(outcome.destination, outcome.papers, outcome.corrections);
        break;
    case Job::ExportArchive:
        Q_EMIT archiveExported(outcome.destination);
        break;
    case Job::MergeArchive:
        Q_EMIT archiveMerged(outcome.report);
        break;
    }
}

} // namespace PaperShelf::Gui
