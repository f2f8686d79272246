#include "gui/highlightpalette.h"

#include <QPainter>
#include <QPixmap>

using namespace Qt::Literals::StringLiterals;

namespace PaperShelf::Gui {

namespace {

constexpr int SwatchSize = 16;

} // namespace

QList<Core::HighlightColor> HighlightPalette::fallbackColors()
{
    // The store's default paint (HighlightStore::colors()); the meanings stay
    // unknown until the library answers, so each colour is named after itself.
    return {
        {u"yellow"_s, tr("Yellow"), u"#fff176"_s},
        {u"red"_s, tr("Red"), u"#ef9a9a"_s},
        {u"green"_s, tr("Green"), u"#a5d6a7"_s},
        {u"blue"_s, tr("Blue"), u"#90caf9"_s},
        {u"purple"_s, tr("Purple"), u"#ce93d8"_s},
    };
}

QList<Core::HighlightColor> HighlightPalette::complete(const QList<Core::HighlightColor> &colors)
{
    QList<Core::HighlightColor> result = fallbackColors();
    for (Core::HighlightColor &color : result) {
        if (const Core::HighlightColor *known = find(colors, color.key)) {
            color = *known;
        }
    }
    return result;
}

const Core::HighlightColor *HighlightPalette::find(const QList<Core::HighlightColor> &colors, const QString &key)
{
    for (const Core::HighlightColor &color : colors) {
        if (color.key == key) {
            return &color;
        }
    }
    return nullptr;
}

QColor HighlightPalette::paint(const QString &rgb)
{
    const QColor color = QColor::fromString(rgb);
    return color.isValid() ? color : QColor(Qt::lightGray);
}

QIcon HighlightPalette::swatch(const QString &rgb)
{
    QPixmap pixmap(SwatchSize, SwatchSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0x40, 0x40, 0x40));
    painter.setBrush(paint(rgb));
    painter.drawRect(QRect(1, 1, SwatchSize - 3, SwatchSize - 3));
    painter.end();
    return QIcon(pixmap);
}

QString HighlightPalette::actionText(const QString &meaning)
{
    QString text = meaning;
    text.replace(u'&', "&&"_L1);
    return text;
}

} // namespace PaperShelf::Gui
