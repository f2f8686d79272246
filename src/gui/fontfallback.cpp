#include "gui/fontfallback.h"

#include <QFontDatabase>
#include <QFontMetrics>

namespace PaperShelf::Gui {

QStringList FontFallback::cjkFamilies()
{
    static const QStringList preferred = {
        QStringLiteral("Noto Sans CJK SC"),
        QStringLiteral("Source Han Sans SC"),
        QStringLiteral("WenQuanYi Micro Hei"),
        QStringLiteral("WenQuanYi Zen Hei"),
        QStringLiteral("Noto Sans CJK TC"),
    };
    const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    QStringList families;
    for (const QString &family : preferred) {
        if (installed.contains(family, Qt::CaseInsensitive)) {
            families.append(family);
        }
    }
    return families;
}

QFont FontFallback::withCjkFallback(const QFont &font)
{
    QStringList families = font.families();
    if (families.isEmpty()) {
        families.append(font.family());
    }
    const QStringList cjk = cjkFamilies();
    for (const QString &family : cjk) {
        if (!families.contains(family, Qt::CaseInsensitive)) {
            families.append(family);
        }
    }
    QFont result = font;
    result.setFamilies(families);
    return result;
}

int FontFallback::lineHeight(const QFont &font)
{
    int height = QFontMetrics(font).height();
    const QStringList cjk = cjkFamilies();
    if (!cjk.isEmpty()) {
        QFont fallback = font;
        fallback.setFamilies({cjk.first()});
        height = qMax(height, QFontMetrics(fallback).height());
    }
    return height;
}

} // namespace PaperShelf::Gui
