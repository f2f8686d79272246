#pragma once

#include "core/annotations/annotationarchive.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ArchiveMergeDialog;
}

namespace PaperShelf::Gui {

/// The end of an annotation-archive merge: what was taken, every conflict
/// (and which side's edit was kept), every paper skipped, and the warning.
class ArchiveMergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveMergeDialog)

public:
    enum ConflictColumn {
        ConflictPaperColumn,
        ConflictItemColumn,
        ConflictKeptColumn,
    };

    enum SkippedColumn {
        SkippedPaperColumn,
        SkippedTitleColumn,
    };

    explicit ArchiveMergeDialog(QWidget *parent = nullptr);
    ~ArchiveMergeDialog() override;

    void setReport(const Core::ArchiveMergeReport &report);

    static QString headline(const Core::ArchiveMergeReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The headline, the warning and the "kept" column, from m_report.
    void retranslateUi();

    std::unique_ptr<Ui::ArchiveMergeDialog> m_ui;
    Core::ArchiveMergeReport m_report;
};

} // namespace PaperShelf::Gui
