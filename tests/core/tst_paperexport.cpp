#include "core/export/bibtexexporter.h"
#include "core/export/csvexporter.h"
#include "core/export/paperexport.h"
#include "core/util/filebytes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace PaperShelf::Core;

namespace {

QList<PaperDetails> twoPapers()
{
    PaperDetails first;
    first.rowId = 1;
    first.id = QStringLiteral("2401.01234");
    first.arxivId = first.id;
    first.text.title = QStringLiteral("Deformable Capybaras");
    first.text.authors = {QStringLiteral("Wei Zhu")};
    PaperDetails second = first;
    second.rowId = 2;
    second.id = QStringLiteral("2401.05678");
    second.arxivId = second.id;
    second.text.title = QStringLiteral("Radiant Wombats");
    return {first, second};
}

} // namespace

// The export dispatch shared by the CLI and the GUI, and its atomic file writes.
class TestPaperExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip();
    void writeProducesWhatTheExporterRenders();
    void failedWriteLeavesNoFileAndKeepsTheOldOne();
    void readReportsAMissingFile();
};

void TestPaperExport::namesRoundTrip()
{
    QCOMPARE(PaperExport::all().size(), 7);
    for (const ExportFormat format : PaperExport::all()) {
        QCOMPARE(PaperExport::fromName(PaperExport::name(format)), std::optional<ExportFormat>(format));
    }
    QCOMPARE(PaperExport::fromName(QStringLiteral("docx")), std::nullopt);
    QVERIFY(PaperExport::writesFolder(ExportFormat::Obsidian));
    QVERIFY(!PaperExport::writesFolder(ExportFormat::Csv));
}

void TestPaperExport::writeProducesWhatTheExporterRenders()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("papers.bib"));
    PaperExport exporter{QSqlDatabase()}; // single-file formats never touch the library
    const Result<int> written = exporter.write(twoPapers(), ExportFormat::BibTeX, path);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    QCOMPARE(*written, 2);
    QCOMPARE(*FileBytes::read(path), BibtexExporter::exportPapers(twoPapers()).toUtf8());
    QCOMPARE(PaperExport::render(ExportFormat::Csv, twoPapers()), CsvExporter::exportPapers(twoPapers()).toUtf8());
}

void TestPaperExport::failedWriteLeavesNoFileAndKeepsTheOldOne()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no such folder/papers.ris"));
    const Result<int> written = PaperExport(QSqlDatabase()).write(twoPapers(), ExportFormat::Ris, missing);
    QVERIFY(!written);
    QVERIFY(written.errorMessage().startsWith(QStringLiteral("cannot write ") + missing));
    QVERIFY(!QFileInfo::exists(missing));

    // A directory in the way: the write fails and the directory is untouched.
    const QString blocked = dir.filePath(QStringLiteral("blocked"));
    QVERIFY(QDir().mkpath(blocked));
    QVERIFY(!FileBytes::writeAtomically(blocked, "x"));
    QVERIFY(QFileInfo(blocked).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

void TestPaperExport::readReportsAMissingFile()
{
    QTemporaryDir dir;
    const Result<QByteArray> read = FileBytes::read(dir.filePath(QStringLiteral("missing.json")));
    QVERIFY(!read);
    QVERIFY(read.errorMessage().contains(QStringLiteral("missing.json")));
}

QTEST_GUILESS_MAIN(TestPaperExport)
#include "tst_paperexport.moc"
