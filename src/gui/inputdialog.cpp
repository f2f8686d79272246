#include "gui/inputdialog.h"

#include <QInputDialog>

namespace PaperShelf::Gui {

namespace {

// Test seam state; only tests set it, the application never does.
bool hasNextAnswer = false;
std::optional<QString> nextAnswer;
QString lastAskedLabel;

} // namespace

bool InputDialog::takeNext(std::optional<QString> *answer)
{
    if (!hasNextAnswer) {
        return false;
    }
    *answer = nextAnswer;
    hasNextAnswer = false;
    nextAnswer.reset();
    return true;
}

std::optional<QString> InputDialog::getText(QWidget *parent,
                                            const QString &title,
                                            const QString &label,
                                            const QString &text)
{
    lastAskedLabel = label;
    std::optional<QString> answer;
    if (takeNext(&answer)) {
        return answer;
    }
    bool ok = false;
    const QString entered = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    return ok ? std::optional<QString>(entered) : std::nullopt;
}

std::optional<QString> InputDialog::getItem(QWidget *parent,
                                            const QString &title,
                                            const QString &label,
                                            const QStringList &items)
{
    lastAskedLabel = label;
    std::optional<QString> answer;
    if (takeNext(&answer)) {
        return answer;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? std::optional<QString>(chosen) : std::nullopt;
}

void InputDialog::setNextAnswer(const std::optional<QString> &answer)
{
    hasNextAnswer = true;
    nextAnswer = answer;
}

QString InputDialog::lastLabel()
{
    return lastAskedLabel;
}

} // namespace PaperShelf::Gui
