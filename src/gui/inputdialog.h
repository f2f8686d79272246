#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace PaperShelf::Gui {

/// Small text and choice prompts of the application; tests pre-answer them
/// (see the hook).
class InputDialog final
{
public:
    /// The text entered, or nullopt when the user cancelled.
    static std::optional<QString> getText(QWidget *parent,
                                          const QString &title,
                                          const QString &label,
                                          const QString &text);
    /// One of `items`, or nullopt when the user cancelled.
    static std::optional<QString> getItem(QWidget *parent,
                                          const QString &title,
                                          const QString &label,
                                          const QStringList &items);

    /// Test hook: the next prompt is not shown and returns `answer` (nullopt
    /// means "cancelled"). getItem() returns it even when it is not one of the items.
    static void setNextAnswer(const std::optional<QString> &answer);
    /// Test hook: the label of the last prompt asked for (shown or pre-answered).
    static QString lastLabel();

private:
    static bool takeNext(std::optional<QString> *answer);
};

} // namespace PaperShelf::Gui
