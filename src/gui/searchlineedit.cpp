#include "gui/searchlineedit.h"

#include <QEvent>
#include <QKeyEvent>

namespace PaperShelf::Gui {

namespace {

constexpr int DebounceMs = 150;

} // namespace

SearchLineEdit::SearchLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchLineEdit"));
    setClearButtonEnabled(true);
    setMinimumWidth(320);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchLineEdit::searchRequested);
    connect(this, &QLineEdit::textChanged, this, [this]() {
        m_debounce.start();
    });
    retranslateUi();
}

void SearchLineEdit::cancelPendingSearch()
{
    m_debounce.stop();
}

void SearchLineEdit::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        clear();
        m_debounce.stop();
        Q_EMIT searchRequested();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_debounce.stop();
        Q_EMIT searchRequested();
        return;
    case Qt::Key_Down:
        m_debounce.stop();
        Q_EMIT searchRequested();
        Q_EMIT resultsRequested();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void SearchLineEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QLineEdit::changeEvent(event);
}

void SearchLineEdit::retranslateUi()
{
    setPlaceholderText(tr("Search titles, abstracts, 中文摘要… (Ctrl+F)"));
    setAccessibleName(tr("Search"));
}

} // namespace PaperShelf::Gui
