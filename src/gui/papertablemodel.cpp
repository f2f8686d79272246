#include "gui/papertablemodel.h"

#include "gui/libraryclient.h"
#include "gui/plaintext.h"

#include <QHeaderView>
#include <QLocale>
#include <QMenu>

namespace PaperShelf::Gui {

PaperTableModel::PaperTableModel(LibraryClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    m_request.limit = PageSize;
    m_request.withTags = false; // the list shows topics only; tags would triple its memory
    connect(m_client,
            &LibraryClient::queryFinished,
            this,
            [this](quint64 generation, const Core::PaperPage &page, const QList<Core::TagCount> &, int) {
        applyQuery(generation, page);
    });
    connect(m_client, &LibraryClient::rowsFetched, this, &PaperTableModel::appendRows);
}

void PaperTableModel::setFilter(const Core::PaperFilter &filter)
{
    m_request.filter = filter;
    runQuery();
}

void PaperTableModel::refresh()
{
    runQuery();
}

void PaperTableModel::runQuery()
{
    m_request.offset = 0;
    m_request.limit = PageSize;
    m_loading = true;
    m_fetching = false;
    m_generation = m_client->query(m_request);
}

void PaperTableModel::applyQuery(quint64 generation, const Core::PaperPage &page)
{
    if (generation != m_generation) {
        return;
    }
    m_changing = true;
    beginResetModel();
    m_rows = page.papers;
    m_total = page.total;
    m_loading = false;
    endResetModel();
    m_changing = false;
    Q_EMIT queryApplied();
}

void PaperTableModel::appendRows(quint64 generation, int offset, const QList<Core::PaperSummary> &rows)
{
    if (generation != m_generation || offset != m_rows.size()) {
        return; // an answer for an older query or an older position
    }
    m_fetching = false;
    if (rows.isEmpty()) {
        m_total = static_cast<int>(m_rows.size());
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    m_changing = true;
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
    m_changing = false;
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
    switch (role) {
    case PaperRowIdRole:
        return row.rowId;
    case PaperIdRole:
        return row.id;
    case StatusRole:
        return static_cast<int>(row.status);
    case RatingRole:
        return row.rating;
    case FavouriteRole:
        return row.favourite;
    case UserTagsRole: {
        QStringList names;
        const QString prefix = Core::tagKindName(Core::TagKind::User) + QLatin1Char(':');
        for (const QString &tag : row.tags) {
            if (tag.startsWith(prefix)) {
                names.append(tag.mid(prefix.size()));
            }
        }
        return names;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == FiguresColumn || index.column() == RatingColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (index.column() == FavouriteColumn || index.column() == NotesColumn) {
            return Qt::AlignCenter;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        return role == Qt::ToolTipRole ? PlainText::toolTip(row.title) : row.title;
    case DateColumn:
        return QLocale().toString(row.date, QLocale::ShortFormat);
    case TopicsColumn: {
        const QString topics = row.topics.join(QStringLiteral(", "));
        return role == Qt::ToolTipRole ? PlainText::toolTip(topics) : topics;
    }
    case StatusColumn:
        switch (row.status) {
        case Core::ReadingStatus::Unread:
            return role == Qt::ToolTipRole ? tr("Unread") : QString();
        case Core::ReadingStatus::ToRead:
            return tr("To read");
        case Core::ReadingStatus::Reading:
            return tr("Reading");
        case Core::ReadingStatus::Read:
            return tr("Read");
        }
        return {};
    case RatingColumn:
        // Stars and a number: the rating is readable without relying on the glyphs.
        return row.rating > 0 ? QString(row.rating, QChar(0x2605)) : QString();
    case FiguresColumn:
        return row.screenshots;
    case ReviewColumn:
        if (row.reviewSegments == 0) {
            return QString();
        }
        if (role == Qt::ToolTipRole) {
            return tr("%1 of %Ln segment(s) of the Chinese text reviewed", nullptr, row.reviewSegments)
                .arg(row.reviewedSegments);
        }
        return QStringLiteral("%1/%2").arg(row.reviewedSegments).arg(row.reviewSegments);
    case PdfColumn:
        if (row.pdfState == QLatin1String("cached")) {
            return role == Qt::ToolTipRole ? tr("PDF downloaded for offline reading") : tr("PDF");
        }
        if (row.pdfState == QLatin1String("failed")) {
            return role == Qt::ToolTipRole ? tr("The PDF download failed") : tr("Failed");
        }
        return QString();
    case FavouriteColumn:
        if (role == Qt::ToolTipRole) {
            return row.favourite ? tr("Favourite") : QString();
        }
        return row.favourite ? QStringLiteral("\u2665") : QString();
    case NotesColumn:
        if (role == Qt::ToolTipRole) {
            return row.hasNotes ? tr("Has notes") : QString();
        }
        return row.hasNotes ? QStringLiteral("\u270E") : QString();
    default:
        return {};
    }
}

void PaperTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

QVariant PaperTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return role == Qt::ToolTipRole ? tr("Date of the latest digest listing the paper") : tr("Date");
    case TopicsColumn:
        return tr("Topics");
    case StatusColumn:
        return tr("Status");
    case RatingColumn:
        return tr("Rating");
    case FiguresColumn:
        return role == Qt::ToolTipRole ? tr("Number of figure screenshots") : tr("Figures");
    case ReviewColumn:
        return role == Qt::ToolTipRole ? tr("Share of the Chinese text reviewed") : tr("Review");
    case PdfColumn:
        return role == Qt::ToolTipRole ? tr("Whether the PDF is kept for offline reading") : tr("PDF");
    case FavouriteColumn:
        return role == Qt::ToolTipRole ? tr("Favourite") : QStringLiteral("\u2665");
    case NotesColumn:
        return role == Qt::ToolTipRole ? tr("Has notes") : QStringLiteral("\u270E");
    default:
        return {};
    }
}

void PaperTableModel::updateRows(const QList<Core::PaperSummary> &rows)
{
    for (const Core::PaperSummary &updated : rows) {
        const int row = rowOf(updated.rowId);
        if (row < 0) {
            continue;
        }
        m_rows[row] = updated;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QList<qint64> PaperTableModel::loadedRowIds() const
{
    QList<qint64> ids;
    ids.reserve(m_rows.size());
    for (const Core::PaperSummary &row : m_rows) {
        ids.append(row.rowId);
    }
    return ids;
}

int PaperTableModel::rowOf(qint64 rowId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).rowId == rowId) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

bool PaperTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && !m_loading && !m_fetching && m_rows.size() < m_total;
}

void PaperTableModel::fetchMore(const QModelIndex &parent)
{
    // Listeners of modelReset or rowsInserted may ask for more rows before the
    // change has finished; they are ignored, the view asks again afterwards.
    if (!canFetchMore(parent)) {
        return;
    }
    Core::ListRequest request = m_request;
    request.offset = static_cast<int>(m_rows.size());
    request.limit = PageSize;
    m_fetching = true;
    m_client->fetchRows(m_generation, request);
}

Core::SortOrder PaperTableModel::sortKey() const
{
    return m_request.sort.value_or(m_request.filter.text.trimmed().isEmpty() ? Core::SortOrder::Date
                                                                             : Core::SortOrder::Relevance);
}

Core::SortOrder PaperTableModel::sortKeyForColumn(int column)
{
    switch (column) {
    case TitleColumn:
        return Core::SortOrder::Title;
    case TopicsColumn:
        return Core::SortOrder::Topics;
    case StatusColumn:
        return Core::SortOrder::Status;
    case RatingColumn:
        return Core::SortOrder::Rating;
    case FiguresColumn:
        return Core::SortOrder::Figures;
    case ReviewColumn:
        return Core::SortOrder::ReviewProgress;
    case PdfColumn:
        return Core::SortOrder::Pdf;
    case DateColumn:
    default:
        return Core::SortOrder::Date;
    }
}

bool PaperTableModel::isReversed(int column, Qt::SortOrder order)
{
    // Natural directions (see Core::SortOrder): text columns A→Z, the others largest or newest first.
    const bool naturalAscending = column == TitleColumn || column == TopicsColumn || column == StatusColumn
                               || column == PdfColumn;
    return (order == Qt::AscendingOrder) != naturalAscending;
}

void PaperTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0) {
        m_request.sort.reset(); // back to relevance (with a search) or date
        m_request.reversed = false;
    } else {
        m_request.sort = sortKeyForColumn(column);
        m_request.reversed = isReversed(column, order);
    }
    runQuery();
}

void PaperTableModel::setUpHeader(QHeaderView *header)
{
    // The title takes what the short columns leave; those get room for their content.
    header->setMinimumSectionSize(36);
    header->setSectionResizeMode(PaperTableModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = header->fontMetrics();
    header->resizeSection(PaperTableModel::DateColumn, metrics.horizontalAdvance(QStringLiteral(" 00 Mmm 0000 ")) + 12);
    header->resizeSection(PaperTableModel::TopicsColumn,
                          metrics.horizontalAdvance(QStringLiteral("Diffusion Models")) + 12);
    header->resizeSection(PaperTableModel::StatusColumn, metrics.horizontalAdvance(QStringLiteral("Reading")) + 16);
    header->resizeSection(PaperTableModel::RatingColumn, metrics.horizontalAdvance(QString(5, QChar(0x2605))) + 16);
    header->resizeSection(PaperTableModel::FiguresColumn, metrics.horizontalAdvance(QStringLiteral("Figures")) + 16);
    header->resizeSection(PaperTableModel::ReviewColumn, metrics.horizontalAdvance(QStringLiteral("Review")) + 16);
    header->resizeSection(PaperTableModel::PdfColumn, metrics.horizontalAdvance(QStringLiteral("Failed")) + 16);
    header->resizeSection(PaperTableModel::FavouriteColumn, metrics.height() + 8);
    header->resizeSection(PaperTableModel::NotesColumn, metrics.height() + 8);
    // The title needs the room more than the figure count, which the reader's figure
    // strip also shows; a right click on the header shows or hides any column.
    header->setSectionHidden(PaperTableModel::FiguresColumn, true);
    if (header->contextMenuPolicy() != Qt::CustomContextMenu) { // once per header, not per library
        header->setContextMenuPolicy(Qt::CustomContextMenu);
        QObject::connect(header, &QWidget::customContextMenuRequested, header, [header](const QPoint &position) {
            QMenu menu(header);
            for (int column = 0; column < header->count(); ++column) {
                if (column == TitleColumn) {
                    continue;
                }
                // The symbol columns (♥, ✎) are named by their tooltips.
                QString name = header->model()->headerData(column, Qt::Horizontal).toString();
                if (name.size() <= 1) {
                    name = header->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
                }
                QAction *action = menu.addAction(name);
                action->setCheckable(true);
                action->setChecked(!header->isSectionHidden(column));
                QObject::connect(action, &QAction::toggled, header, [header, column](bool shown) {
                    header->setSectionHidden(column, !shown);
                });
            }
            menu.exec(header->viewport()->mapToGlobal(position));
        });
    }
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
}

} // namespace PaperShelf::Gui
