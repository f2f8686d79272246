#include "gui/highlightlistdelegate.h"

#include "gui/highlightlistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace PaperShelf::Gui {

namespace {

constexpr int Margin = 6;
constexpr int SwatchSize = 12;
constexpr int SpacingBetweenParts = 2;

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

QFont italicFont(QFont font)
{
    font.setItalic(true);
    return font;
}

} // namespace

HighlightListDelegate::HighlightListDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QStringList HighlightListDelegate::elidedLines(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    const QString simplified = text.simplified();
    if (simplified.isEmpty() || width <= 0 || maxLines <= 0) {
        return lines;
    }
    const QFontMetrics metrics(font);
    QTextLayout layout(simplified, font);
    layout.beginLayout();
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid()) {
            break;
        }
        line.setLineWidth(width);
        const qsizetype end = line.textStart() + line.textLength();
        if (lines.size() == maxLines - 1 && end < simplified.size()) {
            lines.append(metrics.elidedText(simplified.sliced(line.textStart()), Qt::ElideRight, width));
        } else {
            lines.append(simplified.sliced(line.textStart(), line.textLength()).trimmed());
        }
    }
    layout.endLayout();
    return lines;
}

QString HighlightListDelegate::headerText(const QModelIndex &index)
{
    // The colour's name with its meaning: the swatch beside it is not the only cue.
    const QString meaning = index.data(HighlightListModel::ColorLabelRole).toString();
    const QString field = index.data(HighlightListModel::FieldLabelRole).toString();
    if (index.data(HighlightListModel::OrphanedRole).toBool()) {
        return tr("%1 · %2 · Orphaned").arg(meaning, field);
    }
    return tr("%1 · %2").arg(meaning, field);
}

QSize HighlightListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int lineHeight = QFontMetrics(option.font).lineSpacing();
    int lines = 1 + QuoteLines;
    if (!index.data(HighlightListModel::PaperTitleRole).toString().isEmpty()) {
        ++lines;
    }
    if (!index.data(HighlightListModel::CommentRole).toString().isEmpty()) {
        ++lines;
    }
    return {option.rect.width() > 0 ? option.rect.width() : 200,
            2 * Margin + lines * lineHeight + 2 * SpacingBetweenParts};
}

void HighlightListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The background, selection and focus frame only; the text is laid out below.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dimColor = selected ? textColor : option.palette.color(group, QPalette::PlaceholderText);
    const QRect area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const int lineHeight = QFontMetrics(option.font).lineSpacing();
    int y = area.top();

    // Swatch, then "meaning (colour) · field", bold.
    const QRect swatch(area.left(), y + (lineHeight - SwatchSize) / 2, SwatchSize, SwatchSize);
    painter->setPen(QColor(0x40, 0x40, 0x40));
    painter->setBrush(index.data(HighlightListModel::ColorRole).value<QColor>());
    painter->drawRect(swatch.adjusted(0, 0, -1, -1));
    const QFont headerFont = boldFont(option.font);
    const int textLeft = swatch.right() + Margin;
    const int textWidth = std::max(0, area.right() - textLeft);
    painter->setFont(headerFont);
    painter->setPen(textColor);
    painter->drawText(QRect(textLeft, y, textWidth, lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(headerFont).elidedText(headerText(index), Qt::ElideRight, textWidth));
    y += lineHeight + SpacingBetweenParts;

    const QString title = index.data(HighlightListModel::PaperTitleRole).toString();
    if (!title.isEmpty()) {
        const QFont titleFont = italicFont(option.font);
        painter->setFont(titleFont);
        painter->setPen(dimColor);
        painter->drawText(QRect(area.left(), y, area.width(), lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(titleFont).elidedText(title.simplified(), Qt::ElideRight, area.width()));
        y += lineHeight;
    }

    // An orphaned quote is dimmed: it no longer marks the text.
    const bool orphaned = index.data(HighlightListModel::OrphanedRole).toBool();
    painter->setFont(option.font);
    painter->setPen(orphaned ? dimColor : textColor);
    const QString quote = index.data(HighlightListModel::QuoteRole).toString();
    for (const QString &line : elidedLines(quote, option.font, area.width(), QuoteLines)) {
        painter->drawText(QRect(area.left(), y, area.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += lineHeight;
    }

    const QString comment = index.data(HighlightListModel::CommentRole).toString();
    if (!comment.isEmpty()) {
        y = std::max(y,
                     area.top() + (1 + QuoteLines) * lineHeight + SpacingBetweenParts
                         + (title.isEmpty() ? 0 : lineHeight));
        y += SpacingBetweenParts;
        const QFont commentFont = italicFont(option.font);
        painter->setFont(commentFont);
        painter->setPen(dimColor);
        painter->drawText(QRect(area.left(), y, area.width(), lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(commentFont).elidedText(comment.simplified(), Qt::ElideRight, area.width()));
    }
    painter->restore();
}

} // namespace PaperShelf::Gui
