#include "core/search/shelfstore.h"
#include "gui/filterchipsbar.h"
#include "gui/shelfpanel.h"
#include "gui/tagfiltermodel.h"
#include "gui/tagfilterproxy.h"
#include "gui/tagpanel.h"
#include "languagetestutil.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtTest>

using namespace PaperShelf;
using namespace Qt::Literals::StringLiterals;

using State = Gui::TagFilterModel::FilterState;

namespace {

Core::Tag topic(const QString &name)
{
    return Core::Tag{name, Core::TagKind::Topic};
}

Core::Tag keyword(const QString &name)
{
    return Core::Tag{name, Core::TagKind::Keyword};
}

Core::Tag user(const QString &name)
{
    return Core::Tag{name, Core::TagKind::User};
}

QList<Core::TagCount> keywordCounts(const QList<std::pair<QString, int>> &counts)
{
    QList<Core::TagCount> result;
    for (const auto &[name, count] : counts) {
        result.append(Core::TagCount{keyword(name), count});
    }
    return result;
}

// Names of the listed tags of one group, in display order.
QStringList namesIn(const QAbstractItemModel &model, int groupRow)
{
    QStringList names;
    const QModelIndex group = model.index(groupRow, 0);
    for (int row = 0; row < model.rowCount(group); ++row) {
        names.append(model.index(row, 0, group).data(Gui::TagFilterModel::TagNameRole).toString());
    }
    return names;
}

// Names of the visible group rows of a (filtered) model.
QStringList groupsIn(const QAbstractItemModel &model)
{
    QStringList groups;
    for (int row = 0; row < model.rowCount(); ++row) {
        groups.append(model.index(row, 0).data().toString());
    }
    return groups;
}

// `names` in the order a collator for `locale` set up like the model's sorts them.
QStringList collated(QStringList names, const QLocale &locale)
{
    QCollator collator(locale);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(names.begin(), names.end(), collator);
    return names;
}

QList<Core::TagCount> realisticCounts(int keywords)
{
    QList<Core::TagCount> counts;
    const QStringList topics = {u"3DGS"_s, u"NeRF"_s, u"Diffusion"_s, u"元宇宙/虚拟人"_s, u"SLAM"_s};
    for (qsizetype i = 0; i < topics.size(); ++i) {
        counts.append(Core::TagCount{topic(topics.at(i)), static_cast<int>(600 - 100 * i)});
    }
    const QStringList stems = {u"扩散模型"_s, u"gaussian splatting"_s, u"神经辐射场"_s, u"transformer"_s, u"点云"_s};
    for (int i = 0; i < keywords; ++i) {
        // Zipf-like counts with many ties, as real keyword counts have.
        counts.append(Core::TagCount{keyword(u"%1 %2"_s.arg(stems.at(i % stems.size())).arg(i)), 1 + 500 / (i + 1)});
    }
    counts.append(Core::TagCount{user(u"to-read"_s), 17});
    counts.append(Core::TagCount{user(u"重要"_s), 4});
    return counts;
}

} // namespace

// The tag panel: its model and quick-filter proxy, the panel widget on the
// offscreen platform, and the filter chips bar wired to it.
class TestTagPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void modelGroupsTagsByKindAndSortsByCountThenName();
    void zeroCountsAreListedOnlyForActiveTags();
    void unchangedTagSetEmitsOnlyOneDataChangedPerGroup();
    void changedTagSetEmitsPreciseRowNotifications();
    void persistentIndexesFollowTheirTagThroughReorders();
    void modelAndProxyPassTheTesterWhileCountsChange();
    void cycleStateGoesOffIncludeExcludeOff();
    void clickingATagInTheTreeCyclesItsState();
    void spaceAndEnterCycleTheCurrentTag();
    void applyToAddsKindQualifiedSelectors_data();
    void applyToAddsKindQualifiedSelectors();
    void matchModeChangeEmitsFilterChangedButSetCountsDoesNot();
    void quickFilterHidesNonMatchingTagsAndEmptyGroups();
    void chipsShowTheActiveFilterAndRemoveIt();
    void saveStateRestoresActiveTagsAndMatchMode();
    void restoreStateRejectsForeignData();
    void setCountsWithFiveThousandKeywordsIsFast();

    void panelTextsFollowTheLanguage();
    void namesSortByTheCollatorOfTheCurrentLanguage();
    void tagStatesShowASymbolAndSayTheirState();
    void chipsAreSpelledAnewInTheNewLanguage();
    void shelfPanelRetranslatesAndRereadsBuiltInNames();
    void everyFocusableWidgetHasAnAccessibleName();
};

void TestTagPanel::initTestCase()
{
    // Numeric collation and digit grouping need a real locale, not "C".
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTagPanel::modelGroupsTagsByKindAndSortsByCountThenName()
{
    Gui::TagFilterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCounts({
        Core::TagCount{topic(u"NeRF"_s), 5},
        Core::TagCount{keyword(u"tag10"_s), 2},
        Core::TagCount{topic(u"3DGS"_s), 9},
        Core::TagCount{keyword(u"tag2"_s), 2},
        Core::TagCount{keyword(u"扩散模型"_s), 7},
        Core::TagCount{user(u"to-read"_s), 1},
        Core::TagCount{topic(u"元宇宙/虚拟人"_s), 5},
        Core::TagCount{keyword(u"Alpha"_s), 2},
        Core::TagCount{keyword(u"beta"_s), 2},
    });

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), u"Topics (3)"_s);
    QCOMPARE(model.index(1, 0).data().toString(), u"Keywords (5)"_s);
    QCOMPARE(model.index(2, 0).data().toString(), u"My Tags (1)"_s);
    QCOMPARE(model.index(1, 0).data(Gui::TagFilterModel::TagKindRole).value<Core::TagKind>(), Core::TagKind::Keyword);
    QCOMPARE(model.index(1, 0).data(Gui::TagFilterModel::CountRole).toInt(), 5);

    // Count descending; equal counts by name, case-insensitively, numbers by value.
    QCOMPARE(namesIn(model, 0), (QStringList{u"3DGS"_s, u"NeRF"_s, u"元宇宙/虚拟人"_s}));
    QCOMPARE(namesIn(model, 1), (QStringList{u"扩散模型"_s, u"Alpha"_s, u"beta"_s, u"tag2"_s, u"tag10"_s}));
    QCOMPARE(namesIn(model, 2), QStringList{u"to-read"_s});

    const QModelIndex nerf = model.indexOf(topic(u"NeRF"_s));
    QCOMPARE(nerf.data().toString(), u"NeRF"_s);
    QCOMPARE(nerf.siblingAtColumn(Gui::TagFilterModel::CountColumn).data().toString(), u"5"_s);
    QCOMPARE(nerf.data(Gui::TagFilterModel::CountRole).toInt(), 5);
    QCOMPARE(nerf.data(Gui::TagFilterModel::TagKindRole).value<Core::TagKind>(), Core::TagKind::Topic);
    QCOMPARE(nerf.data(Gui::TagFilterModel::FilterStateRole).value<State>(), State::Off);
    const auto alignment = nerf.siblingAtColumn(Gui::TagFilterModel::CountColumn)
                               .data(Qt::TextAlignmentRole)
                               .value<Qt::Alignment>();
    QVERIFY(alignment & Qt::AlignRight);
    QVERIFY(!(model.flags(nerf) & Qt::ItemIsEditable));
    QVERIFY(!model.indexOf(topic(u"tag2"_s)).isValid()); // kinds are separate
}

void TestTagPanel::zeroCountsAreListedOnlyForActiveTags()
{
    Gui::TagFilterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCounts(keywordCounts({{u"a"_s, 3}, {u"b"_s, 2}, {u"c"_s, 1}, {u"zero"_s, 0}}));
    QCOMPARE(namesIn(model, 1), (QStringList{u"a"_s, u"b"_s, u"c"_s}));

    // A state change does not move the row (it would jump away from the pointer).
    model.setState(keyword(u"c"_s), State::Exclude);
    model.setState(keyword(u"b"_s), State::Include);
    QCOMPARE(namesIn(model, 1), (QStringList{u"a"_s, u"b"_s, u"c"_s}));

    // Excluded papers leave the result set, so the excluded tag's count drops to
    // 0; active tags stay listed and lead their group.
    model.setCounts(keywordCounts({{u"a"_s, 3}, {u"b"_s, 1}}));
    QCOMPARE(namesIn(model, 1), (QStringList{u"b"_s, u"c"_s, u"a"_s}));
    QCOMPARE(model.indexOf(keyword(u"c"_s)).data(Gui::TagFilterModel::CountRole).toInt(), 0);
    QCOMPARE(model.indexOf(keyword(u"c"_s)).siblingAtColumn(1).data().toString(), u"0"_s);

    // A tag that was never counted is listed as soon as it becomes active.
    model.setState(keyword(u"unseen"_s), State::Include);
    QCOMPARE(namesIn(model, 1), (QStringList{u"b"_s, u"c"_s, u"unseen"_s, u"a"_s}));

    // Switched off, it stays until the next counts arrive.
    model.setState(keyword(u"c"_s), State::Off);
    QVERIFY(model.indexOf(keyword(u"c"_s)).isValid());
    model.setCounts(keywordCounts({{u"a"_s, 3}, {u"b"_s, 1}}));
    QCOMPARE(namesIn(model, 1), (QStringList{u"b"_s, u"unseen"_s, u"a"_s}));
}

void TestTagPanel::unchangedTagSetEmitsOnlyOneDataChangedPerGroup()
{
    Gui::TagFilterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Core::TagCount> counts = keywordCounts({{u"a"_s, 9}, {u"b"_s, 7}, {u"c"_s, 5}, {u"d"_s, 3}, {u"e"_s, 1}});
    counts.append(Core::TagCount{topic(u"NeRF"_s), 4});
    model.setCounts(counts);

    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Same set and order; b and d changed.
    counts = keywordCounts({{u"a"_s, 9}, {u"b"_s, 8}, {u"c"_s, 5}, {u"d"_s, 2}, {u"e"_s, 1}});
    counts.append(Core::TagCount{topic(u"NeRF"_s), 4});
    model.setCounts(counts);
    QCOMPARE(dataChanged.size(), 1);
    const QModelIndex topLeft = dataChanged.at(0).at(0).toModelIndex();
    const QModelIndex bottomRight = dataChanged.at(0).at(1).toModelIndex();
    QCOMPARE(topLeft.parent(), model.groupIndex(Core::TagKind::Keyword));
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 3);
    QCOMPARE(bottomRight.column(), Gui::TagFilterModel::ColumnCount - 1);
    QCOMPARE(inserted.size() + removed.size() + layout.size() + reset.size(), 0);

    // Identical counts: nothing at all.
    dataChanged.clear();
    model.setCounts(counts);
    QCOMPARE(dataChanged.size(), 0);
}

void TestTagPanel::changedTagSetEmitsPreciseRowNotifications()
{
    Gui::TagFilterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCounts(keywordCounts({{u"a"_s, 5}, {u"b"_s, 3}, {u"c"_s, 1}}));
    const QModelIndex keywords = model.groupIndex(Core::TagKind::Keyword);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Growing: x and d come in around the existing rows.
    model.setCounts(keywordCounts({{u"a"_s, 5}, {u"x"_s, 4}, {u"b"_s, 3}, {u"c"_s, 1}, {u"d"_s, 1}}));
    QCOMPARE(namesIn(model, 1), (QStringList{u"a"_s, u"x"_s, u"b"_s, u"c"_s, u"d"_s}));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(0).at(0).toModelIndex(), keywords);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(1).at(1).toInt(), 4);
    QCOMPARE(removed.size() + layout.size() + reset.size(), 0);

    // Shrinking and reordering: x and b go, c overtakes a.
    inserted.clear();
    model.setCounts(keywordCounts({{u"a"_s, 5}, {u"c"_s, 7}, {u"d"_s, 1}}));
    QCOMPARE(namesIn(model, 1), (QStringList{u"c"_s, u"a"_s, u"d"_s}));
    QCOMPARE(removed.size(), 1); // x and b were neighbours
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    QCOMPARE(layout.size(), 1);
    QCOMPARE(inserted.size() + reset.size(), 0);

    // A completely different, scattered set replaces the group in two steps.
    QList<std::pair<QString, int>> many;
    for (int i = 0; i < 200; ++i) {
        many.append({u"k%1"_s.arg(i), i % 2 == 0 ? 10 : 1});
    }
    model.setCounts(keywordCounts(many));
    removed.clear();
    inserted.clear();
    layout.clear();
    QList<std::pair<QString, int>> other;
    for (int i = 0; i < 200; ++i) {
        other.append({i % 2 == 0 ? u"k%1"_s.arg(i) : u"n%1"_s.arg(i), i % 2 == 0 ? 10 : 1});
    }
    model.setCounts(keywordCounts(other));
    QCOMPARE(model.rowCount(keywords), 200);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
}

void TestTagPanel::persistentIndexesFollowTheirTagThroughReorders()
{
    Gui::TagFilterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCounts(keywordCounts({{u"a"_s, 5}, {u"b"_s, 4}, {u"c"_s, 3}, {u"d"_s, 2}}));
    const QPersistentModelIndex c(model.indexOf(keyword(u"c"_s), Gui::TagFilterModel::CountColumn));
    const QPersistentModelIndex b(model.indexOf(keyword(u"b"_s)));

    model.setCounts(keywordCounts({{u"a"_s, 5}, {u"b"_s, 4}, {u"c"_s, 9}, {u"d"_s, 2}}));
    QCOMPARE(c.row(), 0);
    QCOMPARE(c.column(), int(Gui::TagFilterModel::CountColumn));
    QCOMPARE(c.data().toString(), u"9"_s);
    QCOMPARE(b.data(Gui::TagFilterModel::TagNameRole).toString(), u"b"_s);

    model.setCounts(keywordCounts({{u"c"_s, 9}, {u"d"_s, 2}}));
    QVERIFY(!b.isValid());
    QCOMPARE(QModelIndex(c).siblingAtColumn(0).data(Gui::TagFilterModel::TagNameRole).toString(), u"c"_s);
}

void TestTagPanel::modelAndProxyPassTheTesterWhileCountsChange()
{
    Gui::TagFilterModel model;
    Gui::TagFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const auto step = [&](const QList<std::pair<QString, int>> &counts) {
        QList<Core::TagCount> all = keywordCounts(counts);
        all.append(Core::TagCount{topic(u"NeRF"_s), static_cast<int>(counts.size())});
        model.setCounts(all);
    };
    const auto series = [&] {
        step({{u"nerf-w"_s, 5}, {u"gaussian"_s, 4}, {u"扩散模型"_s, 3}});
        step({{u"nerf-w"_s, 6}, {u"gaussian"_s, 4}, {u"扩散模型"_s, 2}});                   // same set
        step({{u"nerf-w"_s, 1}, {u"gaussian"_s, 4}, {u"扩散模型"_s, 9}});                   // reordered
        step({{u"nerf-w"_s, 1}, {u"gaussian"_s, 4}, {u"扩散模型"_s, 9}, {u"NeRF++"_s, 3}}); // growing
        step({{u"gaussian"_s, 4}});                                                         // shrinking
        model.setState(keyword(u"gaussian"_s), State::Include);
        model.setState(keyword(u"扩散模型"_s), State::Exclude);
        step({{u"nerf-w"_s, 2}}); // active tags drop to 0 but stay
        QCOMPARE(namesIn(model, 1), (QStringList{u"gaussian"_s, u"扩散模型"_s, u"nerf-w"_s}));
        model.clearStates();
        step({});
        QCOMPARE(namesIn(model, 1), QStringList());
    };

    series();
    proxy.setFilterText(u"NERF"_s);
    series();
    step({{u"nerf-w"_s, 1}, {u"gaussian"_s, 4}, {u"扩散模型"_s, 9}, {u"NeRF++"_s, 3}});
    QCOMPARE(namesIn(proxy, 1), (QStringList{u"NeRF++"_s, u"nerf-w"_s}));
    proxy.setFilterText(u"扩散"_s);
    QCOMPARE(namesIn(proxy, 0), QStringList{u"扩散模型"_s});
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 3);

    // Many tags, scattered changes: the group-replacement path under the testers.
    QList<std::pair<QString, int>> many;
    for (int i = 0; i < 300; ++i) {
        many.append({u"nerf %1"_s.arg(i), 1 + (i * 7) % 13});
    }
    step(many);
    proxy.setFilterText(u"nerf 1"_s);
    for (int round = 0; round < 5; ++round) {
        for (int i = round; i < many.size(); i += 3 + round) {
            many[i].second = (many[i].second + round) % 5; // some drop to 0
        }
        step(many);
    }
}

void TestTagPanel::cycleStateGoesOffIncludeExcludeOff()
{
    Gui::TagFilterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCounts({Core::TagCount{topic(u"3DGS"_s), 4}});
    QSignalSpy states(&model, &Gui::TagFilterModel::statesChanged);
    const QModelIndex index = model.indexOf(topic(u"3DGS"_s));

    QCOMPARE(model.cycleState(index), State::Include);
    QCOMPARE(index.data().toString(), u"✓ 3DGS"_s);
    QVERIFY(index.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.activeTags(), (QList<Gui::TagFilterModel::ActiveTag>{{topic(u"3DGS"_s), State::Include}}));

    QCOMPARE(model.cycleState(index), State::Exclude);
    QCOMPARE(index.data().toString(), u"⊘ 3DGS"_s);
    QVERIFY(index.data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(u"excluded"_s));

    QCOMPARE(model.cycleState(index), State::Off);
    QCOMPARE(index.data().toString(), u"3DGS"_s);
    QVERIFY(!index.data(Qt::FontRole).isValid());
    QVERIFY(model.activeTags().isEmpty());
    QCOMPARE(states.size(), 3);

    // Group rows have no state.
    QCOMPARE(model.cycleState(model.groupIndex(Core::TagKind::Topic)), State::Off);
    QCOMPARE(states.size(), 3);
}

void TestTagPanel::clickingATagInTheTreeCyclesItsState()
{
    Gui::TagPanel panel;
    panel.resize(300, 400);
    panel.setCounts(realisticCounts(50));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *view = panel.findChild<QTreeView *>(u"tagTreeView"_s);
    QVERIFY(view);
    QVERIFY(view->isExpanded(view->model()->index(0, 0)));
    QVERIFY(view->isExpanded(view->model()->index(1, 0)));
    QSignalSpy changed(&panel, &Gui::TagPanel::filterChanged);

    const auto click = [view](const QString &name) {
        const QModelIndexList hits = view->model()->match(view->model()->index(0, 0, view->model()->index(0, 0)),
                                                          Gui::TagFilterModel::TagNameRole,
                                                          name,
                                                          1,
                                                          Qt::MatchExactly);
        QVERIFY(!hits.isEmpty());
        const QRect rect = view->visualRect(hits.first());
        QVERIFY(view->viewport()->rect().contains(rect.center()));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    };

    click(u"NeRF"_s);
    QCOMPARE(panel.tagState(topic(u"NeRF"_s)), State::Include);
    QCOMPARE(changed.size(), 1);
    click(u"NeRF"_s);
    QCOMPARE(panel.tagState(topic(u"NeRF"_s)), State::Exclude);
    QCOMPARE(changed.size(), 2);
    click(u"NeRF"_s);
    QCOMPARE(panel.tagState(topic(u"NeRF"_s)), State::Off);
    QCOMPARE(changed.size(), 3);
    click(u"元宇宙/虚拟人"_s);
    QCOMPARE(panel.tagState(topic(u"元宇宙/虚拟人"_s)), State::Include);
    QCOMPARE(changed.size(), 4);
    QVERIFY(panel.hasActiveFilters());

    // A click on a group row folds it and changes no filter.
    const QModelIndex topics = view->model()->index(0, 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(topics).center());
    QVERIFY(!view->isExpanded(topics));
    QCOMPARE(changed.size(), 4);
}

void TestTagPanel::spaceAndEnterCycleTheCurrentTag()
{
    Gui::TagPanel panel;
    panel.setCounts(realisticCounts(10));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *view = panel.findChild<QTreeView *>(u"tagTreeView"_s);
    QVERIFY(view);
    QSignalSpy changed(&panel, &Gui::TagPanel::filterChanged);

    view->setFocus();
    const QModelIndex topics = view->model()->index(0, 0);
    view->setCurrentIndex(view->model()->index(0, 0, topics)); // 3DGS, the most frequent topic
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(panel.tagState(topic(u"3DGS"_s)), State::Include);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(panel.tagState(topic(u"3DGS"_s)), State::Exclude);
    QTest::keyClick(view, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(panel.tagState(topic(u"3DGS"_s)), State::Off);
    QCOMPARE(changed.size(), 3);

    // The arrow keys still move; Space works on the new current tag.
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(panel.tagState(topic(u"NeRF"_s)), State::Include);
}

void TestTagPanel::applyToAddsKindQualifiedSelectors_data()
{
    QTest::addColumn<bool>("matchAll");
    QTest::addColumn<QList<Core::TagSelector>>("allOf");
    QTest::addColumn<QList<Core::TagSelector>>("anyOf");

    const Core::TagSelector base{u"base"_s, std::nullopt};
    const Core::TagSelector gs{u"3DGS"_s, Core::TagKind::Topic};
    const Core::TagSelector diffusion{u"扩散模型"_s, Core::TagKind::Keyword};
    QTest::newRow("match all") << true << QList<Core::TagSelector>{base, gs, diffusion} << QList<Core::TagSelector>{};
    QTest::newRow("match any") << false << QList<Core::TagSelector>{base} << QList<Core::TagSelector>{gs, diffusion};
}

void TestTagPanel::applyToAddsKindQualifiedSelectors()
{
    QFETCH(bool, matchAll);
    QFETCH(QList<Core::TagSelector>, allOf);
    QFETCH(QList<Core::TagSelector>, anyOf);

    Gui::TagPanel panel;
    panel.setCounts(realisticCounts(10));
    panel.setMatchAll(matchAll);
    panel.setTagState(topic(u"3DGS"_s), State::Include);
    panel.setTagState(keyword(u"NeRF"_s), State::Exclude);
    panel.setTagState(keyword(u"扩散模型"_s), State::Include);
    panel.setTagState(user(u"skip"_s), State::Exclude);

    Core::PaperFilter base;
    base.text = u"扩散 transformer"_s;
    base.allOf = {Core::TagSelector{u"base"_s, std::nullopt}};
    const Core::PaperFilter filter = panel.applyTo(base);
    QCOMPARE(filter.text, base.text);
    QCOMPARE(filter.allOf, allOf);
    QCOMPARE(filter.anyOf, anyOf);
    QCOMPARE(filter.noneOf,
             (QList<Core::TagSelector>{Core::TagSelector{u"NeRF"_s, Core::TagKind::Keyword},
                                       Core::TagSelector{u"skip"_s, Core::TagKind::User}}));

    panel.clearFilters();
    QVERIFY(!panel.hasActiveFilters());
    const Core::PaperFilter cleared = panel.applyTo(base);
    QCOMPARE(cleared.allOf, base.allOf);
    QVERIFY(cleared.anyOf.isEmpty());
    QVERIFY(cleared.noneOf.isEmpty());
}

void TestTagPanel::matchModeChangeEmitsFilterChangedButSetCountsDoesNot()
{
    Gui::TagPanel panel;
    QSignalSpy changed(&panel, &Gui::TagPanel::filterChanged);
    panel.setCounts(realisticCounts(10));
    panel.setCounts(realisticCounts(20));
    QCOMPARE(changed.size(), 0);

    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *any = panel.findChild<QRadioButton *>(u"matchAnyRadioButton"_s);
    auto *all = panel.findChild<QRadioButton *>(u"matchAllRadioButton"_s);
    QVERIFY(any && all);
    QVERIFY(panel.matchAll());
    QTest::mouseClick(any, Qt::LeftButton);
    QVERIFY(!panel.matchAll());
    QCOMPARE(changed.size(), 1);
    panel.setMatchAll(false); // no change, no signal
    QCOMPARE(changed.size(), 1);
    panel.setMatchAll(true);
    QVERIFY(all->isChecked());
    QCOMPARE(changed.size(), 2);
}

void TestTagPanel::quickFilterHidesNonMatchingTagsAndEmptyGroups()
{
    Gui::TagPanel panel;
    panel.setCounts({
        Core::TagCount{topic(u"NeRF"_s), 5},
        Core::TagCount{topic(u"3DGS"_s), 4},
        Core::TagCount{keyword(u"nerf-w"_s), 3},
        Core::TagCount{keyword(u"扩散模型"_s), 3},
        Core::TagCount{keyword(u"视频扩散"_s), 2},
        Core::TagCount{user(u"to-read"_s), 1},
    });
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *edit = panel.findChild<QLineEdit *>(u"tagFilterLineEdit"_s);
    auto *view = panel.findChild<QTreeView *>(u"tagTreeView"_s);
    QVERIFY(edit && view);
    QCOMPARE(edit->placeholderText(), u"Filter tags"_s);
    QVERIFY(edit->isClearButtonEnabled());
    const QAbstractItemModel &shown = *view->model();

    QTest::keyClicks(edit, u"NERF"_s);
    QCOMPARE(groupsIn(shown), (QStringList{u"Topics (1 of 2)"_s, u"Keywords (1 of 3)"_s}));
    QCOMPARE(namesIn(shown, 0), QStringList{u"NeRF"_s});
    QCOMPARE(namesIn(shown, 1), QStringList{u"nerf-w"_s});

    edit->setText(u"扩散"_s);
    QCOMPARE(groupsIn(shown), QStringList{u"Keywords (2 of 3)"_s});
    QCOMPARE(namesIn(shown, 0), (QStringList{u"扩散模型"_s, u"视频扩散"_s}));
    QVERIFY(view->isExpanded(shown.index(0, 0)));

    edit->setText(u"no such tag"_s);
    QCOMPARE(shown.rowCount(), 0);

    // New counts bring a matching tag: its group comes back, expanded.
    edit->setText(u"read"_s);
    QCOMPARE(groupsIn(shown), QStringList{u"My Tags (1 of 1)"_s});
    panel.setCounts({Core::TagCount{keyword(u"reading order"_s), 2},
                     Core::TagCount{keyword(u"other"_s), 1},
                     Core::TagCount{user(u"to-read"_s), 1}});
    QCOMPARE(groupsIn(shown), (QStringList{u"Keywords (1 of 2)"_s, u"My Tags (1 of 1)"_s}));
    QVERIFY(view->isExpanded(shown.index(0, 0)));
    QVERIFY(view->isFirstColumnSpanned(0, QModelIndex()));

    edit->clear();
    QCOMPARE(groupsIn(shown), (QStringList{u"Topics (0)"_s, u"Keywords (2)"_s, u"My Tags (1)"_s}));
    QVERIFY(view->isExpanded(shown.index(0, 0)));
    QVERIFY(view->isExpanded(shown.index(1, 0)));
    QVERIFY(view->isExpanded(shown.index(2, 0)));
}

void TestTagPanel::chipsShowTheActiveFilterAndRemoveIt()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *bar = new Gui::FilterChipsBar(&window);
    auto *panel = new Gui::TagPanel(&window);
    layout->addWidget(bar);
    layout->addWidget(panel);
    panel->setCounts(realisticCounts(10));

    // Wired the way the main window wires them.
    QString search = u"扩散"_s;
    const auto refresh = [&] {
        bar->setFilter(search, panel->activeTags(), panel->matchAll());
    };
    connect(panel, &Gui::TagPanel::filterChanged, bar, refresh);
    connect(bar, &Gui::FilterChipsBar::tagRemoved, panel, [panel](const Core::Tag &tag) {
        panel->setTagState(tag, State::Off);
    });
    connect(bar, &Gui::FilterChipsBar::searchCleared, bar, [&] {
        search.clear();
        refresh();
    });
    connect(bar, &Gui::FilterChipsBar::allCleared, panel, [&] {
        search.clear();
        panel->clearFilters();
        refresh();
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const auto chipTexts = [bar] {
        QStringList texts;
        const QList<QLabel *> labels = bar->findChildren<QLabel *>(u"chipLabel"_s);
        for (const QLabel *label : labels) {
            texts.append(label->text());
        }
        return texts;
    };
    const auto removeButton = [bar](const QString &accessibleName) -> QToolButton * {
        const QList<QToolButton *> buttons = bar->findChildren<QToolButton *>();
        for (QToolButton *button : buttons) {
            if (button->accessibleName() == accessibleName) {
                return button;
            }
        }
        return nullptr;
    };

    refresh();
    QVERIFY(bar->isVisible());
    QCOMPARE(chipTexts(), QStringList{u"search: 扩散"_s});

    panel->setTagState(topic(u"3DGS"_s), State::Include);
    panel->setTagState(keyword(u"NeRF"_s), State::Exclude);
    panel->setTagState(keyword(u"扩散模型"_s), State::Include);
    QCOMPARE(chipTexts(),
             (QStringList{u"search: 扩散"_s, u"✓ topic: 3DGS"_s, u"✓ keyword: 扩散模型"_s, u"⊘ keyword: NeRF"_s}));
    QVERIFY(removeButton(u"Remove filter keyword: NeRF"_s));
    QVERIFY(bar->findChild<QToolButton *>(u"clearAllToolButton"_s));
    QVERIFY(!bar->findChild<QLabel *>(u"anyOfLabel"_s));
    panel->setMatchAll(false);
    QVERIFY(bar->findChild<QLabel *>(u"anyOfLabel"_s));

    QToolButton *remove = removeButton(u"Remove filter topic: 3DGS"_s);
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(panel->tagState(topic(u"3DGS"_s)), State::Off);
    QCOMPARE(chipTexts(), (QStringList{u"search: 扩散"_s, u"✓ keyword: 扩散模型"_s, u"⊘ keyword: NeRF"_s}));
    QVERIFY(!removeButton(u"Remove filter topic: 3DGS"_s));

    remove = removeButton(u"Remove filter search: 扩散"_s);
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(search.isEmpty());
    QCOMPARE(chipTexts(), (QStringList{u"✓ keyword: 扩散模型"_s, u"⊘ keyword: NeRF"_s}));

    QTest::mouseClick(bar->findChild<QToolButton *>(u"clearAllToolButton"_s), Qt::LeftButton);
    QVERIFY(!panel->hasActiveFilters());
    QVERIFY(chipTexts().isEmpty());
    QVERIFY(bar->isHidden());
}

void TestTagPanel::saveStateRestoresActiveTagsAndMatchMode()
{
    Gui::TagPanel source;
    source.setTagState(topic(u"3DGS"_s), State::Include);
    source.setTagState(keyword(u"扩散模型"_s), State::Exclude);
    source.setTagState(user(u"to-read"_s), State::Include);
    source.setMatchAll(false);
    const QByteArray saved = source.saveState();

    Gui::TagPanel target;
    target.setTagState(keyword(u"old"_s), State::Include);
    QSignalSpy changed(&target, &Gui::TagPanel::filterChanged);
    QVERIFY(target.restoreState(saved));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(target.activeTags(), source.activeTags());
    QVERIFY(!target.matchAll());
    // Restored tags are listed before any counts arrive.
    auto *model = target.findChild<Gui::TagFilterModel *>(u"tagFilterModel"_s);
    QVERIFY(model);
    QVERIFY(model->indexOf(keyword(u"扩散模型"_s)).isValid());
    QVERIFY(!model->indexOf(keyword(u"old"_s)).isValid() || target.tagState(keyword(u"old"_s)) == State::Off);
    QCOMPARE(target.saveState(), saved);
}

void TestTagPanel::restoreStateRejectsForeignData()
{
    Gui::TagPanel panel;
    panel.setTagState(topic(u"3DGS"_s), State::Include);
    QSignalSpy changed(&panel, &Gui::TagPanel::filterChanged);

    QVERIFY(!panel.restoreState(QByteArray()));
    QVERIFY(!panel.restoreState(QByteArrayLiteral("not a saved state at all")));
    QByteArray truncated = panel.saveState();
    truncated.chop(3);
    QVERIFY(!panel.restoreState(truncated));
    QByteArray future = panel.saveState();
    future[5] = 9; // version 9
    QVERIFY(!panel.restoreState(future));

    QCOMPARE(changed.size(), 0);
    QCOMPARE(panel.tagState(topic(u"3DGS"_s)), State::Include);
}

void TestTagPanel::setCountsWithFiveThousandKeywordsIsFast()
{
    const QList<Core::TagCount> full = realisticCounts(5000);
    QList<Core::TagCount> recounted = full;
    for (Core::TagCount &count : recounted) {
        count.count = count.count % 7 + 1; // same set, new order
    }
    QList<Core::TagCount> narrowed;
    for (qsizetype i = 0; i < full.size(); i += 3) {
        narrowed.append(full.at(i)); // a third survives, scattered
    }
    QList<Core::TagCount> fewer = full;
    fewer.remove(100, 10); // a few tags go, one run

    // The model alone, then the whole panel (quick-filter proxy, expanded tree)
    // as the user has it; the view lays out on the next event loop pass.
    Gui::TagFilterModel model;
    Gui::TagPanel panel;
    panel.resize(300, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *filterEdit = panel.findChild<QLineEdit *>(u"tagFilterLineEdit"_s);
    QVERIFY(filterEdit);

    QElapsedTimer timer;
    const auto measure = [&](const char *what, const QList<Core::TagCount> &counts) {
        timer.start();
        model.setCounts(counts);
        const double modelMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        timer.start();
        panel.setCounts(counts);
        const double panelMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        QCoreApplication::processEvents();
        const double paintedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        qInfo("setCounts, %-34s %4lld tags: model %5.2f ms, panel %5.2f ms, panel laid out %5.2f ms",
              what,
              static_cast<long long>(counts.size()),
              modelMs,
              panelMs,
              paintedMs);
    };

    measure("first fill", full);
    measure("same counts again", full);
    measure("same set, new counts and order", recounted);
    measure("ten tags gone", fewer);
    measure("a scattered third remains", narrowed);
    measure("back to all", full);
    filterEdit->setText(u"扩散"_s);
    measure("quick filter: new order", recounted);
    measure("quick filter: scattered third", narrowed);
    QCOMPARE(model.rowCount(model.groupIndex(Core::TagKind::Keyword)), 1667);

    // The same sequence once more under the testers, untimed: they walk the
    // whole tree on every change.
    filterEdit->clear();
    auto *panelModel = panel.findChild<Gui::TagFilterModel *>(u"tagFilterModel"_s);
    auto *panelProxy = panel.findChild<Gui::TagFilterProxy *>(u"tagFilterProxy"_s);
    QVERIFY(panelModel && panelProxy);
    QAbstractItemModelTester modelTester(panelModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(panelProxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const QList<Core::TagCount> &counts : {full, recounted, fewer, narrowed, full}) {
        panel.setCounts(counts);
    }
    filterEdit->setText(u"扩散"_s);
    panel.setCounts(recounted);
    panel.setCounts(narrowed);
    // Only keywords contain 扩散: the other groups are hidden.
    QCOMPARE(panelProxy->rowCount(), 1);
    QCOMPARE(panelProxy->index(0, 0).data(Gui::TagFilterModel::TagKindRole).value<Core::TagKind>(),
             Core::TagKind::Keyword);
    QCOMPARE(panelProxy->rowCount(panelProxy->index(0, 0)), 333);
}

void TestTagPanel::panelTextsFollowTheLanguage()
{
    Tests::LanguageSwitch language;
    Gui::TagPanel panel;
    panel.setCounts({
        Core::TagCount{topic(u"NeRF"_s), 1234},
        Core::TagCount{topic(u"3DGS"_s), 4},
        Core::TagCount{keyword(u"nerf-w"_s), 3},
        Core::TagCount{user(u"to-read"_s), 1},
    });
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *edit = panel.findChild<QLineEdit *>(u"tagFilterLineEdit"_s);
    auto *view = panel.findChild<QTreeView *>(u"tagTreeView"_s);
    auto *matchLabel = panel.findChild<QLabel *>(u"matchLabel"_s);
    auto *all = panel.findChild<QRadioButton *>(u"matchAllRadioButton"_s);
    QVERIFY(edit && view && matchLabel && all);
    const QAbstractItemModel &shown = *view->model();
    const QPersistentModelIndex nerf = shown.index(0, 0, shown.index(0, 0));
    QCOMPARE(nerf.data(Gui::TagFilterModel::TagNameRole).toString(), u"NeRF"_s);
    const auto nerfCount = [&nerf] {
        return QModelIndex(nerf).siblingAtColumn(Gui::TagFilterModel::CountColumn).data().toString();
    };

    QVERIFY(language.switchTo(u"zh_CN"_s));
    QCOMPARE(groupsIn(shown), (QStringList{u"主题 (2)"_s, u"关键词 (1)"_s, u"自定义标签 (1)"_s}));
    QCOMPARE(shown.headerData(Gui::TagFilterModel::NameColumn, Qt::Horizontal).toString(), u"标签"_s);
    QCOMPARE(shown.headerData(Gui::TagFilterModel::CountColumn, Qt::Horizontal).toString(), u"论文"_s);
    QCOMPARE(matchLabel->text(), u"包含的标签："_s);
    QCOMPARE(all->text(), u"全部满足"_s);
    QCOMPARE(edit->placeholderText(), u"筛选标签"_s);
    QCOMPARE(edit->accessibleName(), u"筛选标签"_s);
    QCOMPARE(view->accessibleName(), u"标签"_s);
    QCOMPARE(shown.index(0, 0).data(Qt::ToolTipRole).toString(), u"当前结果中有 2 个标签"_s);
    QCOMPARE(shown.index(1, 0).data(Qt::AccessibleTextRole).toString(), u"关键词，1 个标签"_s);
    // Counts are formatted for the new locale.
    QCOMPARE(nerfCount(), QLocale().toString(1234));
    QCOMPARE(nerf.data(Qt::ToolTipRole).toString(),
             u"NeRF：当前结果中有 %1 篇论文\n单击以仅显示带有此标签的论文。"_s.arg(QLocale().toString(1234)));
    edit->setText(u"nerf"_s);
    QCOMPARE(groupsIn(shown), (QStringList{u"主题 (1/2)"_s, u"关键词 (1/1)"_s}));
    edit->clear();

    QVERIFY(language.switchTo(u"en"_s));
    QCOMPARE(groupsIn(shown), (QStringList{u"Topics (2)"_s, u"Keywords (1)"_s, u"My Tags (1)"_s}));
    QCOMPARE(shown.headerData(Gui::TagFilterModel::CountColumn, Qt::Horizontal).toString(), u"Papers"_s);
    QCOMPARE(matchLabel->text(), u"Included tags:"_s);
    QCOMPARE(edit->placeholderText(), u"Filter tags"_s);
    QCOMPARE(nerfCount(), u"1,234"_s);
    QCOMPARE(nerf.data(Qt::ToolTipRole).toString(),
             u"NeRF: 1,234 papers in the current results\nClick to show only papers with this tag."_s);
}

void TestTagPanel::namesSortByTheCollatorOfTheCurrentLanguage()
{
    Tests::LanguageSwitch language;
    const QStringList names = {u"扩散"_s, u"Apple"_s, u"神经"_s, u"banana"_s, u"高斯"_s};
    QList<Core::TagCount> counts;
    for (const QString &name : names) {
        counts.append(Core::TagCount{keyword(name), 1}); // equal counts: the names decide
    }
    Gui::TagPanel panel;
    panel.setCounts(counts);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *model = panel.findChild<Gui::TagFilterModel *>(u"tagFilterModel"_s);
    const QAbstractItemModel &shown = *panel.findChild<QTreeView *>(u"tagTreeView"_s)->model();
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QPersistentModelIndex gaosi = model->indexOf(keyword(u"高斯"_s));

    const QStringList english = collated(names, QLocale(u"en"_s));
    const QStringList chinese = collated(names, QLocale(u"zh_CN"_s));
    QCOMPARE(namesIn(*model, 1), english);
    QCOMPARE(namesIn(shown, 1), english);

    QVERIFY(language.switchTo(u"zh_CN"_s));
    QCOMPARE(namesIn(*model, 1), chinese);
    QCOMPARE(namesIn(shown, 1), chinese);
    // Pinyin: gaosi < kuosan < shenjing (code points put 扩 U+6269 first).
    QVERIFY(chinese.indexOf(u"高斯"_s) < chinese.indexOf(u"扩散"_s));
    QVERIFY(chinese.indexOf(u"扩散"_s) < chinese.indexOf(u"神经"_s));
    QVERIFY(chinese != english);
    // The persistent index followed its tag.
    QCOMPARE(gaosi.data(Gui::TagFilterModel::TagNameRole).toString(), u"高斯"_s);
    // New counts (new tags too) sort with the new collator.
    counts.append(Core::TagCount{keyword(u"模型"_s), 1});
    panel.setCounts(counts);
    QCOMPARE(namesIn(*model, 1), collated(names + QStringList{u"模型"_s}, QLocale(u"zh_CN"_s)));

    QVERIFY(language.switchTo(u"en"_s));
    QCOMPARE(namesIn(*model, 1), collated(names + QStringList{u"模型"_s}, QLocale(u"en"_s)));
}

void TestTagPanel::tagStatesShowASymbolAndSayTheirState()
{
    Tests::LanguageSwitch language;
    Gui::TagFilterModel model;
    model.setCounts({Core::TagCount{topic(u"NeRF"_s), 2}});
    const QModelIndex nerf = model.indexOf(topic(u"NeRF"_s));
    const auto tooltip = [&nerf] {
        return nerf.data(Qt::ToolTipRole).toString();
    };
    const auto spoken = [&nerf] {
        return nerf.data(Qt::AccessibleTextRole).toString();
    };

    QCOMPARE(nerf.data().toString(), u"NeRF"_s);
    QCOMPARE(spoken(), u"NeRF, 2 paper(s), not filtered"_s);
    model.setState(topic(u"NeRF"_s), State::Include);
    // The state has a symbol, a font and words, not just a colour.
    QCOMPARE(nerf.data().toString(), u"✓ NeRF"_s);
    QVERIFY(nerf.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(tooltip().contains(u"Included."_s));
    QCOMPARE(spoken(), u"NeRF, 2 paper(s), included"_s);
    model.setState(topic(u"NeRF"_s), State::Exclude);
    QCOMPARE(nerf.data().toString(), u"⊘ NeRF"_s);
    QVERIFY(nerf.data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(tooltip().contains(u"Excluded."_s));
    QCOMPARE(spoken(), u"NeRF, 2 paper(s), excluded"_s);

    QVERIFY(language.switchTo(u"zh_CN"_s));
    model.retranslate(); // a model without a widget hears of the switch from its owner
    QCOMPARE(nerf.data().toString(), u"⊘ NeRF"_s);
    QVERIFY(tooltip().contains(u"已排除。"_s));
    QCOMPARE(spoken(), u"NeRF，2 篇论文，已排除"_s);
    model.setState(topic(u"NeRF"_s), State::Include);
    QCOMPARE(spoken(), u"NeRF，2 篇论文，已包含"_s);
}

void TestTagPanel::chipsAreSpelledAnewInTheNewLanguage()
{
    Tests::LanguageSwitch language;
    Gui::FilterChipsBar bar;
    bar.setFilter(u"扩散"_s,
                  {Gui::TagFilterModel::ActiveTag{topic(u"3DGS"_s), State::Include},
                   Gui::TagFilterModel::ActiveTag{keyword(u"NeRF"_s), State::Exclude}});
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    const auto chipTexts = [&bar] {
        QStringList texts;
        const QList<QLabel *> labels = bar.findChildren<QLabel *>(u"chipLabel"_s);
        for (const QLabel *label : labels) {
            texts.append(label->text());
        }
        return texts;
    };
    const auto chipNames = [&bar] {
        QStringList names;
        const QList<QFrame *> chips = bar.findChildren<QFrame *>(u"tagChipFrame"_s);
        for (const QFrame *chip : chips) {
            names.append(chip->accessibleName() + u" | "_s + chip->toolTip());
        }
        return names;
    };
    QCOMPARE(chipTexts(), (QStringList{u"search: 扩散"_s, u"✓ topic: 3DGS"_s, u"⊘ keyword: NeRF"_s}));
    QCOMPARE(chipNames(),
             (QStringList{u"Included topic: 3DGS | Included topic: 3DGS"_s,
                          u"Excluded keyword: NeRF | Excluded keyword: NeRF"_s}));

    QVERIFY(language.switchTo(u"zh_CN"_s));
    const QString topic3dgs = QCoreApplication::translate("PaperShelf::Gui::FilterChipsBar", "%1: %2")
                                  .arg(QCoreApplication::translate("PaperShelf::Gui::FilterChipsBar", "topic"),
                                       u"3DGS"_s);
    QVERIFY(topic3dgs != u"topic: 3DGS"_s);
    QCOMPARE(chipTexts().size(), 3);
    QCOMPARE(chipTexts().at(0), u"搜索：扩散"_s);
    QCOMPARE(chipTexts().at(1), u"✓ "_s + topic3dgs);
    QVERIFY(chipTexts().at(2).startsWith(u"⊘ "_s));
    QCOMPARE(bar.findChild<QToolButton *>(u"clearAllToolButton"_s)->text(), u"全部清除"_s);
    QCOMPARE(bar.accessibleName(), u"当前筛选条件"_s);

    QVERIFY(language.switchTo(u"en"_s));
    QCOMPARE(chipTexts(), (QStringList{u"search: 扩散"_s, u"✓ topic: 3DGS"_s, u"⊘ keyword: NeRF"_s}));
    QCOMPARE(bar.findChild<QToolButton *>(u"clearAllToolButton"_s)->text(), u"Clear all"_s);
}

void TestTagPanel::shelfPanelRetranslatesAndRereadsBuiltInNames()
{
    Tests::LanguageSwitch language;
    Gui::ShelfPanel panel;
    QList<Core::Shelf> shelves = Core::ShelfStore::builtIns();
    QVERIFY(!shelves.isEmpty());
    Core::Shelf mine;
    mine.id = 100;
    mine.name = u"我的书架"_s;
    shelves.append(mine);
    panel.setShelves(shelves);
    panel.setCounts({{shelves.first().id, 1234}, {mine.id, 3}});
    panel.setActiveShelf(mine.id);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *list = panel.findChild<QListWidget *>(u"shelvesListWidget"_s);
    auto *label = panel.findChild<QLabel *>(u"shelvesLabel"_s);
    auto *save = panel.findChild<QToolButton *>(u"saveShelfButton"_s);
    QVERIFY(list && label && save);
    QCOMPARE(list->item(0)->text(), u"%1 (1,234)"_s.arg(shelves.first().name));
    QCOMPARE(list->item(list->count() - 1)->data(Qt::AccessibleTextRole).toString(), u"我的书架 (3), open"_s);

    QVERIFY(language.switchTo(u"zh_CN"_s));
    QCOMPARE(label->text(), u"书架(&V)"_s);
    QCOMPARE(save->text(), u"保存搜索…"_s);
    QCOMPARE(list->accessibleName(), u"书架"_s);
    QCOMPARE(list->item(0)->toolTip(), u"内置书架"_s);
    // The built-in name is translated where it is shown; the shelf keeps its English name.
    QVERIFY(shelves.first().displayName() != shelves.first().name);
    QCOMPARE(list->item(0)->text(), u"%1 (%2)"_s.arg(shelves.first().displayName(), QLocale().toString(1234)));
    QCOMPARE(panel.shelves().first().name, Core::ShelfStore::builtIns().first().name);
    QCOMPARE(list->item(list->count() - 1)->text(), u"我的书架 (3)"_s);

    QVERIFY(language.switchTo(u"en"_s));
    QCOMPARE(label->text(), u"Shel&ves"_s);
    QCOMPARE(list->item(0)->text(), u"New in the latest digest (1,234)"_s);
    QCOMPARE(list->item(list->count() - 1)->toolTip(), u"Saved search; right-click to rename or remove"_s);
}

void TestTagPanel::everyFocusableWidgetHasAnAccessibleName()
{
    Tests::LanguageSwitch language;
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *bar = new Gui::FilterChipsBar(&window);
    auto *shelves = new Gui::ShelfPanel(&window);
    auto *panel = new Gui::TagPanel(&window);
    layout->addWidget(bar);
    layout->addWidget(shelves);
    layout->addWidget(panel);
    panel->setCounts(realisticCounts(10));
    panel->setTagState(topic(u"3DGS"_s), State::Include);
    panel->setTagState(keyword(u"NeRF"_s), State::Exclude);
    bar->setFilter(u"扩散"_s, panel->activeTags(), false);
    shelves->setShelves(Core::ShelfStore::builtIns());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QLineEdit unnamed; // the check itself finds a nameless focusable widget
    QCOMPARE(Tests::unnamedFocusableWidgets(&unnamed), QStringList{u" (QLineEdit)"_s});
    QVERIFY(bar->findChild<QToolButton *>(u"removeChipToolButton"_s)); // the icon-like ✕ buttons are there
    QCOMPARE(Tests::unnamedFocusableWidgets(&window), QStringList());
    QVERIFY(language.switchTo(u"zh_CN"_s));
    QCOMPARE(Tests::unnamedFocusableWidgets(&window), QStringList());
    const QList<QToolButton *> removes = bar->findChildren<QToolButton *>(u"removeChipToolButton"_s);
    for (const QToolButton *remove : removes) {
        QVERIFY2(remove->accessibleName().startsWith(u"移除筛选条件"_s), qPrintable(remove->accessibleName()));
    }
}

QTEST_MAIN(TestTagPanel)
#include "tst_tagpanel.moc"
