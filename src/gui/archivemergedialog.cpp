#include "gui/archivemergedialog.h"
#include "ui_archivemergedialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace PaperShelf::Gui {

namespace {

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

ArchiveMergeDialog::ArchiveMergeDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ArchiveMergeDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("archiveMergeDialog"));
    m_ui->conflictsTableWidget->horizontalHeader()->setSectionResizeMode(ConflictPaperColumn,
                                                                         QHeaderView::ResizeToContents);
    m_ui->skippedTableWidget->horizontalHeader()->setSectionResizeMode(SkippedPaperColumn,
                                                                       QHeaderView::ResizeToContents);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setReport(Core::ArchiveMergeReport());
}

ArchiveMergeDialog::~ArchiveMergeDialog() = default;

QString ArchiveMergeDialog::headline(const Core::ArchiveMergeReport &report)
{
    return tr("Merged %n paper(s): %1 annotation(s) taken, %2 highlight(s) added, %3 updated, "
              "%4 tag link(s) added.",
              nullptr,
              report.papers)
        .arg(report.annotationsTaken)
        .arg(report.highlightsAdded)
        .arg(report.highlightsUpdated)
        .arg(report.tagsAdded);
}

void ArchiveMergeDialog::setReport(const Core::ArchiveMergeReport &report)
{
    m_ui->headlineLabel->setText(headline(report));
    m_ui->warningLabel->setText(report.warning.isEmpty() ? QString() : tr("Warning: %1").arg(report.warning));
    m_ui->warningLabel->setVisible(!report.warning.isEmpty());

    QTableWidget *conflicts = m_ui->conflictsTableWidget;
    conflicts->clearContents();
    conflicts->setRowCount(static_cast<int>(report.conflicts.size()));
    for (int row = 0; row < report.conflicts.size(); ++row) {
        const Core::ArchiveMergeReport::Conflict &conflict = report.conflicts.at(row);
        conflicts->setItem(row, ConflictPaperColumn, textItem(conflict.paperId));
        conflicts->setItem(row, ConflictItemColumn, textItem(conflict.item));
        // The report says "archive" or "library"; the dialog says it in the user's language.
        const QString kept = conflict.kept == QLatin1String("archive") ? tr("The archive's (newer)")
                           : conflict.kept == QLatin1String("library") ? tr("This library's (newer)")
                                                                       : conflict.kept;
        conflicts->setItem(row, ConflictKeptColumn, textItem(kept));
    }
    m_ui->conflictsGroupBox->setVisible(!report.conflicts.isEmpty());

    QTableWidget *skipped = m_ui->skippedTableWidget;
    skipped->clearContents();
    skipped->setRowCount(static_cast<int>(report.skipped.size()));
    for (int row = 0; row < report.skipped.size(); ++row) {
        const Core::ArchiveMergeReport::Skipped &paper = report.skipped.at(row);
        skipped->setItem(row, SkippedPaperColumn, textItem(paper.paperId));
        skipped->setItem(row, SkippedTitleColumn, textItem(paper.title));
    }
    m_ui->skippedGroupBox->setVisible(!report.skipped.isEmpty());
}

} // namespace PaperShelf::Gui
