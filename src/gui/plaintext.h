#pragma once

#include <QString>

namespace PaperShelf::Gui {

/// Makes text from digests and from the user (titles, URLs, tag and shelf
/// names, notes) show verbatim in the places where Qt would otherwise read it
/// as markup: tool tips (Qt::mightBeRichText() guesses, so "<b>x</b>" turns
/// bold), action and button texts ('&' marks a mnemonic), window titles
/// ("[*]" is the modified marker) and labels left at Qt::AutoText.
class PlainText final
{
public:
    /// A tool tip that shows exactly `text`: unchanged when Qt would take it as
    /// plain text anyway, otherwise escaped into a paragraph that keeps its line breaks.
    static QString toolTip(const QString &text);
    /// `text` for QAction/QAbstractButton/QMenu titles: '&' doubled, so it stays a character.
    static QString actionText(const QString &text);
    /// `text` for QWidget::setWindowTitle(): "[*]" doubled, so it is not the modified marker.
    static QString windowTitle(const QString &text);
};

} // namespace PaperShelf::Gui
