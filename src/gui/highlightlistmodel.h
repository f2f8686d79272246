#pragma once

#include "core/annotations/highlightstore.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace PaperShelf::Gui {

/// The highlights a HighlightsPanel lists: one row per highlight, in the order
/// given, with its colour's meaning and, in library-wide mode, its paper's title.
class HighlightListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ColorKeyRole,   ///< e.g. "yellow"
        ColorRole,      ///< QColor of the paint
        MeaningRole,    ///< what the colour means
        QuoteRole,      ///< the highlighted text
        CommentRole,    ///< "" without one
        FieldRole,      ///< the field's stored name (Core::TextFields)
        FieldLabelRole, ///< the field's translated name
        OrphanedRole,   ///< bool: the quote is no longer in the text
        PaperIdRole,
        PaperTitleRole, ///< "" unless library-wide
        ColorNameRole,  ///< the colour's translated name, e.g. "Yellow"
        ColorLabelRole, ///< meaning and colour name, e.g. "doubt (Red)" (HighlightPalette::label())
    };
    Q_ENUM(Role)

    explicit HighlightListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Unknown keys are shown with a grey paint and the key as meaning.
    void setColors(const QList<Core::HighlightColor> &colors);

    QList<Core::HighlightColor> colors() const { return m_colors; }

    /// Replaces every row. With `libraryWide`, rows show their paper's title
    /// from `paperTitles`.
    void setHighlights(const QList<Core::Highlight> &highlights,
                       bool libraryWide,
                       const QHash<qint64, QString> &paperTitles = {});

    bool isLibraryWide() const { return m_libraryWide; }

    /// The highlight of `row`, which must be valid.
    const Core::Highlight &highlight(int row) const { return m_highlights.at(row); }

    /// The row of highlight `id`; -1 when it is not listed.
    int rowOf(qint64 id) const;

    /// `field` (a Core::TextFields name) as the user reads it.
    static QString fieldLabel(const QString &field);

    /// The interface language changed: colour names of colours the library has
    /// not told yet, and every translated role, are read again.
    void retranslate();

private:
    QString meaning(const QString &key) const;
    Core::HighlightColor colorOf(const QString &key) const;

    QList<Core::Highlight> m_highlights;
    QList<Core::HighlightColor> m_givenColors; ///< as setColors() had them
    QList<Core::HighlightColor> m_colors;      ///< m_givenColors completed with the fallback
    QHash<qint64, QString> m_paperTitles;
    bool m_libraryWide = false;
};

} // namespace PaperShelf::Gui
