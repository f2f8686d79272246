#include "gui/writeerrorbar.h"

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
    m_label->setWordWrap(true);
    m_label->setStyleSheet(QStringLiteral("color: #a40000;"));
    auto *retryButton = new QPushButton(tr("&Retry"), this);
    retryButton->setObjectName(QStringLiteral("writeRetryButton"));
    auto *discardButton = new QPushButton(tr("&Discard"), this);
    discardButton->setObjectName(QStringLiteral("writeDiscardButton"));
    discardButton->setToolTip(tr("Give up the edits that could not be saved"));
    layout->addWidget(m_label, 1);
    layout->addWidget(retryButton);
    layout->addWidget(discardButton);
    connect(retryButton, &QPushButton::clicked, this, [this]() {
        hide();
        Q_EMIT retryRequested();
    });
    connect(discardButton, &QPushButton::clicked, this, [this]() {
        hide();
        Q_EMIT discardRequested();
    });
    hide();
}

WriteErrorBar::~WriteErrorBar() = default;

void WriteErrorBar::showFailure(const QString &what, const QString &message, int waiting)
{
    m_label->setText(
        tr("“%1” could not be saved: %2. The edit is kept (%n edit(s) waiting); retry when the problem is solved.",
           nullptr,
           waiting)
            .arg(what, message));
    show();
}

} // namespace PaperShelf::Gui
