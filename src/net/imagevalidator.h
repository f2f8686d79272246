#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QSize>
#include <QString>

namespace PaperShelf::Net {

/// What a downloaded file turned out to be.
struct ValidatedImage
{
    QString extension; ///< png, jpg, gif, webp or bmp (for the cache file name)
    QSize size;
};

/// Decides whether downloaded bytes are an image worth keeping. The type comes from
/// the magic bytes (never from the URL or Content-Type); the dimensions are read by
/// QImageReader before anything is decoded, so a decompression bomb is refused
/// without allocating its pixels. Qt's allocation limit stays in force. Thread-safe
/// (pure functions); run it off the GUI thread, since it decodes the image.
class ImageValidator final
{
public:
    static constexpr int MaxSide = 12'000;

    /// The extension for the type the bytes start with, or empty when unknown.
    static QString sniff(const QByteArray &data);
    /// Whether the bytes look like an HTML or XML page (an error page served with 200).
    static bool looksLikeMarkup(const QByteArray &data);
    /// The image, or a one-line reason why the bytes are not acceptable.
    static Core::Result<ValidatedImage> validate(const QByteArray &data);
};

} // namespace PaperShelf::Net
