#include "core/db/database.h"
#include "core/db/paperrepository.h"
#include "core/import/importer.h"
#include "core/search/papersearch.h"
#include "librarytestutil.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace PaperShelf::Core;
using namespace PaperShelf::Tests;

// Imports the real corpus named by $PAPERSHELF_CORPUS (skipped when unset).
class TestCorpusImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importsEverythingOnePaperPerArxivId();
    void everyPaperHasTitleAuthorsAndAbstract();
    void searchFindsChineseAndEnglish();
    void reimportChangesNothing();

private:
    QString m_corpus;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ImportReport m_first;
};

void TestCorpusImport::initTestCase()
{
    m_corpus = qEnvironmentVariable("PAPERSHELF_CORPUS");
    if (m_corpus.isEmpty() || !QFileInfo(m_corpus).isDir()) {
        QSKIP("PAPERSHELF_CORPUS does not name a folder");
    }
    Result<std::unique_ptr<Database>> db = Database::open(m_dir.filePath(QStringLiteral("corpus.papershelf")));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(*db);
    Importer importer(*m_db);
    m_first = importer.importPaths({m_corpus});
    qInfo("%d files, %d digests, %d entries, %d papers in %lld ms",
          m_first.files,
          m_first.digests,
          m_first.entries,
          m_first.papersAdded,
          static_cast<long long>(m_first.elapsedMs));
}

void TestCorpusImport::importsEverythingOnePaperPerArxivId()
{
    QVERIFY2(m_first.errors.isEmpty(), qPrintable(m_first.errors.value(0).message));
    // Distinct arXiv ids in the raw files, by a plain scan of the PDF links.
    static const QRegularExpression link(
        QStringLiteral("\\[PDF\\]\\(https?://arxiv\\.org/(?:abs|pdf)/(\\d{4}\\.\\d{4,5})"));
    QSet<QString> ids;
    QDirIterator it(m_corpus, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (QRegularExpressionMatchIterator m = link.globalMatch(text); m.hasNext();) {
            ids.insert(m.next().captured(1));
        }
    }
    QVERIFY(ids.size() > 100);
    QCOMPARE(m_first.papersAdded, static_cast<int>(ids.size()));
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM papers")).toInt(), ids.size());
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM papers WHERE arxiv_id IS NULL")).toInt(),
             0);
    QSqlQuery byKey(m_db->connection());
    QVERIFY(byKey.prepare(QStringLiteral("SELECT count(*) FROM papers WHERE key = ?")));
    for (const QString &id : std::as_const(ids)) {
        byKey.addBindValue(id);
        QVERIFY(byKey.exec() && byKey.next());
        QVERIFY2(byKey.value(0).toInt() == 1, qPrintable(id));
    }
    QVERIFY(m_db->integrityProblems().isEmpty());
}

void TestCorpusImport::everyPaperHasTitleAuthorsAndAbstract()
{
    PaperRepository papers(m_db->connection());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM papers")));
    int checked = 0;
    while (query.next()) {
        const Result<std::optional<PaperDetails>> paper = papers.paper(query.value(0).toLongLong());
        QVERIFY(paper && *paper);
        const PaperDetails &p = **paper;
        QVERIFY2(!p.text.title.isEmpty(), qPrintable(p.id));
        QVERIFY2(!p.text.authors.isEmpty(), qPrintable(p.id));
        QVERIFY2(p.text.abstract.size() > 100, qPrintable(p.id));
        QVERIFY2(!p.topics.isEmpty(), qPrintable(p.id));
        QVERIFY2(!p.appearances.isEmpty(), qPrintable(p.id));
        ++checked;
    }
    QVERIFY(checked > 100);
}

void TestCorpusImport::searchFindsChineseAndEnglish()
{
    PaperSearch search(m_db->connection());
    for (const QString &term : {QStringLiteral("扩散"),
                                QStringLiteral("高斯"),
                                QStringLiteral("diffusion"),
                                QStringLiteral("gaussian splatting"),
                                QStringLiteral("辐射场")}) {
        PaperFilter filter;
        filter.text = term;
        const Result<int> count = search.count(filter);
        QVERIFY(count);
        QVERIFY2(*count > 0, qPrintable(term));
    }
    // Every topic tag counts as many papers as list() finds for it.
    const Result<QList<TagCount>> tags = search.tagCounts(PaperFilter());
    QVERIFY(tags);
    for (const TagCount &tag : *tags) {
        if (tag.tag.kind != TagKind::Topic) {
            continue;
        }
        PaperFilter filter;
        filter.allOf = {TagSelector{tag.tag.name, TagKind::Topic}};
        QCOMPARE(*search.count(filter), tag.count);
    }
}

void TestCorpusImport::reimportChangesNothing()
{
    const QString before = dumpLibrary(m_db->connection());
    Importer importer(*m_db);
    const ImportReport again = importer.importPaths({m_corpus});
    QVERIFY(again.errors.isEmpty());
    QCOMPARE(again.papersAdded, 0);
    QCOMPARE(again.papersUpdated, 0);
    QCOMPARE(again.papersUnchanged, m_first.papersAdded);
    QCOMPARE(again.appearancesAdded, 0);
    QCOMPARE(dumpLibrary(m_db->connection()), before);
}

QTEST_GUILESS_MAIN(TestCorpusImport)
#include "tst_corpusimport.moc"
