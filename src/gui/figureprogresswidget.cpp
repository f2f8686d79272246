#include "gui/figureprogresswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace PaperShelf::Gui {

FigureProgressWidget::FigureProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("figureProgressWidget"));
    m_label->setObjectName(QStringLiteral("figureProgressLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_cancelButton->setObjectName(QStringLiteral("figureCancelPushButton"));
    m_cancelButton->setFlat(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, this, &FigureProgressWidget::cancelRequested);
    hide();
}

FigureProgressWidget::~FigureProgressWidget() = default;

void FigureProgressWidget::setProgress(int done, int failed, int total)
{
    m_label->setText(failed > 0 ? tr("Figures %1/%2, %3 failed").arg(done).arg(total).arg(failed)
                                : tr("Figures %1/%2").arg(done).arg(total));
    m_cancelButton->show();
    show();
}

void FigureProgressWidget::setMessage(const QString &text)
{
    m_label->setText(text);
    m_cancelButton->hide();
    setVisible(!text.isEmpty());
}

QString FigureProgressWidget::text() const
{
    return m_label->text();
}

} // namespace PaperShelf::Gui
