#include "gui/lightbox.h"

#include "gui/figuremodel.h"
#include "gui/filedialog.h"
#include "gui/lightboxcanvas.h"
#include "gui/messagebox.h"
#include "gui/plaintext.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QThreadPool>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace PaperShelf::Gui {

namespace {

struct Decoded
{
    QImage image;
    QString error;
};

// Runs on a pool thread. Qt's allocation limit stays on: a bomb fails here, not in the GUI.
Decoded decode(const QString &path)
{
    Decoded decoded;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    decoded.image = reader.read();
    if (decoded.image.isNull()) {
        decoded.error = reader.errorString();
    }
    return decoded;
}

} // namespace

Lightbox::Lightbox(QWidget *parent)
    : QDialog(parent)
    , m_toolBar(new QToolBar(this))
    , m_titleLabel(new QLabel(this))
    , m_counterLabel(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_canvas(new LightboxCanvas(this))
    , m_placeholderPage(new QWidget(this))
    , m_placeholderLabel(new QLabel(this))
    , m_retryButton(new QPushButton(this))
    , m_loadingLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("lightbox"));
    m_decodePool.setMaxThreadCount(1); // one image at a time; a newer request supersedes older ones
    resize(1000, 760);

    m_toolBar->setObjectName(QStringLiteral("lightboxToolBar"));
    m_titleLabel->setObjectName(QStringLiteral("lightboxTitleLabel"));
    m_titleLabel->setTextFormat(Qt::PlainText); // titles come from untrusted digests
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_counterLabel->setObjectName(QStringLiteral("lightboxCounterLabel"));
    m_counterLabel->setTextFormat(Qt::PlainText);
    m_zoomLabel->setObjectName(QStringLiteral("lightboxZoomLabel"));
    m_zoomLabel->setTextFormat(Qt::PlainText);

    m_placeholderLabel->setObjectName(QStringLiteral("lightboxPlaceholderLabel"));
    m_placeholderLabel->setTextFormat(Qt::PlainText);
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_retryButton->setObjectName(QStringLiteral("lightboxRetryButton"));
    auto *placeholderLayout = new QVBoxLayout(m_placeholderPage);
    placeholderLayout->addStretch();
    placeholderLayout->addWidget(m_placeholderLabel);
    placeholderLayout->addWidget(m_retryButton, 0, Qt::AlignCenter);
    placeholderLayout->addStretch();
    m_loadingLabel->setObjectName(QStringLiteral("lightboxLoadingLabel"));
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_canvas);
    m_stack->addWidget(m_placeholderPage);
    m_stack->addWidget(m_loadingLabel);

    auto *header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_counterLabel);
    header->addWidget(m_zoomLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    createActions();
    connect(m_retryButton, &QPushButton::clicked, this, [this]() {
        if (m_index >= 0) {
            Q_EMIT retryRequested({m_figures.at(m_index).url});
        }
    });
    connect(m_canvas, &LightboxCanvas::scaleChanged, this, &Lightbox::updateZoomLabel);
    retranslateUi();
}

Lightbox::~Lightbox()
{
    m_decodePool.waitForDone();
}

void Lightbox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void Lightbox::retranslateUi()
{
    m_previousAction->setText(tr("Previous"));
    m_previousAction->setToolTip(tr("Previous figure (Left)"));
    m_nextAction->setText(tr("Next"));
    m_nextAction->setToolTip(tr("Next figure (Right)"));
    m_fitAction->setText(tr("Fit"));
    m_fitAction->setToolTip(tr("Fit the figure to the window (F)"));
    m_actualSizeAction->setText(tr("100%"));
    m_actualSizeAction->setToolTip(tr("Show the figure at its actual size (1)"));
    m_zoomInAction->setText(tr("Zoom In"));
    m_zoomOutAction->setText(tr("Zoom Out"));
    m_saveAsAction->setText(tr("Save As…"));
    m_copyImageAction->setText(tr("Copy Image"));
    m_copyUrlAction->setText(tr("Copy URL"));
    m_openSourceAction->setText(tr("Open Source URL"));
    m_toolBar->setAccessibleName(tr("Figure actions"));
    m_canvas->setAccessibleName(tr("Figure image"));
    m_canvas->setAccessibleDescription(
        tr("Drag to pan; the wheel or + and - zoom; Left and Right go to the previous or next figure"));
    m_retryButton->setText(tr("Retry"));
    m_retryButton->setToolTip(tr("Download this figure again"));
    m_loadingLabel->setText(tr("Loading…"));
    updateHeader();
    m_placeholderLabel->setText(placeholderText());
    updateZoomLabel();
}

void Lightbox::createActions()
{
    const auto add = [this](const QString &name, const QList<QKeySequence> &keys) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        m_toolBar->addAction(action);
        return action;
    };
    m_previousAction = add(QStringLiteral("previousFigureAction"), {Qt::Key_Left, Qt::Key_PageUp});
    m_nextAction = add(QStringLiteral("nextFigureAction"), {Qt::Key_Right, Qt::Key_PageDown});
    m_toolBar->addSeparator();
    m_fitAction = add(QStringLiteral("fitAction"), {Qt::Key_F, Qt::Key_0});
    m_actualSizeAction = add(QStringLiteral("actualSizeAction"), {Qt::Key_1});
    m_zoomInAction = add(QStringLiteral("zoomInAction"), {Qt::Key_Plus, Qt::Key_Equal, QKeySequence::ZoomIn});
    m_zoomOutAction = add(QStringLiteral("zoomOutAction"), {Qt::Key_Minus, QKeySequence::ZoomOut});
    m_toolBar->addSeparator();
    m_saveAsAction = add(QStringLiteral("saveFigureAsAction"), {QKeySequence::Save});
    m_copyImageAction = add(QStringLiteral("copyImageAction"), {QKeySequence::Copy});
    m_copyUrlAction = add(QStringLiteral("copyUrlAction"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    m_openSourceAction = add(QStringLiteral("openSourceUrlAction"), {QKeySequence(Qt::CTRL | Qt::Key_O)});

    connect(m_previousAction, &QAction::triggered, this, &Lightbox::showPrevious);
    connect(m_nextAction, &QAction::triggered, this, &Lightbox::showNext);
    connect(m_fitAction, &QAction::triggered, m_canvas, &LightboxCanvas::fitToWindow);
    connect(m_actualSizeAction, &QAction::triggered, m_canvas, &LightboxCanvas::showActualSize);
    connect(m_zoomInAction, &QAction::triggered, m_canvas, &LightboxCanvas::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_canvas, &LightboxCanvas::zoomOut);
    connect(m_saveAsAction, &QAction::triggered, this, &Lightbox::saveAs);
    connect(m_copyImageAction, &QAction::triggered, this, &Lightbox::copyImage);
    connect(m_copyUrlAction, &QAction::triggered, this, &Lightbox::copyUrl);
    connect(m_openSourceAction, &QAction::triggered, this, &Lightbox::openSource);
}

void Lightbox::setFigures(const QList<Core::Figure> &figures, int index)
{
    m_figures = figures;
    m_index = -1;
    setCurrentIndex(index);
}

void Lightbox::updateFigures(const QList<Core::Figure> &figures)
{
    if (figures.size() != m_figures.size()) {
        setFigures(figures, std::min(m_index, static_cast<int>(figures.size()) - 1));
        return;
    }
    const bool changed = m_index >= 0 && !(figures.at(m_index) == m_figures.at(m_index));
    m_figures = figures;
    if (changed) {
        showCurrent();
    }
}

void Lightbox::setCurrentIndex(int index)
{
    if (m_figures.isEmpty()) {
        m_index = -1;
        updateHeader();
        showPlaceholder(Placeholder::NoFigure);
        return;
    }
    index = std::clamp(index, 0, static_cast<int>(m_figures.size()) - 1);
    if (index == m_index) {
        return;
    }
    m_index = index;
    showCurrent();
}

void Lightbox::showNext()
{
    if (m_index + 1 < m_figures.size()) {
        setCurrentIndex(m_index + 1);
    }
}

void Lightbox::showPrevious()
{
    if (m_index > 0) {
        setCurrentIndex(m_index - 1);
    }
}

void Lightbox::setOffline(bool offline)
{
    m_offline = offline;
    if (m_index >= 0 && m_stack->currentWidget() == m_placeholderPage) {
        showCurrent();
    }
}

QImage Lightbox::currentImage() const
{
    return m_stack->currentWidget() == m_canvas ? m_canvas->image() : QImage();
}

QString Lightbox::placeholderReason() const
{
    return m_stack->currentWidget() == m_placeholderPage ? m_placeholderLabel->text() : QString();
}

void Lightbox::showCurrent()
{
    const Core::Figure &figure = m_figures.at(m_index);
    updateHeader();
    m_previousAction->setEnabled(m_index > 0);
    m_nextAction->setEnabled(m_index + 1 < m_figures.size());
    const bool web = QUrl(figure.url).scheme() == QLatin1String("https")
                  || QUrl(figure.url).scheme() == QLatin1String("http");
    m_openSourceAction->setEnabled(web);
    m_copyUrlAction->setEnabled(!figure.url.isEmpty());
    const quint64 generation = ++m_generation;
    if (figure.state != Core::FigureState::Cached) {
        showPlaceholder(Placeholder::NotCached);
        return;
    }
    m_saveAsAction->setEnabled(false);
    m_copyImageAction->setEnabled(false);
    m_stack->setCurrentWidget(m_loadingLabel);
    // The destructor waits for the pool, so `this` outlives the task.
    m_decodePool.start([this, generation, file = figure.file]() {
        Decoded decoded = decode(file);
        QMetaObject::invokeMethod(
            this,
            [this, generation, decoded = std::move(decoded)]() {
            onImageDecoded(generation, decoded.image, decoded.error);
            },
            Qt::QueuedConnection);
    });
}

void Lightbox::updateHeader()
{
    if (m_index < 0) {
        m_titleLabel->clear();
        m_counterLabel->clear();
        setWindowTitle(tr("Figure"));
        return;
    }
    const Core::Figure &figure = m_figures.at(m_index);
    const QLocale locale;
    const QString number = locale.toString(m_index + 1);
    const QString count = locale.toString(m_figures.size());
    m_titleLabel->setText(figure.paperTitle);
    m_counterLabel->setText(tr("Figure %1 of %2").arg(number, count));
    setWindowTitle(PlainText::windowTitle(tr("Figure %1 of %2 — %3").arg(number, count, figure.paperTitle)));
}

void Lightbox::onImageDecoded(quint64 generation, const QImage &image, const QString &error)
{
    if (generation != m_generation) {
        return; // the user moved on
    }
    if (image.isNull()) {
        m_decodeError = error;
        showPlaceholder(Placeholder::Unreadable);
        return;
    }
    m_canvas->setImage(image);
    m_stack->setCurrentWidget(m_canvas);
    m_saveAsAction->setEnabled(true);
    m_copyImageAction->setEnabled(true);
    m_canvas->setFocus(Qt::OtherFocusReason);
    updateZoomLabel();
    Q_EMIT figureShown(m_index);
}

void Lightbox::showPlaceholder(Placeholder placeholder)
{
    m_placeholder = placeholder;
    m_canvas->setImage(QImage());
    m_placeholderLabel->setText(placeholderText());
    m_retryButton->setVisible(m_index >= 0 && !m_offline);
    m_saveAsAction->setEnabled(false);
    m_copyImageAction->setEnabled(false);
    m_stack->setCurrentWidget(m_placeholderPage);
    m_zoomLabel->clear();
    if (m_index >= 0) {
        Q_EMIT figureShown(m_index);
    }
}

QString Lightbox::placeholderText() const
{
    switch (m_placeholder) {
    case Placeholder::NoFigure:
        return tr("No figure.");
    case Placeholder::NotCached:
        return m_index >= 0 ? FigureModel::reasonFor(m_figures.at(m_index), m_offline) : QString();
    case Placeholder::Unreadable:
        return tr("The cached image cannot be read: %1").arg(m_decodeError);
    }
    return {};
}

void Lightbox::updateZoomLabel()
{
    if (m_stack->currentWidget() != m_canvas) {
        return;
    }
    //: A zoom factor, e.g. "125 %"
    const QString percent = tr("%1 %").arg(QLocale().toString(qRound(m_canvas->scale() * 100)));
    m_zoomLabel->setText(m_canvas->isFitted() ? tr("Fit (%1)").arg(percent) : percent);
}

void Lightbox::saveAs()
{
    const Core::Figure figure = currentFigure();
    if (figure.file.isEmpty()) {
        return;
    }
    QString suggested = QFileInfo(QUrl(figure.url).path()).fileName();
    if (suggested.isEmpty()) {
        suggested = QFileInfo(figure.file).fileName();
    }
    const QString target = FileDialog::getSaveFileName(this,
                                                       tr("Save Figure As"),
                                                       suggested,
                                                       tr("Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)"));
    if (target.isEmpty()) {
        return;
    }
    // The cached bytes, unchanged: no re-encoding. The picker has confirmed any overwrite.
    if (QFile::exists(target)) {
        QFile::remove(target);
    }
    if (!QFile::copy(figure.file, target)) {
        MessageBox::warning(this, tr("Save Figure As"), tr("The figure could not be saved to %1.").arg(target));
    }
}

void Lightbox::copyImage()
{
    const QImage image = currentImage();
    if (!image.isNull()) {
        QGuiApplication::clipboard()->setImage(image);
    }
}

void Lightbox::copyUrl()
{
    if (m_index >= 0) {
        QGuiApplication::clipboard()->setText(m_figures.at(m_index).url);
    }
}

void Lightbox::openSource()
{
    if (m_index < 0) {
        return;
    }
    const QUrl url(m_figures.at(m_index).url);
    // Only web URLs are opened; tests intercept them with QDesktopServices::setUrlHandler().
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) {
        QDesktopServices::openUrl(url);
    }
}

void Lightbox::keyPressEvent(QKeyEvent *event)
{
    // The same keys as the actions' shortcuts, for when no shortcut fired (e.g. the window is not active).
    const QKeySequence pressed(event->keyCombination());
    for (QAction *action : {m_previousAction,
                            m_nextAction,
                            m_fitAction,
                            m_actualSizeAction,
                            m_zoomInAction,
                            m_zoomOutAction,
                            m_saveAsAction,
                            m_copyImageAction,
                            m_copyUrlAction,
                            m_openSourceAction}) {
        if (action->isEnabled() && action->shortcuts().contains(pressed)) {
            action->trigger();
            event->accept();
            return;
        }
    }
    QDialog::keyPressEvent(event);
}

} // namespace PaperShelf::Gui
