#include "gui/inertimagehandler.h"

namespace PaperShelf::Gui {

InertImageHandler::InertImageHandler(QObject *parent)
    : QObject(parent)
{
}

QSizeF InertImageHandler::intrinsicSize(QTextDocument *document, int position, const QTextFormat &format)
{
    Q_UNUSED(document)
    Q_UNUSED(position)
    Q_UNUSED(format)
    return {0, 0};
}

void InertImageHandler::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *document, int position, const QTextFormat &format)
{
    Q_UNUSED(painter)
    Q_UNUSED(rect)
    Q_UNUSED(document)
    Q_UNUSED(position)
    Q_UNUSED(format)
}

} // namespace PaperShelf::Gui
