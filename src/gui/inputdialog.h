#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace PaperShelf::Gui {

/// Text prompts of the application; tests pre-answer them (see the hooks), as
/// they do MessageBox and FileDialog.
class InputDialog final
{
public:
    /// A one-line text; nullopt when cancelled.
    static std::optional<QString> getText(QWidget *parent,
                                          const QString &title,
                                          const QString &label,
                                          const QString &text = QString());
    /// A text of several lines (a comment); nullopt when cancelled.
    static std::optional<QString> getMultiLineText(QWidget *parent,
                                                   const QString &title,
                                                   const QString &label,
                                                   const QString &text = QString());

    /// One of `items`, or nullopt when the user cancelled.
    static std::optional<QString> getItem(QWidget *parent,
                                          const QString &title,
                                          const QString &label,
                                          const QStringList &items);

    /// Test hook: the next prompt is not shown and returns `result` (nullopt
    /// means "cancelled"). getItem() returns it even when it is not one of the items.
    static void setNextResult(const std::optional<QString> &result);
    /// Test hook: the label of the last prompt asked for (shown or pre-answered).
    static QString lastLabel();

private:
    static bool takeNext(const QString &label, std::optional<QString> *result);
    /// The pre-answered result for `label`, else what `show` returns (nullopt when cancelled).
    static std::optional<QString> ask(const QString &label, const std::function<std::optional<QString>()> &show);
};

} // namespace PaperShelf::Gui
