#pragma once

#include "core/search/paperfilter.h"

#include <QAbstractTableModel>

class QHeaderView;

namespace PaperShelf::Gui {

class LibraryClient;

/// The paper list. Rows come from the library worker a page at a time
/// (canFetchMore/fetchMore), and sorting is done by the query, never here, so
/// the model holds only the rows scrolled into so far, even at 100,000 papers.
class PaperTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperTableModel)

public:
    enum Column {
        TitleColumn,
        DateColumn,
        TopicsColumn,
        StatusColumn,
        RatingColumn,
        FiguresColumn,
        ReviewColumn,
        PdfColumn,
        FavouriteColumn,
        NotesColumn,
        ColumnCount,
    };

    enum Role {
        PaperRowIdRole = Qt::UserRole + 1, ///< papers.id (qint64)
        PaperIdRole,                       ///< public paper id (QString)
        StatusRole,                        ///< Core::ReadingStatus as int
        RatingRole,                        ///< int 0–5
        FavouriteRole,                     ///< bool
        UserTagsRole,                      ///< QStringList: names of the paper's own tags
    };

    /// Rows per request: a few screens' worth, so that the first answer is quick.
    static constexpr int PageSize = 100;

    explicit PaperTableModel(LibraryClient *client, QObject *parent = nullptr);

    /// Shows the papers matching `filter`; the rows change when the worker answers.
    void setFilter(const Core::PaperFilter &filter);

    const Core::PaperFilter &filter() const { return m_request.filter; }

    /// Runs the current query again (after an import, for instance).
    void refresh();
    /// After a language switch: headers and the texts and dates of the loaded rows are new.
    void retranslate();

    /// Replaces the loaded rows of these papers (after an edit), in place.
    void updateRows(const QList<Core::PaperSummary> &rows);

    /// Sizes `header`'s columns for their content (the title takes the rest) and
    /// shows the sort indicator, initially on no column.
    static void setUpHeader(QHeaderView *header);
    /// Ids of every loaded row, in row order.
    QList<qint64> loadedRowIds() const;
    /// The row of a paper among the loaded rows, -1 when not loaded.
    int rowOf(qint64 rowId) const;

    /// Matches of the current filter (all of them, not only the fetched rows).
    int totalCount() const { return m_total; }

    /// True between a query and its answer.
    bool isLoading() const { return m_loading; }

    /// The sort key and direction the list uses; a column sort maps onto these.
    Core::SortOrder sortKey() const;

    bool sortReversed() const { return m_request.reversed; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    /// The sort key of a column and whether `order` is the reverse of its natural direction.
    static Core::SortOrder sortKeyForColumn(int column);
    static bool isReversed(int column, Qt::SortOrder order);

Q_SIGNALS:
    /// A query's answer was applied (rows reset, totalCount() current).
    void queryApplied();

private:
    void runQuery();
    void applyQuery(quint64 generation, const Core::PaperPage &page);
    void appendRows(quint64 generation, int offset, const QList<Core::PaperSummary> &rows);

    LibraryClient *m_client;
    Core::ListRequest m_request;
    quint64 m_generation = 0;
    QList<Core::PaperSummary> m_rows;
    int m_total = 0;
    bool m_loading = false;
    bool m_fetching = false; ///< a fetchMore() request is out
    bool m_changing = false; ///< inside a reset or insertion: fetchMore() waits
};

} // namespace PaperShelf::Gui
