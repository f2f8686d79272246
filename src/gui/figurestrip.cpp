#include "gui/figurestrip.h"

#include "gui/figuredelegate.h"
#include "gui/figureloader.h"
#include "gui/figuremodel.h"
#include "gui/lightbox.h"
#include "gui/thumbnailer.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace PaperShelf::Gui {

FigureStrip::FigureStrip(QWidget *parent)
    : QWidget(parent)
    , m_delegate(new FigureDelegate(ThumbnailSize, this))
    , m_view(new QListView(this))
    , m_summaryLabel(new QLabel(this))
    , m_retryButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("figureStrip"));
    m_model = new FigureModel(nullptr, ThumbnailSize, this);

    m_view->setObjectName(QStringLiteral("figureStripListView"));
    m_view->setViewMode(QListView::ListMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(false);
    m_view->setUniformItemSizes(true);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setItemDelegate(m_delegate);
    m_view->setModel(m_model);
    const QSize cell = m_delegate->cellSize(m_view->fontMetrics());
    m_view->setFixedHeight(cell.height() + m_view->horizontalScrollBar()->sizeHint().height()
                           + 2 * m_view->frameWidth());

    m_summaryLabel->setObjectName(QStringLiteral("figureSummaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_retryButton->setObjectName(QStringLiteral("figureRetryButton"));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_summaryLabel, 1);
    header->addWidget(m_retryButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_view);

    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        openLightbox(index.row());
    });
    connect(m_retryButton, &QToolButton::clicked, this, [this]() {
        const QStringList urls = m_model->uncachedUrls();
        if (!urls.isEmpty()) {
            Q_EMIT retryRequested(urls);
        }
    });
    retranslateUi();
    hide();
}

FigureStrip::~FigureStrip() = default;

void FigureStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void FigureStrip::retranslateUi()
{
    m_view->setAccessibleName(tr("Figures"));
    m_view->setAccessibleDescription(tr("Figures of this paper; press Enter to open one"));
    m_retryButton->setText(tr("Retry Missing"));
    m_retryButton->setToolTip(tr("Download the missing and failed figures of this paper again"));
    m_model->retranslate();
    updateRetry();
}

Lightbox *FigureStrip::lightbox() const
{
    return m_lightbox.data();
}

void FigureStrip::setLibrary(const QString &libraryPath, Thumbnailer *thumbnailer)
{
    delete m_loader;
    m_loader = new FigureLoader(libraryPath, this);
    connect(m_loader, &FigureLoader::loaded, this, &FigureStrip::onLoaded);
    m_thumbnailer = thumbnailer;
    m_view->setModel(nullptr);
    delete m_model;
    m_model = new FigureModel(thumbnailer, ThumbnailSize, this);
    m_model->setOffline(m_offline);
    m_view->setModel(m_model);
    m_paperId = 0;
    hide();
}

void FigureStrip::setPaper(qint64 paperId)
{
    m_paperId = paperId;
    if (m_lightbox) {
        m_lightbox->close();
    }
    if (paperId == 0 || !m_loader) {
        m_model->setFigures({});
        hide();
        return;
    }
    m_reload = false;
    m_generation = m_loader->loadPaper(paperId);
}

void FigureStrip::setOffline(bool offline)
{
    m_offline = offline;
    m_model->setOffline(offline);
    if (m_lightbox) {
        m_lightbox->setOffline(offline);
    }
    updateRetry();
}

void FigureStrip::imageCached(const QString &url)
{
    if (!m_loader || m_paperId == 0) {
        return;
    }
    const QList<Core::Figure> &figures = m_model->figures();
    const bool ours = std::any_of(figures.cbegin(), figures.cend(), [&url](const Core::Figure &figure) {
        return figure.url == url;
    });
    if (ours) {
        m_reload = true;
        m_generation = m_loader->loadPaper(m_paperId);
    }
}

void FigureStrip::openLightbox(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    if (!m_lightbox) {
        m_lightbox = new Lightbox(window());
        m_lightbox->setAttribute(Qt::WA_DeleteOnClose);
        m_lightbox->setOffline(m_offline);
        connect(m_lightbox, &Lightbox::retryRequested, this, &FigureStrip::retryRequested);
    }
    m_lightbox->setFigures(m_model->figures(), row);
    m_lightbox->show();
    m_lightbox->raise();
    m_lightbox->activateWindow();
}

void FigureStrip::onLoaded(quint64 generation, const QList<Core::Figure> &figures)
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
    }
    setVisible(!figures.isEmpty());
    updateRetry();
    Q_EMIT figuresLoaded();
}

void FigureStrip::updateRetry()
{
    const QList<Core::Figure> &figures = m_model->figures();
    const auto cached = std::count_if(figures.cbegin(), figures.cend(), [](const Core::Figure &figure) {
        return figure.state == Core::FigureState::Cached;
    });
    const auto missing = figures.size() - cached;
    m_summaryLabel->setText(
        missing == 0 ? tr("%Ln figure(s)", nullptr, static_cast<int>(figures.size()))
                     : tr("%1 of %Ln figure(s) cached", nullptr, static_cast<int>(figures.size())).arg(cached));
    m_retryButton->setVisible(missing > 0 && !m_offline);
}

} // namespace PaperShelf::Gui
