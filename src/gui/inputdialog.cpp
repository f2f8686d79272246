#include "gui/inputdialog.h"

#include <QInputDialog>
#include <QLabel>

namespace PaperShelf::Gui {

namespace {

// Test seam state; only tests set it, the application never does.
bool hasNextResult = false;
std::optional<QString> nextResult;
QString lastAskedLabel;

// Runs a QInputDialog set up by `prepare`. Its label is Qt::AutoText, and the
// labels name tags and shelves ("%1 & <b>x</b>" would turn bold): made plain here.
std::optional<QString> runDialog(QWidget *parent,
                                 const QString &title,
                                 const QString &label,
                                 const std::function<void(QInputDialog &)> &prepare)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    for (QLabel *child : dialog.findChildren<QLabel *>()) {
        child->setTextFormat(Qt::PlainText);
    }
    prepare(dialog);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.textValue();
}

} // namespace

bool InputDialog::takeNext(const QString &label, std::optional<QString> *result)
{
    lastAskedLabel = label;
    if (!hasNextResult) {
        return false;
    }
    *result = nextResult;
    hasNextResult = false;
    nextResult.reset();
    return true;
}

std::optional<QString> InputDialog::ask(const QString &label, const std::function<std::optional<QString>()> &show)
{
    std::optional<QString> result;
    if (takeNext(label, &result)) {
        return result;
    }
    return show();
}

std::optional<QString> InputDialog::getText(QWidget *parent,
                                            const QString &title,
                                            const QString &label,
                                            const QString &text)
{
    return ask(label, [&]() {
        return runDialog(parent, title, label, [&text](QInputDialog &dialog) {
            dialog.setTextValue(text);
        });
    });
}

std::optional<QString> InputDialog::getMultiLineText(QWidget *parent,
                                                     const QString &title,
                                                     const QString &label,
                                                     const QString &text)
{
    return ask(label, [&]() {
        return runDialog(parent, title, label, [&text](QInputDialog &dialog) {
            dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
            dialog.setTextValue(text);
        });
    });
}

std::optional<QString> InputDialog::getItem(QWidget *parent,
                                            const QString &title,
                                            const QString &label,
                                            const QStringList &items)
{
    return ask(label, [&]() {
        return runDialog(parent, title, label, [&items](QInputDialog &dialog) {
            dialog.setComboBoxItems(items);
            dialog.setTextValue(items.value(0));
            dialog.setComboBoxEditable(false);
        });
    });
}

void InputDialog::setNextResult(const std::optional<QString> &result)
{
    hasNextResult = true;
    nextResult = result;
}

QString InputDialog::lastLabel()
{
    return lastAskedLabel;
}

} // namespace PaperShelf::Gui
