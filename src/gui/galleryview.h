#pragma once

#include "core/images/figurecatalog.h"
#include "core/search/paperfilter.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QToolButton;

namespace PaperShelf::Gui {

class FigureDelegate;
class FigureLoader;
class FigureModel;
class Lightbox;
class Thumbnailer;

/// Every figure of the current result set, grouped by paper (papers in list
/// order, each starting with its title), in a virtualised list of uniform
/// cells; thumbnails are requested only for the cells being painted.
/// Clicking a figure selects its paper (paperSelected); "Go to Paper" asks to
/// show it in the list (paperActivated); activating (double-click, Enter)
/// opens the lightbox, whose next/previous walk across papers.
class GalleryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GalleryView)

public:
    static constexpr QSize ThumbnailSize{200, 150};
    static constexpr int ReloadDelayMs = 250;

    explicit GalleryView(QWidget *parent = nullptr);
    ~GalleryView() override;

    /// Reads figures from the library at `libraryPath`; thumbnails from `thumbnailer` (not owned).
    void setLibrary(const QString &libraryPath, Thumbnailer *thumbnailer);
    /// Loads the figures of the papers passing `filter` (off the GUI thread).
    void setFilter(const Core::PaperFilter &filter);

    const Core::PaperFilter &filter() const { return m_filter; }

    void setOffline(bool offline);
    /// A figure finished downloading: reload the states (once for a burst of
    /// downloads: the reload waits ReloadDelayMs after the last one).
    void imageCached(const QString &url);

    FigureModel *model() const { return m_model; }

    QListView *view() const { return m_view; }

    FigureDelegate *delegate() const { return m_delegate; }

    QAction *goToPaperAction() const { return m_goToPaperAction; }

    /// The open lightbox, if any (test hook).
    Lightbox *lightbox() const;

    /// Opens the lightbox at `row`, walking the whole gallery.
    void openLightbox(int row);

Q_SIGNALS:
    /// A figure was clicked or became current: its paper should be the current paper.
    void paperSelected(qint64 paperId);
    /// "Go to Paper": show this paper in the list.
    void paperActivated(qint64 paperId);
    void retryRequested(const QStringList &urls);
    /// The figures of the current filter are in the model (tests and benchmarks wait for this).
    void figuresLoaded(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onLoaded(quint64 generation, const QList<Core::Figure> &figures);
    void updateCount();

    FigureLoader *m_loader = nullptr;
    FigureModel *m_model = nullptr;
    FigureDelegate *m_delegate = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_countLabel = nullptr;
    QToolButton *m_goToPaperButton = nullptr;
    QToolButton *m_retryButton = nullptr;
    QAction *m_goToPaperAction = nullptr;
    QPointer<Lightbox> m_lightbox;
    Core::PaperFilter m_filter;
    QTimer m_reloadTimer;
    quint64 m_generation = 0;
    bool m_reload = false;
    bool m_offline = false;
};

} // namespace PaperShelf::Gui
