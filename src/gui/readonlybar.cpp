#include "gui/readonlybar.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>

namespace PaperShelf::Gui {

ReadOnlyBar::ReadOnlyBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("readOnlyBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("readOnlyLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // the path is the user's, not markup
    m_label->setStyleSheet(QStringLiteral("color: #7a4d00;"));
    layout->addWidget(m_label, 1);
    hide();
}

ReadOnlyBar::~ReadOnlyBar() = default;

void ReadOnlyBar::setReason(ReadOnlyReason reason, const QString &path)
{
    m_reason = reason;
    m_path = path;
    retranslateUi();
    setVisible(reason != ReadOnlyReason::None);
}

QString ReadOnlyBar::cause(ReadOnlyReason reason, const QString &path)
{
    const QFileInfo info(path);
    switch (reason) {
    case ReadOnlyReason::None:
        return {};
    case ReadOnlyReason::Requested:
        return tr("it was opened with --read-only");
    case ReadOnlyReason::File:
        return tr("the file %1 cannot be written").arg(info.absoluteFilePath());
    case ReadOnlyReason::Folder:
        return tr("its folder %1 cannot be written").arg(info.absolutePath());
    case ReadOnlyReason::InUse:
        return tr("another program is writing to it; reopen it when that program has finished");
    case ReadOnlyReason::Damaged:
        return tr("the file is damaged; restore a backup to work with it again");
    }
    return {};
}

void ReadOnlyBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ReadOnlyBar::retranslateUi()
{
    m_label->setText(
        m_reason == ReadOnlyReason::None
            ? QString()
            : tr("The library is open read-only: %1. Changes cannot be saved.").arg(cause(m_reason, m_path)));
}

} // namespace PaperShelf::Gui
