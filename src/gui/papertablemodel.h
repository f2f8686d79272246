#pragma once

#include "core/search/paperfilter.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace PaperShelf::Gui {

/// The paper list: rows come from Core::PaperSearch one page at a time
/// (canFetchMore/fetchMore), so the view never holds the whole library.
class PaperTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperTableModel)

public:
    enum Column {
        TitleColumn,
        DateColumn,
        TopicsColumn,
        FiguresColumn,
        ColumnCount,
    };

    enum Role {
        PaperIdRole = Qt::UserRole + 1, ///< public paper id (QString)
    };

    static constexpr int PageSize = 200;

    explicit PaperTableModel(const QSqlDatabase &db, QObject *parent = nullptr);

    /// Shows the papers matching `filter`, newest first; resets the model.
    void setFilter(const Core::PaperFilter &filter);

    /// Matches of the current filter (all of them, not only the fetched rows).
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    QSqlDatabase m_db;
    Core::PaperFilter m_filter;
    QList<Core::PaperSummary> m_rows;
    int m_total = 0;
    bool m_changing = false; ///< inside a reset or an insertion: fetchMore() waits
};

} // namespace PaperShelf::Gui
