#include "core/annotations/highlightstore.h"
#include "core/db/database.h"
#include "core/digest/textfields.h"
#include "core/import/importer.h"
#include "librarytestutil.h"

#include <QtTest>

using namespace PaperShelf::Core;
using namespace PaperShelf::Tests;

class TestHighlightStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addTakesTheQuoteFromTheText();
    void addRefusesBadInput();
    void updateRemoveRestore();
    void libraryWideListFiltersByColour();
    void colourMeaningsCanBeRenamed();
    void reimportMovesHighlightsWithTheirQuote();
    void reimportOrphansAHighlightWhoseQuoteIsGone();

private:
    void writeDigest(const QString &file, const QString &abstract, const QString &summaryZh);
    void import(const QString &file);
    qint64 paperRowId();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestHighlightStore::writeDigest(const QString &file, const QString &abstract, const QString &summaryZh)
{
    QFile out(m_dir->filePath(file));
    QVERIFY(out.open(QIODevice::WriteOnly));
    const QString text = QStringLiteral("---\ntitle: NeRF\ndate: 2024-05-0%1 10:00:00\n---\n\n"
                                        "## Anchored Radiance\n\n**Authors:Hilde Marker**\n\n%2\n\n"
                                        "[PDF](https://arxiv.org/abs/2405.30001v1) 9 pages\n\n"
                                        "**Summary**\n%3\n\n**Key Takeaways**\n- 第一点。\n- 第二点。\n")
                             .arg(file.at(1))
                             .arg(abstract, summaryZh);
    out.write(text.toUtf8());
}

void TestHighlightStore::import(const QString &file)
{
    Importer importer(*m_db);
    const ImportReport report = importer.importPaths({m_dir->filePath(file)});
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.isEmpty() ? QString() : report.errors.first().message));
}

qint64 TestHighlightStore::paperRowId()
{
    return scalar(m_db->connection(), QStringLiteral("SELECT id FROM papers WHERE arxiv_id = '2405.30001'"))
        .toLongLong();
}

void TestHighlightStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Database>> db = Database::open(m_dir->filePath(QStringLiteral("h.papershelf")));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(*db);
    writeDigest(QStringLiteral("d1.md"),
                QStringLiteral("We render radiance fields fast. The method uses hash grids."),
                QStringLiteral("本文提出一种快速的辐射场渲染方法。"));
    import(QStringLiteral("d1.md"));
    QVERIFY(paperRowId() > 0);
}

void TestHighlightStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestHighlightStore::addTakesTheQuoteFromTheText()
{
    HighlightStore store(m_db->connection());
    const Result<Highlight> added = store.add(paperRowId(),
                                              TextFields::SummaryZh,
                                              6,
                                              5,
                                              QStringLiteral("green"),
                                              QStringLiteral("key idea"));
    QVERIFY2(added, qPrintable(added.errorMessage()));
    QCOMPARE(added->quote, QStringLiteral("快速的辐射"));
    QVERIFY(added->id > 0);
    const Result<QList<Highlight>> list = store.forPaper(paperRowId());
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first(), *added);
}

void TestHighlightStore::addRefusesBadInput()
{
    HighlightStore store(m_db->connection());
    QVERIFY(!store.add(paperRowId(), QStringLiteral("notes"), 0, 3, QStringLiteral("green")));
    QVERIFY(!store.add(paperRowId(), TextFields::Abstract, 0, 3, QStringLiteral("orange")));
    QVERIFY(!store.add(paperRowId(), TextFields::Abstract, 50, 500, QStringLiteral("green")));
    QVERIFY(!store.add(paperRowId(), TextFields::Abstract, 0, 0, QStringLiteral("green")));
    QVERIFY(!store.add(987'654, TextFields::Abstract, 0, 3, QStringLiteral("green")));
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM highlights")).toInt(), 0);
}

void TestHighlightStore::updateRemoveRestore()
{
    HighlightStore store(m_db->connection());
    const Highlight h = *store.add(paperRowId(), TextFields::Abstract, 3, 6, QStringLiteral("yellow"));
    QCOMPARE(h.quote, QStringLiteral("render"));
    QVERIFY(store.update(h.id, QStringLiteral("red"), QStringLiteral("really?")));
    Highlight changed = store.forPaper(paperRowId())->first();
    QCOMPARE(changed.color, QStringLiteral("red"));
    QCOMPARE(changed.comment, QStringLiteral("really?"));
    QVERIFY(!store.update(h.id, QStringLiteral("black"), QString()));

    const Result<Highlight> removed = store.remove(h.id);
    QVERIFY(removed);
    QCOMPARE(*removed, changed);
    QVERIFY(store.forPaper(paperRowId())->isEmpty());
    QVERIFY(!store.remove(h.id));
    QVERIFY(!store.update(h.id, QStringLiteral("red"), QString()));

    QVERIFY(store.restore(*removed));
    QCOMPARE(store.forPaper(paperRowId())->first(), changed);
}

void TestHighlightStore::libraryWideListFiltersByColour()
{
    HighlightStore store(m_db->connection());
    QVERIFY(store.add(paperRowId(), TextFields::Abstract, 0, 2, QStringLiteral("blue")));
    QVERIFY(store.add(paperRowId(), TextFields::Abstract, 3, 6, QStringLiteral("purple")));
    QVERIFY(store.add(paperRowId(), TextFields::SummaryZh, 0, 2, QStringLiteral("blue")));
    QCOMPARE(store.all()->size(), 3);
    const QList<Highlight> blue = *store.all(QStringLiteral("blue"));
    QCOMPARE(blue.size(), 2);
    QCOMPARE(blue.first().field, TextFields::SummaryZh); // newest first
    QCOMPARE(store.all(QStringLiteral("red"))->size(), 0);
    // A paper's list is in reading order: abstract before the Chinese summary.
    const QList<Highlight> ordered = *store.forPaper(paperRowId());
    QCOMPARE(ordered.at(0).quote, QStringLiteral("We"));
    QCOMPARE(ordered.at(1).quote, QStringLiteral("render"));
    QCOMPARE(ordered.at(2).field, TextFields::SummaryZh);
}

void TestHighlightStore::colourMeaningsCanBeRenamed()
{
    HighlightStore store(m_db->connection());
    QList<HighlightColor> colors = *store.colors();
    QCOMPARE(colors.size(), 5);
    QCOMPARE(colors.at(1).key, QStringLiteral("red"));
    QCOMPARE(colors.at(1).meaning, QStringLiteral("doubt"));
    QVERIFY(store.setColorMeaning(QStringLiteral("red"), QStringLiteral("  wrong  claim ")));
    QCOMPARE(store.colors()->at(1).meaning, QStringLiteral("wrong claim"));
    QVERIFY(store.setColorMeaning(QStringLiteral("red"), QString()));
    QCOMPARE(store.colors()->at(1).meaning, QStringLiteral("doubt"));
    QVERIFY(!store.setColorMeaning(QStringLiteral("teal"), QStringLiteral("x")));
}

void TestHighlightStore::reimportMovesHighlightsWithTheirQuote()
{
    HighlightStore store(m_db->connection());
    const QString oldAbstract = QStringLiteral("We render radiance fields fast. The method uses hash grids.");
    const QString newAbstract = QStringLiteral(
        "In this paper we render radiance fields very fast. The method uses hash grids.");
    const Highlight h = *store.add(paperRowId(),
                                   TextFields::Abstract,
                                   oldAbstract.indexOf(QLatin1String("hash grids")),
                                   10,
                                   QStringLiteral("green"));
    QCOMPARE(h.quote, QStringLiteral("hash grids"));
    const Highlight zh = *store.add(paperRowId(), TextFields::SummaryZh, 6, 5, QStringLiteral("blue"));
    // A newer digest rewrites the text before both quotes.
    writeDigest(QStringLiteral("d2.md"), newAbstract, QStringLiteral("摘要：本文提出一种快速的辐射场渲染方法。"));
    import(QStringLiteral("d2.md"));

    const QList<Highlight> after = *store.forPaper(paperRowId());
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.at(0).id, h.id);
    QCOMPARE(after.at(0).start, newAbstract.indexOf(QLatin1String("hash grids")));
    QVERIFY(!after.at(0).orphaned);
    QCOMPARE(after.at(1).id, zh.id);
    QCOMPARE(after.at(1).start, zh.start + 3);
    QCOMPARE(after.at(1).quote, zh.quote);
    QCOMPARE(after.at(1).color, QStringLiteral("blue"));
}

void TestHighlightStore::reimportOrphansAHighlightWhoseQuoteIsGone()
{
    HighlightStore store(m_db->connection());
    const Highlight h = *store.add(paperRowId(),
                                   TextFields::Abstract,
                                   40,
                                   10,
                                   QStringLiteral("green"),
                                   QStringLiteral("my comment"));
    writeDigest(QStringLiteral("d2.md"),
                QStringLiteral("We render radiance fields fast with octrees."),
                QStringLiteral("本文提出一种快速的辐射场渲染方法。"));
    import(QStringLiteral("d2.md"));
    const QList<Highlight> after = *store.forPaper(paperRowId());
    QCOMPARE(after.size(), 1); // never deleted
    QVERIFY(after.first().orphaned);
    QCOMPARE(after.first().quote, h.quote);
    QCOMPARE(after.first().comment, QStringLiteral("my comment"));
}

QTEST_GUILESS_MAIN(TestHighlightStore)
#include "tst_highlightstore.moc"
