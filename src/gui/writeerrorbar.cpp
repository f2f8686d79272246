#include "gui/writeerrorbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace PaperShelf::Gui {

WriteErrorBar::WriteErrorBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("writeErrorBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("writeErrorLabel"));
    m_label->setTextFormat(Qt::PlainText); // the edit's text names tags and shelves
    m_label->setWordWrap(true);
    m_label->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_retryButton = new QPushButton(this);
    m_retryButton->setObjectName(QStringLiteral("writeRetryButton"));
    m_discardButton = new QPushButton(this);
    m_discardButton->setObjectName(QStringLiteral("writeDiscardButton"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retryButton);
    layout->addWidget(m_discardButton);
    connect(m_retryButton, &QPushButton::clicked, this, [this]() {
        hide();
        Q_EMIT retryRequested();
    });
    connect(m_discardButton, &QPushButton::clicked, this, [this]() {
        hide();
        Q_EMIT discardRequested();
    });
    retranslateUi();
    hide();
}

WriteErrorBar::~WriteErrorBar() = default;

void WriteErrorBar::showFailure(const QString &what, const QString &message, int waiting)
{
    m_failure = Failure{what, message, waiting};
    retranslateUi();
    show();
}

void WriteErrorBar::retranslateUi()
{
    m_retryButton->setText(tr("&Retry"));
    m_discardButton->setText(tr("&Discard"));
    m_discardButton->setToolTip(tr("Give up the edits that could not be saved"));
    if (m_failure) {
        // `what` (an undo command's text) and `message` stay in the language they were made in.
        m_label->setText(
            tr("“%1” could not be saved: %2. The edit is kept (%Ln edit(s) waiting); retry when the problem is solved.",
               nullptr,
               m_failure->waiting)
                .arg(m_failure->what, m_failure->message));
    }
}

void WriteErrorBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace PaperShelf::Gui
