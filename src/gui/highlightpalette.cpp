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
        {u"yellow"_s, colorName(u"yellow"_s), u"#fff176"_s},
        {u"red"_s, colorName(u"red"_s), u"#ef9a9a"_s},
        {u"green"_s, colorName(u"green"_s), u"#a5d6a7"_s},
        {u"blue"_s, colorName(u"blue"_s), u"#90caf9"_s},
        {u"purple"_s, colorName(u"purple"_s), u"#ce93d8"_s},
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

QString HighlightPalette::colorName(const QString &key)
{
    if (key == "yellow"_L1) {
        return tr("Yellow");
    }
    if (key == "red"_L1) {
        return tr("Red");
    }
    if (key == "green"_L1) {
        return tr("Green");
    }
    if (key == "blue"_L1) {
        return tr("Blue");
    }
    if (key == "purple"_L1) {
        return tr("Purple");
    }
    return key;
}

QString HighlightPalette::label(const Core::HighlightColor &color)
{
    const QString name = colorName(color.key);
    if (color.meaning.isEmpty() || color.meaning.compare(name, Qt::CaseInsensitive) == 0) {
        return name;
    }
    return tr("%1 (%2)").arg(color.meaning, name);
}

QString HighlightPalette::description(const Core::HighlightColor &color)
{
    const QString name = colorName(color.key);
    if (color.meaning.isEmpty() || color.meaning.compare(name, Qt::CaseInsensitive) == 0) {
        return tr("Highlight colour %1").arg(name);
    }
    return tr("Highlight colour %1, meaning “%2”").arg(name, color.meaning);
}

} // namespace PaperShelf::Gui
