#pragma once

#include <QImage>
#include <QPoint>
#include <QPointF>
#include <QWidget>

namespace PaperShelf::Gui {

/// Shows one image fitted to the widget or at a zoom factor, panned by
/// dragging and zoomed with the wheel (around the cursor).
class LightboxCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LightboxCanvas)

public:
    static constexpr double MinimumScale = 0.05;
    static constexpr double MaximumScale = 16.0;
    static constexpr double ZoomStep = 1.25;

    explicit LightboxCanvas(QWidget *parent = nullptr);
    ~LightboxCanvas() override;

    /// Shows `image` fitted to the widget.
    void setImage(const QImage &image);

    const QImage &image() const { return m_image; }

    /// Scale of the image on screen (1.0 = one image pixel per device-independent pixel).
    double scale() const;

    bool isFitted() const { return m_fitted; }

    /// Offset of the image centre from the widget centre, in widget pixels.
    QPointF panOffset() const { return m_pan; }

    void fitToWindow();
    void showActualSize();
    void zoomIn();
    void zoomOut();
    void setScale(double scale);

Q_SIGNALS:
    void scaleChanged(double scale);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    double fitScale() const;
    void clampPan();

    QImage m_image;
    double m_scale = 1.0;
    bool m_fitted = true;
    QPointF m_pan;
    QPoint m_dragStart;
    QPointF m_panAtDragStart;
    bool m_dragging = false;
    int m_wheelDelta = 0; ///< wheel angle not yet turned into a zoom step, in 1/8 degree
};

} // namespace PaperShelf::Gui
