#include "core/db/database.h"
#include "core/db/schema.h"
#include "core/review/glossarycodec.h"
#include "core/review/glossarystore.h"
#include "librarytestutil.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace PaperShelf::Core;
using namespace PaperShelf::Tests;

Q_DECLARE_METATYPE(PaperShelf::Core::GlossaryFormat)

// The glossary: store, starter list and its seeding, and the CSV/TSV codec.
class TestGlossary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void starterListIsCompleteAndReadable();
    void newLibraryStartsWithTheStarterList();
    void migrationFromVersion2SeedsOnceAndKeepsDeletions();
    void saveAddsThenReplacesIgnoringCase();
    void saveWithIdRenamesButNotOntoAnotherTerm();
    void saveNormalisesAndRefusesEmptyFields();
    void removeDeletesAndReportsMissingTerms();
    void everyWriteMarksSegmentsUnchecked_data();
    void everyWriteMarksSegmentsUnchecked();
    void importIsAllOrNothing();

    void codecRoundTripsAwkwardText_data();
    void codecRoundTripsAwkwardText();
    void codecReadsBomCrlfAndAnyColumnOrder_data();
    void codecReadsBomCrlfAndAnyColumnOrder();
    void codecRejectsMalformedInputNamingTheLine_data();
    void codecRejectsMalformedInputNamingTheLine();
    void codecDetectsFormatByExtensionThenFirstLine();
    void fileImportOfBrokenFileImportsNothing();

private:
    std::unique_ptr<Database> open();
    /// Adds a paper with three review segments, all marked checked.
    void addCheckedSegments(const QSqlDatabase &db);
    static QList<GlossaryTerm> awkwardTerms();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestGlossary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("library.papershelf"));
}

void TestGlossary::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Database> TestGlossary::open()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_path);
    if (!db) {
        qWarning() << db.errorMessage();
        return nullptr;
    }
    return std::move(*db);
}

void TestGlossary::addCheckedSegments(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO papers(id, key, title, latest_date, added_at, updated_at)"
                                      " VALUES(1, '2402.00101', 'Lantern Fields', '2024-02-01', 'now', 'now')")));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(query.exec(QStringLiteral("INSERT INTO review_segments(paper_id, field, idx, machine_text, checked)"
                                          " VALUES(1, 'takeaways_zh', %1, '要点', 1)")
                               .arg(i)));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM review_segments WHERE checked = 1")).toInt(), 3);
}

QList<GlossaryTerm> TestGlossary::awkwardTerms()
{
    return {
        {0, QStringLiteral("diffusion model"), QStringLiteral("扩散模型"), {QStringLiteral("传播模型")}, QString()},
        {0,
         QStringLiteral("point cloud, dense"),
         QStringLiteral("稠密\"点云\""),
         {QStringLiteral("a|b"), QStringLiteral("back\\slash"), QStringLiteral("逗号,引号\"")},
         QStringLiteral("Line one, with a comma\nline \"two\"\twith a tab\r\nline three | pipe")},
        {0, QStringLiteral("\"quoted\" term"), QStringLiteral("引号"), {}, QStringLiteral("=1+1 looks like a formula")},
        {0,
         QStringLiteral("trailing backslash"),
         QStringLiteral("反斜杠\\"),
         {QStringLiteral("end\\")},
         QStringLiteral("\\")},
    };
}

void TestGlossary::starterListIsCompleteAndReadable()
{
    const QList<GlossaryTerm> terms = GlossaryStore::starterTerms();
    QVERIFY2(terms.size() >= 20, qPrintable(QString::number(terms.size())));
    QSet<QString> seen;
    for (const GlossaryTerm &term : terms) {
        QVERIFY2(!term.preferred.isEmpty(), qPrintable(term.term));
        QVERIFY2(!term.wrong.contains(term.preferred), qPrintable(term.term));
        QVERIFY2(!seen.contains(term.term.toLower()), qPrintable(term.term));
        seen.insert(term.term.toLower());
        // Stored as read: the list needs no normalising.
        QCOMPARE(*GlossaryStore::normalised(term), term);
    }
    const auto find = [&](const QString &name) {
        for (const GlossaryTerm &term : terms) {
            if (term.term == name) {
                return term;
            }
        }
        return GlossaryTerm();
    };
    QCOMPARE(find(QStringLiteral("Gaussian splatting")).preferred, QStringLiteral("高斯泼溅"));
    // Widely used and not wrong, so deliberately not flagged; the note says so.
    QVERIFY(!find(QStringLiteral("Gaussian splatting")).wrong.contains(QStringLiteral("高斯溅射")));
    QVERIFY(find(QStringLiteral("Gaussian splatting")).note.contains(QStringLiteral("高斯溅射")));
    QCOMPARE(find(QStringLiteral("diffusion model")).preferred, QStringLiteral("扩散模型"));
    QCOMPARE(find(QStringLiteral("zero-shot")).wrong,
             QStringList({QStringLiteral("零射击"), QStringLiteral("零次射击")}));
}

void TestGlossary::newLibraryStartsWithTheStarterList()
{
    const std::unique_ptr<Database> db = open();
    QVERIFY(db);
    const Result<QList<GlossaryTerm>> terms = GlossaryStore(db->connection()).terms();
    QVERIFY2(terms, qPrintable(terms.errorMessage()));
    QCOMPARE(terms->size(), GlossaryStore::starterTerms().size());
    const Result<GlossaryTerm> nerf = GlossaryStore(db->connection()).find(QStringLiteral("Neural Radiance Field"));
    QVERIFY2(nerf, qPrintable(nerf.errorMessage()));
    QCOMPARE(nerf->preferred, QStringLiteral("神经辐射场"));
    QVERIFY(nerf->wrong.contains(QStringLiteral("神经放射场")));
    // Sorted by term, ignoring case.
    for (qsizetype i = 1; i < terms->size(); ++i) {
        QVERIFY(QString::compare(terms->at(i - 1).term, terms->at(i).term, Qt::CaseInsensitive) <= 0);
    }
}

void TestGlossary::migrationFromVersion2SeedsOnceAndKeepsDeletions()
{
    QVERIFY(loadDump(m_path, QStringLiteral("library-v2.sql")));
    qint64 removed = 0;
    {
        const std::unique_ptr<Database> db = open();
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Schema::CurrentVersion);
        GlossaryStore store(db->connection());
        const Result<QList<GlossaryTerm>> terms = store.terms();
        QVERIFY(terms);
        QCOMPARE(terms->size(), GlossaryStore::starterTerms().size());
        // The version 2 data is still there next to it.
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM papers")).toInt(), 4);
        const Result<GlossaryTerm> transformer = store.find(QStringLiteral("transformer"));
        QVERIFY(transformer);
        removed = transformer->id;
        QVERIFY(store.remove(removed));
    }
    const std::unique_ptr<Database> again = open();
    QVERIFY(again);
    GlossaryStore store(again->connection());
    QCOMPARE(store.terms()->size(), GlossaryStore::starterTerms().size() - 1);
    QCOMPARE(store.find(QStringLiteral("transformer")).error().code,
             static_cast<int>(GlossaryStore::ErrorCode::NotFound));
}

void TestGlossary::saveAddsThenReplacesIgnoringCase()
{
    const std::unique_ptr<Database> db = open();
    QVERIFY(db);
    GlossaryStore store(db->connection());
    const qsizetype before = store.terms()->size();

    const Result<qint64> added = store.save(
        {0, QStringLiteral("occupancy network"), QStringLiteral("占据网络"), {QStringLiteral("入住网络")}, QString()});
    QVERIFY2(added, qPrintable(added.errorMessage()));
    QVERIFY(*added > 0);
    QCOMPARE(store.terms()->size(), before + 1);

    // The same term in other case replaces the entry and keeps the new spelling.
    const Result<qint64> replaced = store.save(
        {0, QStringLiteral("Occupancy Network"), QStringLiteral("占用网络"), {}, QStringLiteral("也作占据网络")});
    QVERIFY2(replaced, qPrintable(replaced.errorMessage()));
    QCOMPARE(*replaced, *added);
    QCOMPARE(store.terms()->size(), before + 1);
    const Result<GlossaryTerm> stored = store.find(QStringLiteral("OCCUPANCY NETWORK"));
    QVERIFY(stored);
    QCOMPARE(*stored,
             GlossaryTerm({*added,
                           QStringLiteral("Occupancy Network"),
                           QStringLiteral("占用网络"),
                           {},
                           QStringLiteral("也作占据网络")}));

    // The column itself refuses a case variant, whatever the store does.
    QSqlQuery raw(db->connection());
    QVERIFY(!raw.exec(QStringLiteral("INSERT INTO glossary(term, preferred, updated_at)"
                                     " VALUES('OCCUPANCY network', 'x', 'now')")));
}

void TestGlossary::saveWithIdRenamesButNotOntoAnotherTerm()
{
    const std::unique_ptr<Database> db = open();
    QVERIFY(db);
    GlossaryStore store(db->connection());
    const Result<GlossaryTerm> mesh = store.find(QStringLiteral("mesh"));
    QVERIFY(mesh);

    GlossaryTerm renamed = *mesh;
    renamed.term = QStringLiteral("triangle mesh");
    renamed.preferred = QStringLiteral("三角网格");
    QCOMPARE(*store.save(renamed), mesh->id);
    QCOMPARE(store.find(QStringLiteral("mesh")).error().code, static_cast<int>(GlossaryStore::ErrorCode::NotFound));
    QCOMPARE(*store.find(QStringLiteral("Triangle Mesh")), renamed);

    renamed.term = QStringLiteral("POINT CLOUD");
    const Result<qint64> clash = store.save(renamed);
    QVERIFY(!clash);
    QCOMPARE(clash.error().code, static_cast<int>(GlossaryStore::ErrorCode::TermTaken));
    QCOMPARE(store.find(QStringLiteral("point cloud"))->preferred, QStringLiteral("点云"));

    renamed.id = 99'999;
    QCOMPARE(store.save(renamed).error().code, static_cast<int>(GlossaryStore::ErrorCode::NotFound));
}

void TestGlossary::saveNormalisesAndRefusesEmptyFields()
{
    const std::unique_ptr<Database> db = open();
    QVERIFY(db);
    GlossaryStore store(db->connection());
    const qsizetype before = store.terms()->size();

    QVERIFY(store.save({0,
                        QStringLiteral("  view   synthesis \n"),
                        QStringLiteral(" 视角合成 "),
                        {QStringLiteral(" 视图合成 "), QString(), QStringLiteral("视图合成"), QStringLiteral("  ")},
                        QStringLiteral("  note  ")}));
    QCOMPARE(*store.find(QStringLiteral("view synthesis")),
             GlossaryTerm({store.find(QStringLiteral("view synthesis"))->id,
                           QStringLiteral("view synthesis"),
                           QStringLiteral("视角合成"),
                           {QStringLiteral("视图合成")},
                           QStringLiteral("note")}));

    const Result<qint64> noTerm = store.save({0, QStringLiteral("   "), QStringLiteral("空"), {}, QString()});
    QCOMPARE(noTerm.error().code, static_cast<int>(GlossaryStore::ErrorCode::Invalid));
    const Result<qint64> noRendering = store.save({0, QStringLiteral("empty"), QStringLiteral("\t"), {}, QString()});
    QCOMPARE(noRendering.error().code, static_cast<int>(GlossaryStore::ErrorCode::Invalid));
    QVERIFY(noRendering.errorMessage().contains(QStringLiteral("empty")));
    QCOMPARE(store.terms()->size(), before + 1);
}

void TestGlossary::removeDeletesAndReportsMissingTerms()
{
    const std::unique_ptr<Database> db = open();
    QVERIFY(db);
    GlossaryStore store(db->connection());
    const qsizetype before = store.terms()->size();
    const Result<GlossaryTerm> token = store.find(QStringLiteral("Token"));
    QVERIFY(token);
    QVERIFY(store.remove(token->id));
    QCOMPARE(store.terms()->size(), before - 1);
    QVERIFY(!store.find(QStringLiteral("token")));
    const Result<void> again = store.remove(token->id);
    QVERIFY(!again);
    QCOMPARE(again.error().code, static_cast<int>(GlossaryStore::ErrorCode::NotFound));
    QCOMPARE(store.terms()->size(), before - 1);
}

void TestGlossary::everyWriteMarksSegmentsUnchecked_data()
{
    QTest::addColumn<QString>("write");
    QTest::newRow("save") << QStringLiteral("save");
    QTest::newRow("save by id") << QStringLiteral("rename");
    QTest::newRow("remove") << QStringLiteral("remove");
    QTest::newRow("import") << QStringLiteral("import");
    QTest::newRow("failed save") << QStringLiteral("failed");
}

void TestGlossary::everyWriteMarksSegmentsUnchecked()
{
    QFETCH(QString, write);
    const std::unique_ptr<Database> db = open();
    QVERIFY(db);
    addCheckedSegments(db->connection());
    GlossaryStore store(db->connection());
    const GlossaryTerm mesh = *store.find(QStringLiteral("mesh"));
    bool written = false;
    if (write == QLatin1String("save")) {
        written = store.save({0, QStringLiteral("voxel"), QStringLiteral("体素"), {}, QString()}).ok();
    } else if (write == QLatin1String("rename")) {
        GlossaryTerm changed = mesh;
        changed.preferred = QStringLiteral("网格模型");
        written = store.save(changed).ok();
    } else if (write == QLatin1String("remove")) {
        written = store.remove(mesh.id).ok();
    } else if (write == QLatin1String("import")) {
        written = store.importTerms({{0, QStringLiteral("voxel"), QStringLiteral("体素"), {}, QString()}}).ok();
    } else {
        written = store.save({0, QStringLiteral("voxel"), QString(), {}, QString()}).ok();
    }
    QCOMPARE(written, write != QLatin1String("failed"));
    // A failed write changes nothing, the stale mark included.
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM review_segments WHERE checked = 1")).toInt(),
             written ? 0 : 3);
}

void TestGlossary::importIsAllOrNothing()
{
    const std::unique_ptr<Database> db = open();
    QVERIFY(db);
    addCheckedSegments(db->connection());
    GlossaryStore store(db->connection());
    const QList<GlossaryTerm> before = *store.terms();

    const QList<GlossaryTerm> broken = {
        {0, QStringLiteral("voxel"), QStringLiteral("体素"), {}, QString()},
        {0, QStringLiteral("mesh"), QStringLiteral("网格模型"), {}, QString()},
        {0, QStringLiteral("empty"), QStringLiteral(" "), {}, QString()},
    };
    QVERIFY(!store.importTerms(broken));
    QCOMPARE(*store.terms(), before);
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM review_segments WHERE checked = 1")).toInt(),
             3);

    const Result<int> imported = store.importTerms(broken.first(2));
    QVERIFY2(imported, qPrintable(imported.errorMessage()));
    QCOMPARE(*imported, 2);
    QCOMPARE(store.terms()->size(), before.size() + 1);
    QCOMPARE(store.find(QStringLiteral("mesh"))->preferred, QStringLiteral("网格模型"));
}

void TestGlossary::codecRoundTripsAwkwardText_data()
{
    QTest::addColumn<GlossaryFormat>("format");
    QTest::newRow("csv") << GlossaryFormat::Csv;
    QTest::newRow("tsv") << GlossaryFormat::Tsv;
}

void TestGlossary::codecRoundTripsAwkwardText()
{
    QFETCH(GlossaryFormat, format);
    const QByteArray bytes = GlossaryCodec::write(awkwardTerms(), format);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.startsWith(format == GlossaryFormat::Csv ? "term,preferred,wrong,note\r\n"
                                                           : "term\tpreferred\twrong\tnote\n"));
    const Result<QList<GlossaryTerm>> read = GlossaryCodec::read(bytes, format);
    QVERIFY2(read, qPrintable(read.errorMessage()));
    QCOMPARE(*read, awkwardTerms());

    // Through files, with the format taken from the extension.
    const QString path = m_dir->filePath(format == GlossaryFormat::Csv ? QStringLiteral("g.csv")
                                                                       : QStringLiteral("g.tsv"));
    QVERIFY(GlossaryCodec::writeFile(path, awkwardTerms()));
    QCOMPARE(*GlossaryCodec::readFile(path), awkwardTerms());
    // TSV puts one term on one line whatever it holds.
    if (format == GlossaryFormat::Tsv) {
        QCOMPARE(bytes.count('\n'), awkwardTerms().size() + 1);
    }
}

void TestGlossary::codecReadsBomCrlfAndAnyColumnOrder_data()
{
    QTest::addColumn<GlossaryFormat>("format");
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray bom = "\xEF\xBB\xBF";
    QTest::newRow("csv bom crlf") << GlossaryFormat::Csv
                                  << bom + "term,preferred,wrong,note\r\nzero-shot,零样本,零射击|零次射击,\r\n";
    QTest::newRow("csv lf, no final break, blank line")
        << GlossaryFormat::Csv << QByteArray("term,preferred,wrong,note\n\nzero-shot,零样本,\"零射击|零次射击\",");
    QTest::newRow("csv columns reordered, note left out")
        << GlossaryFormat::Csv << QByteArray("Wrong,Term,Preferred\n零射击|零次射击,zero-shot,零样本\n");
    QTest::newRow("tsv bom crlf") << GlossaryFormat::Tsv
                                  << bom + "term\tpreferred\twrong\tnote\r\nzero-shot\t零样本\t零射击|零次射击\t\r\n";
    QTest::newRow("tsv no final break") << GlossaryFormat::Tsv
                                        << QByteArray("preferred\tterm\twrong\n零样本\tzero-shot\t零射击| 零次射击");
}

void TestGlossary::codecReadsBomCrlfAndAnyColumnOrder()
{
    QFETCH(GlossaryFormat, format);
    QFETCH(QByteArray, bytes);
    const Result<QList<GlossaryTerm>> read = GlossaryCodec::read(bytes, format);
    QVERIFY2(read, qPrintable(read.errorMessage()));
    const QList<GlossaryTerm> expected = {{0,
                                           QStringLiteral("zero-shot"),
                                           QStringLiteral("零样本"),
                                           {QStringLiteral("零射击"), QStringLiteral("零次射击")},
                                           QString()}};
    QCOMPARE(*read, expected);
}

void TestGlossary::codecRejectsMalformedInputNamingTheLine_data()
{
    QTest::addColumn<GlossaryFormat>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray header = "term,preferred,wrong,note\n";
    QTest::newRow("missing column") << GlossaryFormat::Csv << header + "mesh,网格,\"啮合\nline\",\nvoxel,体素,\n"
                                    << QStringLiteral("line 4: 3 field(s) where the header has 4");
    QTest::newRow("extra column") << GlossaryFormat::Csv << header + "mesh,网格,,,extra\n"
                                  << QStringLiteral("line 2: 5 field(s)");
    QTest::newRow("empty term") << GlossaryFormat::Csv << header + "mesh,网格,,\n  ,体素,,\n"
                                << QStringLiteral("line 3: the term is empty");
    QTest::newRow("empty preferred") << GlossaryFormat::Tsv << QByteArray("term\tpreferred\nmesh\t网格\nvoxel\t \n")
                                     << QStringLiteral("line 3: the preferred rendering of \"voxel\" is empty");
    QTest::newRow("term twice") << GlossaryFormat::Csv << header + "Mesh,网格,,\nvoxel,体素,,\nmesh,网格,,\n"
                                << QStringLiteral("line 4: \"mesh\" is already on line 2");
    QTest::newRow("unclosed quote") << GlossaryFormat::Csv << header + "mesh,网格,,\nvoxel,\"体素,,\n\n"
                                    << QStringLiteral("line 3: a quoted field is not closed");
    QTest::newRow("text after quote") << GlossaryFormat::Csv << header + "mesh,\"网格\"x,,\n"
                                      << QStringLiteral("line 2: text after the closing quote");
    QTest::newRow("stray quote") << GlossaryFormat::Csv << header + "mesh,网\"格,,\n"
                                 << QStringLiteral("line 2: a quote inside an unquoted field");
    QTest::newRow("no header") << GlossaryFormat::Csv << QByteArray("mesh,网格,,\n")
                               << QStringLiteral("line 1: unknown column \"mesh\"");
    QTest::newRow("header without preferred") << GlossaryFormat::Tsv << QByteArray("term\tnote\nmesh\tx\n")
                                              << QStringLiteral("line 1: the first line must name the columns");
    QTest::newRow("empty file") << GlossaryFormat::Csv << QByteArray("\xEF\xBB\xBF\n")
                                << QStringLiteral("line 1: the file is empty");
    QTest::newRow("not utf-8") << GlossaryFormat::Csv << header + "mesh,\xCD\xF8\xB8\xF1,,\n"
                               << QStringLiteral("not UTF-8");
}

void TestGlossary::codecRejectsMalformedInputNamingTheLine()
{
    QFETCH(GlossaryFormat, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const Result<QList<GlossaryTerm>> read = GlossaryCodec::read(bytes, format);
    QVERIFY(!read);
    QVERIFY2(read.errorMessage().contains(message), qPrintable(read.errorMessage()));
}

void TestGlossary::codecDetectsFormatByExtensionThenFirstLine()
{
    QCOMPARE(GlossaryCodec::detect(QStringLiteral("a.CSV"), "term\tpreferred\n"), GlossaryFormat::Csv);
    QCOMPARE(GlossaryCodec::detect(QStringLiteral("a.tsv"), "term,preferred\n"), GlossaryFormat::Tsv);
    QCOMPARE(GlossaryCodec::detect(QStringLiteral("a.txt"), "\xEF\xBB\xBFterm\tpreferred\nx,y\n"), GlossaryFormat::Tsv);
    QCOMPARE(GlossaryCodec::detect(QStringLiteral("glossary"), "term,preferred\nx\ty,z\n"), GlossaryFormat::Csv);
    QVERIFY(!GlossaryCodec::formatOfPath(QStringLiteral("glossary.json")));
}

void TestGlossary::fileImportOfBrokenFileImportsNothing()
{
    const std::unique_ptr<Database> db = open();
    QVERIFY(db);
    GlossaryStore store(db->connection());
    const QList<GlossaryTerm> before = *store.terms();
    // A file whose last line is broken: the good lines before it are not imported either.
    const QString path = QStringLiteral(PAPERSHELF_TEST_DATA "/review/glossary-broken.csv");
    const Result<QList<GlossaryTerm>> read = GlossaryCodec::readFile(path);
    QVERIFY(!read);
    QVERIFY2(read.errorMessage().startsWith(QStringLiteral("glossary-broken.csv: line 5:")),
             qPrintable(read.errorMessage()));
    QCOMPARE(*store.terms(), before);
    QVERIFY(!GlossaryCodec::readFile(m_dir->filePath(QStringLiteral("missing.csv"))));
}

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
