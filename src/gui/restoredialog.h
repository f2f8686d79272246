#pragma once

#include "core/backup/librarybackup.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class RestoreDialog;
}

namespace PaperShelf::Gui {

/// "Restore from Backup": lists a library's backups, newest first (when, why,
/// how big), and lets the user pick one. Restore is enabled once a backup is
/// chosen; the restore itself is its owner's work (MaintenanceActions, WindowHost).
class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    explicit RestoreDialog(QWidget *parent = nullptr);
    ~RestoreDialog() override;

    /// `folder` is where they are, shown to the user.
    void setBackups(const QList<Core::BackupEntry> &backups, const QString &folder);
    /// The chosen backup, as in LibraryBackup::list(); nullptr when none is chosen.
    const Core::BackupEntry *selectedBackup() const;

    /// The reason of a backup in the user's words.
    static QString reasonText(Core::BackupReason reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillList();
    void updateButtons();

    std::unique_ptr<Ui::RestoreDialog> m_ui;
    QList<Core::BackupEntry> m_backups;
    QString m_folder;
};

} // namespace PaperShelf::Gui
