#include "core/search/filtercodec.h"

#include <QJsonDocument>
#include <QtTest>

using namespace PaperShelf::Core;

class TestFilterCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data();
    void roundTrips();
    void writesOnlyWhatIsSet();
    void rejectsWhatItCannotRead_data();
    void rejectsWhatItCannotRead();
    void namesEverySortOrder();
};

void TestFilterCodec::roundTrips_data()
{
    QTest::addColumn<FilterCodec::Search>("search");
    QTest::newRow("empty") << FilterCodec::Search();

    FilterCodec::Search tags;
    tags.filter.allOf = {TagSelector{QStringLiteral("NeRF"), TagKind::Topic},
                         TagSelector{QStringLiteral("高斯泼溅"), TagKind::Keyword}};
    tags.filter.anyOf = {TagSelector{QStringLiteral("to cite"), TagKind::User},
                         TagSelector{QStringLiteral("topic:looks like a kind"), std::nullopt}};
    tags.filter.noneOf = {TagSelector{QStringLiteral("a \"quoted\" tag"), std::nullopt}};
    QTest::newRow("tag selectors of every kind") << tags;

    FilterCodec::Search text;
    text.filter.text = QStringLiteral("\"light field\" -nerf 神经辐射场 prefix* \\ \"unclosed");
    text.sort = SortOrder::Relevance;
    QTest::newRow("text with quotes and Chinese") << text;

    FilterCodec::Search annotations;
    annotations.filter.statuses = {ReadingStatus::Unread, ReadingStatus::Reading, ReadingStatus::Read};
    annotations.filter.favouritesOnly = true;
    annotations.filter.withNotesOnly = true;
    annotations.filter.latestDigestOnly = true;
    annotations.sort = SortOrder::ReviewProgress;
    annotations.reversed = true;
    QTest::newRow("every annotation condition, reversed") << annotations;

    FilterCodec::Search everything = tags;
    everything.filter.text = text.filter.text;
    everything.filter.statuses = {ReadingStatus::ToRead};
    everything.filter.latestDigestOnly = true;
    everything.sort = SortOrder::Pdf;
    QTest::newRow("everything") << everything;
}

void TestFilterCodec::roundTrips()
{
    QFETCH(FilterCodec::Search, search);
    const QByteArray json = FilterCodec::encode(search);
    const Result<FilterCodec::Search> decoded = FilterCodec::decode(json);
    QVERIFY2(decoded, qPrintable(decoded.errorMessage()));
    QCOMPARE(decoded->filter.text, search.filter.text);
    QCOMPARE(decoded->filter.allOf, search.filter.allOf);
    QCOMPARE(decoded->filter.anyOf, search.filter.anyOf);
    QCOMPARE(decoded->filter.noneOf, search.filter.noneOf);
    QCOMPARE(decoded->filter.statuses, search.filter.statuses); // order kept, not only the set
    QCOMPARE(decoded->filter.favouritesOnly, search.filter.favouritesOnly);
    QCOMPARE(decoded->filter.withNotesOnly, search.filter.withNotesOnly);
    QCOMPARE(decoded->filter.latestDigestOnly, search.filter.latestDigestOnly);
    QCOMPARE(decoded->sort, search.sort);
    QCOMPARE(decoded->reversed, search.reversed);
    QVERIFY(*decoded == search);
    // Stable: encoding again gives the same text.
    QCOMPARE(FilterCodec::encode(*decoded), json);
}

void TestFilterCodec::writesOnlyWhatIsSet()
{
    FilterCodec::Search search;
    search.filter.favouritesOnly = true;
    search.filter.allOf = {TagSelector{QStringLiteral("NeRF"), std::nullopt}};
    search.sort = SortOrder::Title;
    QCOMPARE(FilterCodec::encode(search),
             QByteArray(R"({"all_of":[{"name":"NeRF"}],"favourites_only":true,"format":1,"sort":"title"})"));
    QCOMPARE(FilterCodec::encode({}), QByteArray(R"({"format":1})"));
}

void TestFilterCodec::rejectsWhatItCannotRead_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QByteArray() << QStringLiteral("not readable");
    QTest::newRow("not JSON") << QByteArray("favourites") << QStringLiteral("not readable");
    QTest::newRow("truncated") << QByteArray(R"({"format":1,"text":"ab)") << QStringLiteral("not readable");
    QTest::newRow("an array") << QByteArray("[1]") << QStringLiteral("not readable");
    QTest::newRow("no format") << QByteArray(R"({"text":"x"})") << QStringLiteral("\"format\"");
    QTest::newRow("newer format") << QByteArray(R"({"format":2})") << QStringLiteral("newer version");
    QTest::newRow("unknown condition") << QByteArray(R"({"format":1,"rating_at_least":3})")
                                       << QStringLiteral("unknown condition \"rating_at_least\"");
    QTest::newRow("text not a string") << QByteArray(R"({"format":1,"text":3})") << QStringLiteral("\"text\"");
    QTest::newRow("tags not a list") << QByteArray(R"({"format":1,"all_of":"NeRF"})") << QStringLiteral("\"all_of\"");
    QTest::newRow("tag without a name") << QByteArray(R"({"format":1,"any_of":[{"kind":"topic"}]})")
                                        << QStringLiteral("\"any_of\"");
    QTest::newRow("tag with an empty name")
        << QByteArray(R"({"format":1,"any_of":[{"name":""}]})") << QStringLiteral("\"any_of\"");
    QTest::newRow("unknown tag kind") << QByteArray(R"({"format":1,"none_of":[{"name":"x","kind":"colour"}]})")
                                      << QStringLiteral("\"none_of\"");
    QTest::newRow("tag with more keys") << QByteArray(R"({"format":1,"none_of":[{"name":"x","color":"red"}]})")
                                        << QStringLiteral("\"none_of\"");
    QTest::newRow("tag not an object") << QByteArray(R"({"format":1,"all_of":["NeRF"]})")
                                       << QStringLiteral("\"all_of\"");
    QTest::newRow("unknown status") << QByteArray(R"({"format":1,"statuses":["later"]})")
                                    << QStringLiteral("\"statuses\"");
    QTest::newRow("status not a string") << QByteArray(R"({"format":1,"statuses":[1]})")
                                         << QStringLiteral("\"statuses\"");
    QTest::newRow("flag not a boolean") << QByteArray(R"({"format":1,"favourites_only":"yes"})")
                                        << QStringLiteral("\"favourites_only\"");
    QTest::newRow("unknown sort") << QByteArray(R"({"format":1,"sort":"size"})") << QStringLiteral("\"sort\"");
    QTest::newRow("reversed not a boolean")
        << QByteArray(R"({"format":1,"reversed":1})") << QStringLiteral("\"reversed\"");
}

void TestFilterCodec::rejectsWhatItCannotRead()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<FilterCodec::Search> decoded = FilterCodec::decode(json);
    QVERIFY(!decoded);
    QVERIFY2(decoded.errorMessage().contains(message), qPrintable(decoded.errorMessage()));
}

void TestFilterCodec::namesEverySortOrder()
{
    QSet<QString> names;
    for (const SortOrder sort : {SortOrder::Relevance,
                                 SortOrder::Date,
                                 SortOrder::Title,
                                 SortOrder::Topics,
                                 SortOrder::Status,
                                 SortOrder::Rating,
                                 SortOrder::Figures,
                                 SortOrder::ReviewProgress,
                                 SortOrder::Pdf}) {
        const QString name = FilterCodec::sortOrderName(sort);
        QVERIFY(!name.isEmpty());
        names.insert(name);
        SortOrder parsed = SortOrder::Date;
        QVERIFY(FilterCodec::parseSortOrder(name, &parsed));
        QCOMPARE(parsed, sort);
    }
    QCOMPARE(names.size(), 9);
    SortOrder untouched = SortOrder::Title;
    QVERIFY(!FilterCodec::parseSortOrder(u"Title", &untouched));
    QCOMPARE(untouched, SortOrder::Title);
}

QTEST_GUILESS_MAIN(TestFilterCodec)
#include "tst_filtercodec.moc"
