#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QPainter>
#include <QSize>

namespace PaperShelf::Tests {

/// A real image of `size`: `color` with a darker diagonal band, so that scaled
/// versions are not trivially uniform. `format` is "PNG" or "JPEG".
inline QImage makeImage(QSize size, const QColor &color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QPainter painter(&image);
    painter.setPen(QPen(color.darker(200), std::max(1, size.width() / 20)));
    painter.drawLine(QPoint(0, 0), QPoint(size.width(), size.height()));
    return image;
}

inline QByteArray encodeImage(const QImage &image, const char *format = "PNG")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 90);
    return bytes;
}

/// True when `actual` is within `tolerance` of `expected` in every channel (JPEG and scaling blur colours).
inline bool closeColor(const QColor &actual, const QColor &expected, int tolerance = 40)
{
    return std::abs(actual.red() - expected.red()) <= tolerance
        && std::abs(actual.green() - expected.green()) <= tolerance
        && std::abs(actual.blue() - expected.blue()) <= tolerance;
}

} // namespace PaperShelf::Tests
