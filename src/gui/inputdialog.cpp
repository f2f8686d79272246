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

std::optional<QString> InputDialog::ask(const QString &label, const std::function<QString(bool *ok)> &show)
{
    std::optional<QString> result;
    if (takeNext(label, &result)) {
        return result;
    }
    bool ok = false;
    const QString answer = show(&ok);
    if (!ok) {
        return std::nullopt;
    }
    return answer;
}

std::optional<QString> InputDialog::getText(QWidget *parent,
                                            const QString &title,
                                            const QString &label,
                                            const QString &text)
{
    return ask(label, [&](bool *ok) {
        return QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, ok);
    });
}

std::optional<QString> InputDialog::getMultiLineText(QWidget *parent,
                                                     const QString &title,
                                                     const QString &label,
                                                     const QString &text)
{
    return ask(label, [&](bool *ok) {
        return QInputDialog::getMultiLineText(parent, title, label, text, ok);
    });
}

std::optional<QString> InputDialog::getItem(QWidget *parent,
                                            const QString &title,
                                            const QString &label,
                                            const QStringList &items)
{
    return ask(label, [&](bool *ok) {
        return QInputDialog::getItem(parent, title, label, items, 0, false, ok);
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
