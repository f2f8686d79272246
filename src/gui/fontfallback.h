#pragma once

#include <QFont>
#include <QStringList>

namespace PaperShelf::Gui {

/// Chinese text in a UI font without Han glyphs: the font gets a Simplified
/// Chinese fallback family (Noto Sans CJK SC from Debian's fonts-noto-cjk, else
/// another installed CJK font), so Chinese renders with Chinese glyph shapes
/// rather than whatever font fontconfig picks first (often a Japanese one), and
/// row heights make room for that font's taller lines.
class FontFallback final
{
public:
    /// The installed CJK families PaperShelf prefers, best first (may be empty).
    static QStringList cjkFamilies();
    /// `font` with its own family first and the CJK families after it.
    static QFont withCjkFallback(const QFont &font);
    /// The line height that fits both `font` and its CJK fallback (for fixed row heights).
    static int lineHeight(const QFont &font);
};

} // namespace PaperShelf::Gui
