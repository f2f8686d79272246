#include "gui/papertablemodel.h"

#include "core/search/papersearch.h"

#include <QLocale>

namespace PaperShelf::Gui {

PaperTableModel::PaperTableModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void PaperTableModel::setFilter(const Core::PaperFilter &filter)
{
    beginResetModel();
    m_changing = true;
    m_filter = filter;
    m_rows.clear();
    m_total = 0;
    Core::PaperSearch search(m_db);
    const Core::Result<Core::PaperPage> page = search.list(
        Core::ListRequest{m_filter, Core::SortOrder::Date, PageSize, 0});
    if (page) {
        m_total = page->total;
        m_rows = page->papers;
    }
    endResetModel();
    m_changing = false;
    if (!page) {
        Q_EMIT loadFailed(page.errorMessage());
    }
}

int PaperTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PaperTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaperTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= m_rows.size()) {
        return {};
    }
    const Core::PaperSummary &row = m_rows.at(index.row());
    if (role == PaperIdRole) {
        return row.id;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        return row.title;
    case DateColumn:
        return QLocale().toString(row.date, QLocale::ShortFormat);
    case TopicsColumn:
        return row.topics.join(QStringLiteral(", "));
    case FiguresColumn:
        return row.screenshots;
    default:
        return {};
    }
}

QVariant PaperTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case TopicsColumn:
        return tr("Topics");
    case FiguresColumn:
        return tr("Figures");
    default:
        return {};
    }
}

bool PaperTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void PaperTableModel::fetchMore(const QModelIndex &parent)
{
    // Listeners of modelReset or rowsInserted may ask for more rows before the
    // change has finished; they are ignored, the view asks again afterwards.
    if (parent.isValid() || m_changing) {
        return;
    }
    Core::PaperSearch search(m_db);
    const Core::Result<Core::PaperPage> page = search.list(
        Core::ListRequest{m_filter, Core::SortOrder::Date, PageSize, static_cast<int>(m_rows.size())});
    if (!page) {
        Q_EMIT loadFailed(page.errorMessage());
        return;
    }
    if (page->papers.isEmpty()) {
        m_total = static_cast<int>(m_rows.size());
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    m_changing = true;
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(page->papers.size()) - 1);
    m_rows.append(page->papers);
    endInsertRows();
    m_changing = false;
}

} // namespace PaperShelf::Gui
