#pragma once

#include "core/images/figurecatalog.h"

#include <QAbstractListModel>
#include <QHash>
#include <QMultiHash>
#include <QSize>

namespace PaperShelf::Gui {

class Thumbnailer;

/// Figures (of one paper, or of a result set, grouped by paper) for the figure
/// strip and the gallery. Thumbnails come from a shared Thumbnailer and are
/// requested only when a view asks for Qt::DecorationRole, i.e. when it paints
/// a row: a virtualised view therefore only requests what is visible.
class FigureModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureModel)

public:
    enum Role {
        FigureRole = Qt::UserRole + 1, ///< the Core::Figure
        PaperIdRole,
        PaperTitleRole,
        UrlRole,
        StateRole,        ///< Core::FigureState as int
        ReasonRole,       ///< why no thumbnail can be shown ("" when one can)
        FirstOfPaperRole, ///< true for the first figure of a paper (the group header)
        PaperGroupRole,   ///< index of the paper's group in the model (0, 1, 2, ...)
        FigureNumberRole, ///< 1-based number of the figure within its paper
    };

    /// `thumbnailer` (not owned) may be null: no thumbnails then.
    FigureModel(Thumbnailer *thumbnailer, QSize thumbnailSize, QObject *parent = nullptr);
    ~FigureModel() override;

    /// Replaces all rows (a model reset).
    void setFigures(const QList<Core::Figure> &figures);
    /// Takes new cache states for the same figures: rows whose figure changed
    /// get dataChanged; a different list of figures resets the model.
    void updateFigures(const QList<Core::Figure> &figures);

    const QList<Core::Figure> &figures() const { return m_figures; }

    /// URLs of the figures that are not cached (missing or failed), each once, in order:
    /// what a Retry button asks the downloader for.
    QStringList uncachedUrls() const;

    Core::Figure figure(int row) const { return m_figures.value(row); }

    QSize thumbnailSize() const { return m_thumbnailSize; }

    /// Offline: missing figures say so instead of "not downloaded yet".
    void setOffline(bool offline);

    bool isOffline() const { return m_offline; }

    /// After a language change: announces new captions, tool tips and reasons for every row.
    void retranslate();

    /// The placeholder text for a figure that has no thumbnail.
    static QString reasonFor(const Core::Figure &figure, bool offline);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void rebuildIndex();
    void onThumbnailReady(const QString &key);
    void onThumbnailFailed(const QString &key, const QString &error);

    Thumbnailer *m_thumbnailer = nullptr;
    QSize m_thumbnailSize;
    QList<Core::Figure> m_figures;
    QList<int> m_groups;                  ///< per row: index of its paper group
    QMultiHash<QString, int> m_rowsByKey; ///< thumbnail key -> rows showing it
    QHash<QString, QString> m_failures;   ///< thumbnail key -> why it could not be made
    bool m_offline = false;
};

} // namespace PaperShelf::Gui
