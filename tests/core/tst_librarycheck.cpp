#include "backuptestutil.h"
#include "core/backup/librarycheck.h"
#include "core/util/librarypaths.h"

#include <QDir>
#include <QtTest>

using namespace PaperShelf::Core;
using namespace PaperShelf::Tests;

// "Check library": each invariant is broken with raw SQL (foreign keys off, as
// another program or an old bug would), reported, repaired, and the user's work
// is the same afterwards.
class TestLibraryCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void healthyLibraryHasNoProblems();
    void eachInvariantIsReportedAndRepaired_data();
    void eachInvariantIsReportedAndRepaired();
    void ownTagsWithoutPapersAreKept();
    void downloadedFileThatExistsIsNoProblem();

private:
    std::unique_ptr<Database> open();
    static QStringList ids(const QList<LibraryProblem> &problems);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
};

void TestLibraryCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = m_dir->filePath(QStringLiteral("check.papershelf"));
    std::unique_ptr<Database> db = open();
    QVERIFY(db);
    QVERIFY(importCliFixtures(*db));
    QVERIFY(addUserWork(*db));
}

void TestLibraryCheck::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Database> TestLibraryCheck::open()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_library);
    if (!db) {
        qWarning() << db.errorMessage();
        return {};
    }
    return std::move(*db);
}

QStringList TestLibraryCheck::ids(const QList<LibraryProblem> &problems)
{
    QStringList list;
    for (const LibraryProblem &problem : problems) {
        list.append(problem.id);
    }
    list.sort();
    return list;
}

void TestLibraryCheck::healthyLibraryHasNoProblems()
{
    std::unique_ptr<Database> db = open();
    QVERIFY(db);
    const Result<QList<LibraryProblem>> problems = LibraryCheck(db->connection(), m_library)
                                                       .run(LibraryCheck::Mode::Report);
    QVERIFY2(problems, qPrintable(problems.errorMessage()));
    QVERIFY2(problems->isEmpty(), qPrintable(ids(*problems).join(QLatin1Char(','))));
    QVERIFY(LibraryCheck::invariantIds().contains(QStringLiteral("orphan_segments")));
}

void TestLibraryCheck::eachInvariantIsReportedAndRepaired_data()
{
    QTest::addColumn<QStringList>("damage");
    QTest::addColumn<QStringList>("expected");
    const QString other = QStringLiteral("(SELECT id FROM papers WHERE key = '%1')").arg(OtherPaper);
    QTest::newRow("paper row gone") << QStringList{QStringLiteral("DELETE FROM papers WHERE id = ") + other}
                                    << QStringList{QStringLiteral("foreign_keys"),
                                                   QStringLiteral("orphan_entries"),
                                                   QStringLiteral("orphan_paper_data"),
                                                   QStringLiteral("orphan_paper_tags"),
                                                   QStringLiteral("orphan_segments")};
    QTest::newRow("segment of no paper") << QStringList{QStringLiteral(
        "INSERT INTO review_segments(paper_id, field, idx, machine_text, state)"
        " VALUES(99999, 'summary_zh', 0, '孤儿', 'approved')")}
                                         << QStringList{QStringLiteral("foreign_keys"),
                                                        QStringLiteral("orphan_segments")};
    QTest::newRow("history of no segment")
        << QStringList{QStringLiteral(
                           "INSERT INTO review_history(segment_id, reviewer, at) VALUES(99999, 'Ada', '2024')"),
                       QStringLiteral("INSERT INTO review_findings(segment_id, check_id, severity, start, \"end\")"
                                      " VALUES(99999, 'empty', 2, 0, 0)")}
        << QStringList{QStringLiteral("foreign_keys"), QStringLiteral("orphan_review_rows")};
    QTest::newRow("note of no paper")
        << QStringList{QStringLiteral("INSERT INTO annotations(paper_id, notes) VALUES(99999, 'lost')"),
                       QStringLiteral("INSERT INTO highlights(paper_id, field, start, length, quote, color,"
                                      " created_at, updated_at) VALUES(99999, 'abstract', 0, 1, 'x', 'red', '', '')")}
        << QStringList{QStringLiteral("foreign_keys"), QStringLiteral("orphan_annotations")};
    QTest::newRow("keyword tag with no papers")
        << QStringList{QStringLiteral("INSERT INTO tags(kind, name, norm) VALUES('keyword', 'Lonely', 'lonely')")}
        << QStringList{QStringLiteral("empty_machine_tags")};
    QTest::newRow("wrong tag count") << QStringList{QStringLiteral(
        "UPDATE tags SET paper_count = paper_count + 5 WHERE id = (SELECT min(id) FROM tags)")}
                                     << QStringList{QStringLiteral("tag_counts")};
    QTest::newRow("current entry gone") << QStringList{
        QStringLiteral("UPDATE papers SET current_entry_id = 99999 WHERE id = ")
        + other} << QStringList{QStringLiteral("dangling_current_entry"), QStringLiteral("foreign_keys")};
    QTest::newRow("screenshot file missing")
        << QStringList{QStringLiteral("INSERT OR REPLACE INTO image_cache(url, state, file, bytes, width, height)"
                                      " VALUES((SELECT min(url) FROM screenshots), 'cached', 'gone.png', 10, 4, 3)")}
        << QStringList{QStringLiteral("missing_image_files")};
    QTest::newRow("pdf file missing")
        << QStringList{QStringLiteral("INSERT INTO pdf_cache(paper_id, url, state, file, bytes) VALUES(") + other
                       + QStringLiteral(", 'https://arxiv.org/pdf/x', 'cached', 'gone.pdf', 10)")}
        << QStringList{QStringLiteral("missing_pdf_files")};
}

void TestLibraryCheck::eachInvariantIsReportedAndRepaired()
{
    QFETCH(QStringList, damage);
    QFETCH(QStringList, expected);
    QVERIFY(rawExec(m_library, damage));

    std::unique_ptr<Database> db = open();
    QVERIFY(db);
    // The work of the papers that are there (the damage may have taken a paper with it).
    const QString work = userWork(db->connection());
    QVERIFY(work.contains(QStringLiteral("更正的译文")));
    LibraryCheck check(db->connection(), m_library);
    const Result<QList<LibraryProblem>> found = check.run(LibraryCheck::Mode::Report);
    QVERIFY2(found, qPrintable(found.errorMessage()));
    QCOMPARE(ids(*found), expected);
    for (const LibraryProblem &problem : *found) {
        QVERIFY(problem.count > 0);
        QVERIFY(problem.repairable);
        QVERIFY(!problem.repaired);
        QVERIFY2(problem.description.contains(QString::number(problem.count)), qPrintable(problem.description));
    }

    const Result<QList<LibraryProblem>> repaired = check.run(LibraryCheck::Mode::Repair);
    QVERIFY2(repaired, qPrintable(repaired.errorMessage()));
    QCOMPARE(ids(*repaired), expected);
    for (const LibraryProblem &problem : *repaired) {
        QVERIFY2(problem.repaired, qPrintable(problem.id));
    }
    const Result<QList<LibraryProblem>> after = check.run(LibraryCheck::Mode::Report);
    QVERIFY(after);
    QVERIFY2(after->isEmpty(), qPrintable(ids(*after).join(QLatin1Char(','))));
    QCOMPARE(userWork(db->connection()), work);
    // The library still works: the paper with the user's work is found by its notes.
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM paper_fts WHERE paper_fts MATCH 'sidecar'"))
                 .toInt(),
             1);
}

void TestLibraryCheck::ownTagsWithoutPapersAreKept()
{
    QVERIFY(rawExec(m_library,
                    {QStringLiteral("INSERT INTO tags(kind, name, norm) VALUES('user', 'someday', 'someday')")}));
    std::unique_ptr<Database> db = open();
    QVERIFY(db);
    const Result<QList<LibraryProblem>> repaired = LibraryCheck(db->connection(), m_library)
                                                       .run(LibraryCheck::Mode::Repair);
    QVERIFY(repaired);
    QVERIFY(repaired->isEmpty());
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM tags WHERE norm = 'someday'")).toInt(), 1);
}

void TestLibraryCheck::downloadedFileThatExistsIsNoProblem()
{
    const QString imageDir = LibraryPaths(m_library).imageDir();
    QVERIFY(QDir().mkpath(imageDir));
    QFile file(QDir(imageDir).filePath(QStringLiteral("there.png")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("png");
    file.close();
    QVERIFY(rawExec(m_library,
                    {QStringLiteral("INSERT OR REPLACE INTO image_cache(url, state, file, bytes) VALUES("
                                    "(SELECT min(url) FROM screenshots), 'cached', 'there.png', 3)"),
                     QStringLiteral("INSERT OR REPLACE INTO image_cache(url, state, file, bytes) VALUES("
                                    "(SELECT max(url) FROM screenshots), 'cached', 'gone.png', 3)")}));
    std::unique_ptr<Database> db = open();
    QVERIFY(db);
    LibraryCheck check(db->connection(), m_library);
    const Result<QList<LibraryProblem>> found = check.run(LibraryCheck::Mode::Repair);
    QVERIFY(found);
    QCOMPARE(ids(*found), QStringList{QStringLiteral("missing_image_files")});
    QCOMPARE(found->first().count, 1);
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT state FROM image_cache WHERE file = 'there.png'"))
                 .toString(),
             QStringLiteral("cached"));
    QCOMPARE(scalar(db->connection(),
                    QStringLiteral("SELECT state FROM image_cache WHERE url = (SELECT max(url) FROM screenshots)"))
                 .toString(),
             QStringLiteral("missing"));
}

QTEST_GUILESS_MAIN(TestLibraryCheck)
#include "tst_librarycheck.moc"
