#pragma once

#include "core/annotations/highlightstore.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QString>

namespace PaperShelf::Gui {

/// What the widgets need to show highlight colours: the five colours before
/// the library has told their meanings, swatch icons, and menu labels.
class HighlightPalette final
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Gui::HighlightPalette)

public:
    /// The five colours (HighlightStore::colorKeys()) named after themselves,
    /// with the store's default paint; for use until the library's are known.
    static QList<Core::HighlightColor> fallbackColors();
    /// `colors` if it has an entry for every key; otherwise the fallback with
    /// whatever `colors` knows laid over it.
    static QList<Core::HighlightColor> complete(const QList<Core::HighlightColor> &colors);
    /// The colour of `key` in `colors`; nullptr when it is not there.
    static const Core::HighlightColor *find(const QList<Core::HighlightColor> &colors, const QString &key);
    /// `rgb` parsed; a neutral grey when it is not a colour.
    static QColor paint(const QString &rgb);
    /// A square swatch of `rgb` with a thin dark border.
    static QIcon swatch(const QString &rgb);
    /// `meaning` as a menu label: '&' kept literal, not a mnemonic.
    static QString actionText(const QString &meaning);
    /// The colour's own name ("Yellow"), translated now; `key` itself when it is unknown.
    static QString colorName(const QString &key);
    /// How a colour reads wherever it is listed, so that it never shows by its
    /// paint alone: "doubt (Red)", or just "Red" while the meaning is the name.
    static QString label(const Core::HighlightColor &color);
    /// A sentence for tool tips and accessible descriptions: colour and meaning.
    static QString description(const Core::HighlightColor &color);
};

} // namespace PaperShelf::Gui
