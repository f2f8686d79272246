#include "gui/colordialog.h"

#include <QColorDialog>

#include <optional>

namespace PaperShelf::Gui {

namespace {

std::optional<QColor> nextResult; // test seam; only tests set it

} // namespace

QColor ColorDialog::getColor(QWidget *parent, const QColor &initial, const QString &title)
{
    if (nextResult) {
        const QColor color = *nextResult;
        nextResult.reset();
        return color;
    }
    return QColorDialog::getColor(initial, parent, title);
}

void ColorDialog::setNextResult(const QColor &color)
{
    nextResult = color;
}

} // namespace PaperShelf::Gui
