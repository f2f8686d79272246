#include "gui/shelfpanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace PaperShelf::Gui {

namespace {

constexpr int ShelfIdRole = Qt::UserRole + 1;

} // namespace

ShelfPanel::ShelfPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("shelvesLabel"));
    m_saveButton = new QToolButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveShelfButton"));
    header->addWidget(m_label);
    header->addStretch(1);
    header->addWidget(m_saveButton);
    layout->addLayout(header);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("shelvesListWidget"));
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);

    m_label->setBuddy(m_list);
    layout->addWidget(m_list);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    connect(m_saveButton, &QToolButton::clicked, this, &ShelfPanel::saveRequested);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const Core::Shelf *shelf = shelfOf(item)) {
            Q_EMIT shelfActivated(*shelf);
        }
    });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (const Core::Shelf *shelf = shelfOf(item)) {
            Q_EMIT shelfActivated(*shelf);
        }
    });
    connect(m_list, &QListWidget::customContextMenuRequested, this, &ShelfPanel::showContextMenu);
    retranslateUi();
}

ShelfPanel::~ShelfPanel() = default;

void ShelfPanel::setShelves(const QList<Core::Shelf> &shelves)
{
    m_shelves = shelves;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Core::Shelf &shelf : shelves) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(ShelfIdRole, shelf.id);
    }
    refreshTexts();
    // As tall as its shelves (up to eight rows; more scroll), so the tags get the rest.
    const int rows = std::clamp(static_cast<int>(shelves.size()), 4, 8);
    const int rowHeight = m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0)
                                                        : m_list->fontMetrics().height() + 4;
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 4);
}

void ShelfPanel::setCounts(const QHash<qint64, int> &counts)
{
    m_counts = counts;
    refreshTexts();
}

void ShelfPanel::setActiveShelf(qint64 id)
{
    m_activeId = id;
    refreshTexts();
}

void ShelfPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ShelfPanel::retranslateUi()
{
    m_label->setText(tr("Shel&ves"));
    m_saveButton->setText(tr("Save Search…"));
    m_saveButton->setToolTip(tr("Save the current search, tag filters and sort as a shelf"));
    m_list->setAccessibleName(tr("Shelves"));
    // Built-in names are translated each time they are shown (Shelf::displayName()).
    refreshTexts();
}

void ShelfPanel::refreshTexts()
{
    const QLocale locale;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const Core::Shelf *shelf = shelfOf(item);
        if (!shelf) {
            continue;
        }
        const auto count = m_counts.constFind(shelf->id);
        const QString name = shelf->displayName();
        item->setText(count == m_counts.constEnd() ? name : tr("%1 (%2)").arg(name, locale.toString(*count)));
        item->setToolTip(shelf->builtIn ? tr("Built-in shelf") : tr("Saved search; right-click to rename or remove"));
        const bool active = shelf->id == m_activeId;
        QFont font = item->font();
        font.setBold(active);
        item->setFont(font);
        // Bold alone does not reach screen readers.
        item->setData(Qt::AccessibleTextRole, active ? tr("%1, open").arg(item->text()) : QVariant());
    }
}

const Core::Shelf *ShelfPanel::shelfOf(const QListWidgetItem *item) const
{
    if (!item) {
        return nullptr;
    }
    const qint64 id = item->data(ShelfIdRole).toLongLong();
    for (const Core::Shelf &shelf : m_shelves) {
        if (shelf.id == id) {
            return &shelf;
        }
    }
    return nullptr;
}

void ShelfPanel::showContextMenu(const QPoint &position)
{
    const Core::Shelf *shelf = shelfOf(m_list->itemAt(position));
    if (!shelf || shelf->builtIn) {
        return;
    }
    const Core::Shelf chosen = *shelf;
    QMenu menu(this);
    QAction *rename = menu.addAction(tr("&Rename Shelf…"));
    QAction *remove = menu.addAction(tr("Re&move Shelf"));
    QAction *picked = menu.exec(m_list->viewport()->mapToGlobal(position));
    if (picked == rename) {
        Q_EMIT renameRequested(chosen);
    } else if (picked == remove) {
        Q_EMIT removeRequested(chosen);
    }
}

} // namespace PaperShelf::Gui
