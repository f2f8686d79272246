#include "core/annotations/annotationstore.h"
#include "core/annotations/usertagstore.h"
#include "core/db/database.h"
#include "core/digest/digestparser.h"
#include "core/import/importer.h"
#include "core/review/reviewstore.h"
#include "core/review/segmentfields.h"
#include "gui/archivemergedialog.h"
#include "gui/exportactions.h"
#include "gui/exportcontroller.h"
#include "gui/filedialog.h"
#include "gui/messagebox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace PaperShelf;

namespace {

const QString NerfDigest = QStringLiteral(PAPERSHELF_TEST_DATA "/cli/2024-02-01");
const QString GaussianDigest = QStringLiteral(PAPERSHELF_TEST_DATA "/cli/2024-02-03");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Exports and archive merges through the controller, on real libraries built
// by the importer from the CLI fixtures.
class TestExportController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void formatHelpersDescribeEveryFormat();
    void bibtexHoldsTheIdsAndOwnTagsAsKeywords();
    void csvHasAHeaderAndOneRowPerPaper();
    void obsidianWritesOneNotePerPaper();
    void unwritableDestinationFailsAndLeavesNoFile();
    void correctedDigestsOfTheSelectionGoToTheChosenFolder();
    void archiveMergeReportsCountsAndTheDialogShowsTheConflict();
    void mergingABrokenArchiveFails();

private:
    /// A library at `name` with the papers of `digests`.
    std::unique_ptr<Core::Database> createLibrary(const QString &name, const QStringList &digests);
    static qint64 rowId(const Core::Database &db, const QString &arxivId);
    /// The row ids of the three arXiv papers, tagged "to cite" (two) and "weekend reading" (one).
    QList<qint64> taggedPapers();
    /// Waits for `spy` and checks that `failed` stayed quiet.
    static bool waitFor(QSignalSpy &spy, QSignalSpy &failed);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Database> m_library;
};

void TestExportController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = createLibrary(QStringLiteral("source.papershelf"), {NerfDigest, GaussianDigest});
    QVERIFY(m_library);
}

void TestExportController::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

std::unique_ptr<Core::Database> TestExportController::createLibrary(const QString &name, const QStringList &digests)
{
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(m_dir->filePath(name));
    if (!db) {
        qWarning() << db.errorMessage();
        return {};
    }
    Core::Importer importer(**db);
    const Core::ImportReport report = importer.importPaths(digests);
    if (!report.errors.isEmpty()) {
        qWarning() << report.errors.first().message;
        return {};
    }
    return std::move(*db);
}

qint64 TestExportController::rowId(const Core::Database &db, const QString &arxivId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id FROM papers WHERE arxiv_id = ?"));
    query.addBindValue(arxivId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QList<qint64> TestExportController::taggedPapers()
{
    const QList<qint64> ids = {rowId(*m_library, QStringLiteral("2402.00101")),
                               rowId(*m_library, QStringLiteral("2402.00102")),
                               rowId(*m_library, QStringLiteral("2402.00201"))};
    Core::UserTagStore tags(m_library->connection());
    if (ids.contains(0) || !tags.addTag({ids.at(0), ids.at(2)}, QStringLiteral("to cite"))
        || !tags.addTag({ids.at(1)}, QStringLiteral("weekend reading"))) {
        return {};
    }
    return ids;
}

bool TestExportController::waitFor(QSignalSpy &spy, QSignalSpy &failed)
{
    if (!spy.wait(20'000)) {
        qWarning() << "no signal; failed:" << (failed.isEmpty() ? QString() : failed.first().first().toString());
        return false;
    }
    return failed.isEmpty();
}

void TestExportController::formatHelpersDescribeEveryFormat()
{
    using Format = Gui::ExportController::Format;
    QCOMPARE(Gui::ExportController::formats().size(), 7);
    for (const Format format : Gui::ExportController::formats()) {
        QVERIFY(!Gui::ExportController::menuText(format).isEmpty());
        QCOMPARE(Gui::ExportController::fileFilter(format).isEmpty(), Gui::ExportController::needsFolder(format));
        if (!Gui::ExportController::needsFolder(format)) {
            QVERIFY(Gui::ExportController::fileFilter(format).contains(Gui::ExportController::defaultSuffix(format)));
            QVERIFY(Gui::ExportController::suggestedFileName(format).endsWith(
                Gui::ExportController::defaultSuffix(format)));
        }
    }
    QCOMPARE(Gui::ExportController::fileFilter(Format::BibTeX), QStringLiteral("BibTeX (*.bib)"));
    QCOMPARE(Gui::ExportController::defaultSuffix(Format::Ris), QStringLiteral("ris"));
    QVERIFY(Gui::ExportController::needsFolder(Format::Obsidian));
}

void TestExportController::bibtexHoldsTheIdsAndOwnTagsAsKeywords()
{
    const QList<qint64> ids = taggedPapers();
    QVERIFY(!ids.isEmpty());
    Gui::ExportController controller;
    QSignalSpy exported(&controller, &Gui::ExportController::papersExported);
    QSignalSpy failed(&controller, &Gui::ExportController::failed);
    QSignalSpy progressed(&controller, &Gui::ExportController::progressed);
    const QString destination = m_dir->filePath(QStringLiteral("papers.bib"));
    QVERIFY(controller.exportPapers(m_library->path(), ids, Gui::ExportController::Format::BibTeX, destination));
    QVERIFY(controller.isRunning());
    // One job at a time.
    QVERIFY(!controller.exportArchive(m_library->path(), m_dir->filePath(QStringLiteral("other.json"))));
    QVERIFY(waitFor(exported, failed));
    QCOMPARE(exported.first(), (QVariantList{destination, 3}));
    QVERIFY(!progressed.isEmpty());
    QCOMPARE(progressed.last(), (QVariantList{3, 3}));

    const QString bibtex = QString::fromUtf8(readAll(destination));
    QCOMPARE(bibtex.count(QStringLiteral("@misc{")), 3);
    for (const QString &id :
         {QStringLiteral("2402.00101"), QStringLiteral("2402.00102"), QStringLiteral("2402.00201")}) {
        QVERIFY2(bibtex.contains(QStringLiteral("eprint = {%1}").arg(id)), qPrintable(id));
    }
    QStringList keywordLines;
    for (const QString &line : bibtex.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("keywords = {"))) {
            keywordLines.append(line);
        }
    }
    QCOMPARE(keywordLines.size(), 3);
    QCOMPARE(keywordLines.filter(QStringLiteral("to cite")).size(), 2);
    QCOMPARE(keywordLines.filter(QStringLiteral("weekend reading")).size(), 1);
}

void TestExportController::csvHasAHeaderAndOneRowPerPaper()
{
    const QList<qint64> ids = taggedPapers();
    QVERIFY(!ids.isEmpty());
    Gui::ExportController controller;
    QSignalSpy exported(&controller, &Gui::ExportController::papersExported);
    QSignalSpy failed(&controller, &Gui::ExportController::failed);
    const QString destination = m_dir->filePath(QStringLiteral("list.csv"));
    QVERIFY(controller.exportPapers(m_library->path(), ids, Gui::ExportController::Format::Csv, destination));
    QVERIFY(waitFor(exported, failed));

    QStringList records = QString::fromUtf8(readAll(destination)).split(QStringLiteral("\r\n"));
    QCOMPARE(records.takeLast(), QString()); // CRLF after the last record too
    QCOMPARE(records.size(), 4);
    QVERIFY(records.first().startsWith(QLatin1String("id,arxiv_id,arxiv_version,title,")));
    QVERIFY(records.at(1).startsWith(QLatin1String("2402.00101,")));
    QVERIFY(records.at(3).contains(QStringLiteral("user:to cite")));
}

void TestExportController::obsidianWritesOneNotePerPaper()
{
    const QList<qint64> ids = taggedPapers();
    QVERIFY(!ids.isEmpty());
    Gui::ExportController controller;
    QSignalSpy exported(&controller, &Gui::ExportController::papersExported);
    QSignalSpy failed(&controller, &Gui::ExportController::failed);
    QSignalSpy progressed(&controller, &Gui::ExportController::progressed);
    const QString folder = m_dir->filePath(QStringLiteral("vault/papers")); // created on the way
    QVERIFY(controller.exportPapers(m_library->path(), ids, Gui::ExportController::Format::Obsidian, folder));
    QVERIFY(waitFor(exported, failed));
    QCOMPARE(exported.first(), (QVariantList{folder, 3}));
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.md")}, QDir::Files).size(), 3);
    QCOMPARE(progressed.size(), 3); // one per note
}

void TestExportController::unwritableDestinationFailsAndLeavesNoFile()
{
    const QList<qint64> ids = taggedPapers();
    QVERIFY(!ids.isEmpty());
    Gui::ExportController controller;
    QSignalSpy exported(&controller, &Gui::ExportController::papersExported);
    QSignalSpy failed(&controller, &Gui::ExportController::failed);

    const QString missing = m_dir->filePath(QStringLiteral("no such folder/papers.bib"));
    QVERIFY(controller.exportPapers(m_library->path(), ids, Gui::ExportController::Format::BibTeX, missing));
    QVERIFY(failed.wait(20'000));
    QVERIFY(failed.first().first().toString().contains(missing));
    QVERIFY(exported.isEmpty());
    QVERIFY(!QFileInfo::exists(missing));

    QVERIFY(controller.exportArchive(m_library->path(), missing));
    QVERIFY(failed.wait(20'000));
    QVERIFY(!QFileInfo::exists(missing));

    // A read-only folder (meaningless for root, who may write anyway).
    const QString locked = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QFile probe(locked + QStringLiteral("/probe"));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QSKIP("running with permission to write into read-only folders");
    }
    const QString inLocked = locked + QStringLiteral("/list.csv");
    QVERIFY(controller.exportPapers(m_library->path(), ids, Gui::ExportController::Format::Csv, inLocked));
    QVERIFY(failed.wait(20'000));
    QCOMPARE(failed.size(), 3);
    QVERIFY(QDir(locked).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestExportController::correctedDigestsOfTheSelectionGoToTheChosenFolder()
{
    const qint64 paper = rowId(*m_library, QStringLiteral("2402.00101"));
    QVERIFY(paper > 0);
    Core::ReviewStore review(m_library->connection());
    const Core::Result<QList<Core::ReviewSegment>> segments = review.segments(paper);
    QVERIFY2(segments, qPrintable(segments.errorMessage()));
    const auto summary = std::find_if(segments->begin(), segments->end(), [](const Core::ReviewSegment &segment) {
        return segment.field == Core::SegmentFields::SummaryZh;
    });
    QVERIFY(summary != segments->end());
    const QString correction = QStringLiteral("经界面导出的人工修正总结。");
    QVERIFY(review.correct(summary->id, correction, QStringLiteral("tester")));

    // File → Export → Corrected Digests with the paper selected; the folder and
    // the flagged-text question are answered in advance.
    QWidget window;
    Gui::ExportActions actions(
        nullptr,
        &window,
        [paper]() {
        return QList<qint64>{paper};
        },
        []() {
        return Core::ListRequest();
    });
    actions.setLibraryPath(m_library->path());
    QMenu *menu = actions.createMenu(&window);
    auto *action = menu->findChild<QAction *>(QStringLiteral("exportCorrectedDigestsAction"));
    QVERIFY(action);
    const QString folder = m_dir->filePath(QStringLiteral("corrected digests"));
    Gui::FileDialog::setNextResult({folder});
    Gui::MessageBox::setNextResult(QMessageBox::No);
    QSignalSpy exported(actions.controller(), &Gui::ExportController::digestsExported);
    QSignalSpy failed(actions.controller(), &Gui::ExportController::failed);
    action->trigger();
    QVERIFY(waitFor(exported, failed));
    QCOMPARE(exported.first(), (QVariantList{folder, 1, 1}));

    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("2024-02-01 NeRF.md")});
    const QString path = QDir(folder).filePath(QStringLiteral("2024-02-01 NeRF.md"));
    const Core::ParsedDigest digest = Core::DigestParser::parse(readAll(path), path);
    QCOMPARE(digest.topic, QStringLiteral("NeRF"));
    QCOMPARE(digest.date, QDate(2024, 2, 1));
    QCOMPARE(digest.entries.size(), 1); // only the selected paper
    QCOMPARE(digest.entries.first().arxivId, QStringLiteral("2402.00101"));
    QCOMPARE(digest.entries.first().summaryZh, correction);
}

void TestExportController::archiveMergeReportsCountsAndTheDialogShowsTheConflict()
{
    // Source: 2402.00101 rated 5 and tagged, 2402.00102 favourite and tagged,
    // 2402.00201 rated 3 (the target lacks it).
    const QList<qint64> ids = taggedPapers();
    QVERIFY(!ids.isEmpty());
    Core::AnnotationStore annotations(m_library->connection());
    QVERIFY(annotations.setRating({ids.at(0)}, 5));
    QVERIFY(annotations.setFavourite({ids.at(1)}, true));
    QVERIFY(annotations.setRating({ids.at(2)}, 3));

    Gui::ExportController controller;
    QSignalSpy archived(&controller, &Gui::ExportController::archiveExported);
    QSignalSpy merged(&controller, &Gui::ExportController::archiveMerged);
    QSignalSpy failed(&controller, &Gui::ExportController::failed);
    const QString archive = m_dir->filePath(QStringLiteral("annotations.json"));
    QVERIFY(controller.exportArchive(m_library->path(), archive));
    QVERIFY(waitFor(archived, failed));
    QCOMPARE(archived.first().first().toString(), archive);
    QVERIFY(readAll(archive).contains("\"papershelf-annotations\""));

    // The target has only the NeRF digest, and rates 2402.00101 after the export.
    std::unique_ptr<Core::Database> target = createLibrary(QStringLiteral("target.papershelf"), {NerfDigest});
    QVERIFY(target);
    QTest::qWait(5); // a later timestamp than the archive's
    QVERIFY(Core::AnnotationStore(target->connection()).setRating({rowId(*target, QStringLiteral("2402.00101"))}, 2));

    QVERIFY(controller.mergeArchive(target->path(), archive));
    QVERIFY(waitFor(merged, failed));
    const auto report = merged.first().first().value<Core::ArchiveMergeReport>();
    QCOMPARE(report.papers, 2);
    QCOMPARE(report.annotationsTaken, 1); // 2402.00102's; the library's 2402.00101 is newer
    QCOMPARE(report.tagsAdded, 2);
    QCOMPARE(report.highlightsAdded, 0);
    QCOMPARE(report.conflicts.size(), 1);
    QCOMPARE(report.conflicts.first().paperId, QStringLiteral("2402.00101"));
    QCOMPARE(report.conflicts.first().item, QStringLiteral("rating"));
    QCOMPARE(report.conflicts.first().kept, QStringLiteral("library"));
    QCOMPARE(report.skipped.size(), 1);
    QCOMPARE(report.skipped.first().paperId, QStringLiteral("2402.00201"));
    QVERIFY(report.warning.isEmpty());
    // The merge really reached the target.
    QCOMPARE((*Core::UserTagStore(target->connection()).tag(QStringLiteral("to cite")))->count, 1);

    Gui::ArchiveMergeDialog dialog;
    dialog.setReport(report);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("headlineLabel"))
                ->text()
                .startsWith(QStringLiteral("Merged 2 paper(s): 1 annotation(s) taken")));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("warningLabel"))->isVisible());
    auto *conflicts = dialog.findChild<QTableWidget *>(QStringLiteral("conflictsTableWidget"));
    QVERIFY(conflicts->isVisible());
    QCOMPARE(conflicts->rowCount(), 1);
    QCOMPARE(conflicts->item(0, Gui::ArchiveMergeDialog::ConflictPaperColumn)->text(), QStringLiteral("2402.00101"));
    QCOMPARE(conflicts->item(0, Gui::ArchiveMergeDialog::ConflictItemColumn)->text(), QStringLiteral("Rating"));
    QVERIFY(
        conflicts->item(0, Gui::ArchiveMergeDialog::ConflictKeptColumn)->text().contains(QStringLiteral("library")));
    auto *skipped = dialog.findChild<QTableWidget *>(QStringLiteral("skippedTableWidget"));
    QCOMPARE(skipped->rowCount(), 1);
    QCOMPARE(skipped->item(0, Gui::ArchiveMergeDialog::SkippedPaperColumn)->text(), QStringLiteral("2402.00201"));
    QVERIFY(!skipped->item(0, Gui::ArchiveMergeDialog::SkippedTitleColumn)->text().isEmpty());

    // A report with a warning and no conflicts shows the warning and hides the table.
    Core::ArchiveMergeReport quiet;
    quiet.warning = QStringLiteral("re-anchoring failed");
    dialog.setReport(quiet);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("warningLabel"))->isVisible());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("warningLabel"))->text().contains(quiet.warning));
    QVERIFY(!dialog.findChild<QGroupBox *>(QStringLiteral("conflictsGroupBox"))->isVisible());
}

void TestExportController::mergingABrokenArchiveFails()
{
    const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{not json");
    file.close();
    Gui::ExportController controller;
    QSignalSpy merged(&controller, &Gui::ExportController::archiveMerged);
    QSignalSpy failed(&controller, &Gui::ExportController::failed);
    QVERIFY(controller.mergeArchive(m_library->path(), broken));
    QVERIFY(failed.wait(20'000));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(merged.isEmpty());

    QVERIFY(controller.mergeArchive(m_library->path(), m_dir->filePath(QStringLiteral("missing.json"))));
    QVERIFY(failed.wait(20'000));
    QVERIFY(failed.last().first().toString().contains(QStringLiteral("missing.json")));
}

QTEST_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
