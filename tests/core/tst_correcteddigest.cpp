#include "core/db/database.h"
#include "core/db/entrycodec.h"
#include "core/digest/digestparser.h"
#include "core/export/correcteddigestexport.h"
#include "core/import/importer.h"
#include "core/review/reviewstore.h"
#include "core/review/segmentfields.h"
#include "librarytestutil.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace PaperShelf;
using namespace PaperShelf::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Fixture = QStringLiteral(PAPERSHELF_TEST_DATA "/review/review-source.md");
const QString Lanterns = u"2611.01234"_s;
const QString Teapots = u"2611.05678"_s;
const QString SummaryCorrection = u"本文用折纸灯笼表示稀疏辐射场，仅需三次折叠即可覆盖多数室内场景。"_s;
const QString TakeawayCorrection = u"作者已公开代码与数据。"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The corrected-digest export end to end: import a digest, review it, export
// it, import the export into a fresh library and compare the machine text.
class TestCorrectedDigest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reimportedTextIsTheCorrectedText_data();
    void reimportedTextIsTheCorrectedText();
    void correctionTheFormatCannotHoldIsReported();
    void selectionIsWrittenPerTopicAndDate();
    void sameSourceNamesAreMadeUnique();
    void unwritableFolderIsAnError();

private:
    /// A new library at `name` with `paths` imported.
    std::unique_ptr<Database> library(const QString &name, const QStringList &paths);
    /// Every entry of the library by paper key, with `line` cleared (a written
    /// file has its own line numbers) and the arXiv id (stored with the paper).
    static QHash<QString, DigestEntry> entries(const Database &db);
    static qint64 paperRowId(const Database &db, const QString &key);
    /// Corrects the lanterns paper's summary and third takeaway, flags its first takeaway.
    static void review(Database &db);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCorrectedDigest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCorrectedDigest::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Database> TestCorrectedDigest::library(const QString &name, const QStringList &paths)
{
    Result<std::unique_ptr<Database>> db = Database::open(m_dir->filePath(name));
    if (!db) {
        qWarning() << db.errorMessage();
        return {};
    }
    const ImportReport report = Importer(**db).importPaths(paths);
    if (!report.errors.isEmpty() || report.digests != paths.size()) {
        qWarning() << "import of" << paths << "stored" << report.digests << "digests";
        return {};
    }
    return std::move(*db);
}

QHash<QString, DigestEntry> TestCorrectedDigest::entries(const Database &db)
{
    QSqlQuery query(db.connection());
    query.exec(u"SELECT p.key, p.arxiv_id, "_s + EntryCodec::columns()
               + u" FROM entries e JOIN papers p ON p.id = e.paper_id"_s);
    QHash<QString, DigestEntry> out;
    while (query.next()) {
        DigestEntry entry = EntryCodec::decode(query.record(), 2);
        entry.arxivId = query.value(1).toString();
        entry.line = 0;
        out.insert(query.value(0).toString(), entry);
    }
    return out;
}

qint64 TestCorrectedDigest::paperRowId(const Database &db, const QString &key)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT id FROM papers WHERE key = ?"_s);
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

void TestCorrectedDigest::review(Database &db)
{
    ReviewStore store(db.connection());
    const Result<QList<ReviewSegment>> segments = store.segments(paperRowId(db, Lanterns));
    QVERIFY2(segments, qPrintable(segments.errorMessage()));
    const auto find = [&segments](const QString &field, int index) -> qint64 {
        for (const ReviewSegment &segment : *segments) {
            if (segment.field == field && segment.index == index) {
                return segment.id;
            }
        }
        return 0;
    };
    const qint64 summary = find(SegmentFields::SummaryZh, 0);
    const qint64 third = find(SegmentFields::Takeaway, 2);
    const qint64 first = find(SegmentFields::Takeaway, 0);
    QVERIFY(summary > 0 && third > 0 && first > 0);
    QVERIFY(store.correct(summary, SummaryCorrection, u"reviewer"_s));
    QVERIFY(store.correct(third, TakeawayCorrection, u"reviewer"_s));
    QVERIFY(store.flag(first, u"不准确"_s, u"reviewer"_s));
}

void TestCorrectedDigest::reimportedTextIsTheCorrectedText_data()
{
    QTest::addColumn<bool>("includeFlagged");
    QTest::newRow("flagged text left out") << false;
    QTest::newRow("flagged text included") << true;
}

void TestCorrectedDigest::reimportedTextIsTheCorrectedText()
{
    QFETCH(bool, includeFlagged);
    std::unique_ptr<Database> source = library(u"source.papershelf"_s, {Fixture});
    QVERIFY(source);
    review(*source);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QHash<QString, DigestEntry> original = entries(*source);
    QCOMPARE(original.size(), 2);

    const QString folder = m_dir->filePath(u"export"_s);
    CorrectedDigestExport exporter(source->connection());
    exporter.setIncludeFlagged(includeFlagged);
    const Result<CorrectedDigestReport> report = exporter.writeDigests({}, folder);
    QVERIFY2(report, qPrintable(report.errorMessage()));
    QCOMPARE(report->files, QStringList{QDir(folder).filePath(u"review-source.md"_s)});
    QCOMPARE(report->entries, 2);
    QCOMPARE(report->review.corrected, 2);
    QCOMPARE(report->review.flaggedOmitted, includeFlagged ? 0 : 1);
    QCOMPARE(report->review.flaggedKept, includeFlagged ? 1 : 0);
    QCOMPARE(report->reshaped, 0);

    // A fresh library reads the corrections as machine text.
    std::unique_ptr<Database> copy = library(u"copy.papershelf"_s, report->files);
    QVERIFY(copy);
    const QHash<QString, DigestEntry> reimported = entries(*copy);
    QCOMPARE(reimported.size(), 2);

    DigestEntry expected = original.value(Lanterns);
    QCOMPARE(expected.takeawaysZh.size(), 3);
    expected.summaryZh = SummaryCorrection;
    expected.takeawaysZh[2] = TakeawayCorrection;
    if (!includeFlagged) {
        expected.takeawaysZh.removeFirst();
    }
    QCOMPARE(reimported.value(Lanterns).summaryZh, SummaryCorrection);
    QCOMPARE(reimported.value(Lanterns).takeawaysZh, expected.takeawaysZh);
    QCOMPARE(reimported.value(Lanterns), expected);
    QCOMPARE(reimported.value(Teapots), original.value(Teapots));

    // The new library's review starts from the corrected text, unreviewed.
    const Result<QList<ReviewSegment>> segments = ReviewStore(copy->connection()).segments(paperRowId(*copy, Lanterns));
    QVERIFY2(segments, qPrintable(segments.errorMessage()));
    QStringList machine;
    for (const ReviewSegment &segment : *segments) {
        QCOMPARE(segment.state, ReviewState::Unreviewed);
        if (segment.field == SegmentFields::SummaryZh || segment.field == SegmentFields::Takeaway) {
            machine.append(segment.machineText);
        }
    }
    QCOMPARE(machine, QStringList{SummaryCorrection} + expected.takeawaysZh);

    // The source library is untouched by the export.
    QCOMPARE(entries(*source), original);
}

void TestCorrectedDigest::correctionTheFormatCannotHoldIsReported()
{
    std::unique_ptr<Database> source = library(u"source.papershelf"_s, {Fixture});
    QVERIFY(source);
    ReviewStore store(source->connection());
    const Result<QList<ReviewSegment>> segments = store.segments(paperRowId(*source, Teapots));
    QVERIFY2(segments, qPrintable(segments.errorMessage()));
    const auto takeaway = std::find_if(segments->begin(), segments->end(), [](const ReviewSegment &segment) {
        return segment.field == SegmentFields::Takeaway;
    });
    QVERIFY(takeaway != segments->end());
    QVERIFY(store.correct(takeaway->id, u"第一行\n  第二行"_s, u"reviewer"_s));

    const QString folder = m_dir->filePath(u"export"_s);
    const Result<CorrectedDigestReport> report = CorrectedDigestExport(source->connection()).writeDigests({}, folder);
    QVERIFY2(report, qPrintable(report.errorMessage()));
    QCOMPARE(report->review.corrected, 1);
    QCOMPARE(report->reshaped, 1);
    const ParsedDigest written = DigestParser::parse(readAll(report->files.first()), QString());
    QCOMPARE(written.entries.size(), 2);
    QCOMPARE(written.entries.at(1).takeawaysZh.first(), u"第一行 第二行"_s);
}

void TestCorrectedDigest::selectionIsWrittenPerTopicAndDate()
{
    std::unique_ptr<Database> source = library(u"source.papershelf"_s, {Fixture});
    QVERIFY(source);
    const QString folder = m_dir->filePath(u"selection"_s);
    const Result<CorrectedDigestReport> report = CorrectedDigestExport(source->connection())
                                                     .writePapers({paperRowId(*source, Teapots)}, folder);
    QVERIFY2(report, qPrintable(report.errorMessage()));
    QCOMPARE(report->files, QStringList{QDir(folder).filePath(u"2026-11-20 Review Fixtures.md"_s)});
    const ParsedDigest written = DigestParser::parse(readAll(report->files.first()), report->files.first());
    QCOMPARE(written.topic, u"Review Fixtures"_s);
    QCOMPARE(written.date, QDate(2026, 11, 20));
    QCOMPARE(written.entries.size(), 1);
    DigestEntry entry = written.entries.first();
    entry.line = 0;
    QCOMPARE(entry, entries(*source).value(Teapots));
}

void TestCorrectedDigest::sameSourceNamesAreMadeUnique()
{
    // Two digests named review-source.md in two dated folders.
    const QByteArray bytes = readAll(Fixture);
    QVERIFY(!bytes.isEmpty());
    QStringList paths;
    for (const QString &day : {u"2026-11-20"_s, u"2026-11-21"_s}) {
        QVERIFY(QDir().mkpath(m_dir->filePath(day)));
        QFile file(m_dir->filePath(day + u"/review-source.md"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray dated = bytes;
        dated.replace("2026-11-20", day.toUtf8());
        file.write(dated);
        paths.append(file.fileName());
    }
    std::unique_ptr<Database> source = library(u"source.papershelf"_s, paths);
    QVERIFY(source);
    const QString folder = m_dir->filePath(u"out"_s);
    const Result<CorrectedDigestReport> report = CorrectedDigestExport(source->connection()).writeDigests({}, folder);
    QVERIFY2(report, qPrintable(report.errorMessage()));
    QCOMPARE(report->files,
             QStringList(
                 {QDir(folder).filePath(u"review-source.md"_s), QDir(folder).filePath(u"review-source (2).md"_s)}));
    QCOMPARE(DigestParser::parse(readAll(report->files.at(0)), QString()).date, QDate(2026, 11, 20));
    QCOMPARE(DigestParser::parse(readAll(report->files.at(1)), QString()).date, QDate(2026, 11, 21));

    // Asking for one digest by id writes only that one.
    const qint64 second = Tests::scalar(source->connection(), u"SELECT id FROM digests WHERE date = '2026-11-21'"_s)
                              .toLongLong();
    const QString single = m_dir->filePath(u"single"_s);
    const Result<CorrectedDigestReport> one = CorrectedDigestExport(source->connection())
                                                  .writeDigests({second}, single);
    QVERIFY2(one, qPrintable(one.errorMessage()));
    QCOMPARE(one->files, QStringList{QDir(single).filePath(u"review-source.md"_s)});
    QVERIFY(!CorrectedDigestExport(source->connection()).writeDigests({second + 100}, single));
}

void TestCorrectedDigest::unwritableFolderIsAnError()
{
    std::unique_ptr<Database> source = library(u"source.papershelf"_s, {Fixture});
    QVERIFY(source);
    // A file where the folder should be.
    const QString blocked = m_dir->filePath(u"blocked"_s);
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Result<CorrectedDigestReport> report = CorrectedDigestExport(source->connection()).writeDigests({}, blocked);
    QVERIFY(!report);
    QVERIFY2(report.errorMessage().contains(blocked), qPrintable(report.errorMessage()));
}

QTEST_GUILESS_MAIN(TestCorrectedDigest)

#include "tst_correcteddigest.moc"
