#include "gui/inputdialog.h"

#include <QInputDialog>

namespace PaperShelf::Gui {

namespace {

// Test seam state; only tests set it, the application never does.
bool hasNextResult = false;
std::optional<QString> nextResult;
QString lastAskedLabel;

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

std::optional<QString> InputDialog::getText(QWidget *parent,
                                            const QString &title,
                                            const QString &label,
                                            const QString &text)
{
    std::optional<QString> result;
    if (takeNext(label, &result)) {
        return result;
    }
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    if (!ok) {
        return std::nullopt;
    }
    return answer;
}

std::optional<QString> InputDialog::getMultiLineText(QWidget *parent,
                                                     const QString &title,
                                                     const QString &label,
                                                     const QString &text)
{
    std::optional<QString> result;
    if (takeNext(label, &result)) {
        return result;
    }
    bool ok = false;
    const QString answer = QInputDialog::getMultiLineText(parent, title, label, text, &ok);
    if (!ok) {
        return std::nullopt;
    }
    return answer;
}

std::optional<QString> InputDialog::getItem(QWidget *parent,
                                            const QString &title,
                                            const QString &label,
                                            const QStringList &items)
{
    std::optional<QString> result;
    if (takeNext(label, &result)) {
        return result;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    if (!ok) {
        return std::nullopt;
    }
    return chosen;
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
