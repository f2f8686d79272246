#include "core/db/database.h"
#include "core/db/entrycodec.h"
#include "core/db/paperrepository.h"
#include "core/db/paperwriter.h"
#include "core/db/schema.h"
#include "core/search/papersearch.h"
#include "core/search/searchindex.h"
#include "core/search/shelfstore.h"
#include "core/search/tagindex.h"
#include "librarytestutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QtTest>

using namespace PaperShelf::Core;
using namespace PaperShelf::Tests;

class TestLibraryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void openCreatesVersionedWalLibrary();
    void openRejectsBadFiles_data();
    void openRejectsBadFiles();
    void openRejectsNewerSchema();
    void openReadOnlyFile();
    void openReportsLockedLibrary();
    void migratesFromEveryOlderVersion_data();
    void migratesFromEveryOlderVersion();
    void migratesVersion1FixtureKeepingData();
    void migratesVersion2FixtureKeepingData();

    void samePaperInTwoDigestsIsMerged();
    void latestAppearanceProvidesText();
    void olderDigestImportedLaterDoesNotOverrideText();
    void reimportIsIdempotent();
    void identicalCopyElsewhereIsUnchanged();
    void changedDigestReplacesItsEntries();
    void paperDroppedFromChangedDigestIsKept();
    void entryWithoutArxivIdUsesTitleKey();
    void keywordTagsAreDeduplicatedCaseInsensitively();
    void importNeverTouchesUserWork();
    void failedDigestLeavesNothingBehind();
    void showFindsVersionedId();
    void entryCodecRoundTripsHostileText();
    void entryCodecReadsAnyJsonOfItsShape();
    void statsCountEverything();

private:
    /// Writes the library at m_path from an sqlite3 dump in tests/data (one statement per line).
    bool loadDump(const QString &name);
    std::unique_ptr<Database> openLibrary();
    DigestSource source(const QString &name, const QString &hash) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestLibraryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("library.papershelf"));
}

void TestLibraryStore::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Database> TestLibraryStore::openLibrary()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_path);
    if (!db) {
        qWarning() << db.errorMessage();
        return nullptr;
    }
    return std::move(*db);
}

DigestSource TestLibraryStore::source(const QString &name, const QString &hash) const
{
    return DigestSource{m_dir->filePath(name), name, hash};
}

void TestLibraryStore::openCreatesVersionedWalLibrary()
{
    const std::unique_ptr<Database> db = openLibrary();
    QVERIFY(db);
    QVERIFY(QFile::exists(m_path));
    QCOMPARE(db->schemaVersion(), Schema::CurrentVersion);
    QCOMPARE(scalar(db->connection(), QStringLiteral("PRAGMA application_id")).toInt(), Schema::ApplicationId);
    QCOMPARE(scalar(db->connection(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db->connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QVERIFY(db->integrityProblems().isEmpty());
}

void TestLibraryStore::openRejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("code");
    QByteArray garbage(4096, '\0');
    for (int i = 0; i < garbage.size(); ++i) {
        garbage[i] = static_cast<char>((i * 131 + 7) % 256);
    }
    QTest::newRow("binary garbage") << garbage << static_cast<int>(OpenErrorCode::NotSqlite);
    QTest::newRow("text file") << QByteArray("# not a library\n") << static_cast<int>(OpenErrorCode::NotSqlite);
    // A real SQLite header followed by nonsense pages.
    QTest::newRow("corrupt sqlite") << QByteArray("SQLite format 3\0", 16) + garbage
                                    << static_cast<int>(OpenErrorCode::NotSqlite);
}

void TestLibraryStore::openRejectsBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const Result<std::unique_ptr<Database>> db = Database::open(m_path);
    QVERIFY(!db);
    QVERIFY2(!db.errorMessage().isEmpty(), "a reason is given");
    QVERIFY2(db.errorMessage().contains(m_path), qPrintable(db.errorMessage()));
    if (qstrcmp(QTest::currentDataTag(), "corrupt sqlite") != 0) {
        QCOMPARE(db.error().code, code);
    } else {
        QVERIFY(db.error().code == code || db.error().code == static_cast<int>(OpenErrorCode::Corrupt));
    }
    // Nothing was written to the file.
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestLibraryStore::openRejectsNewerSchema()
{
    {
        const std::unique_ptr<Database> db = openLibrary();
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::CurrentVersion + 1)));
    }
    const Result<std::unique_ptr<Database>> db = Database::open(m_path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, static_cast<int>(OpenErrorCode::NewerSchema));
    QVERIFY(db.errorMessage().contains(QStringLiteral("newer")));

    // Another program's SQLite database is not taken over either.
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        raw.setDatabaseName(other);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE bookmarks(url TEXT)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const Result<std::unique_ptr<Database>> foreign = Database::open(other);
    QVERIFY(!foreign);
    QCOMPARE(foreign.error().code, static_cast<int>(OpenErrorCode::NotLibrary));
}

void TestLibraryStore::openReadOnlyFile()
{
    {
        const std::unique_ptr<Database> db = openLibrary();
        QVERIFY(db);
        PaperWriter writer(db->connection());
        const ParsedDigest digest = makeDigest(QStringLiteral("NeRF"),
                                               QStringLiteral("2024-03-01"),
                                               {makeEntry(QStringLiteral("2403.00001"),
                                                          1,
                                                          QStringLiteral("Radiance"),
                                                          QStringLiteral("Fields."),
                                                          QStringLiteral("辐射场。"))});
        QVERIFY(writer.storeDigest(digest, source(QStringLiteral("a.md"), QStringLiteral("h1"))));
        QSqlQuery checkpoint(db->connection());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QString before = QString::fromLatin1(QCryptographicHash::hash(
                                                   [this] {
        QFile f(m_path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
                                                   }(),
                                                   QCryptographicHash::Sha1)
                                                   .toHex());
    {
        // Opened read-only: reads work, writes fail with a reason, the file stays as it was.
        Database::Options options;
        options.readOnly = true;
        const Result<std::unique_ptr<Database>> readOnly = Database::open(m_path, options);
        QVERIFY2(readOnly, qPrintable(readOnly.errorMessage()));
        QVERIFY((*readOnly)->isReadOnly());
        PaperRepository papers((*readOnly)->connection());
        QCOMPARE(papers.stats()->papers, 1);
        PaperWriter writer((*readOnly)->connection());
        const Result<DigestStoreResult> write = writer.storeDigest(makeDigest(QStringLiteral("NeRF"),
                                                                              QStringLiteral("2024-03-02"),
                                                                              {makeEntry(QStringLiteral("2403.00002"),
                                                                                         1,
                                                                                         QStringLiteral("More"),
                                                                                         QStringLiteral("x."),
                                                                                         QStringLiteral("多。"))}),
                                                                   source(QStringLiteral("b.md"),
                                                                          QStringLiteral("h2")));
        QVERIFY(!write);
        QCOMPARE(write.error().code, static_cast<int>(OpenErrorCode::ReadOnly));
        QVERIFY(!(*readOnly)->checkWritable());
    }
    const QString after = QString::fromLatin1(QCryptographicHash::hash(
                                                  [this] {
        QFile f(m_path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
                                                  }(),
                                                  QCryptographicHash::Sha1)
                                                  .toHex());
    QCOMPARE(after, before);

    if (::geteuid() == 0) {
        QSKIP("permission bits do not restrict root; the read-only file case is covered for other users");
    }
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner));
    const Result<std::unique_ptr<Database>> writable = Database::open(m_path);
    QVERIFY(!writable);
    QCOMPARE(writable.error().code, static_cast<int>(OpenErrorCode::ReadOnly));
    QVERIFY(writable.errorMessage().contains(QStringLiteral("read-only")));
}

void TestLibraryStore::openReportsLockedLibrary()
{
    {
        const std::unique_ptr<Database> db = openLibrary();
        QVERIFY(db);
    }
    // A second connection holds the write lock, as another process would.
    QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
    locker.setDatabaseName(m_path);
    QVERIFY(locker.open());
    {
        QSqlQuery lock(locker);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        Database::Options options;
        options.busyTimeoutMs = 100;
        Result<std::unique_ptr<Database>> db = Database::open(m_path, options);
        if (db) {
            // WAL readers are not blocked; a writer must be.
            const Result<void> writable = (*db)->checkWritable();
            QVERIFY(!writable);
            QCOMPARE(writable.error().code, static_cast<int>(OpenErrorCode::Locked));
            QVERIFY(writable.errorMessage().contains(QStringLiteral("locked")));
        } else {
            QCOMPARE(db.error().code, static_cast<int>(OpenErrorCode::Locked));
        }
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    }
    locker.close();
    locker = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
}

void TestLibraryStore::migratesFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    QTest::addColumn<bool>("emptyFile");
    QTest::newRow("zero-byte file") << 0 << true;
    for (int version = 0; version < Schema::CurrentVersion; ++version) {
        QTest::newRow(qPrintable(QStringLiteral("version %1").arg(version))) << version << false;
    }
}

void TestLibraryStore::migratesFromEveryOlderVersion()
{
    QFETCH(int, fromVersion);
    QFETCH(bool, emptyFile);
    if (emptyFile) {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else {
        // Build the old version with the migration steps as they were shipped.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        for (int step = 1; step <= fromVersion; ++step) {
            for (const QString &sql : Schema::migrationStep(step)) {
                QSqlQuery query(raw);
                QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
            }
        }
        QSqlQuery stamp(raw);
        if (fromVersion > 0) {
            QVERIFY(stamp.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId)));
        }
        QVERIFY(stamp.exec(QStringLiteral("PRAGMA user_version = %1").arg(fromVersion)));
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    }
    const std::unique_ptr<Database> db = openLibrary();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Schema::CurrentVersion);
    QVERIFY(db->integrityProblems().isEmpty());
    // The migrated library works: store and find a paper.
    PaperWriter writer(db->connection());
    const ParsedDigest digest = makeDigest(QStringLiteral("3DGS"),
                                           QStringLiteral("2024-05-01"),
                                           {makeEntry(QStringLiteral("2405.00001"),
                                                      1,
                                                      QStringLiteral("Splats"),
                                                      QStringLiteral("Gaussian splats."),
                                                      QStringLiteral("高斯泼溅。"))});
    QVERIFY(writer.storeDigest(digest, source(QStringLiteral("m.md"), QStringLiteral("hm"))));
    QVERIFY(SearchIndex(db->connection()).flushPending());
    PaperSearch search(db->connection());
    PaperFilter filter;
    filter.text = QStringLiteral("泼溅");
    QCOMPARE(*search.count(filter), 1);
}

void TestLibraryStore::migratesVersion1FixtureKeepingData()
{
    // tests/data/library-v1.sql: a library written by the version 1 code, dumped
    // by sqlite3 (one statement per line).
    QFile dump(QStringLiteral(PAPERSHELF_TEST_DATA "/library-v1.sql"));
    QVERIFY(dump.open(QIODevice::ReadOnly | QIODevice::Text));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        while (!dump.atEnd()) {
            const QString line = QString::fromUtf8(dump.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1String("--"))) {
                continue;
            }
            QSqlQuery query(raw);
            QVERIFY2(query.exec(line), qPrintable(query.lastError().text() + QLatin1Char(' ') + line.left(80)));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));

    const std::unique_ptr<Database> db = openLibrary();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Schema::CurrentVersion);
    QVERIFY2(db->integrityProblems().isEmpty(), qPrintable(db->integrityProblems().join(QLatin1Char('\n'))));
    const QSqlDatabase connection = db->connection();
    QCOMPARE(scalar(connection, QStringLiteral("SELECT count(*) FROM papers")).toInt(), 4);
    QCOMPARE(scalar(connection, QStringLiteral("SELECT count(*) FROM digests")).toInt(), 2);
    QCOMPARE(scalar(connection,
                    QStringLiteral("SELECT a.notes FROM annotations a JOIN papers p ON p.id = a.paper_id"
                                   " WHERE p.key = '2402.00102'"))
                 .toString(),
             QStringLiteral("Fixture note: kept across migrations."));
    QCOMPARE(scalar(connection, QStringLiteral("SELECT error FROM image_cache")).toString(),
             QStringLiteral("HTTP 404"));
    // The new tables exist, empty, and take rows.
    QCOMPARE(scalar(connection, QStringLiteral("SELECT count(*) FROM arxiv_metadata")).toInt(), 0);
    QCOMPARE(scalar(connection, QStringLiteral("SELECT count(*) FROM pdf_cache")).toInt(), 0);
    QSqlQuery insert(connection);
    QVERIFY2(insert.exec(
                 QStringLiteral("INSERT INTO pdf_cache(paper_id, url, state) SELECT id, 'u', 'failed' FROM papers"
                                " WHERE key = '2402.00102'")),
             qPrintable(insert.lastError().text()));
    // The migrated full-text index still answers ("Lantern Fields"; "Lanterns" is another word).
    PaperSearch search(connection);
    PaperFilter filter;
    filter.text = QStringLiteral("lantern");
    QCOMPARE(*search.count(filter), 1);
}

bool TestLibraryStore::loadDump(const QString &name)
{
    QFile dump(QStringLiteral(PAPERSHELF_TEST_DATA "/") + name);
    if (!dump.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return false;
    }
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        raw.setDatabaseName(m_path);
        ok = raw.open();
        while (ok && !dump.atEnd()) {
            const QString line = QString::fromUtf8(dump.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1String("--"))) {
                continue;
            }
            QSqlQuery query(raw);
            ok = query.exec(line);
            if (!ok) {
                qWarning() << query.lastError().text() << line.left(80);
            }
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    return ok;
}

void TestLibraryStore::migratesVersion2FixtureKeepingData()
{
    // tests/data/library-v2.sql: the version 1 fixture at version 2, with arXiv, PDF and more annotation rows.
    QVERIFY(loadDump(QStringLiteral("library-v2.sql")));
    const std::unique_ptr<Database> db = openLibrary();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Schema::CurrentVersion);
    QVERIFY2(db->integrityProblems().isEmpty(), qPrintable(db->integrityProblems().join(QLatin1Char('\n'))));
    const QSqlDatabase connection = db->connection();
    // Everything version 2 held is still there.
    QCOMPARE(scalar(connection, QStringLiteral("SELECT count(*) FROM papers")).toInt(), 4);
    QCOMPARE(scalar(connection, QStringLiteral("SELECT count(*) FROM entries")).toInt(), 5);
    QCOMPARE(scalar(connection, QStringLiteral("SELECT count(*) FROM annotations")).toInt(), 3);
    QCOMPARE(scalar(connection, QStringLiteral("SELECT title FROM arxiv_metadata")).toString(),
             QStringLiteral("Lantern Fields: Relighting Radiance Fields at Dusk (v2)"));
    QCOMPARE(scalar(connection,
                    QStringLiteral("SELECT group_concat(state, ',') FROM (SELECT state FROM pdf_cache"
                                   " ORDER BY paper_id)"))
                 .toString(),
             QStringLiteral("failed,cached"));
    QCOMPARE(scalar(connection, QStringLiteral("SELECT notes FROM annotations WHERE paper_id = 2")).toString(),
             QStringLiteral("Fixture note: kept across migrations."));
    // The shelves table exists, empty, and takes shelves.
    QCOMPARE(scalar(connection, QStringLiteral("SELECT count(*) FROM shelves")).toInt(), 0);
    ShelfStore shelves(connection);
    PaperFilter nerf;
    nerf.allOf = {TagSelector{QStringLiteral("NeRF"), TagKind::Topic}};
    const Result<Shelf> saved = shelves.save(QStringLiteral("NeRF reading"), nerf, SortOrder::Title);
    QVERIFY2(saved, qPrintable(saved.errorMessage()));
    QCOMPARE(shelves.shelves()->size(), 5);
    // The new indexes were built over the old rows: the built-in shelves count them.
    TagIndex tags(connection);
    for (PaperSearch search : {PaperSearch(connection), PaperSearch(connection, &tags)}) {
        QList<int> counts;
        for (const Shelf &shelf : ShelfStore::builtIns()) {
            const Result<int> count = search.count(shelf.filter);
            QVERIFY2(count, qPrintable(count.errorMessage()));
            counts.append(*count);
        }
        // Latest digest 2024-02-03: 2402.00201 and the workshop note (2402.00102 was seen on 02-01);
        // to read: 2402.00101; favourites: 2402.00101 and 2402.00102; notes: 2402.00102 (3's are blank).
        QCOMPARE(counts, QList<int>({2, 1, 2, 1}));
        QCOMPARE(*search.count(saved->filter), 2);
    }
}

void TestLibraryStore::samePaperInTwoDigestsIsMerged()
{
    const std::unique_ptr<Database> db = openLibrary();
    QVERIFY(db);
    PaperWriter writer(db->connection());
    const DigestEntry v1 = makeEntry(QStringLiteral("2401.11111"),
                                     1,
                                     QStringLiteral("Shared  Paper"),
                                     QStringLiteral("Version one."),
                                     QStringLiteral("第一版。"));
    DigestEntry v2 = makeEntry(QStringLiteral("2401.11111"),
                               2,
                               QStringLiteral("Shared Paper"),
                               QStringLiteral("Version two."),
                               QStringLiteral("第二版。"));
    const Result<DigestStoreResult> first = writer.storeDigest(makeDigest(QStringLiteral("NeRF"),
                                                                          QStringLiteral("2024-01-24"),
                                                                          {v1}),
                                                               source(QStringLiteral("nerf.md"), QStringLiteral("h1")));
    QVERIFY(first);
    QCOMPARE(first->papers.value(QStringLiteral("2401.11111")), PaperChange::Added);
    QCOMPARE(first->appearancesAdded, 1);
    const Result<DigestStoreResult> second = writer.storeDigest(makeDigest(QStringLiteral("3DGS"),
                                                                           QStringLiteral("2024-01-30"),
                                                                           {v2}),
                                                                source(QStringLiteral("3dgs.md"),
                                                                       QStringLiteral("h2")));
    QVERIFY(second);
    QCOMPARE(second->papers.value(QStringLiteral("2401.11111")), PaperChange::Updated);
    QCOMPARE(second->appearancesAdded, 1);

    PaperRepository papers(db->connection());
    const auto paper = papers.paper(QStringLiteral("2401.11111"));
    QVERIFY(paper && *paper);
    const PaperDetails &p = **paper;
    QCOMPARE(p.arxivVersion, 2);
    QCOMPARE(p.topics, QStringList({QStringLiteral("3DGS"), QStringLiteral("NeRF")}));
    QCOMPARE(p.appearances.size(), 2);
    QCOMPARE(p.appearances.at(0).date, QDate(2024, 1, 24));
    QCOMPARE(p.appearances.at(0).source, QStringLiteral("nerf.md"));
    QCOMPARE(p.appearances.at(1).topic, QStringLiteral("3DGS"));
    QCOMPARE(p.text.abstract, QStringLiteral("Version two."));
    QCOMPARE(papers.stats()->papers, 1);
}

void TestLibraryStore::latestAppearanceProvidesText()
{
    const std::unique_ptr<Database> db = openLibrary();
    QVERIFY(db);
    PaperWriter writer(db->connection());
    // Same date: the later source path wins, so the result does not depend on import order.
    QVERIFY(writer.storeDigest(makeDigest(QStringLiteral("B"),
                                          QStringLiteral("2024-02-01"),
                                          {makeEntry(QStringLiteral("2402.00002"),
                                                     1,
                                                     QStringLiteral("T"),
                                                     QStringLiteral("From b."),
                                                     QStringLiteral("乙。"))}),
                               source(QStringLiteral("b.md"), QStringLiteral("hb"))));
    QVERIFY(writer.storeDigest(makeDigest(QStringLiteral("A"),
                                          QStringLiteral("2024-02-01"),
                                          {makeEntry(QStringLiteral("2402.00002"),
                                                     3,
                                                     QStringLiteral("T"),
                                                     QStringLiteral("From a."),
                                                     QStringLiteral("甲。"))}),
                               source(QStringLiteral("a.md"), QStringLiteral("ha"))));
    PaperRepository papers(db->connection());
    const auto paper = papers.paper(QStringLiteral("2402.00002"));
    QCOMPARE((*paper)->text.abstract, QStringLiteral("From b."));
    QCOMPARE((*paper)->arxivVersion, 3); // the highest version wins regardless of text
}

void TestLibraryStore::olderDigestImportedLaterDoesNotOverrideText()
{
    const std::unique_ptr<Database> db = openLibrary();
    QVERIFY(db);
    PaperWriter writer(db->connection());
    QVERIFY(writer.storeDigest(makeDigest(QStringLiteral("NeRF"),
                                          QStringLiteral("2024-06-01"),
                                          {makeEntry(QStringLiteral("2405.55555"),
                                                     2,
                                                     QStringLiteral("New title"),
                                                     QStringLiteral("Newer."),
                                                     QStringLiteral("新。"),
                                                     {QStringLiteral("NeRF")})}),
                               source(QStringLiteral("new.md"), QStringLiteral("hn"))));
    const Result<DigestStoreResult> older = writer.storeDigest(makeDigest(QStringLiteral("3DGS"),
                                                                          QStringLiteral("2024-05-01"),
                                                                          {makeEntry(QStringLiteral("2405.55555"),
                                                                                     1,
                                                                                     QStringLiteral("Old title"),
                                                                                     QStringLiteral("Older."),
                                                                                     QStringLiteral("旧。"),
                                                                                     {QStringLiteral("old")})}),
                                                               source(QStringLiteral("old.md"), QStringLiteral("ho")));
    QVERIFY(older);
    // Topics grew, so the paper counts as updated; the text did not move.
    QCOMPARE(older->papers.value(QStringLiteral("2405.55555")), PaperChange::Updated);
    PaperRepository papers(db->connection());
    const auto paper = papers.paper(QStringLiteral("2405.55555"));
    QCOMPARE((*paper)->text.title, QStringLiteral("New title"));
    QCOMPARE((*paper)->arxivVersion, 2);
    QCOMPARE((*paper)->topics, QStringList({QStringLiteral("3DGS"), QStringLiteral("NeRF")}));
    // Keywords come from the latest appearance only.
    QVERIFY((*paper)->tags.contains(Tag{QStringLiteral("NeRF"), TagKind::Keyword}));
    QVERIFY(!(*paper)->tags.contains(Tag{QStringLiteral("old"), TagKind::Keyword}));
    // The search index follows the current text.
    QVERIFY(SearchIndex(db->connection()).flushPending());
    PaperSearch search(db->connection());
    PaperFilter filter;
    filter.text = QStringLiteral("older");
    QCOMPARE(*search.count(filter), 0);
    filter.text = QStringLiteral("newer");
    QCOMPARE(*search.count(filter), 1);
    QVERIFY(db->integrityProblems().isEmpty());
}

void TestLibraryStore::reimportIsIdempotent()
{
    const std::unique_ptr<Database> db = openLibrary();
    QVERIFY(db);
    PaperWriter writer(db->connection());
    const ParsedDigest digest = makeDigest(QStringLiteral("Diffusion Models"),
                                           QStringLiteral("2024-03-03"),
                                           {makeEntry(QStringLiteral("2403.00010"),
                                                      1,
                                                      QStringLiteral("One"),
                                                      QStringLiteral("First."),
                                                      QStringLiteral("一。"),
                                                      {QStringLiteral("扩散模型")}),
                                            makeEntry(QStringLiteral("2403.00011"),
                                                      1,
                                                      QStringLiteral("Two"),
                                                      QStringLiteral("Second."),
                                                      QStringLiteral("二。")),
                                            makeEntry(QStringLiteral("2403.00010"),
                                                      1,
                                                      QStringLiteral("One again"),
                                                      QStringLiteral("Repeat."),
                                                      QStringLiteral("重复。"))});
    const DigestSource src = source(QStringLiteral("d.md"), QStringLiteral("hd"));
    QVERIFY(writer.storeDigest(digest, src));
    const QString before = dumpLibrary(db->connection());
    const Result<DigestStoreResult> again = writer.storeDigest(digest, src);
    QVERIFY(again);
    QVERIFY(again->identical);
    QCOMPARE(again->papers.size(), 2);
    for (const PaperChange change : again->papers) {
        QCOMPARE(change, PaperChange::Unchanged);
    }
    QCOMPARE(dumpLibrary(db->connection()), before);

    // Even with a different file hash (e.g. whitespace edits) the same entries change nothing visible.
    const Result<DigestStoreResult> rehashed = writer.storeDigest(digest,
                                                                  source(QStringLiteral("d.md"),
                                                                         QStringLiteral("hd-touched")));
    QVERIFY(rehashed);
    QVERIFY(!rehashed->identical);
    for (const PaperChange change : rehashed->papers) {
        QCOMPARE(change, PaperChange::Unchanged);
    }
    QCOMPARE(rehashed->appearancesAdded, 0);
    // The repeated entry of the same file is the later one, hence the current text.
    PaperRepository papers(db->connection());
    QCOMPARE((*papers.paper(QStringLiteral("2403.00010")))->text.abstract, QStringLiteral("Repeat."));
    QCOMPARE((*papers.paper(QStringLiteral("2403.00010")))->appearances.size(), 1);
    QVERIFY(db->integrityProblems().isEmpty());
}

void TestLibraryStore::identicalCopyElsewhereIsUnchanged()
{
    const std::unique_ptr<Database> db = openLibrary();
    QVERIFY(db);
    PaperWriter writer(db->connection());
    const ParsedDigest digest = makeDigest(QStringLiteral("NeRF"),
                                           QStringLiteral("2024-03-03"),
                                           {makeEntry(QStringLiteral("2403.00020"),
                                                      1,
                                                      QStringLiteral("One"),
                                                      QStringLiteral("First."),
                                                      QStringLiteral("一。"))});
    QVERIFY(writer.storeDigest(digest, source(QStringLiteral("x/NeRF.md"), QStringLiteral("same"))));
    const QString before = dumpLibrary(db->connection());
    const Result<DigestStoreResult> copy = writer.storeDigest(digest,
                                                              source(QStringLiteral("y/NeRF.md"),
                                                                     QStringLiteral("same")));
    QVERIFY(copy && copy->identical);
    QCOMPARE(dumpLibrary(db->connection()), before);
}

void TestLibraryStore::changedDigestReplacesItsEntries()
{
    const std::unique_ptr<Database> db = openLibrary();
    QVERIFY(db);
    PaperWriter writer(db->connection());
    const DigestSource v1 = source(QStringLiteral("c.md"), QStringLiteral("v1"));
    QVERIFY(writer.storeDigest(makeDigest(QStringLiteral("NeRF"),
                                          QStringLiteral("2024-04-04"),
                                          {makeEntry(QStringLiteral("2404.00001"),
                                                     1,
                                                     QStringLiteral("Keep"),
                                                     QStringLiteral("Typo abstrct."),
                                                     QStringLiteral("一。"))}),
                               v1));
    const DigestSource v2 = source(QStringLiteral("c.md"), QStringLiteral("v2"));
    const Result<DigestStoreResult> changed = writer.storeDigest(makeDigest(QStringLiteral("NeRF"),
                                                                            QStringLiteral("2024-04-04"),
                                                                            {makeEntry(QStringLiteral("2404.00001"),
                                                                                       1,
                                                                                       QStringLiteral("Keep"),
                                                                                       QStringLiteral(
                                                                                           "Fixed abstract."),
                                                                                       QStringLiteral("一。")),
                                                                             makeEntry(QStringLiteral("2404.00002"),
                                                                                       1,
                                                                                       QStringLiteral("New"),
                                                                                       QStringLiteral("Added later."),
                                                                                       QStringLiteral("二。"))}),
                                                                 v2);
    QVERIFY(changed);
    QCOMPARE(changed->papers.value(QStringLiteral("2404.00001")), PaperChange::Updated);
    QCOMPARE(changed->papers.value(QStringLiteral("2404.00002")), PaperChange::Added);
    QCOMPARE(changed->appearancesAdded, 1);
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM entries")).toInt(), 2);
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM digests")).toInt(), 1);
    QVERIFY(SearchIndex(db->connection()).flushPending());
    PaperSearch search(db->connection());
    PaperFilter filter;
    filter.text = QStringLiteral("abstrct");
    QCOMPARE(*search.count(filter), 0);
    filter.text = QStringLiteral("fixed");
    QCOMPARE(*search.count(filter), 1);
    QVERIFY(db->integrityProblems().isEmpty());
}

void TestLibraryStore::paperDroppedFromChangedDigestIsKept()
{
    const std::unique_ptr<Database> db = openLibrary();
    QVERIFY(db);
    PaperWriter writer(db->connection());
    QVERIFY(writer.storeDigest(makeDigest(QStringLiteral("NeRF"),
                                          QStringLiteral("2024-04-04"),
                                          {makeEntry(QStringLiteral("2404.00003"),
                                                     1,
                                                     QStringLiteral("Only here"),
                                                     QStringLiteral("Lonely."),
                                                     QStringLiteral("一。"))}),
                               source(QStringLiteral("e.md"), QStringLiteral("v1"))));
    const Result<DigestStoreResult> changed = writer.storeDigest(makeDigest(QStringLiteral("NeRF"),
                                                                            QStringLiteral("2024-04-04"),
                                                                            {makeEntry(QStringLiteral("2404.00004"),
                                                                                       1,
                                                                                       QStringLiteral("Other"),
                                                                                       QStringLiteral("Other."),
                                                                                       QStringLiteral("二。"))}),
                                                                 source(QStringLiteral("e.md"), QStringLiteral("v2")));
    QVERIFY(changed);
    QVERIFY(!changed->notes.isEmpty());
    PaperRepository papers(db->connection());
    const auto kept = papers.paper(QStringLiteral("2404.00003"));
    QVERIFY(kept && *kept);
    QCOMPARE((*kept)->text.abstract, QStringLiteral("Lonely."));
}

void TestLibraryStore::entryWithoutArxivIdUsesTitleKey()
{
    const std::unique_ptr<Database> db = openLibrary();
    QVERIFY(db);
    PaperWriter writer(db->connection());
    DigestEntry a = makeEntry(QString(),
                              0,
                              QStringLiteral("A Paper   Without\u00a0Link"),
                              QStringLiteral("No id."),
                              QStringLiteral("无。"));
    DigestEntry b = a;
    b.title = QStringLiteral("a paper without link");
    QCOMPARE(PaperWriter::paperKey(a), PaperWriter::paperKey(b));
    QVERIFY(PaperWriter::paperKey(a).startsWith(QStringLiteral("t-")));
    QVERIFY(writer.storeDigest(makeDigest(QStringLiteral("GAN"), QStringLiteral("2024-01-01"), {a}),
                               source(QStringLiteral("g1.md"), QStringLiteral("g1"))));
    QVERIFY(writer.storeDigest(makeDigest(QStringLiteral("GAN"), QStringLiteral("2024-01-02"), {b}),
                               source(QStringLiteral("g2.md"), QStringLiteral("g2"))));
    PaperRepository papers(db->connection());
    QCOMPARE(papers.stats()->papers, 1);
    const auto paper = papers.paper(PaperWriter::paperKey(a));
    QVERIFY(paper && *paper);
    QVERIFY((*paper)->arxivId.isEmpty());
}

void TestLibraryStore::keywordTagsAreDeduplicatedCaseInsensitively()
{
    const std::unique_ptr<Database> db = openLibrary();
    QVERIFY(db);
    PaperWriter writer(db->connection());
    QVERIFY(
        writer.storeDigest(makeDigest(QStringLiteral("NeRF"),
                                      QStringLiteral("2024-01-01"),
                                      {makeEntry(QStringLiteral("2401.00001"),
                                                 1,
                                                 QStringLiteral("A"),
                                                 QStringLiteral("a."),
                                                 QStringLiteral("甲。"),
                                                 {QStringLiteral(" Neural Radiance Fields "), QStringLiteral("NeRF")}),
                                       makeEntry(QStringLiteral("2401.00002"),
                                                 1,
                                                 QStringLiteral("B"),
                                                 QStringLiteral("b."),
                                                 QStringLiteral("乙。"),
                                                 {QStringLiteral("neural  radiance fields")})}),
                           source(QStringLiteral("k.md"), QStringLiteral("k"))));
    QVERIFY(SearchIndex(db->connection()).flushPending());
    PaperSearch search(db->connection());
    const Result<QList<TagCount>> counts = search.tagCounts(PaperFilter());
    QVERIFY(counts);
    int keywordTags = 0;
    for (const TagCount &count : *counts) {
        if (count.tag.kind == TagKind::Keyword
            && count.tag.name.compare(QStringLiteral("Neural Radiance Fields"), Qt::CaseInsensitive) == 0) {
            QCOMPARE(count.tag.name, QStringLiteral("Neural Radiance Fields"));
            QCOMPARE(count.count, 2);
            ++keywordTags;
        }
    }
    QCOMPARE(keywordTags, 1);
    // Topic "NeRF" and keyword "NeRF" are distinct tags of different kinds.
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM tags WHERE norm = 'nerf'")).toInt(), 2);
}

void TestLibraryStore::importNeverTouchesUserWork()
{
    const std::unique_ptr<Database> db = openLibrary();
    QVERIFY(db);
    PaperWriter writer(db->connection());
    QVERIFY(writer.storeDigest(makeDigest(QStringLiteral("NeRF"),
                                          QStringLiteral("2024-01-01"),
                                          {makeEntry(QStringLiteral("2401.00009"),
                                                     1,
                                                     QStringLiteral("A"),
                                                     QStringLiteral("a."),
                                                     QStringLiteral("甲。"))}),
                               source(QStringLiteral("u.md"), QStringLiteral("u1"))));
    QVERIFY(SearchIndex(db->connection()).flushPending());
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO annotations(paper_id, status, rating, notes) "
                                      "SELECT id, 'reading', 4, 'my note' FROM papers")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO tags(kind, name, norm) VALUES('user', 'Must read', 'must read')")));
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO paper_tags SELECT p.id, t.id FROM papers p, tags t WHERE t.kind = 'user'")));
    QVERIFY(query.exec(QStringLiteral("UPDATE review_segments SET state = 'corrected', reviewer_text = '更正。' "
                                      "WHERE field = 'summary_zh' AND machine_text = '甲。'")));
    QCOMPARE(query.numRowsAffected(), 1);
    const QString userBefore = scalar(db->connection(),
                                      QStringLiteral("SELECT group_concat(status || rating || notes) FROM annotations"))
                                   .toString()
                             + scalar(db->connection(),
                                      QStringLiteral(
                                          "SELECT group_concat(state || reviewer_text) FROM review_segments"))
                                   .toString();

    const Result<DigestStoreResult> stored = writer.storeDigest(makeDigest(QStringLiteral("3DGS"),
                                                                           QStringLiteral("2024-02-01"),
                                                                           {makeEntry(QStringLiteral("2401.00009"),
                                                                                      2,
                                                                                      QStringLiteral("A v2"),
                                                                                      QStringLiteral("changed."),
                                                                                      QStringLiteral("改。"))}),
                                                                source(QStringLiteral("u2.md"), QStringLiteral("u2")));
    QVERIFY2(stored, qPrintable(stored.errorMessage()));
    const QString userAfter = scalar(db->connection(),
                                     QStringLiteral("SELECT group_concat(status || rating || notes) FROM annotations"))
                                  .toString()
                            + scalar(db->connection(),
                                     QStringLiteral("SELECT group_concat(state || reviewer_text) FROM review_segments"))
                                  .toString();
    QCOMPARE(userAfter, userBefore);
    PaperRepository papers(db->connection());
    const auto paper = papers.paper(QStringLiteral("2401.00009"));
    QVERIFY((*paper)->tags.contains(Tag{QStringLiteral("Must read"), TagKind::User}));
    QCOMPARE((*paper)->status, ReadingStatus::Reading);
    QCOMPARE((*paper)->notes, QStringLiteral("my note"));
    // The notes were written behind the index's back; the import noticed and rebuilt it.
    QVERIFY(SearchIndex(db->connection()).flushPending());
    PaperSearch search(db->connection());
    PaperFilter filter;
    filter.text = QStringLiteral("note");
    QCOMPARE(*search.count(filter), 1);
    QVERIFY(db->integrityProblems().isEmpty());
}

void TestLibraryStore::failedDigestLeavesNothingBehind()
{
    const std::unique_ptr<Database> db = openLibrary();
    QVERIFY(db);
    PaperWriter writer(db->connection());
    QVERIFY(writer.storeDigest(makeDigest(QStringLiteral("NeRF"),
                                          QStringLiteral("2024-01-01"),
                                          {makeEntry(QStringLiteral("2401.00100"),
                                                     1,
                                                     QStringLiteral("Fine"),
                                                     QStringLiteral("ok."),
                                                     QStringLiteral("好。"))}),
                               source(QStringLiteral("ok.md"), QStringLiteral("ok"))));
    const QString before = dumpLibrary(db->connection());
    // Fault injection: the store fails on the third entry of the next digest.
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER explode BEFORE INSERT ON entries "
                                      "WHEN NEW.title = 'Boom' BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
    const Result<DigestStoreResult> failed = writer.storeDigest(makeDigest(QStringLiteral("3DGS"),
                                                                           QStringLiteral("2024-01-02"),
                                                                           {makeEntry(QStringLiteral("2401.00100"),
                                                                                      2,
                                                                                      QStringLiteral("Fine v2"),
                                                                                      QStringLiteral("changed."),
                                                                                      QStringLiteral("改。")),
                                                                            makeEntry(QStringLiteral("2401.00101"),
                                                                                      1,
                                                                                      QStringLiteral("New"),
                                                                                      QStringLiteral("new."),
                                                                                      QStringLiteral("新。")),
                                                                            makeEntry(QStringLiteral("2401.00102"),
                                                                                      1,
                                                                                      QStringLiteral("Boom"),
                                                                                      QStringLiteral("boom."),
                                                                                      QStringLiteral("炸。"))}),
                                                                source(QStringLiteral("bad.md"),
                                                                       QStringLiteral("bad")));
    QVERIFY(!failed);
    QVERIFY(failed.errorMessage().contains(QStringLiteral("injected failure")));
    QCOMPARE(dumpLibrary(db->connection()), before);
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER explode")));
    QVERIFY(db->integrityProblems().isEmpty());
    QVERIFY(SearchIndex(db->connection()).flushPending());
    PaperSearch search(db->connection());
    PaperFilter filter;
    filter.text = QStringLiteral("changed");
    QCOMPARE(*search.count(filter), 0);
}

void TestLibraryStore::showFindsVersionedId()
{
    const std::unique_ptr<Database> db = openLibrary();
    QVERIFY(db);
    PaperWriter writer(db->connection());
    QVERIFY(writer.storeDigest(makeDigest(QStringLiteral("NeRF"),
                                          QStringLiteral("2024-01-01"),
                                          {makeEntry(QStringLiteral("2401.12345"),
                                                     3,
                                                     QStringLiteral("V"),
                                                     QStringLiteral("v."),
                                                     QStringLiteral("五。"))}),
                               source(QStringLiteral("v.md"), QStringLiteral("v"))));
    PaperRepository papers(db->connection());
    QVERIFY(*papers.paper(QStringLiteral("2401.12345v3")));
    QVERIFY(*papers.paper(QStringLiteral("2401.12345")));
    QVERIFY(!*papers.paper(QStringLiteral("2401.99999")));
}

void TestLibraryStore::statsCountEverything()
{
    const std::unique_ptr<Database> db = openLibrary();
    QVERIFY(db);
    PaperWriter writer(db->connection());
    QVERIFY(writer.storeDigest(makeDigest(QStringLiteral("NeRF"),
                                          QStringLiteral("2024-01-01"),
                                          {makeEntry(QStringLiteral("2401.00001"),
                                                     1,
                                                     QStringLiteral("A"),
                                                     QStringLiteral("a."),
                                                     QStringLiteral("甲。"),
                                                     {QStringLiteral("k1")}),
                                           makeEntry(QStringLiteral("2401.00002"),
                                                     1,
                                                     QStringLiteral("B"),
                                                     QStringLiteral("b."),
                                                     QStringLiteral("乙。"),
                                                     {QStringLiteral("k2")})}),
                               source(QStringLiteral("s1.md"), QStringLiteral("s1"))));
    QVERIFY(writer.storeDigest(makeDigest(QStringLiteral("3DGS"),
                                          QStringLiteral("2024-01-02"),
                                          {makeEntry(QStringLiteral("2401.00001"),
                                                     1,
                                                     QStringLiteral("A"),
                                                     QStringLiteral("a."),
                                                     QStringLiteral("甲。"),
                                                     {QStringLiteral("k1")})}),
                               source(QStringLiteral("s2.md"), QStringLiteral("s2"))));
    PaperRepository papers(db->connection());
    const Result<LibraryStats> stats = papers.stats();
    QVERIFY(stats);
    QCOMPARE(stats->papers, 2);
    QCOMPARE(stats->digests, 2);
    QCOMPARE(stats->appearances, 3);
    QCOMPARE(stats->screenshots, 4);
    QCOMPARE(stats->tags, 4); // topics NeRF, 3DGS; keywords k1, k2
    QCOMPARE(stats->schemaVersion, Schema::CurrentVersion);
}

void TestLibraryStore::entryCodecRoundTripsHostileText()
{
    StructuredSummary s;
    s.titleZh = QStringLiteral("引号\"反斜杠\\换行\n制表\t回车\r");
    s.authors = QString(QChar(0x01)) + QStringLiteral("控制") + QChar(0x1f) + QStringLiteral("</script>");
    s.keywords = {QStringLiteral("a\"b"), QStringLiteral("\\"), QString(), QStringLiteral("\u2028行分隔")};
    s.urls = QStringLiteral("https://example.org/?q=\"x\"&y=%1");
    s.summary = QString(3000, QChar(0x6269));
    const QString json = EntryCodec::encodeStructured(s);
    QJsonParseError error;
    QJsonDocument::fromJson(json.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(EntryCodec::decodeStructured(json), s);
    const QStringList list = {QStringLiteral("\"["), QStringLiteral("]\\"), QStringLiteral("\n")};
    QCOMPARE(EntryCodec::decodeList(EntryCodec::encodeList(list)), list);
    QCOMPARE(EntryCodec::decodeList(EntryCodec::encodeList({})), QStringList());
}

void TestLibraryStore::entryCodecReadsAnyJsonOfItsShape()
{
    // What QJsonDocument writes (spaces, escapes such as \/ and \u00e9, another
    // key order, unknown keys) decodes like what the codec writes itself.
    const QString indented = QStringLiteral(
        "{\n  \"urls\" : \"https:\\/\\/x.org\",\n  \"keywords\" : [ \"caf\\u00e9\" , \"\\\"q\\\"\" ],\n"
        "  \"extra\": \"ignored\", \"summary\": \"a\\tb\\nc\\\\\"\n}\n");
    StructuredSummary expected;
    expected.urls = QStringLiteral("https://x.org");
    expected.keywords = {QStringLiteral("café"), QStringLiteral("\"q\"")};
    expected.summary = QStringLiteral("a\tb\nc\\");
    QCOMPARE(EntryCodec::decodeStructured(indented), expected);
    QCOMPARE(EntryCodec::decodeList(QStringLiteral(" [ \"\\ud83d\\ude00\", \"\\u4e2d\" ] ")),
             (QStringList{QStringLiteral("😀"), QStringLiteral("中")}));
    // Other shapes decode as QJsonDocument reads them: non-strings are empty.
    QCOMPARE(EntryCodec::decodeList(QStringLiteral("[\"a\", 5, null]")),
             (QStringList{QStringLiteral("a"), QString(), QString()}));
    StructuredSummary odd;
    odd.methods = QStringLiteral("m");
    QCOMPARE(EntryCodec::decodeStructured(QStringLiteral("{\"methods\": \"m\", \"summary\": 3, \"keywords\": \"k\"}")),
             odd);
    QCOMPARE(EntryCodec::decodeStructured(QStringLiteral("not json")), StructuredSummary());
    QCOMPARE(EntryCodec::decodeList(QString()), QStringList());
}

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "tst_librarystore.moc"
