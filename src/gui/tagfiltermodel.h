#pragma once

#include "core/db/records.h"

#include <QAbstractItemModel>
#include <QCollator>
#include <QCollatorSortKey>
#include <QColor>
#include <QHash>
#include <QList>

#include <array>
#include <vector>

namespace PaperShelf::Gui {

/// The tags of the current result set as a two-level tree: one group row per
/// tag kind (Topics, Keywords, My Tags) with its tags as children, each tag
/// with its paper count and the user's filter state.
///
/// setCounts() runs on every keystroke of a search over thousands of keywords,
/// so it updates each group in O(n log n) with the narrowest notifications it
/// can: dataChanged when only counts changed, a group-local layout change when
/// the order changed, and row removals/insertions when tags came or went.
class TagFilterModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagFilterModel)

public:
    enum class FilterState {
        Off,
        Include,
        Exclude,
    };
    Q_ENUM(FilterState)

    enum Column {
        NameColumn,
        CountColumn,
        ColumnCount,
    };

    enum Role {
        TagKindRole = Qt::UserRole + 1, ///< Core::TagKind, on groups and tags
        TagNameRole,                    ///< QString, tags only
        CountRole,                      ///< int: papers of a tag; listed tags of a group
        FilterStateRole,                ///< FilterState, tags only
    };

    struct ActiveTag
    {
        Core::Tag tag;
        FilterState state = FilterState::Off;

        friend bool operator==(const ActiveTag &, const ActiveTag &) = default;
    };

    /// Names sort with a collator for the current QLocale, taken at construction
    /// and again by retranslate().
    explicit TagFilterModel(QObject *parent = nullptr);
    ~TagFilterModel() override;

    /// "Topics", "Keywords" or "My Tags".
    static QString groupName(Core::TagKind kind);

    /// Lists the tags with a count above zero plus every tag with an active
    /// state: active tags first, then by count (descending), then by name. A
    /// group keeps its rows (and their persistent indexes) where it can.
    void setCounts(const QList<Core::TagCount> &counts);

    /// Colours of the user's own tags ("#rrggbb" by name, any case); shown as
    /// a swatch before the name.
    void setUserTagColors(const QHash<QString, QString> &colors);

    /// Off → Include → Exclude → Off for the tag at `index` (of this model);
    /// returns the new state. Group rows stay Off.
    FilterState cycleState(const QModelIndex &index);
    /// A tag that gets an active state is listed at once (count 0 until the next
    /// setCounts()). A tag switched off stays listed until the next setCounts(),
    /// so a row does not vanish under the pointer or the keyboard focus.
    void setState(const Core::Tag &tag, FilterState state);
    FilterState state(const Core::Tag &tag) const;
    void clearStates();

    /// In the order the tags became active.
    QList<ActiveTag> activeTags() const { return m_active; }

    /// After a language change: sorts the names with a collator for the new
    /// default QLocale (a layout change per group whose order changed) and
    /// announces the new header, group labels, counts, tool tips and accessible texts.
    void retranslate();

    /// The index of a listed tag, or of its group row for a default-constructed name.
    QModelIndex indexOf(const Core::Tag &tag, int column = NameColumn) const;
    QModelIndex groupIndex(Core::TagKind kind, int column = NameColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// After any change of a tag's filter state (not on setCounts()).
    void statesChanged();

private:
    /// Everything known about one tag name of a group. Entries are never
    /// removed, so their sort keys are computed once per locale.
    struct TagEntry
    {
        QString name;
        QCollatorSortKey sortKey;
        int count = 0;
        FilterState state = FilterState::Off;
    };

    struct Group
    {
        Core::TagKind kind = Core::TagKind::Topic;
        std::vector<TagEntry> entries;
        QHash<QString, int> entryByName;
        std::vector<int> rows; ///< entry ids of the listed tags, in display order
    };

    static constexpr int GroupCount = 3;

    void resetCollator();
    int entryId(Group &group, const QString &name);
    bool lessThan(const Group &group, int a, int b) const;
    void updateGroup(int groupRow, std::vector<int> newRows, const std::vector<int> &oldCounts);
    void replaceRows(int groupRow, std::vector<int> newRows);
    void reorderRows(int groupRow, std::vector<int> newOrder);
    bool applyState(int groupRow, int id, FilterState state);
    int groupRowOf(Core::TagKind kind) const;
    int rowOf(const Group &group, int id) const;
    QVariant groupData(int groupRow, int column, int role) const;
    QVariant tagData(const Group &group, const TagEntry &entry, int column, int role) const;

    QCollator m_collator;
    std::array<Group, GroupCount> m_groups;
    QList<ActiveTag> m_active;
    QHash<QString, QColor> m_userTagColors; ///< by case-folded name
};

} // namespace PaperShelf::Gui
