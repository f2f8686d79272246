#include "core/db/database.h"
#include "core/db/paperwriter.h"
#include "core/search/ftstext.h"
#include "core/search/papersearch.h"
#include "core/search/searchindex.h"
#include "core/search/tagindex.h"
#include "core/search/textquery.h"
#include "librarytestutil.h"

#include <QtTest>

using namespace PaperShelf::Core;
using namespace PaperShelf::Tests;

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void indexTextMakesCjkBigrams_data();
    void indexTextMakesCjkBigrams();
    void queryTextMatchesIndexText_data();
    void queryTextMatchesIndexText();
    void parsesSearchLanguage_data();
    void parsesSearchLanguage();

    void findsPapers_data();
    void findsPapers();
    void hostileInputNeverFails_data();
    void hostileInputNeverFails();
    void tagFilters_data();
    void tagFilters();
    void tagCountsFollowTheFilter();
    void tagIndexCountsLikeSql_data();
    void tagIndexCountsLikeSql();
    void tagIndexNoticesChanges();
    void sortsAndPages();
    void relevancePrefersTitleMatches();
    void sortsByEveryKeyBothWays_data();
    void sortsByEveryKeyBothWays();

private:
    QStringList ids(const PaperFilter &filter, std::optional<SortOrder> sort = std::nullopt);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Result<std::unique_ptr<Database>> db = Database::open(m_dir.filePath(QStringLiteral("search.papershelf")));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(*db);
    PaperWriter writer(m_db->connection());
    const QList<ParsedDigest> digests = {
        makeDigest(QStringLiteral("Diffusion Models"),
                   QStringLiteral("2024-03-01"),
                   {makeEntry(QStringLiteral("2403.00001"),
                              1,
                              QStringLiteral("Latent Diffusion Transformers"),
                              QStringLiteral("We scale diffusion transformers for image synthesis."),
                              QStringLiteral("本文提出了一种扩散模型的去噪方法。"),
                              {QStringLiteral("扩散模型"), QStringLiteral("Transformer")}),
                    makeEntry(QStringLiteral("2403.00002"),
                              1,
                              QStringLiteral("Denoising Score Matching Revisited"),
                              QStringLiteral("Score matching trains diffusive samplers without adversarial loss."),
                              QStringLiteral("去噪得分匹配的再研究。"),
                              {QStringLiteral("score matching")})}),
        makeDigest(QStringLiteral("NeRF"),
                   QStringLiteral("2024-03-05"),
                   {makeEntry(QStringLiteral("2403.00003"),
                              2,
                              QStringLiteral("Neural Radiance Fields in the Wild"),
                              QStringLiteral("Radiance fields from unconstrained photo collections."),
                              QStringLiteral("神经辐射场用于野外照片集合。"),
                              {QStringLiteral("NeRF")}),
                    makeEntry(QStringLiteral("2403.00001"),
                              1,
                              QStringLiteral("Latent Diffusion Transformers"),
                              QStringLiteral("We scale diffusion transformers for image synthesis."),
                              QStringLiteral("本文提出了一种扩散模型的去噪方法。"),
                              {QStringLiteral("扩散模型"), QStringLiteral("Transformer")})}),
        makeDigest(QStringLiteral("3DGS"),
                   QStringLiteral("2024-03-09"),
                   {makeEntry(QStringLiteral("2403.00004"),
                              1,
                              QStringLiteral("3D Gaussian Splatting for Avatars"),
                              QStringLiteral(
                                  "Gaussian splatting renders avatars in real time; see Transformer-free design."),
                              QStringLiteral("基于3D高斯泼溅的实时头像渲染，无需扩散。"),
                              {QStringLiteral("NeRF"), QStringLiteral("高斯泼溅")}),
                    makeEntry(QStringLiteral("2403.00005"),
                              1,
                              QStringLiteral("Fast Splats"),
                              QStringLiteral("Splatting at 300 FPS with <script>alert(1)</script> in the abstract."),
                              QStringLiteral("型号：快速。"),
                              {})}),
    };
    int n = 0;
    for (const ParsedDigest &digest : digests) {
        const QString name = QStringLiteral("d%1.md").arg(++n);
        const Result<DigestStoreResult> stored = writer.storeDigest(digest,
                                                                    DigestSource{m_dir.filePath(name), name, name});
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
    }
    const Result<int> indexed = SearchIndex(m_db->connection()).flushPending();
    QVERIFY2(indexed, qPrintable(indexed.errorMessage()));
    QCOMPARE(*indexed, 5);
}

void TestSearch::cleanupTestCase()
{
    m_db.reset();
}

QStringList TestSearch::ids(const PaperFilter &filter, std::optional<SortOrder> sort)
{
    PaperSearch search(m_db->connection());
    ListRequest request;
    request.filter = filter;
    request.sort = sort;
    request.limit = 0;
    const Result<PaperPage> page = search.list(request);
    if (!page) {
        qWarning() << page.errorMessage();
        return {QStringLiteral("error")};
    }
    QStringList list;
    for (const PaperSummary &row : page->papers) {
        list.append(row.id);
    }
    if (page->total != list.size()) {
        list.append(QStringLiteral("total mismatch"));
    }
    if (!sort) {
        list.sort();
    }
    return list;
}

void TestSearch::indexTextMakesCjkBigrams_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("english unchanged") << QStringLiteral("Diffusion models") << QStringLiteral("Diffusion models");
    QTest::newRow("one cjk char") << QStringLiteral("型") << QStringLiteral("型 ");
    QTest::newRow("two chars") << QStringLiteral("扩散") << QStringLiteral("扩散 散 ");
    QTest::newRow("four chars") << QStringLiteral("扩散模型") << QStringLiteral("扩散 散模 模型 型 ");
    QTest::newRow("mixed") << QStringLiteral("3D高斯splatting") << QStringLiteral("3D 高斯 斯 splatting");
    QTest::newRow("punctuation splits runs") << QStringLiteral("去噪，扩散") << QStringLiteral("去噪 噪 , 扩散 散 ");
    QTest::newRow("full width folded") << QStringLiteral("ＧＡＮ模型") << QStringLiteral("GAN 模型 型 ");
    QTest::newRow("diacritics and case folded")
        << QStringLiteral("Café Über Ωmega") << QStringLiteral("Cafe Uber ωmega");
    QTest::newRow("non-ascii punctuation separates") << QStringLiteral("a—b“c”") << QStringLiteral("a b c ");
    QTest::newRow("compatibility ideograph unified") << QStringLiteral("扩\uF91D散") << QStringLiteral("扩欄 欄散 散 ");
    QTest::newRow("kangxi radical continues the run") << QStringLiteral("种⽅法") << QStringLiteral("种方 方法 法 ");
    QTest::newRow("kana keep their voicing") << QStringLiteral("ガス") << QStringLiteral("ガス ス ");
}

void TestSearch::indexTextMakesCjkBigrams()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(FtsText::indexText(input), expected);
}

void TestSearch::queryTextMatchesIndexText_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("prefix");
    QTest::newRow("two chars: no trailing unigram") << QStringLiteral("扩散") << QStringLiteral("扩散 ") << false;
    QTest::newRow("one char: prefix") << QStringLiteral("型") << QStringLiteral("型 ") << true;
    QTest::newRow("run then latin keeps unigram")
        << QStringLiteral("高斯splatting") << QStringLiteral("高斯 斯 splatting") << false;
    QTest::newRow("latin then single char") << QStringLiteral("GAN型") << QStringLiteral("GAN 型 ") << true;
    QTest::newRow("trailing punctuation: no unigram")
        << QStringLiteral("（扩散）") << QStringLiteral("( 扩散 )") << false;
    QTest::newRow("one char then punctuation: prefix") << QStringLiteral("型”") << QStringLiteral(" 型 ") << true;
    QTest::newRow("one char between latin") << QStringLiteral("a型b") << QStringLiteral("a 型 b") << false;
}

void TestSearch::queryTextMatchesIndexText()
{
    QFETCH(QString, term);
    QFETCH(QString, expected);
    QFETCH(bool, prefix);
    bool needsPrefix = false;
    QCOMPARE(FtsText::queryText(term, &needsPrefix), expected);
    QCOMPARE(needsPrefix, prefix);
}

void TestSearch::parsesSearchLanguage_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("positive");
    QTest::addColumn<QString>("negative");
    QTest::newRow("words are AND-ed") << QStringLiteral("diffusion  transformer")
                                      << QStringLiteral("\"diffusion\" AND \"transformer\"") << QString();
    QTest::newRow("prefix") << QStringLiteral("diffus*") << QStringLiteral("\"diffus\"*") << QString();
    QTest::newRow("phrase") << QStringLiteral("\"radiance fields\"") << QStringLiteral("\"radiance fields\"")
                            << QString();
    QTest::newRow("exclusion") << QStringLiteral("splatting -avatars") << QStringLiteral("\"splatting\"")
                               << QStringLiteral("\"avatars\"");
    QTest::newRow("chinese") << QStringLiteral("扩散模型") << QStringLiteral("\"扩散 散模 模型\"") << QString();
    QTest::newRow("fts operators are words")
        << QStringLiteral("a OR b NEAR(c)") << QStringLiteral("\"a\" AND \"OR\" AND \"b\" AND \"NEAR(c)\"")
        << QString();
    QTest::newRow("quotes are escaped") << QStringLiteral("x\"y") << QStringLiteral("\"x\"\"y\"") << QString();
    QTest::newRow("punctuation only dropped") << QStringLiteral("% _ * ( ) -") << QString() << QString();
    QTest::newRow("symbols only dropped")
        << QStringLiteral("diffusion 😀 -™x") << QStringLiteral("\"diffusion\"") << QStringLiteral("\"TMx\"");
    QTest::newRow("emoji and lone surrogate dropped")
        << (QStringLiteral("😀 ") + QChar(0xD800)) << QString() << QString();
    QTest::newRow("full-width brackets separate terms")
        << QStringLiteral("扩散［模型～去噪") << QStringLiteral("\"扩散\" AND \"模型\" AND \"去噪\"") << QString();
    QTest::newRow("unterminated phrase") << QStringLiteral("\"neural radiance") << QStringLiteral("\"neural radiance\"")
                                         << QString();
}

void TestSearch::parsesSearchLanguage()
{
    QFETCH(QString, input);
    QFETCH(QString, positive);
    QFETCH(QString, negative);
    const TextQuery query = TextQuery::parse(input);
    QCOMPARE(query.positiveMatch(), positive);
    QCOMPARE(query.negativeMatch(), negative);
}

void TestSearch::findsPapers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QString p1 = QStringLiteral("2403.00001");
    const QString p2 = QStringLiteral("2403.00002");
    const QString p3 = QStringLiteral("2403.00003");
    const QString p4 = QStringLiteral("2403.00004");
    const QString p5 = QStringLiteral("2403.00005");
    QTest::newRow("english word") << QStringLiteral("diffusion") << QStringList{p1};
    QTest::newRow("case-insensitive") << QStringLiteral("DIFFUSION") << QStringList{p1};
    QTest::newRow("prefix") << QStringLiteral("diffus*") << QStringList{p1, p2};
    QTest::newRow("AND") << QStringLiteral("radiance wild") << QStringList{p3};
    QTest::newRow("phrase") << QStringLiteral("\"score matching\"") << QStringList{p2};
    QTest::newRow("phrase in wrong order") << QStringLiteral("\"matching score\"") << QStringList{};
    QTest::newRow("exclusion") << QStringLiteral("splatting -avatars") << QStringList{p5};
    QTest::newRow("only exclusion") << QStringLiteral("-splatting") << QStringList{p1, p2, p3};
    QTest::newRow("author") << QStringLiteral("lovelace") << QStringList{p1, p2, p3, p4, p5};
    QTest::newRow("chinese 2 chars") << QStringLiteral("去噪") << QStringList{p1, p2};
    QTest::newRow("chinese 2 chars at run end") << QStringLiteral("方法") << QStringList{p1};
    QTest::newRow("chinese 4 chars") << QStringLiteral("扩散模型") << QStringList{p1};
    QTest::newRow("chinese 3 chars inside a run") << QStringLiteral("辐射场") << QStringList{p3};
    QTest::newRow("chinese not a substring") << QStringLiteral("模型扩散") << QStringList{};
    QTest::newRow("chinese 1 char mid run") << QStringLiteral("噪") << QStringList{p1, p2};
    QTest::newRow("chinese 1 char at run end") << QStringLiteral("散") << QStringList{p1, p4};
    QTest::newRow("mixed chinese and english") << QStringLiteral("扩散 transformers") << QStringList{p1};
    QTest::newRow("mixed token") << QStringLiteral("3D高斯") << QStringList{p4};
    QTest::newRow("keyword text") << QStringLiteral("高斯泼溅") << QStringList{p4};
    QTest::newRow("structured title") << QStringLiteral("中文标题") << QStringList{p1, p2, p3, p4, p5};
    QTest::newRow("html is text") << QStringLiteral("script") << QStringList{p5};
    QTest::newRow("no match") << QStringLiteral("quantum") << QStringList{};
    QTest::newRow("punctuation alone filters nothing") << QStringLiteral("，") << QStringList{p1, p2, p3, p4, p5};
    QTest::newRow("terms split at chinese punctuation") << QStringLiteral("去噪，方法") << QStringList{p1};
}

void TestSearch::findsPapers()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    PaperFilter filter;
    filter.text = text;
    QCOMPARE(ids(filter), expected);
    PaperSearch search(m_db->connection());
    QCOMPARE(*search.count(filter), expected.size());
}

void TestSearch::hostileInputNeverFails_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quote") << QStringLiteral("\"");
    QTest::newRow("star") << QStringLiteral("*");
    QTest::newRow("paren") << QStringLiteral("(diffusion");
    QTest::newRow("near") << QStringLiteral("NEAR(a b, 2)");
    QTest::newRow("column filter") << QStringLiteral("title:diffusion");
    QTest::newRow("caret") << QStringLiteral("^diffusion");
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE papers; --");
    QTest::newRow("like wildcards") << QStringLiteral("%_%");
    QTest::newRow("long") << QString(10000, QLatin1Char('x'));
    QTest::newRow("long chinese") << QString(3000, QChar(0x6269));
    QTest::newRow("format string") << QStringLiteral("%1 %2F %n");
    QTest::newRow("double minus") << QStringLiteral("--diffusion");
}

void TestSearch::hostileInputNeverFails()
{
    QFETCH(QString, text);
    PaperFilter filter;
    filter.text = text;
    PaperSearch search(m_db->connection());
    const Result<int> count = search.count(filter);
    QVERIFY2(count, qPrintable(count.errorMessage()));
    const Result<PaperPage> page = search.list(ListRequest{filter, std::nullopt, 50, 0});
    QVERIFY2(page, qPrintable(page.errorMessage()));
    QCOMPARE(page->total, *count);
    QVERIFY(search.tagCounts(filter));
    QCOMPARE(*search.count(PaperFilter()), 5); // nothing was harmed
}

void TestSearch::tagFilters_data()
{
    QTest::addColumn<QStringList>("allOf");
    QTest::addColumn<QStringList>("anyOf");
    QTest::addColumn<QStringList>("noneOf");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QString p1 = QStringLiteral("2403.00001");
    const QString p2 = QStringLiteral("2403.00002");
    const QString p3 = QStringLiteral("2403.00003");
    const QString p4 = QStringLiteral("2403.00004");
    const QString p5 = QStringLiteral("2403.00005");
    QTest::newRow("one topic") << QStringList{QStringLiteral("topic:NeRF")} << QStringList() << QStringList()
                               << QString() << QStringList{p1, p3};
    QTest::newRow("name without kind matches topic and keyword")
        << QStringList{QStringLiteral("nerf")} << QStringList() << QStringList() << QString()
        << QStringList{p1, p3, p4};
    QTest::newRow("keyword only") << QStringList{QStringLiteral("keyword:NeRF")} << QStringList() << QStringList()
                                  << QString() << QStringList{p3, p4};
    QTest::newRow("two tags AND") << QStringList{QStringLiteral("topic:NeRF"), QStringLiteral("topic:Diffusion Models")}
                                  << QStringList() << QStringList() << QString() << QStringList{p1};
    QTest::newRow("any of") << QStringList()
                            << QStringList{QStringLiteral("topic:3DGS"), QStringLiteral("keyword:score matching")}
                            << QStringList() << QString() << QStringList{p2, p4, p5};
    QTest::newRow("none of") << QStringList() << QStringList() << QStringList{QStringLiteral("topic:Diffusion Models")}
                             << QString() << QStringList{p3, p4, p5};
    QTest::newRow("all + not + text") << QStringList{QStringLiteral("topic:3DGS")} << QStringList()
                                      << QStringList{QStringLiteral("keyword:nerf")} << QStringLiteral("splatting")
                                      << QStringList{p5};
    QTest::newRow("unknown required tag")
        << QStringList{QStringLiteral("nope")} << QStringList() << QStringList() << QString() << QStringList{};
    QTest::newRow("unknown excluded tag") << QStringList() << QStringList() << QStringList{QStringLiteral("nope")}
                                          << QString() << QStringList{p1, p2, p3, p4, p5};
    QTest::newRow("chinese keyword tag") << QStringList{QStringLiteral("keyword:扩散模型")} << QStringList()
                                         << QStringList() << QString() << QStringList{p1};
}

void TestSearch::tagFilters()
{
    QFETCH(QStringList, allOf);
    QFETCH(QStringList, anyOf);
    QFETCH(QStringList, noneOf);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    PaperFilter filter;
    filter.text = text;
    for (const QString &tag : allOf) {
        filter.allOf.append(TagSelector::parse(tag));
    }
    for (const QString &tag : anyOf) {
        filter.anyOf.append(TagSelector::parse(tag));
    }
    for (const QString &tag : noneOf) {
        filter.noneOf.append(TagSelector::parse(tag));
    }
    QCOMPARE(ids(filter), expected);
}

void TestSearch::tagCountsFollowTheFilter()
{
    PaperSearch search(m_db->connection());
    const auto countOf = [](const QList<TagCount> &counts, TagKind kind, const QString &name) {
        for (const TagCount &count : counts) {
            if (count.tag.kind == kind && count.tag.name == name) {
                return count.count;
            }
        }
        return 0;
    };
    const Result<QList<TagCount>> all = search.tagCounts(PaperFilter());
    QVERIFY(all);
    QCOMPARE(countOf(*all, TagKind::Topic, QStringLiteral("NeRF")), 2);
    QCOMPARE(countOf(*all, TagKind::Topic, QStringLiteral("3DGS")), 2);
    QCOMPARE(countOf(*all, TagKind::Keyword, QStringLiteral("NeRF")), 2);
    QCOMPARE(all->first().tag.kind, TagKind::Topic); // grouped by kind

    PaperFilter filter;
    filter.text = QStringLiteral("diffusion");
    const Result<QList<TagCount>> some = search.tagCounts(filter);
    QVERIFY(some);
    QCOMPARE(countOf(*some, TagKind::Topic, QStringLiteral("NeRF")), 1);
    QCOMPARE(countOf(*some, TagKind::Topic, QStringLiteral("Diffusion Models")), 1);
    QCOMPARE(countOf(*some, TagKind::Topic, QStringLiteral("3DGS")), 0);
    QCOMPARE(some->size(), 4); // two topics, two keywords

    filter.text.clear();
    filter.allOf = {TagSelector::parse(QStringLiteral("topic:3DGS"))};
    const Result<QList<TagCount>> tagged = search.tagCounts(filter);
    QCOMPARE(countOf(*tagged, TagKind::Topic, QStringLiteral("3DGS")), 2);
    QCOMPARE(countOf(*tagged, TagKind::Keyword, QStringLiteral("高斯泼溅")), 1);
}

void TestSearch::tagIndexCountsLikeSql_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("allOf");
    QTest::newRow("word") << QStringLiteral("diffusion") << QStringList();
    QTest::newRow("chinese") << QStringLiteral("去噪") << QStringList();
    QTest::newRow("tag") << QString() << QStringList{QStringLiteral("topic:3DGS")};
    QTest::newRow("word and tag") << QStringLiteral("splatting") << QStringList{QStringLiteral("keyword:nerf")};
    QTest::newRow("exclusion only") << QStringLiteral("-splatting") << QStringList();
    QTest::newRow("nothing matches") << QStringLiteral("quantum") << QStringList();
    QTest::newRow("two tags") << QString() << QStringList{QStringLiteral("topic:NeRF"), QStringLiteral("keyword:NeRF")};
}

void TestSearch::tagIndexCountsLikeSql()
{
    QFETCH(QString, text);
    QFETCH(QStringList, allOf);
    PaperFilter filter;
    filter.text = text;
    for (const QString &tag : allOf) {
        filter.allOf.append(TagSelector::parse(tag));
    }
    TagIndex tags(m_db->connection());
    // Counting and listing with the tag index give what SQL alone gives.
    QCOMPARE(*PaperSearch(m_db->connection(), &tags).count(filter), *PaperSearch(m_db->connection()).count(filter));
    QCOMPARE(PaperSearch(m_db->connection(), &tags).list(ListRequest{filter, std::nullopt, 0, 0})->total,
             PaperSearch(m_db->connection()).list(ListRequest{filter, std::nullopt, 0, 0})->total);
    const Result<QList<TagCount>> fromSql = PaperSearch(m_db->connection()).tagCounts(filter);
    const Result<QList<TagCount>> fromMemory = PaperSearch(m_db->connection(), &tags).tagCounts(filter);
    QVERIFY(fromSql && fromMemory);
    QCOMPARE(fromMemory->size(), fromSql->size());
    for (qsizetype i = 0; i < fromSql->size(); ++i) {
        QCOMPARE(fromMemory->at(i).tag, fromSql->at(i).tag);
        QCOMPARE(fromMemory->at(i).count, fromSql->at(i).count);
    }
}

void TestSearch::tagIndexNoticesChanges()
{
    TagIndex tags(m_db->connection());
    PaperSearch search(m_db->connection(), &tags);
    PaperFilter filter;
    filter.text = QStringLiteral("lovelace");
    const auto userTagCount = [&search, &filter]() {
        const Result<QList<TagCount>> counts = search.tagCounts(filter);
        if (!counts) {
            return -1;
        }
        for (const TagCount &count : counts.value()) {
            if (count.tag.kind == TagKind::User) {
                return count.count;
            }
        }
        return 0;
    };
    QCOMPARE(userTagCount(), 0);
    QCOMPARE(tags.loadCount(), 1);
    QCOMPARE(userTagCount(), 0);
    QCOMPARE(tags.loadCount(), 1); // fresh: not loaded again
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO tags(kind, name, norm) VALUES('user', 'Later', 'later')")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO paper_tags SELECT p.id, t.id FROM papers p, tags t "
                                      "WHERE t.kind = 'user' AND p.key IN ('2403.00001', '2403.00002')")));
    QCOMPARE(userTagCount(), 2);
    QCOMPARE(tags.loadCount(), 2);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM tags WHERE kind = 'user'")));
    QCOMPARE(userTagCount(), 0);
}

void TestSearch::sortsAndPages()
{
    const QStringList byDate = ids(PaperFilter(), SortOrder::Date);
    QCOMPARE(byDate.size(), 5);
    QCOMPARE(byDate.mid(0, 2), QStringList({QStringLiteral("2403.00005"), QStringLiteral("2403.00004")}));
    QCOMPARE(byDate.at(2), QStringLiteral("2403.00003")); // 03-05 (its only date)
    const QStringList byTitle = ids(PaperFilter(), SortOrder::Title);
    QCOMPARE(byTitle.first(), QStringLiteral("2403.00004")); // "3D Gaussian..."
    QCOMPARE(byTitle.last(), QStringLiteral("2403.00003"));  // "Neural Radiance..."

    PaperSearch search(m_db->connection());
    const Result<PaperPage> page = search.list(ListRequest{PaperFilter(), SortOrder::Date, 2, 2});
    QVERIFY(page);
    QCOMPARE(page->total, 5);
    QCOMPARE(page->papers.size(), 2);
    QCOMPARE(page->papers.first().id, byDate.at(2));
    const PaperSummary &row = page->papers.first();
    QCOMPARE(row.title, QStringLiteral("Neural Radiance Fields in the Wild"));
    QCOMPARE(row.date, QDate(2024, 3, 5));
    QCOMPARE(row.topics, QStringList{QStringLiteral("NeRF")});
    QCOMPARE(row.screenshots, 2);
    QVERIFY(row.tags.contains(QStringLiteral("keyword:NeRF")));
}

void TestSearch::relevancePrefersTitleMatches()
{
    PaperFilter filter;
    filter.text = QStringLiteral("splatting");
    const QStringList ranked = ids(filter, SortOrder::Relevance);
    QCOMPARE(ranked.size(), 2);
    QCOMPARE(ranked.first(), QStringLiteral("2403.00004")); // in the title, not only the abstract
}

void TestSearch::sortsByEveryKeyBothWays_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    // Papers: 1 (03-05, Diffusion+NeRF, 2 figs), 2 (03-01), 3 (03-05, NeRF), 4 and 5 (03-09, 3DGS).
    QTest::newRow("date") << static_cast<int>(SortOrder::Date) << QStringLiteral("2403.00005")
                          << QStringLiteral("2403.00002");
    QTest::newRow("title") << static_cast<int>(SortOrder::Title) << QStringLiteral("2403.00004")
                           << QStringLiteral("2403.00003");
    QTest::newRow("topics") << static_cast<int>(SortOrder::Topics) << QStringLiteral("2403.00005")
                            << QStringLiteral("2403.00003");
    QTest::newRow("rating") << static_cast<int>(SortOrder::Rating) << QStringLiteral("2403.00002")
                            << QStringLiteral("2403.00001");
    QTest::newRow("status") << static_cast<int>(SortOrder::Status) << QStringLiteral("2403.00005")
                            << QStringLiteral("2403.00002");
}

void TestSearch::sortsByEveryKeyBothWays()
{
    QFETCH(int, key);
    QFETCH(QString, first);
    QFETCH(QString, last);
    // Give two papers user data so that status and rating differ.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("INSERT OR REPLACE INTO annotations(paper_id, status, rating) "
                                      "SELECT id, 'read', 5 FROM papers WHERE key = '2403.00002'")));
    QVERIFY(query.exec(QStringLiteral("INSERT OR REPLACE INTO annotations(paper_id, status, rating) "
                                      "SELECT id, 'unread', 0 FROM papers WHERE key = '2403.00001'")));
    PaperSearch search(m_db->connection());
    for (const bool reversed : {false, true}) {
        ListRequest request{PaperFilter(), static_cast<SortOrder>(key), 0, 0, reversed};
        const Result<PaperPage> page = search.list(request);
        QVERIFY(page);
        QCOMPARE(page->papers.size(), 5);
        QCOMPARE(page->papers.first().id, reversed ? last : first);
        QCOMPARE(page->papers.last().id, reversed ? first : last);
    }
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
