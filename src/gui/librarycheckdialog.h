#pragma once

#include "core/backup/librarycheck.h"

#include <QDialog>
#include <QList>

#include <memory>

class QPushButton;

namespace Ui {
class LibraryCheckDialog;
}

namespace PaperShelf::Gui {

/// "Check Library": shows what LibraryCheck found, one problem a line in the
/// user's words, and offers Repair while a repairable problem is left. The
/// dialog runs no SQL: its owner (MaintenanceActions) checks and repairs off
/// the GUI thread and hands the results in.
class LibraryCheckDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryCheckDialog)

public:
    explicit LibraryCheckDialog(QWidget *parent = nullptr);
    ~LibraryCheckDialog() override;

    /// A check (or, with `repairing`, a repair) runs: busy bar, no Repair.
    void showBusy(bool repairing);
    /// The outcome of a check (`afterRepair` false) or of a repair.
    void showProblems(const QList<Core::LibraryProblem> &problems, bool afterRepair);
    /// The check or repair could not run.
    void showFailure(const QString &message);

    /// Test hook: the lines of the problem list as shown.
    QStringList problemTexts() const;

Q_SIGNALS:
    void repairRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State {
        Busy,
        Repairing,
        Shown,
        Failed,
    };

    /// Texts set in code; again after a language switch.
    void retranslateUi();
    void updateRepairButton();

    std::unique_ptr<Ui::LibraryCheckDialog> m_ui;
    QPushButton *m_repairButton = nullptr;
    State m_state = State::Busy;
    QList<Core::LibraryProblem> m_problems;
    bool m_afterRepair = false;
    QString m_failure;
};

} // namespace PaperShelf::Gui
