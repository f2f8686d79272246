#include "gui/highlightlistmodel.h"

#include "core/digest/textfields.h"
#include "gui/highlightpalette.h"
#include "gui/plaintext.h"

using namespace Qt::Literals::StringLiterals;

namespace PaperShelf::Gui {

HighlightListModel::HighlightListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_colors(HighlightPalette::fallbackColors())
{
}

int HighlightListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_highlights.size());
}

QHash<int, QByteArray> HighlightListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "highlightId");
    names.insert(ColorKeyRole, "colorKey");
    names.insert(ColorRole, "color");
    names.insert(MeaningRole, "meaning");
    names.insert(QuoteRole, "quote");
    names.insert(CommentRole, "comment");
    names.insert(FieldRole, "field");
    names.insert(FieldLabelRole, "fieldLabel");
    names.insert(OrphanedRole, "orphaned");
    names.insert(PaperIdRole, "paperId");
    names.insert(PaperTitleRole, "paperTitle");
    names.insert(ColorNameRole, "colorName");
    names.insert(ColorLabelRole, "colorLabel");
    return names;
}

QString HighlightListModel::fieldLabel(const QString &field)
{
    if (field == Core::TextFields::Title) {
        return tr("Title");
    }
    if (field == Core::TextFields::Abstract) {
        return tr("Abstract");
    }
    if (field == Core::TextFields::SummaryZh) {
        return tr("Summary");
    }
    if (field == Core::TextFields::TakeawaysZh) {
        return tr("Key takeaways");
    }
    if (field == Core::TextFields::TitleZh) {
        return tr("Chinese title");
    }
    if (field == Core::TextFields::StructuredSummary) {
        return tr("Structured summary");
    }
    if (field == Core::TextFields::StructuredMethods) {
        return tr("Methods");
    }
    if (field == Core::TextFields::StructuredConclusion) {
        return tr("Conclusion");
    }
    return field;
}

QString HighlightListModel::meaning(const QString &key) const
{
    const Core::HighlightColor *color = HighlightPalette::find(m_colors, key);
    return color ? color->meaning : key;
}

Core::HighlightColor HighlightListModel::colorOf(const QString &key) const
{
    const Core::HighlightColor *color = HighlightPalette::find(m_colors, key);
    return color ? *color : Core::HighlightColor{key, key, QString()};
}

QVariant HighlightListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Core::Highlight &highlight = m_highlights.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case QuoteRole:
        return highlight.quote;
    case Qt::AccessibleTextRole: {
        const QString label = HighlightPalette::label(colorOf(highlight.color));
        return highlight.orphaned ? tr("%1 (orphaned): %2").arg(label, highlight.quote)
                                  : tr("%1: %2").arg(label, highlight.quote);
    }
    case Qt::ToolTipRole: {
        // The colour in words first: the swatch alone would say it by paint only.
        const QString colour = HighlightPalette::description(colorOf(highlight.color));
        if (highlight.orphaned) {
            return PlainText::toolTip(
                tr("%1\n%2").arg(colour,
                                 tr("Orphaned: this passage is no longer in the paper's text. The paper was "
                                    "re-imported and its text changed; the highlight keeps the quote it was "
                                    "made on.")));
        }
        return PlainText::toolTip(colour);
    }
    case Qt::DecorationRole: {
        const Core::HighlightColor *color = HighlightPalette::find(m_colors, highlight.color);
        return HighlightPalette::swatch(color ? color->rgb : QString());
    }
    case IdRole:
        return highlight.id;
    case ColorKeyRole:
        return highlight.color;
    case ColorRole: {
        const Core::HighlightColor *color = HighlightPalette::find(m_colors, highlight.color);
        return HighlightPalette::paint(color ? color->rgb : QString());
    }
    case MeaningRole:
        return meaning(highlight.color);
    case ColorNameRole:
        return HighlightPalette::colorName(highlight.color);
    case ColorLabelRole:
        return HighlightPalette::label(colorOf(highlight.color));
    case CommentRole:
        return highlight.comment;
    case FieldRole:
        return highlight.field;
    case FieldLabelRole:
        return fieldLabel(highlight.field);
    case OrphanedRole:
        return highlight.orphaned;
    case PaperIdRole:
        return highlight.paperId;
    case PaperTitleRole:
        return m_libraryWide ? m_paperTitles.value(highlight.paperId) : QString();
    default:
        return {};
    }
}

void HighlightListModel::setColors(const QList<Core::HighlightColor> &colors)
{
    m_givenColors = colors;
    m_colors = HighlightPalette::complete(colors);
    if (!m_highlights.isEmpty()) {
        Q_EMIT dataChanged(index(0),
                           index(rowCount() - 1),
                           {Qt::DecorationRole,
                            Qt::AccessibleTextRole,
                            Qt::ToolTipRole,
                            ColorRole,
                            MeaningRole,
                            ColorLabelRole});
    }
}

void HighlightListModel::retranslate()
{
    m_colors = HighlightPalette::complete(m_givenColors);
    if (!m_highlights.isEmpty()) {
        Q_EMIT dataChanged(index(0),
                           index(rowCount() - 1),
                           {Qt::DisplayRole,
                            Qt::ToolTipRole,
                            Qt::AccessibleTextRole,
                            MeaningRole,
                            FieldLabelRole,
                            ColorNameRole,
                            ColorLabelRole});
    }
}

void HighlightListModel::setHighlights(const QList<Core::Highlight> &highlights,
                                       bool libraryWide,
                                       const QHash<qint64, QString> &paperTitles)
{
    beginResetModel();
    m_highlights = highlights;
    m_libraryWide = libraryWide;
    m_paperTitles = libraryWide ? paperTitles : QHash<qint64, QString>();
    endResetModel();
}

int HighlightListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_highlights.size(); ++row) {
        if (m_highlights.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

} // namespace PaperShelf::Gui
