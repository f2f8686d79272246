#include "core/arxiv/arxivcomparison.h"
#include "core/arxiv/arxivfeedparser.h"
#include "core/arxiv/arxivmetadatastore.h"
#include "core/db/database.h"
#include "core/db/paperrepository.h"
#include "core/db/pdfcachestore.h"
#include "core/db/sqlquery.h"
#include "core/import/importer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace PaperShelf::Core;

namespace {

QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(PAPERSHELF_TEST_DATA "/arxiv/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestArxiv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitId_data();
    void splitId();
    void feedFixtureParsesEveryEntry();
    void errorEntriesAreReportedNotRecorded();
    void malformedXmlIsAnError();
    void nonAtomDocumentIsAnError();
    void comparisonIgnoresLayoutOnly();
    void comparisonListsDifferingFields();
    void emptyArxivFieldIsNoDifference();
    void metadataStoreRoundTrips();
    void pdfCacheStoreRoundTrips();
    void applyToPaperReplacesOnlyChosenFields();
};

void TestArxiv::splitId_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("version");
    QTest::newRow("abs url") << "http://arxiv.org/abs/2402.00101v2"
                             << "2402.00101" << 2;
    QTest::newRow("https pdf url") << "https://arxiv.org/pdf/2402.00101v12.pdf"
                                   << "2402.00101" << 12;
    QTest::newRow("bare, no version") << "2402.00101"
                                      << "2402.00101" << 0;
    QTest::newRow("old style") << "http://arxiv.org/abs/hep-th/9901001v1"
                               << "hep-th/9901001" << 1;
}

void TestArxiv::splitId()
{
    QFETCH(QString, input);
    QFETCH(QString, id);
    QFETCH(int, version);
    const auto [gotId, gotVersion] = ArxivFeedParser::splitId(input);
    QCOMPARE(gotId, id);
    QCOMPARE(gotVersion, version);
}

void TestArxiv::feedFixtureParsesEveryEntry()
{
    const Result<ArxivFeed> feed = ArxivFeedParser::parse(readFixture(QStringLiteral("feed.xml")));
    QVERIFY2(feed.ok(), qPrintable(feed.errorMessage()));
    QCOMPARE(feed->records.size(), 3);
    QVERIFY(feed->errors.isEmpty());
    const ArxivRecord &first = feed->records.at(0);
    QCOMPARE(first.arxivId, QStringLiteral("2402.00101"));
    QCOMPARE(first.version, 2);
    QCOMPARE(first.title, QStringLiteral("Lantern Fields: Relighting Radiance Fields at Dusk"));
    QCOMPARE(first.authors,
             QStringList({QStringLiteral("Mirela Ostrova"),
                          QStringLiteral("Tobias Feldmann"),
                          QStringLiteral("Hana Kobayashi")}));
    QVERIFY(first.abstract.startsWith(QStringLiteral("We present Lantern Fields, a relightable neural radiance field "
                                                     "that models low-light scenes")));
    QVERIFY(!first.abstract.contains(QLatin1Char('\n')));
    QCOMPARE(first.published, QDateTime(QDate(2024, 2, 1), QTime(9, 15), Qt::UTC));
    QCOMPARE(first.updated, QDateTime(QDate(2024, 2, 12), QTime(17, 30, 5), Qt::UTC));
    QCOMPARE(first.primaryCategory, QStringLiteral("cs.CV"));
    QCOMPARE(first.pdfUrl, QStringLiteral("http://arxiv.org/pdf/2402.00101v2"));
    QCOMPARE(feed->records.at(1).authors.last(), QStringLiteral("Jonas Müller"));
    QCOMPARE(feed->records.at(2).primaryCategory, QStringLiteral("cs.GR"));
}

void TestArxiv::errorEntriesAreReportedNotRecorded()
{
    const Result<ArxivFeed> feed = ArxivFeedParser::parse(readFixture(QStringLiteral("error.xml")));
    QVERIFY2(feed.ok(), qPrintable(feed.errorMessage()));
    QVERIFY(feed->records.isEmpty());
    QCOMPARE(feed->errors, QStringList(QStringLiteral("incorrect id format for 2402.0010")));
}

void TestArxiv::malformedXmlIsAnError()
{
    const Result<ArxivFeed> feed = ArxivFeedParser::parse(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>x</entry></feed>");
    QVERIFY(!feed.ok());
    QVERIFY(feed.errorMessage().contains(QStringLiteral("malformed")));
}

void TestArxiv::nonAtomDocumentIsAnError()
{
    const Result<ArxivFeed> feed = ArxivFeedParser::parse("<html><body>Service unavailable</body></html>");
    QVERIFY(!feed.ok());
    QVERIFY(feed.errorMessage().contains(QStringLiteral("<html>")));
}

void TestArxiv::comparisonIgnoresLayoutOnly()
{
    DigestEntry digest;
    digest.title = QStringLiteral("Lantern Fields: Relighting Radiance Fields at Dusk");
    digest.authors = {QStringLiteral("Mirela Ostrova"), QStringLiteral("Tobias Feldmann")};
    digest.abstract = QStringLiteral("We model $\\alpha$ at {Dusk}.");
    ArxivRecord record;
    record.title = QStringLiteral("Lantern  Fields: relighting radiance fields\n at dusk");
    record.authors = digest.authors;
    record.abstract = QStringLiteral("We model \\alpha at Dusk");
    QVERIFY(ArxivComparison::compare(digest, record).isEmpty());
}

void TestArxiv::comparisonListsDifferingFields()
{
    const Result<ArxivFeed> feed = ArxivFeedParser::parse(readFixture(QStringLiteral("feed.xml")));
    QVERIFY(feed.ok());
    DigestEntry digest;
    digest.title = QStringLiteral("Sparse Views, Dense Depth: Few-Shot NeRF with Monocular Priors");
    digest.authors = {QStringLiteral("Oskar Lindqvist"), QStringLiteral("Priya Raman")};
    digest.abstract = QStringLiteral("Few-shot novel view synthesis remains difficult for neural radiance fields. We "
                                     "combine monocular depth priors with a sparsity-aware sampling scheme and obtain "
                                     "dense geometry from only three input views.");
    const QList<ArxivDifference> differences = ArxivComparison::compare(digest, feed->records.at(1));
    QCOMPARE(differences.size(), 2);
    QCOMPARE(differences.at(0).field, ArxivField::Title);
    QCOMPARE(differences.at(0).digestText, digest.title);
    QCOMPARE(differences.at(0).arxivText,
             QStringLiteral("Sparse Views, Dense Depth: Few-Shot Neural Radiance Fields with Monocular Depth Priors"));
    QCOMPARE(differences.at(1).field, ArxivField::Authors);
    QCOMPARE(differences.at(1).digestText, QStringLiteral("Oskar Lindqvist, Priya Raman"));
    QCOMPARE(differences.at(1).arxivText, QStringLiteral("Oskar Lindqvist, Priya Raman, Jonas Müller"));
    QCOMPARE(arxivFieldName(differences.at(1).field), QStringLiteral("authors"));
}

void TestArxiv::emptyArxivFieldIsNoDifference()
{
    DigestEntry digest;
    digest.title = QStringLiteral("A title");
    digest.abstract = QStringLiteral("An abstract");
    ArxivRecord record;
    record.title = QStringLiteral("A title");
    QVERIFY(ArxivComparison::compare(digest, record).isEmpty());
}

void TestArxiv::metadataStoreRoundTrips()
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("lib.papershelf")));
    QVERIFY2(database.ok(), qPrintable(database.errorMessage()));
    const QSqlDatabase db = (*database)->connection();
    QSqlQuery insert(db);
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO papers(id, key, title, latest_date, added_at, updated_at)"
                                       " VALUES(7, '2402.00101', 'T', '2024-02-01', 'x', 'x')")));
    const Result<ArxivFeed> feed = ArxivFeedParser::parse(readFixture(QStringLiteral("feed.xml")));
    QVERIFY(feed.ok());
    ArxivMetadataStore store(db);
    const Result<std::optional<ArxivRecord>> none = store.load(7);
    QVERIFY(none.ok());
    QVERIFY(!none->has_value());
    ArxivRecord record = feed->records.at(0);
    record.pdfUrl.clear(); // not stored
    const QDateTime fetched(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(store.save(7, record, fetched).ok());
    const Result<std::optional<ArxivRecord>> loaded = store.load(7);
    QVERIFY(loaded.ok());
    QVERIFY(loaded->has_value());
    QCOMPARE(**loaded, record);
    QCOMPARE(*store.fetchedAt(7), fetched);
    // Deleting the paper deletes its record.
    QVERIFY(insert.exec(QStringLiteral("DELETE FROM papers WHERE id = 7")));
    QVERIFY(!store.load(7)->has_value());
}

void TestArxiv::pdfCacheStoreRoundTrips()
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("lib.papershelf")));
    QVERIFY(database.ok());
    const QSqlDatabase db = (*database)->connection();
    QSqlQuery insert(db);
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO papers(id, key, title, latest_date, added_at, updated_at)"
                                       " VALUES(3, 'k', 'T', '2024-02-01', 'x', 'x')")));
    PdfCacheStore store(db);
    PdfCacheEntry failed;
    failed.paperRowId = 3;
    failed.url = QStringLiteral("http://127.0.0.1/x.pdf");
    failed.state = PdfState::Failed;
    failed.error = QStringLiteral("HTTP 404 Not Found");
    failed.fetchedAt = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(store.record(failed).ok());
    auto entry = store.entry(3);
    QVERIFY(entry.ok() && entry->has_value());
    QCOMPARE((*entry)->state, PdfState::Failed);
    QCOMPARE((*entry)->error, failed.error);
    QVERIFY((*entry)->file.isEmpty());
    PdfCacheEntry cached = failed;
    cached.state = PdfState::Cached;
    cached.error.clear();
    cached.file = QStringLiteral("k.pdf");
    cached.bytes = 1234;
    QVERIFY(store.record(cached).ok());
    entry = store.entry(3);
    QCOMPARE((*entry)->state, PdfState::Cached);
    QCOMPARE((*entry)->file, QStringLiteral("k.pdf"));
    QCOMPARE((*entry)->bytes, 1234);
    QVERIFY((*entry)->error.isEmpty());
    QVERIFY(!store.entry(4)->has_value());
}

void TestArxiv::applyToPaperReplacesOnlyChosenFields()
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("lib.papershelf")));
    QVERIFY(database.ok());
    Importer importer(**database);
    QCOMPARE(importer.importPaths({QStringLiteral(PAPERSHELF_TEST_DATA "/cli/2024-02-01")}).papersAdded, 2);
    PaperRepository repository((*database)->connection());
    const auto before = repository.paper(QStringLiteral("2402.00102"));
    QVERIFY(before.ok() && before->has_value());
    const qint64 rowId = (*before)->rowId;
    const QList<ArxivDifference> chosen = {
        {ArxivField::Title, (*before)->text.title, QStringLiteral("Few-Shot Neural Radiance Fields with Depth Priors")},
        {ArxivField::Authors, QString(), QStringLiteral("Oskar Lindqvist, Priya Raman, Jonas Müller")},
    };
    QVERIFY(ArxivMetadataStore((*database)->connection()).applyToPaper(rowId, chosen).ok());
    const auto after = repository.paper(QStringLiteral("2402.00102"));
    QCOMPARE((*after)->text.title, QStringLiteral("Few-Shot Neural Radiance Fields with Depth Priors"));
    QCOMPARE((*after)->text.authors.size(), 3);
    QCOMPARE((*after)->text.authors.last(), QStringLiteral("Jonas Müller"));
    QCOMPARE((*after)->text.abstract, (*before)->text.abstract);
    QSqlQuery title((*database)->connection());
    QVERIFY(title.exec(QStringLiteral("SELECT title FROM papers WHERE id = %1").arg(rowId)) && title.next());
    QCOMPARE(title.value(0).toString(), QStringLiteral("Few-Shot Neural Radiance Fields with Depth Priors"));
    QVERIFY2((*database)->integrityProblems().isEmpty(), qPrintable((*database)->integrityProblems().join(u'\n')));
    // The other paper is untouched.
    QCOMPARE((*repository.paper(QStringLiteral("2402.00101")))->text.title,
             QStringLiteral("Lantern Fields: Relighting Radiance Fields at Dusk"));
}

QTEST_GUILESS_MAIN(TestArxiv)
#include "tst_arxiv.moc"
