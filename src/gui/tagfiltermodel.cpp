#include "gui/tagfiltermodel.h"

#include "gui/plaintext.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PaperShelf::Gui {

namespace {

// Group rows have internal id 0; a tag row stores its group row + 1.
constexpr quintptr GroupId = 0;

// Above this many separate removed/inserted runs in one group, notifying each
// run costs views and proxies O(runs × rows); replacing the group is cheaper.
constexpr int MaxIncrementalRuns = 32;

constexpr std::array<Core::TagKind, 3> GroupKinds = {Core::TagKind::Topic, Core::TagKind::Keyword, Core::TagKind::User};

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

QColor stateColor(TagFilterModel::FilterState state)
{
    const bool dark = darkPalette();
    if (state == TagFilterModel::FilterState::Include) {
        return dark ? QColor(0x7b, 0xd8, 0x8f) : QColor(0x1a, 0x7f, 0x37);
    }
    return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
}

// Runs of consecutive positions in `positions` (ascending) as [first, last] pairs.
std::vector<std::pair<int, int>> runsOf(const std::vector<int> &positions)
{
    std::vector<std::pair<int, int>> runs;
    for (const int position : positions) {
        if (!runs.empty() && runs.back().second + 1 == position) {
            runs.back().second = position;
        } else {
            runs.emplace_back(position, position);
        }
    }
    return runs;
}

} // namespace

TagFilterModel::TagFilterModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    resetCollator();
    for (int row = 0; row < GroupCount; ++row) {
        m_groups.at(row).kind = GroupKinds.at(row);
    }
}

TagFilterModel::~TagFilterModel() = default;

QString TagFilterModel::groupName(Core::TagKind kind)
{
    switch (kind) {
    case Core::TagKind::Topic:
        return tr("Topics");
    case Core::TagKind::Keyword:
        return tr("Keywords");
    case Core::TagKind::User:
        return tr("My Tags");
    }
    return {};
}

void TagFilterModel::retranslate()
{
    resetCollator();
    for (int row = 0; row < GroupCount; ++row) {
        Group &group = m_groups.at(row);
        for (TagEntry &entry : group.entries) {
            entry.sortKey = m_collator.sortKey(entry.name);
        }
        std::vector<int> order = group.rows;
        // Stable: rows the new collator cannot tell apart keep their order.
        std::stable_sort(order.begin(), order.end(), [this, &group](int a, int b) {
            return lessThan(group, a, b);
        });
        if (order != group.rows) {
            reorderRows(row, std::move(order));
        }
    }

    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    const QList<int> roles = {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole};
    Q_EMIT dataChanged(index(0, 0), index(GroupCount - 1, ColumnCount - 1), roles);
    for (int row = 0; row < GroupCount; ++row) {
        const QModelIndex parent = index(row, 0);
        const int rows = rowCount(parent);
        if (rows > 0) {
            Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent), roles);
        }
    }
}

void TagFilterModel::setCounts(const QList<Core::TagCount> &counts)
{
    std::array<std::vector<int>, GroupCount> oldCounts;
    std::array<std::vector<int>, GroupCount> newRows;
    for (int row = 0; row < GroupCount; ++row) {
        Group &group = m_groups.at(row);
        oldCounts.at(row).reserve(group.rows.size());
        // Only listed tags carry a count, so zeroing them resets the group.
        for (const int id : group.rows) {
            oldCounts.at(row).push_back(group.entries.at(id).count);
            group.entries.at(id).count = 0;
        }
    }

    for (const Core::TagCount &count : counts) {
        if (count.count <= 0) {
            continue;
        }
        const int row = groupRowOf(count.tag.kind);
        Group &group = m_groups.at(row);
        const int id = entryId(group, count.tag.name);
        TagEntry &entry = group.entries.at(id);
        // A repeated tag keeps its first row; the last count wins.
        if (entry.count == 0) {
            newRows.at(row).push_back(id);
        }
        entry.count = count.count;
    }
    for (const ActiveTag &active : std::as_const(m_active)) {
        const int row = groupRowOf(active.tag.kind);
        Group &group = m_groups.at(row);
        const int id = entryId(group, active.tag.name);
        if (group.entries.at(id).count == 0) {
            newRows.at(row).push_back(id);
        }
    }

    for (int row = 0; row < GroupCount; ++row) {
        const Group &group = m_groups.at(row);
        std::sort(newRows.at(row).begin(), newRows.at(row).end(), [this, &group](int a, int b) {
            return lessThan(group, a, b);
        });
        updateGroup(row, std::move(newRows.at(row)), oldCounts.at(row));
    }
}

TagFilterModel::FilterState TagFilterModel::cycleState(const QModelIndex &index)
{
    if (!index.isValid() || !checkIndex(index) || index.internalId() == GroupId) {
        return FilterState::Off;
    }
    const int groupRow = static_cast<int>(index.internalId() - 1);
    const Group &group = m_groups.at(groupRow);
    const int id = group.rows.at(index.row());
    FilterState next = FilterState::Off;
    switch (group.entries.at(id).state) {
    case FilterState::Off:
        next = FilterState::Include;
        break;
    case FilterState::Include:
        next = FilterState::Exclude;
        break;
    case FilterState::Exclude:
        next = FilterState::Off;
        break;
    }
    applyState(groupRow, id, next);
    Q_EMIT statesChanged();
    return next;
}

void TagFilterModel::setState(const Core::Tag &tag, FilterState state)
{
    const int groupRow = groupRowOf(tag.kind);
    Group &group = m_groups.at(groupRow);
    if (state == FilterState::Off && !group.entryByName.contains(tag.name)) {
        return;
    }
    if (applyState(groupRow, entryId(group, tag.name), state)) {
        Q_EMIT statesChanged();
    }
}

TagFilterModel::FilterState TagFilterModel::state(const Core::Tag &tag) const
{
    const Group &group = m_groups.at(groupRowOf(tag.kind));
    const auto it = group.entryByName.constFind(tag.name);
    return it == group.entryByName.cend() ? FilterState::Off : group.entries.at(*it).state;
}

void TagFilterModel::clearStates()
{
    if (m_active.isEmpty()) {
        return;
    }
    const QList<ActiveTag> active = m_active;
    for (const ActiveTag &tag : active) {
        const int groupRow = groupRowOf(tag.tag.kind);
        applyState(groupRow, entryId(m_groups.at(groupRow), tag.tag.name), FilterState::Off);
    }
    Q_EMIT statesChanged();
}

QModelIndex TagFilterModel::indexOf(const Core::Tag &tag, int column) const
{
    const int groupRow = groupRowOf(tag.kind);
    if (tag.name.isEmpty()) {
        return groupIndex(tag.kind, column);
    }
    const Group &group = m_groups.at(groupRow);
    const auto it = group.entryByName.constFind(tag.name);
    if (it == group.entryByName.cend()) {
        return {};
    }
    const int row = rowOf(group, *it);
    return row < 0 ? QModelIndex() : createIndex(row, column, static_cast<quintptr>(groupRow) + 1);
}

QModelIndex TagFilterModel::groupIndex(Core::TagKind kind, int column) const
{
    return createIndex(groupRowOf(kind), column, GroupId);
}

QModelIndex TagFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, GroupId);
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex TagFilterModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, GroupId);
}

int TagFilterModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return GroupCount;
    }
    if (parent.column() != 0 || parent.internalId() != GroupId) {
        return 0;
    }
    return static_cast<int>(m_groups.at(parent.row()).rows.size());
}

int TagFilterModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant TagFilterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return {};
    }
    if (index.internalId() == GroupId) {
        return groupData(index.row(), index.column(), role);
    }
    const Group &group = m_groups.at(index.internalId() - 1);
    return tagData(group, group.entries.at(group.rows.at(index.row())), index.column(), role);
}

QVariant TagFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        return section == NameColumn ? tr("Tag") : tr("Papers");
    }
    if (role == Qt::TextAlignmentRole && section == CountColumn) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return {};
}

Qt::ItemFlags TagFilterModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return Qt::NoItemFlags;
    }
    if (index.internalId() == GroupId) {
        return Qt::ItemIsEnabled;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> TagFilterModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(TagKindRole, "tagKind");
    names.insert(TagNameRole, "tagName");
    names.insert(CountRole, "count");
    names.insert(FilterStateRole, "filterState");
    return names;
}

void TagFilterModel::resetCollator()
{
    m_collator = QCollator(QLocale());
    // "tag2" before "tag10"; "nerf" and "NeRF" side by side.
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

int TagFilterModel::entryId(Group &group, const QString &name)
{
    const auto it = group.entryByName.constFind(name);
    if (it != group.entryByName.cend()) {
        return *it;
    }
    const int id = static_cast<int>(group.entries.size());
    group.entries.push_back(TagEntry{name, m_collator.sortKey(name)});
    group.entryByName.insert(name, id);
    return id;
}

bool TagFilterModel::lessThan(const Group &group, int a, int b) const
{
    const TagEntry &left = group.entries.at(a);
    const TagEntry &right = group.entries.at(b);
    // Active tags lead their group: an excluded tag has no papers left in the
    // results and would otherwise sink below thousands of keywords.
    const bool leftActive = left.state != FilterState::Off;
    if (leftActive != (right.state != FilterState::Off)) {
        return leftActive;
    }
    if (left.count != right.count) {
        return left.count > right.count;
    }
    // Sort keys compare as plain bytes: the collator runs once per name, not per comparison.
    const int order = left.sortKey.compare(right.sortKey);
    if (order != 0) {
        return order < 0;
    }
    // Names equal to the collator ("NeRF", "nerf") still need a stable order.
    return left.name < right.name;
}

void TagFilterModel::updateGroup(int groupRow, std::vector<int> newRows, const std::vector<int> &oldCounts)
{
    Group &group = m_groups.at(groupRow);
    const QModelIndex parent = index(groupRow, 0);
    const size_t oldSize = group.rows.size();

    // Old and new row of every entry (-1: not listed).
    std::vector<int> oldRow(group.entries.size(), -1);
    std::vector<int> newRow(group.entries.size(), -1);
    for (size_t row = 0; row < group.rows.size(); ++row) {
        oldRow.at(group.rows.at(row)) = static_cast<int>(row);
    }
    for (size_t row = 0; row < newRows.size(); ++row) {
        newRow.at(newRows.at(row)) = static_cast<int>(row);
    }

    if (group.rows != newRows) {
        std::vector<int> removed;
        std::vector<int> inserted;
        std::vector<int> survivors;
        for (size_t row = 0; row < group.rows.size(); ++row) {
            if (newRow.at(group.rows.at(row)) < 0) {
                removed.push_back(static_cast<int>(row));
            }
        }
        for (size_t row = 0; row < newRows.size(); ++row) {
            if (oldRow.at(newRows.at(row)) < 0) {
                inserted.push_back(static_cast<int>(row));
            } else {
                survivors.push_back(newRows.at(row));
            }
        }
        const std::vector<std::pair<int, int>> removedRuns = runsOf(removed);
        const std::vector<std::pair<int, int>> insertedRuns = runsOf(inserted);

        if (removedRuns.size() + insertedRuns.size() > MaxIncrementalRuns) {
            replaceRows(groupRow, std::move(newRows));
        } else {
            // Back to front, so the earlier runs keep their row numbers.
            for (auto run = removedRuns.crbegin(); run != removedRuns.crend(); ++run) {
                beginRemoveRows(parent, run->first, run->second);
                group.rows.erase(group.rows.begin() + run->first, group.rows.begin() + run->second + 1);
                endRemoveRows();
            }
            if (group.rows != survivors) {
                reorderRows(groupRow, std::move(survivors));
            }
            // Front to back: every row before a run is then already in place.
            for (const auto &[first, last] : insertedRuns) {
                beginInsertRows(parent, first, last);
                group.rows.insert(group.rows.begin() + first, newRows.begin() + first, newRows.begin() + last + 1);
                endInsertRows();
            }
            Q_ASSERT(group.rows == newRows);
        }
    }

    // Counts of the rows that were listed before and after.
    int firstChanged = -1;
    int lastChanged = -1;
    for (size_t row = 0; row < group.rows.size(); ++row) {
        const int id = group.rows.at(row);
        const int before = oldRow.at(id);
        if (before >= 0 && oldCounts.at(before) != group.entries.at(id).count) {
            firstChanged = firstChanged < 0 ? static_cast<int>(row) : firstChanged;
            lastChanged = static_cast<int>(row);
        }
    }
    if (firstChanged >= 0) {
        Q_EMIT dataChanged(index(firstChanged, 0, parent), index(lastChanged, ColumnCount - 1, parent));
    }
    if (group.rows.size() != oldSize) {
        Q_EMIT dataChanged(parent, index(groupRow, ColumnCount - 1));
    }
}

void TagFilterModel::replaceRows(int groupRow, std::vector<int> newRows)
{
    Group &group = m_groups.at(groupRow);
    const QModelIndex parent = index(groupRow, 0);
    if (!group.rows.empty()) {
        beginRemoveRows(parent, 0, static_cast<int>(group.rows.size()) - 1);
        group.rows.clear();
        endRemoveRows();
    }
    if (!newRows.empty()) {
        beginInsertRows(parent, 0, static_cast<int>(newRows.size()) - 1);
        group.rows = std::move(newRows);
        endInsertRows();
    }
}

void TagFilterModel::reorderRows(int groupRow, std::vector<int> newOrder)
{
    Group &group = m_groups.at(groupRow);
    const QPersistentModelIndex parent(index(groupRow, 0));
    Q_EMIT layoutAboutToBeChanged({parent}, QAbstractItemModel::VerticalSortHint);

    std::vector<int> newRow(group.entries.size(), -1);
    for (size_t row = 0; row < newOrder.size(); ++row) {
        newRow.at(newOrder.at(row)) = static_cast<int>(row);
    }
    // Persistent indexes (the view's current item, the proxy's mapping) follow their tag.
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList from;
    QModelIndexList to;
    const quintptr id = static_cast<quintptr>(groupRow) + 1;
    for (const QModelIndex &old : persistent) {
        if (old.internalId() == id) {
            from.append(old);
            to.append(createIndex(newRow.at(group.rows.at(old.row())), old.column(), id));
        }
    }
    group.rows = std::move(newOrder);
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({parent}, QAbstractItemModel::VerticalSortHint);
}

bool TagFilterModel::applyState(int groupRow, int id, FilterState state)
{
    Group &group = m_groups.at(groupRow);
    TagEntry &entry = group.entries.at(id);
    if (entry.state == state) {
        return false;
    }
    entry.state = state;

    const Core::Tag tag{entry.name, group.kind};
    const auto active = std::find_if(m_active.begin(), m_active.end(), [&tag](const ActiveTag &candidate) {
        return candidate.tag == tag;
    });
    if (state == FilterState::Off) {
        if (active != m_active.end()) {
            m_active.erase(active);
        }
    } else if (active != m_active.end()) {
        active->state = state;
    } else {
        m_active.append(ActiveTag{tag, state});
    }

    const QModelIndex parent = index(groupRow, 0);
    const int row = rowOf(group, id);
    if (row >= 0) {
        Q_EMIT dataChanged(index(row, 0, parent), index(row, ColumnCount - 1, parent));
    } else if (state != FilterState::Off) {
        // An active tag is always listed. Listed rows keep their place when their state
        // changes (no row jumps away from the pointer), so the rows are only nearly
        // sorted until the next setCounts(); the binary search still finds a fitting place.
        const auto position = std::lower_bound(group.rows.begin(), group.rows.end(), id, [this, &group](int a, int b) {
            return lessThan(group, a, b);
        });
        const int newRow = static_cast<int>(position - group.rows.begin());
        beginInsertRows(parent, newRow, newRow);
        group.rows.insert(position, id);
        endInsertRows();
        Q_EMIT dataChanged(parent, index(groupRow, ColumnCount - 1));
    }
    return true;
}

int TagFilterModel::groupRowOf(Core::TagKind kind) const
{
    const auto it = std::find(GroupKinds.cbegin(), GroupKinds.cend(), kind);
    return it == GroupKinds.cend() ? 0 : static_cast<int>(it - GroupKinds.cbegin());
}

int TagFilterModel::rowOf(const Group &group, int id) const
{
    const auto it = std::find(group.rows.cbegin(), group.rows.cend(), id);
    return it == group.rows.cend() ? -1 : static_cast<int>(it - group.rows.cbegin());
}

QVariant TagFilterModel::groupData(int groupRow, int column, int role) const
{
    const Group &group = m_groups.at(groupRow);
    const int tags = static_cast<int>(group.rows.size());
    const QString name = groupName(group.kind);

    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn) {
            return tr("%1 (%2)").arg(name, QLocale().toString(tags));
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%Ln tag(s) in the current results", nullptr, tags);
    case Qt::AccessibleTextRole:
        return column == NameColumn ? tr("%1, %Ln tag(s)", nullptr, tags).arg(name) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case TagKindRole:
        return QVariant::fromValue(group.kind);
    case CountRole:
        return tags;
    default:
        return {};
    }
}

void TagFilterModel::setUserTagColors(const QHash<QString, QString> &colors)
{
    QHash<QString, QColor> parsed;
    for (auto it = colors.cbegin(); it != colors.cend(); ++it) {
        const QColor color = QColor::fromString(it.value());
        if (color.isValid()) {
            parsed.insert(it.key().toCaseFolded(), color);
        }
    }
    if (parsed == m_userTagColors) {
        return;
    }
    m_userTagColors = parsed;
    const int groupRow = groupRowOf(Core::TagKind::User);
    const QModelIndex parent = index(groupRow, 0);
    const int rows = rowCount(parent);
    if (rows > 0) {
        Q_EMIT dataChanged(index(0, NameColumn, parent), index(rows - 1, NameColumn, parent), {Qt::DecorationRole});
    }
}

QVariant TagFilterModel::tagData(const Group &group, const TagEntry &entry, int column, int role) const
{
    switch (role) {
    case Qt::DecorationRole:
        if (column == NameColumn && &group == &m_groups.at(groupRowOf(Core::TagKind::User))) {
            const auto color = m_userTagColors.constFind(entry.name.toCaseFolded());
            if (color != m_userTagColors.cend()) {
                return *color;
            }
        }
        return {};
    case Qt::DisplayRole:
        if (column == CountColumn) {
            return QLocale().toString(entry.count);
        }
        // The marker carries the state for readers who cannot tell the colours apart.
        switch (entry.state) {
        case FilterState::Include:
            return QString(u"\u2713 "_s + entry.name); // ✓
        case FilterState::Exclude:
            return QString(u"\u2298 "_s + entry.name); // ⊘
        case FilterState::Off:
            break;
        }
        return entry.name;
    case Qt::TextAlignmentRole:
        if (column == CountColumn) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    case Qt::FontRole:
        if (entry.state != FilterState::Off) {
            QFont font;
            font.setBold(entry.state == FilterState::Include);
            font.setStrikeOut(entry.state == FilterState::Exclude && column == NameColumn);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (entry.state == FilterState::Off) {
            return {};
        }
        return QBrush(stateColor(entry.state));
    case Qt::ToolTipRole: {
        const QString papers = tr("%1: %Ln paper(s) in the current results", nullptr, entry.count).arg(entry.name);
        switch (entry.state) {
        case FilterState::Off:
            return PlainText::toolTip(tr("%1\nClick to show only papers with this tag.").arg(papers));
        case FilterState::Include:
            return PlainText::toolTip(tr("%1\nIncluded. Click to exclude papers with this tag.").arg(papers));
        case FilterState::Exclude:
            return PlainText::toolTip(tr("%1\nExcluded. Click to stop filtering by this tag.").arg(papers));
        }
        return PlainText::toolTip(papers);
    }
    case Qt::AccessibleTextRole: {
        if (column != NameColumn) {
            return {};
        }
        QString state;
        switch (entry.state) {
        case FilterState::Off:
            state = tr("not filtered");
            break;
        case FilterState::Include:
            state = tr("included");
            break;
        case FilterState::Exclude:
            state = tr("excluded");
            break;
        }
        return tr("%1, %Ln paper(s), %2", nullptr, entry.count).arg(entry.name, state);
    }
    case TagKindRole:
        return QVariant::fromValue(group.kind);
    case TagNameRole:
        return entry.name;
    case CountRole:
        return entry.count;
    case FilterStateRole:
        return QVariant::fromValue(entry.state);
    default:
        return {};
    }
}

} // namespace PaperShelf::Gui
