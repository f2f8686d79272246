#include "gui/archivemergedialog.h"
#include "ui_archivemergedialog.h"

#include "gui/plaintext.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>

namespace PaperShelf::Gui {

namespace {

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(PlainText::toolTip(text));
    return item;
}

/// The report names what conflicted in English ("status", "highlight: <quote>");
/// the dialog says it in the user's language.
QString itemText(const QString &item)
{
    static const QLatin1String highlightPrefix("highlight: ");
    if (item == QLatin1String("status")) {
        return ArchiveMergeDialog::tr("Status");
    }
    if (item == QLatin1String("rating")) {
        return ArchiveMergeDialog::tr("Rating");
    }
    if (item == QLatin1String("favourite")) {
        return ArchiveMergeDialog::tr("Favourite");
    }
    if (item == QLatin1String("notes")) {
        return ArchiveMergeDialog::tr("Notes");
    }
    if (item.startsWith(highlightPrefix)) {
        return ArchiveMergeDialog::tr("Highlight: %1").arg(item.mid(highlightPrefix.size()));
    }
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

void ArchiveMergeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ArchiveMergeDialog::retranslateUi()
{
    const Core::ArchiveMergeReport &report = m_report;
    m_ui->headlineLabel->setText(headline(report));
    m_ui->warningLabel->setText(report.warning.isEmpty() ? QString() : tr("Warning: %1").arg(report.warning));
    QTableWidget *conflicts = m_ui->conflictsTableWidget;
    for (int row = 0; row < report.conflicts.size() && row < conflicts->rowCount(); ++row) {
        const Core::ArchiveMergeReport::Conflict &conflict = report.conflicts.at(row);
        if (QTableWidgetItem *item = conflicts->item(row, ConflictItemColumn)) {
            item->setText(itemText(conflict.item));
            item->setToolTip(PlainText::toolTip(item->text()));
        }
        const QString &kept = conflict.kept;
        // The report says "archive" or "library"; the dialog says it in the user's language.
        const QString text = kept == QLatin1String("archive") ? tr("The archive's (newer)")
                           : kept == QLatin1String("library") ? tr("This library's (newer)")
                                                              : kept;
        if (QTableWidgetItem *item = conflicts->item(row, ConflictKeptColumn)) {
            item->setText(text);
            item->setToolTip(PlainText::toolTip(text));
        }
    }
}

QString ArchiveMergeDialog::headline(const Core::ArchiveMergeReport &report)
{
    return tr("Merged %Ln paper(s): %1 annotation(s) taken, %2 highlight(s) added, %3 updated, "
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
    m_report = report;
    m_ui->warningLabel->setVisible(!report.warning.isEmpty());

    QTableWidget *conflicts = m_ui->conflictsTableWidget;
    conflicts->clearContents();
    conflicts->setRowCount(static_cast<int>(report.conflicts.size()));
    for (int row = 0; row < report.conflicts.size(); ++row) {
        const Core::ArchiveMergeReport::Conflict &conflict = report.conflicts.at(row);
        conflicts->setItem(row, ConflictPaperColumn, textItem(conflict.paperId));
        // The item and kept columns get their text in retranslateUi().
        conflicts->setItem(row, ConflictItemColumn, textItem(QString()));
        conflicts->setItem(row, ConflictKeptColumn, textItem(QString()));
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
    retranslateUi();
}

} // namespace PaperShelf::Gui
