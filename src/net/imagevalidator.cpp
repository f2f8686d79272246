#include "net/imagevalidator.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

namespace PaperShelf::Net {

QString ImageValidator::sniff(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n")) {
        return QStringLiteral("png");
    }
    if (data.startsWith("\xff\xd8\xff")) {
        return QStringLiteral("jpg");
    }
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a")) {
        return QStringLiteral("gif");
    }
    if (data.size() >= 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP") {
        return QStringLiteral("webp");
    }
    if (data.startsWith("BM")) {
        return QStringLiteral("bmp");
    }
    return QString();
}

bool ImageValidator::looksLikeMarkup(const QByteArray &data)
{
    const QByteArray head = data.left(512).trimmed().toLower();
    return head.startsWith('<') || head.contains("<html") || head.contains("<!doctype");
}

Core::Result<ValidatedImage> ImageValidator::validate(const QByteArray &data)
{
    if (data.isEmpty()) {
        return Core::Error{QStringLiteral("empty response")};
    }
    ValidatedImage image;
    image.extension = sniff(data);
    if (image.extension.isEmpty()) {
        return Core::Error{looksLikeMarkup(data) ? QStringLiteral("not an image: an HTML page")
                                                 : QStringLiteral("not an image: unknown file type")};
    }
    QByteArray bytes = data; // shared, not copied: QBuffer only reads
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer,
                        image.extension == QLatin1String("jpg") ? QByteArray("jpeg") : image.extension.toLatin1());
    reader.setDecideFormatFromContent(false);
    const QSize size = reader.size();
    if (!size.isValid()) {
        return Core::Error{QStringLiteral("unreadable %1 image: %2").arg(image.extension, reader.errorString())};
    }
    if (size.width() > MaxSide || size.height() > MaxSide) {
        return Core::Error{QStringLiteral("image too large: %1x%2 pixels").arg(size.width()).arg(size.height())};
    }
    // The same test QImageReader applies when decoding (4 bytes a pixel), made
    // before decoding so that the reason is ours; the limit itself is never raised.
    const qint64 megabytes = static_cast<qint64>(size.width()) * size.height() * 4 / (1024 * 1024);
    if (QImageReader::allocationLimit() > 0 && megabytes > QImageReader::allocationLimit()) {
        return Core::Error{QStringLiteral("image too large: %1x%2 pixels").arg(size.width()).arg(size.height())};
    }
    const QImage decoded = reader.read();
    if (decoded.isNull()) {
        return Core::Error{QStringLiteral("broken %1 image: %2").arg(image.extension, reader.errorString())};
    }
    image.size = decoded.size();
    return image;
}

} // namespace PaperShelf::Net
