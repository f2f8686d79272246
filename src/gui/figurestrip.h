#pragma once

#include "core/images/figurecatalog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QToolButton;

namespace PaperShelf::Gui {

class FigureDelegate;
class FigureLoader;
class FigureModel;
class Lightbox;
class Thumbnailer;

/// The reader's row of figure thumbnails for the current paper. Missing and
/// failed figures show a placeholder with the reason; Retry asks for them
/// again (retryRequested). Activating a figure opens the lightbox on the
/// paper's figures. Hidden while the paper has no figures.
class FigureStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureStrip)

public:
    static constexpr QSize ThumbnailSize{160, 110};

    explicit FigureStrip(QWidget *parent = nullptr);
    ~FigureStrip() override;

    /// Reads figures from the library at `libraryPath`; thumbnails from `thumbnailer` (not owned).
    void setLibrary(const QString &libraryPath, Thumbnailer *thumbnailer);
    /// Shows the figures of the paper with this papers.id (0: none).
    void setPaper(qint64 paperId);

    qint64 paperId() const { return m_paperId; }

    /// Offline: missing figures say so, and there is nothing to retry.
    void setOffline(bool offline);
    /// A figure finished downloading: reload the states if it is one of ours.
    void imageCached(const QString &url);

    FigureModel *model() const { return m_model; }

    QListView *view() const { return m_view; }

    /// The open lightbox, if any (test hook).
    Lightbox *lightbox() const;

    /// Opens the lightbox at `row`.
    void openLightbox(int row);

Q_SIGNALS:
    void retryRequested(const QStringList &urls);
    /// The figures of the current paper are in the model.
    void figuresLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onLoaded(quint64 generation, const QList<Core::Figure> &figures);
    void updateRetry();

    FigureLoader *m_loader = nullptr;
    Thumbnailer *m_thumbnailer = nullptr;
    FigureModel *m_model = nullptr;
    FigureDelegate *m_delegate = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QToolButton *m_retryButton = nullptr;
    QPointer<Lightbox> m_lightbox;
    qint64 m_paperId = 0;
    quint64 m_generation = 0;
    bool m_reload = false; ///< the pending load refreshes states of the same paper
    bool m_offline = false;
};

} // namespace PaperShelf::Gui
