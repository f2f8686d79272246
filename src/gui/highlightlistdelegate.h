#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace PaperShelf::Gui {

/// Paints a HighlightListModel row: swatch, meaning with the colour's name, and
/// field (and "Orphaned"), the paper title in library-wide mode, the quote in
/// at most two lines, and the comment in one.
class HighlightListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightListDelegate)

public:
    /// Lines of the quote shown before it is elided.
    static constexpr int QuoteLines = 2;

    explicit HighlightListDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// `text` with its white space simplified, laid out in `width` pixels of
    /// `font`: at most `maxLines` lines, the last one elided when text is left.
    static QStringList elidedLines(const QString &text, const QFont &font, int width, int maxLines);

private:
    /// The header line: meaning (colour) · field, and the orphaned mark.
    static QString headerText(const QModelIndex &index);
};

} // namespace PaperShelf::Gui
