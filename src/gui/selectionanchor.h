#pragma once

#include <QMetaType>
#include <QString>

namespace PaperShelf::Gui {

/// A reader selection expressed in a text field (see Core::TextFields): the
/// UTF-16 range [start, start + length) of TextFields::text(entry, field), and
/// the text of that range.
struct SelectionAnchor
{
    QString field;
    qsizetype start = 0;
    qsizetype length = 0;
    QString quote;

    friend bool operator==(const SelectionAnchor &, const SelectionAnchor &) = default;
};

} // namespace PaperShelf::Gui

Q_DECLARE_METATYPE(PaperShelf::Gui::SelectionAnchor)
