#include "gui/restoredialog.h"
#include "ui_restoredialog.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace PaperShelf::Gui {

RestoreDialog::RestoreDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RestoreDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("restoreButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_ui->backupsTreeWidget->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->backupsTreeWidget, &QTreeWidget::itemSelectionChanged, this, &RestoreDialog::updateButtons);
    connect(m_ui->backupsTreeWidget, &QTreeWidget::itemActivated, this, [this]() {
        if (selectedBackup()) {
            accept();
        }
    });
    retranslateUi();
}

RestoreDialog::~RestoreDialog() = default;

QString RestoreDialog::reasonText(Core::BackupReason reason)
{
    switch (reason) {
    case Core::BackupReason::Manual:
        return tr("Made on request");
    case Core::BackupReason::Daily:
        return tr("Daily");
    case Core::BackupReason::Migration:
        return tr("Before an upgrade");
    }
    return {};
}

void RestoreDialog::setBackups(const QList<Core::BackupEntry> &backups, const QString &folder)
{
    m_backups = backups;
    m_folder = folder;
    fillList();
    retranslateUi();
}

const Core::BackupEntry *RestoreDialog::selectedBackup() const
{
    const QTreeWidgetItem *item = m_ui->backupsTreeWidget->currentItem();
    if (!item || !item->isSelected()) {
        return nullptr;
    }
    const int index = item->data(0, Qt::UserRole).toInt();
    return index >= 0 && index < m_backups.size() ? &m_backups.at(index) : nullptr;
}

void RestoreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
        fillList();
    }
    QDialog::changeEvent(event);
}

void RestoreDialog::retranslateUi()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));
    if (m_backups.isEmpty()) {
        m_ui->folderLabel->setText(tr("There are no backups in %1 yet.").arg(QDir::toNativeSeparators(m_folder)));
    } else {
        m_ui->folderLabel->setText(tr("Backups are kept in %1.").arg(QDir::toNativeSeparators(m_folder)));
    }
    updateButtons();
}

void RestoreDialog::fillList()
{
    const int current = selectedBackup() ? m_ui->backupsTreeWidget->currentItem()->data(0, Qt::UserRole).toInt() : -1;
    QTreeWidget *tree = m_ui->backupsTreeWidget;
    tree->clear();
    const QLocale locale;
    for (int i = 0; i < m_backups.size(); ++i) {
        const Core::BackupEntry &backup = m_backups.at(i);
        auto *item = new QTreeWidgetItem(tree);
        item->setText(0, locale.toString(backup.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, reasonText(backup.reason));
        item->setText(2, locale.formattedDataSize(backup.bytes));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, QDir::toNativeSeparators(backup.path));
        item->setData(0, Qt::UserRole, i);
        if (i == current) {
            tree->setCurrentItem(item);
        }
    }
    updateButtons();
}

void RestoreDialog::updateButtons()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(selectedBackup() != nullptr);
}

} // namespace PaperShelf::Gui
