#pragma once

#include "core/import/importreport.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ImportSummaryDialog;
}

namespace PaperShelf::Gui {

/// The end of an import: what was added, updated, unchanged, skipped and why,
/// and every warning, as text the user can copy.
class ImportSummaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryDialog)

public:
    explicit ImportSummaryDialog(const Core::ImportReport &report, QWidget *parent = nullptr);
    ~ImportSummaryDialog() override;

    /// The report as plain text (what "Copy Report" puts on the clipboard).
    QString reportText() const;

    static QString headline(const Core::ImportReport &report);
    static QString formatReport(const Core::ImportReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    std::unique_ptr<Ui::ImportSummaryDialog> m_ui;
    Core::ImportReport m_report;
};

} // namespace PaperShelf::Gui
