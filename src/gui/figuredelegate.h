#pragma once

#include <QSize>
#include <QStyledItemDelegate>

namespace PaperShelf::Gui {

/// Paints one figure of a FigureModel in a fixed-size cell: a caption line
/// (the paper's title on the first figure of each paper, "Figure n" on the
/// others; alternate papers get a tinted background, so groups stand apart),
/// then the thumbnail, or a placeholder box with the reason it is missing.
/// All text is drawn as plain text.
class FigureDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureDelegate)

public:
    FigureDelegate(QSize thumbnailSize, QObject *parent = nullptr);
    ~FigureDelegate() override;

    /// The size of every cell (uniform, so views lay out 10,000 rows cheaply).
    QSize cellSize(const QFontMetrics &metrics) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Test hook: how many cells were painted so far.
    int paintCount() const { return m_paintCount; }

private:
    QSize m_thumbnailSize;
    mutable int m_paintCount = 0;
};

} // namespace PaperShelf::Gui
