#include "gui/lightboxcanvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace PaperShelf::Gui {

namespace {

constexpr int WheelStep = 120; // one notch

} // namespace

LightboxCanvas::LightboxCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("lightboxCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    setCursor(Qt::OpenHandCursor);
}

LightboxCanvas::~LightboxCanvas() = default;

void LightboxCanvas::setImage(const QImage &image)
{
    m_image = image;
    fitToWindow();
}

double LightboxCanvas::scale() const
{
    return m_fitted ? fitScale() : m_scale;
}

double LightboxCanvas::fitScale() const
{
    if (m_image.isNull() || width() <= 0 || height() <= 0) {
        return 1.0;
    }
    // Fit never enlarges a small figure beyond its own size.
    return std::min(
        {1.0, static_cast<double>(width()) / m_image.width(), static_cast<double>(height()) / m_image.height()});
}

void LightboxCanvas::fitToWindow()
{
    m_fitted = true;
    m_pan = QPointF();
    update();
    Q_EMIT scaleChanged(scale());
}

void LightboxCanvas::showActualSize()
{
    setScale(1.0);
}

void LightboxCanvas::zoomIn()
{
    setScale(scale() * ZoomStep);
}

void LightboxCanvas::zoomOut()
{
    setScale(scale() / ZoomStep);
}

void LightboxCanvas::setScale(double scale)
{
    const double previous = this->scale();
    m_scale = std::clamp(scale, MinimumScale, MaximumScale);
    m_fitted = false;
    if (previous > 0) {
        m_pan *= m_scale / previous; // keep the same image point at the centre
    }
    clampPan();
    update();
    Q_EMIT scaleChanged(m_scale);
}

void LightboxCanvas::clampPan()
{
    // The image may be dragged until its edge reaches the widget's centre, no further.
    const QSizeF shown = QSizeF(m_image.size()) * scale();
    const double maxX = shown.width() / 2;
    const double maxY = shown.height() / 2;
    m_pan.setX(std::clamp(m_pan.x(), -maxX, maxX));
    m_pan.setY(std::clamp(m_pan.y(), -maxY, maxY));
}

void LightboxCanvas::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_image.isNull()) {
        return;
    }
    const QSizeF shown = QSizeF(m_image.size()) * scale();
    const QPointF centre = QPointF(width(), height()) / 2 + m_pan;
    const QRectF target(centre - QPointF(shown.width(), shown.height()) / 2, shown);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, scale() < 1.0);
    painter.drawImage(target, m_image);
}

void LightboxCanvas::wheelEvent(QWheelEvent *event)
{
    m_wheelDelta += event->angleDelta().y();
    while (std::abs(m_wheelDelta) >= WheelStep) {
        if (m_wheelDelta > 0) {
            zoomIn();
            m_wheelDelta -= WheelStep;
        } else {
            zoomOut();
            m_wheelDelta += WheelStep;
        }
    }
    event->accept();
}

void LightboxCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    m_dragStart = event->position().toPoint();
    m_panAtDragStart = m_pan;
    setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void LightboxCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    m_pan = m_panAtDragStart + QPointF(event->position().toPoint() - m_dragStart);
    clampPan();
    update();
    event->accept();
}

void LightboxCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
    }
    QWidget::mouseReleaseEvent(event);
}

void LightboxCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitted) {
        Q_EMIT scaleChanged(scale());
    }
}

} // namespace PaperShelf::Gui
