#include "gui/tagfilterproxy.h"

#include "gui/tagfiltermodel.h"

#include <QLocale>

namespace PaperShelf::Gui {

TagFilterProxy::TagFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A group is shown when one of its tags matches, never for its own name.
    setRecursiveFilteringEnabled(true);
    // dynamicSortFilter stays on although names never change: without it Qt 6.4
    // does not show a hidden group again when a matching tag is inserted into it.

    // The "12 of 2,000" label of a group follows its visible rows.
    connect(this, &QAbstractItemModel::rowsInserted, this, &TagFilterProxy::updateGroupLabel);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &TagFilterProxy::updateGroupLabel);
}

void TagFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) {
        return;
    }
    m_text = trimmed;
    invalidateFilter();
    // Groups that stayed visible have a new label (and the "of" part comes or goes).
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, TagFilterModel::NameColumn),
                           index(rowCount() - 1, TagFilterModel::NameColumn),
                           {Qt::DisplayRole});
    }
}

QVariant TagFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || m_text.isEmpty() || !index.isValid() || index.parent().isValid()
        || index.column() != TagFilterModel::NameColumn) {
        return QSortFilterProxyModel::data(index, role);
    }
    const QModelIndex source = mapToSource(index);
    const auto kind = source.data(TagFilterModel::TagKindRole).value<Core::TagKind>();
    const QLocale locale;
    return tr("%1 (%2 of %3)")
        .arg(TagFilterModel::groupName(kind),
             locale.toString(rowCount(index)),
             locale.toString(sourceModel()->rowCount(source)));
}

bool TagFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty()) {
        return true;
    }
    if (!sourceParent.isValid()) {
        return false;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, TagFilterModel::NameColumn, sourceParent);
    return index.data(TagFilterModel::TagNameRole).toString().contains(m_text, Qt::CaseInsensitive);
}

void TagFilterProxy::updateGroupLabel(const QModelIndex &parent)
{
    if (parent.isValid() && !m_text.isEmpty()) {
        Q_EMIT dataChanged(parent, parent, {Qt::DisplayRole});
    }
}

} // namespace PaperShelf::Gui
