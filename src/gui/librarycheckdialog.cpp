#include "gui/librarycheckdialog.h"
#include "ui_librarycheckdialog.h"

#include <QEvent>
#include <QPushButton>

#include <algorithm>

namespace PaperShelf::Gui {

LibraryCheckDialog::LibraryCheckDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LibraryCheckDialog>())
{
    m_ui->setupUi(this);
    m_repairButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_repairButton->setObjectName(QStringLiteral("repairButton"));
    connect(m_repairButton, &QPushButton::clicked, this, &LibraryCheckDialog::repairRequested);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    showBusy(false);
}

LibraryCheckDialog::~LibraryCheckDialog() = default;

void LibraryCheckDialog::showBusy(bool repairing)
{
    m_state = repairing ? State::Repairing : State::Busy;
    retranslateUi();
}

void LibraryCheckDialog::showProblems(const QList<Core::LibraryProblem> &problems, bool afterRepair)
{
    m_state = State::Shown;
    m_problems = problems;
    m_afterRepair = afterRepair;
    retranslateUi();
}

void LibraryCheckDialog::showFailure(const QString &message)
{
    m_state = State::Failed;
    m_failure = message;
    retranslateUi();
}

QStringList LibraryCheckDialog::problemTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_ui->problemsListWidget->count(); ++row) {
        texts.append(m_ui->problemsListWidget->item(row)->text());
    }
    return texts;
}

void LibraryCheckDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void LibraryCheckDialog::retranslateUi()
{
    m_repairButton->setText(tr("&Repair"));
    m_repairButton->setAccessibleName(tr("Repair the problems that can be repaired"));
    const bool busy = m_state == State::Busy || m_state == State::Repairing;
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->problemsListWidget->clear();
    switch (m_state) {
    case State::Busy:
        m_ui->summaryLabel->setText(tr("Checking the library…"));
        break;
    case State::Repairing:
        m_ui->summaryLabel->setText(tr("Repairing the library…"));
        break;
    case State::Failed:
        m_ui->summaryLabel->setText(tr("The library could not be checked: %1").arg(m_failure));
        break;
    case State::Shown: {
        // Descriptions come from the core, translated when the check ran.
        const auto repaired = static_cast<int>(
            std::count_if(m_problems.cbegin(), m_problems.cend(), [](const Core::LibraryProblem &problem) {
                return problem.repaired;
            }));
        const int left = static_cast<int>(m_problems.size()) - repaired;
        if (m_problems.isEmpty()) {
            m_ui->summaryLabel->setText(tr("No problems found: the library is healthy."));
        } else if (m_afterRepair && left == 0) {
            m_ui->summaryLabel->setText(tr("Repaired %Ln problem(s); the library is healthy now.", nullptr, repaired));
        } else if (m_afterRepair) {
            m_ui->summaryLabel->setText(tr("Repaired %Ln problem(s); %1 could not be repaired.", nullptr, repaired)
                                            .arg(QLocale().toString(left)));
        } else {
            m_ui->summaryLabel->setText(tr("Found %Ln problem(s):", nullptr, static_cast<int>(m_problems.size())));
        }
        for (const Core::LibraryProblem &problem : std::as_const(m_problems)) {
            QString text = problem.description;
            if (problem.repaired) {
                text = tr("%1 — repaired").arg(problem.description);
            } else if (!problem.repairable) {
                text = tr("%1 — cannot be repaired here").arg(problem.description);
            }
            auto *item = new QListWidgetItem(text, m_ui->problemsListWidget);
            item->setData(Qt::UserRole, problem.id);
        }
        break;
    }
    }
    updateRepairButton();
}

void LibraryCheckDialog::updateRepairButton()
{
    const bool repairable = m_state == State::Shown
                         && std::any_of(m_problems.cbegin(),
                                        m_problems.cend(),
                                        [](const Core::LibraryProblem &problem) {
        return problem.repairable && !problem.repaired;
                            });
    m_repairButton->setVisible(m_state != State::Failed);
    m_repairButton->setEnabled(repairable && !m_afterRepair);
}

} // namespace PaperShelf::Gui
