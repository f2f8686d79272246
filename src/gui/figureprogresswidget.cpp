#include "gui/figureprogresswidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace PaperShelf::Gui {

FigureProgressWidget::FigureProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_cancelButton(new QPushButton(this))
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
    retranslateUi();
    hide();
}

FigureProgressWidget::~FigureProgressWidget() = default;

void FigureProgressWidget::setProgress(int done, int failed, int total)
{
    m_message = nullptr;
    m_counting = true;
    m_done = done;
    m_failed = failed;
    m_total = total;
    updateText();
    m_cancelButton->show();
    show();
}

void FigureProgressWidget::setMessage(const QString &text)
{
    setMessage([text]() -> QString {
        return text;
    });
}

void FigureProgressWidget::setMessage(Message message)
{
    m_message = std::move(message);
    m_counting = false;
    updateText();
    m_cancelButton->hide();
    setVisible(!m_label->text().isEmpty());
}

QString FigureProgressWidget::text() const
{
    return m_label->text();
}

void FigureProgressWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void FigureProgressWidget::retranslateUi()
{
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop downloading figures"));
    updateText();
}

void FigureProgressWidget::updateText()
{
    if (m_message) {
        m_label->setText(m_message());
        return;
    }
    if (!m_counting) {
        m_label->clear();
        return;
    }
    const QLocale locale;
    m_label->setText(m_failed > 0
                         ? tr("Figures %1/%2, %3 failed")
                               .arg(locale.toString(m_done), locale.toString(m_total), locale.toString(m_failed))
                         : tr("Figures %1/%2").arg(locale.toString(m_done), locale.toString(m_total)));
}

} // namespace PaperShelf::Gui
