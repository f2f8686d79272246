#include "gui/plaintext.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace PaperShelf::Gui {

QString PlainText::toolTip(const QString &text)
{
    // QToolTip has no text format of its own; it renders whatever
    // Qt::mightBeRichText() accepts. Plain text that passes that test is
    // turned into rich text showing the same characters.
    if (!Qt::mightBeRichText(text)) {
        return text;
    }
    return u"<p style=\"white-space:pre-wrap;\">%1</p>"_s.arg(text.toHtmlEscaped());
}

QString PlainText::actionText(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'&', "&&"_L1);
    return escaped;
}

QString PlainText::windowTitle(const QString &text)
{
    QString escaped = text;
    escaped.replace("[*]"_L1, "[*][*]"_L1);
    return escaped;
}

} // namespace PaperShelf::Gui
