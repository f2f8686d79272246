#include "gui/figuredelegate.h"

#include "gui/figuremodel.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

namespace PaperShelf::Gui {

namespace {

constexpr int Margin = 4;

} // namespace

FigureDelegate::FigureDelegate(QSize thumbnailSize, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnailSize(thumbnailSize)
{
}

FigureDelegate::~FigureDelegate() = default;

QSize FigureDelegate::cellSize(const QFontMetrics &metrics) const
{
    return {m_thumbnailSize.width() + 2 * Margin, m_thumbnailSize.height() + metrics.height() + 3 * Margin};
}

QSize FigureDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    return cellSize(option.fontMetrics);
}

void FigureDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    ++m_paintCount;
    painter->save();
    const QRect cell = option.rect;
    const QPalette &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool firstOfPaper = index.data(FigureModel::FirstOfPaperRole).toBool();

    // Alternate papers on alternate backgrounds: the grouping is visible without header rows.
    if (selected) {
        painter->fillRect(cell, palette.brush(QPalette::Highlight));
    } else if (index.data(FigureModel::PaperGroupRole).toInt() % 2 == 1) {
        painter->fillRect(cell, palette.brush(QPalette::AlternateBase));
    }

    // Caption: the paper's title starts a group; later figures just carry their number.
    const QRect caption(cell.left() + Margin,
                        cell.top() + Margin,
                        cell.width() - 2 * Margin,
                        option.fontMetrics.height());
    QFont font = option.font;
    QString text;
    if (firstOfPaper) {
        font.setBold(true);
        text = index.data(FigureModel::PaperTitleRole).toString();
        painter->fillRect(QRect(cell.left(), caption.top(), 2, caption.height()), palette.brush(QPalette::Highlight));
    } else {
        text = tr("Figure %1").arg(index.data(FigureModel::FigureNumberRole).toInt());
    }
    painter->setFont(font);
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(caption,
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(font).elidedText(text, Qt::ElideRight, caption.width()));

    const QRect imageArea(cell.left() + Margin,
                          caption.bottom() + Margin,
                          m_thumbnailSize.width(),
                          m_thumbnailSize.height());
    const QVariant decoration = index.data(Qt::DecorationRole);
    const QString reason = index.data(FigureModel::ReasonRole).toString();
    if (decoration.canConvert<QImage>() && !decoration.value<QImage>().isNull()) {
        const QImage image = decoration.value<QImage>();
        const QSize size = image.size().scaled(imageArea.size(), Qt::KeepAspectRatio).boundedTo(image.size());
        const QRect target(imageArea.left() + (imageArea.width() - size.width()) / 2,
                           imageArea.top() + (imageArea.height() - size.height()) / 2,
                           size.width(),
                           size.height());
        painter->drawImage(target, image);
    } else {
        // Placeholder: a dashed box with the reason, or "loading" while the thumbnail is made.
        painter->setPen(QPen(palette.color(QPalette::Mid), 1, Qt::DashLine));
        painter->drawRect(imageArea.adjusted(0, 0, -1, -1));
        painter->setFont(option.font);
        painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(imageArea.adjusted(Margin, Margin, -Margin, -Margin),
                          Qt::AlignCenter | Qt::TextWordWrap,
                          reason.isEmpty() ? tr("Loading…") : reason);
    }
    if (option.state.testFlag(QStyle::State_HasFocus)) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
        painter->drawRect(cell.adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

} // namespace PaperShelf::Gui
