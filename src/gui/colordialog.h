#pragma once

#include <QColor>
#include <QString>

class QWidget;

namespace PaperShelf::Gui {

/// The colour picker of the application; tests pre-answer it (see the hook).
class ColorDialog final
{
public:
    /// The chosen colour, or an invalid QColor when the user cancelled.
    static QColor getColor(QWidget *parent, const QColor &initial, const QString &title);

    /// Test hook: the next picker is not shown and returns `color` (an invalid
    /// colour means "cancelled").
    static void setNextResult(const QColor &color);
};

} // namespace PaperShelf::Gui
