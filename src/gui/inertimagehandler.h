#pragma once

#include <QObject>
#include <QTextObjectInterface>

namespace PaperShelf::Gui {

/// Replaces Qt's image handler in a text document's layout: every image has no
/// size and draws nothing.
///
/// Qt's own handler falls back to `QImage::load(src)` when the document's
/// resource lookup comes back empty, so an `<img>` element reads a local file
/// without ever calling QTextBrowser::loadResource(). Registered on the layout,
/// this handler removes that path: an image in the document is never loaded.
class InertImageHandler final
    : public QObject
    , public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(InertImageHandler)

public:
    explicit InertImageHandler(QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter,
                    const QRectF &rect,
                    QTextDocument *document,
                    int position,
                    const QTextFormat &format) override;
};

} // namespace PaperShelf::Gui
