#include "gui/managetagsdialog.h"
#include "ui_managetagsdialog.h"

#include "core/db/paperwriter.h"
#include "gui/colordialog.h"
#include "gui/inputdialog.h"
#include "gui/messagebox.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>

namespace PaperShelf::Gui {

namespace {

/// A square of the tag's colour; an outlined empty square for "no colour".
QIcon swatch(const QString &color, const QPalette &palette)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(palette.color(QPalette::Mid));
    const QColor fill(color);
    painter.setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
    painter.drawRect(QRect(1, 1, 13, 13));
    return QIcon(pixmap);
}

} // namespace

ManageTagsDialog::ManageTagsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ManageTagsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("manageTagsDialog"));
    QHeaderView *header = m_ui->tagsTableWidget->horizontalHeader();
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_ui->messageLabel->hide();
    m_ui->mergeInsteadButton->hide();

    connect(m_ui->renameButton, &QPushButton::clicked, this, &ManageTagsDialog::rename);
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &ManageTagsDialog::mergeInto);
    connect(m_ui->colorButton, &QPushButton::clicked, this, &ManageTagsDialog::chooseColor);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ManageTagsDialog::deleteTag);
    connect(m_ui->mergeInsteadButton, &QPushButton::clicked, this, &ManageTagsDialog::mergeInstead);
    connect(m_ui->tagsTableWidget, &QTableWidget::itemSelectionChanged, this, &ManageTagsDialog::updateButtons);
    connect(m_ui->tagsTableWidget, &QTableWidget::itemSelectionChanged, this, [this]() {
        showMessage(Message::None);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    retranslateUi();
}

ManageTagsDialog::~ManageTagsDialog() = default;

void ManageTagsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ManageTagsDialog::retranslateUi()
{
    updateRowTexts();
    showMessage(m_message);
}

void ManageTagsDialog::updateRowTexts()
{
    QTableWidget *table = m_ui->tagsTableWidget;
    for (int row = 0; row < m_tags.size() && row < table->rowCount(); ++row) {
        const Core::UserTag &tag = m_tags.at(row);
        if (QTableWidgetItem *name = table->item(row, NameColumn)) {
            // The swatch is colour only: the tool tip says which colour it is.
            name->setToolTip(tag.color.isEmpty() ? tr("No colour") : tr("Colour %1").arg(tag.color));
        }
        if (QTableWidgetItem *count = table->item(row, CountColumn)) {
            count->setText(QLocale().toString(tag.count));
        }
    }
}

void ManageTagsDialog::setTags(const QList<Core::UserTag> &tags)
{
    const QString selected = selectedTag();
    m_tags = tags;
    QTableWidget *table = m_ui->tagsTableWidget;
    const QSignalBlocker blocker(table);
    table->clearContents();
    table->setRowCount(static_cast<int>(tags.size()));
    for (int row = 0; row < tags.size(); ++row) {
        const Core::UserTag &tag = tags.at(row);
        auto *name = new QTableWidgetItem(swatch(tag.color, palette()), tag.name);
        auto *count = new QTableWidgetItem;
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, NameColumn, name);
        table->setItem(row, CountColumn, count);
    }
    updateRowTexts();
    if (selected.isEmpty() || !selectTag(selected)) {
        table->clearSelection();
    }
    updateButtons();
}

bool ManageTagsDialog::selectTag(const QString &name)
{
    const QString norm = Core::PaperWriter::normalizedTagName(name);
    for (int row = 0; row < m_tags.size(); ++row) {
        if (Core::PaperWriter::normalizedTagName(m_tags.at(row).name) == norm) {
            m_ui->tagsTableWidget->selectRow(row);
            updateButtons();
            return true;
        }
    }
    return false;
}

QString ManageTagsDialog::selectedTag() const
{
    const QModelIndexList rows = m_ui->tagsTableWidget->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_tags.size()) {
        return QString();
    }
    return m_tags.at(rows.first().row()).name;
}

QString ManageTagsDialog::message() const
{
    return m_ui->messageLabel->text();
}

const Core::UserTag *ManageTagsDialog::find(const QString &name) const
{
    const QString norm = Core::PaperWriter::normalizedTagName(name);
    for (const Core::UserTag &tag : m_tags) {
        if (Core::PaperWriter::normalizedTagName(tag.name) == norm) {
            return &tag;
        }
    }
    return nullptr;
}

void ManageTagsDialog::showMessage(Message message)
{
    m_message = message;
    const bool offerMerge = message == Message::NameTaken;
    QString text;
    switch (message) {
    case Message::None:
        break;
    case Message::NeedsName:
        text = tr("A tag needs a name.");
        break;
    case Message::NameTaken:
        text = tr("There already is a tag “%1”. Two tags cannot share a name; merge “%2” into “%1” instead?")
                   .arg(m_offeredInto, m_offeredFrom);
        break;
    }
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
    m_ui->mergeInsteadButton->setVisible(offerMerge);
    if (!offerMerge) {
        m_offeredFrom.clear();
        m_offeredInto.clear();
    }
}

void ManageTagsDialog::updateButtons()
{
    const bool selected = !selectedTag().isEmpty();
    m_ui->renameButton->setEnabled(selected);
    m_ui->mergeButton->setEnabled(selected && m_tags.size() > 1);
    m_ui->colorButton->setEnabled(selected);
    m_ui->deleteButton->setEnabled(selected);
}

void ManageTagsDialog::rename()
{
    const QString name = selectedTag();
    if (name.isEmpty()) {
        return;
    }
    const std::optional<QString> entered = InputDialog::getText(this,
                                                                tr("Rename Tag"),
                                                                tr("New name for “%1”:").arg(name),
                                                                name);
    if (!entered) {
        return;
    }
    const QString newName = entered->simplified();
    if (newName.isEmpty()) {
        showMessage(Message::NeedsName);
        return;
    }
    if (newName == name) {
        showMessage(Message::None);
        return;
    }
    const Core::UserTag *other = find(newName);
    // A change of spelling only ("nerf" → "NeRF") finds the tag itself: that is fine.
    if (other && Core::PaperWriter::normalizedTagName(other->name) != Core::PaperWriter::normalizedTagName(name)) {
        m_offeredFrom = name;
        m_offeredInto = other->name;
        showMessage(Message::NameTaken);
        return;
    }
    showMessage(Message::None);
    Q_EMIT renameRequested(name, newName);
}

void ManageTagsDialog::mergeInstead()
{
    const QString from = m_offeredFrom;
    const QString into = m_offeredInto;
    showMessage(Message::None);
    if (!from.isEmpty() && !into.isEmpty()) {
        Q_EMIT mergeRequested(from, into);
    }
}

void ManageTagsDialog::mergeInto()
{
    const QString name = selectedTag();
    if (name.isEmpty()) {
        return;
    }
    QStringList others;
    for (const Core::UserTag &tag : m_tags) {
        if (tag.name != name) {
            others.append(tag.name);
        }
    }
    if (others.isEmpty()) {
        return;
    }
    const std::optional<QString>
        chosen = InputDialog::getItem(this,
                                      tr("Merge Tag"),
                                      tr("Merge “%1” into (its papers get that tag, and “%1” is deleted):").arg(name),
                                      others);
    if (!chosen) {
        return;
    }
    const Core::UserTag *into = find(*chosen);
    if (!into || into->name == name) {
        return;
    }
    showMessage(Message::None);
    Q_EMIT mergeRequested(name, into->name);
}

void ManageTagsDialog::chooseColor()
{
    const QString name = selectedTag();
    const Core::UserTag *tag = find(name);
    if (!tag) {
        return;
    }
    const QColor color = ColorDialog::getColor(this, QColor(tag->color), tr("Colour of “%1”").arg(name));
    if (!color.isValid()) {
        return;
    }
    Q_EMIT colorRequested(name, color.name(QColor::HexRgb));
}

void ManageTagsDialog::deleteTag()
{
    const QString name = selectedTag();
    const Core::UserTag *tag = find(name);
    if (!tag) {
        return;
    }
    const QString text = tag->count == 0 ? tr("Delete the tag “%1”? No paper carries it.").arg(name)
                                         : tr("Delete the tag “%1”? It is taken off the %Ln paper(s) that carry it.",
                                              nullptr,
                                              tag->count)
                                               .arg(name);
    const QMessageBox::StandardButton answer = MessageBox::question(this,
                                                                    tr("Delete Tag"),
                                                                    text,
                                                                    QMessageBox::Yes | QMessageBox::No,
                                                                    QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    Q_EMIT deleteRequested(name);
}

} // namespace PaperShelf::Gui
