#include "gui/importsummarydialog.h"
#include "ui_importsummarydialog.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QPushButton>

namespace PaperShelf::Gui {

ImportSummaryDialog::ImportSummaryDialog(const Core::ImportReport &report, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportSummaryDialog>())
    , m_report(report)
{
    m_ui->setupUi(this);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this]() {
        QGuiApplication::clipboard()->setText(reportText());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

ImportSummaryDialog::~ImportSummaryDialog() = default;

void ImportSummaryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ImportSummaryDialog::retranslateUi()
{
    m_ui->headlineLabel->setText(headline(m_report));
    m_ui->reportTextEdit->setPlainText(formatReport(m_report));
}

QString ImportSummaryDialog::reportText() const
{
    return m_ui->headlineLabel->text() + QLatin1Char('\n') + m_ui->reportTextEdit->toPlainText();
}

QString ImportSummaryDialog::headline(const Core::ImportReport &report)
{
    //: The counts of an import: "3 paper(s) added", "1 updated", "0 unchanged".
    QString text = tr("%1, %2, %3.")
                       .arg(tr("%Ln paper(s) added", nullptr, report.papersAdded),
                            tr("%Ln updated", nullptr, report.papersUpdated),
                            tr("%Ln unchanged", nullptr, report.papersUnchanged));
    if (report.cancelled) {
        text += QLatin1Char(' ') + tr("The import was cancelled; the files imported before stay.");
    }
    return text;
}

QString ImportSummaryDialog::formatReport(const Core::ImportReport &report)
{
    QStringList lines;
    lines.append(tr("%Ln file(s) read, %1 digest(s), %2 paper entries, %3 screenshots.", nullptr, report.files)
                     .arg(report.digests)
                     .arg(report.entries)
                     .arg(report.screenshots));
    if (!report.errors.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Errors (nothing of these files was imported):"));
        for (const auto &error : report.errors) {
            lines.append(QStringLiteral("  %1: %2").arg(error.path, error.message));
        }
    }
    if (!report.skipped.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Skipped:"));
        for (const auto &skipped : report.skipped) {
            lines.append(QStringLiteral("  %1: %2").arg(skipped.path, skipped.reason));
        }
    }
    if (!report.warnings.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Warnings:"));
        for (const auto &warning : report.warnings) {
            // One multi-argument arg(): a path or message containing "%1" stays verbatim.
            lines.append(
                warning.line > 0
                    ? QStringLiteral("  %1:%2: %3").arg(warning.path, QString::number(warning.line), warning.message)
                    : QStringLiteral("  %1: %2").arg(warning.path, warning.message));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace PaperShelf::Gui
