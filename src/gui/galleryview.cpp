#include "gui/galleryview.h"

#include "gui/figuredelegate.h"
#include "gui/figureloader.h"
#include "gui/figuremodel.h"
#include "gui/lightbox.h"
#include "gui/thumbnailer.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace PaperShelf::Gui {

GalleryView::GalleryView(QWidget *parent)
    : QWidget(parent)
    , m_delegate(new FigureDelegate(ThumbnailSize, this))
    , m_view(new QListView(this))
    , m_countLabel(new QLabel(this))
    , m_goToPaperButton(new QToolButton(this))
    , m_retryButton(new QToolButton(this))
    , m_goToPaperAction(new QAction(this))
{
    setObjectName(QStringLiteral("galleryView"));
    m_model = new FigureModel(nullptr, ThumbnailSize, this);

    // ListMode with wrapping and uniform sizes lays out 10,000 cells from one
    // size hint; IconMode would position every item individually.
    m_view->setObjectName(QStringLiteral("galleryListView"));
    m_view->setViewMode(QListView::ListMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setItemDelegate(m_delegate);
    m_view->setModel(m_model);

    m_countLabel->setObjectName(QStringLiteral("galleryCountLabel"));
    m_countLabel->setTextFormat(Qt::PlainText);
    m_goToPaperAction->setObjectName(QStringLiteral("goToPaperAction"));
    m_goToPaperAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_goToPaperAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_goToPaperAction->setEnabled(false);
    addAction(m_goToPaperAction);
    m_goToPaperButton->setObjectName(QStringLiteral("goToPaperButton"));
    m_goToPaperButton->setDefaultAction(m_goToPaperAction);
    m_retryButton->setObjectName(QStringLiteral("galleryRetryButton"));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(4, 0, 4, 0);
    header->addWidget(m_countLabel, 1);
    header->addWidget(m_retryButton);
    header->addWidget(m_goToPaperButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);

    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        openLightbox(index.row());
    });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT paperSelected(index.data(FigureModel::PaperIdRole).toLongLong());
    });
    connect(m_goToPaperAction, &QAction::triggered, this, [this]() {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()) {
            Q_EMIT paperActivated(current.data(FigureModel::PaperIdRole).toLongLong());
        }
    });
    connect(m_retryButton, &QToolButton::clicked, this, [this]() {
        const QStringList urls = m_model->uncachedUrls();
        if (!urls.isEmpty()) {
            Q_EMIT retryRequested(urls);
        }
    });
    // A fetch reports many images a second; each reload reads every figure of the set.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(ReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, [this]() {
        if (m_loader) {
            m_reload = true;
            m_generation = m_loader->loadFilter(m_filter);
        }
    });
    retranslateUi();
}

GalleryView::~GalleryView() = default;

void GalleryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void GalleryView::retranslateUi()
{
    m_view->setAccessibleName(tr("Gallery"));
    m_view->setAccessibleDescription(tr("Figures of the papers in the list; press Enter to open one"));
    m_goToPaperAction->setText(tr("Go to Paper"));
    m_goToPaperAction->setToolTip(tr("Show the paper of this figure in the list (Ctrl+Return)"));
    m_retryButton->setText(tr("Retry Missing"));
    m_retryButton->setToolTip(tr("Download the missing and failed figures shown here again"));
    m_model->retranslate();
    updateCount();
}

Lightbox *GalleryView::lightbox() const
{
    return m_lightbox.data();
}

void GalleryView::setLibrary(const QString &libraryPath, Thumbnailer *thumbnailer)
{
    if (m_lightbox) {
        m_lightbox->close();
    }
    delete m_loader;
    m_loader = new FigureLoader(libraryPath, this);
    connect(m_loader, &FigureLoader::loaded, this, &GalleryView::onLoaded);
    m_view->setModel(nullptr);
    delete m_model;
    m_model = new FigureModel(thumbnailer, ThumbnailSize, this);
    m_model->setOffline(m_offline);
    m_view->setModel(m_model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_goToPaperAction->setEnabled(current.isValid());
    });
    updateCount();
}

void GalleryView::setFilter(const Core::PaperFilter &filter)
{
    m_filter = filter;
    m_reloadTimer.stop(); // the new load reads the newest states too
    if (!m_loader) {
        return;
    }
    m_reload = false;
    m_generation = m_loader->loadFilter(filter);
}

void GalleryView::setOffline(bool offline)
{
    m_offline = offline;
    m_model->setOffline(offline);
    if (m_lightbox) {
        m_lightbox->setOffline(offline);
    }
    updateCount();
}

void GalleryView::imageCached(const QString &url)
{
    Q_UNUSED(url); // any of ours may share it; one reload refreshes them all
    if (m_loader) {
        m_reloadTimer.start();
    }
}

void GalleryView::openLightbox(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    if (!m_lightbox) {
        m_lightbox = new Lightbox(window());
        m_lightbox->setAttribute(Qt::WA_DeleteOnClose);
        m_lightbox->setOffline(m_offline);
        connect(m_lightbox, &Lightbox::retryRequested, this, &GalleryView::retryRequested);
        // Keep the gallery's current figure in step with the lightbox.
        connect(m_lightbox, &Lightbox::figureShown, this, [this](int index) {
            m_view->setCurrentIndex(m_model->index(index));
        });
    }
    m_lightbox->setFigures(m_model->figures(), row);
    m_lightbox->show();
    m_lightbox->raise();
    m_lightbox->activateWindow();
}

void GalleryView::onLoaded(quint64 generation, const QList<Core::Figure> &figures)
{
    if (generation != m_generation) {
        return;
    }
    if (m_reload) {
        m_model->updateFigures(figures);
        if (m_lightbox) {
            m_lightbox->updateFigures(figures);
        }
    } else {
        m_model->setFigures(figures);
        m_view->scrollToTop();
        if (m_lightbox) {
            m_lightbox->close();
        }
    }
    updateCount();
    Q_EMIT figuresLoaded(static_cast<int>(figures.size()));
}

void GalleryView::updateCount()
{
    const QList<Core::Figure> &figures = m_model->figures();
    int papers = 0;
    int missing = 0;
    for (int i = 0; i < figures.size(); ++i) {
        if (i == 0 || figures.at(i - 1).paperId != figures.at(i).paperId) {
            ++papers;
        }
        if (figures.at(i).state != Core::FigureState::Cached) {
            ++missing;
        }
    }
    const QLocale locale;
    QString text = tr("%1 figures of %2 papers").arg(locale.toString(figures.size()), locale.toString(papers));
    if (missing > 0) {
        text = tr("%1 · %2 not cached").arg(text, locale.toString(missing));
    }
    m_countLabel->setText(text);
    m_retryButton->setVisible(missing > 0 && !m_offline);
}

} // namespace PaperShelf::Gui
