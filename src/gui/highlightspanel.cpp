#include "gui/highlightspanel.h"
#include "ui_highlightspanel.h"

#include "gui/highlightlistdelegate.h"
#include "gui/highlightlistmodel.h"
#include "gui/highlightpalette.h"
#include "gui/inputdialog.h"
#include "gui/plaintext.h"

#include <QAction>
#include <QActionGroup>
#include <QKeyEvent>
#include <QMenu>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

using namespace Qt::Literals::StringLiterals;

namespace PaperShelf::Gui {

namespace {

// e.g. "yellow" -> "Yellow", for object names.
QString capitalised(const QString &key)
{
    return key.left(1).toUpper() + key.mid(1);
}

} // namespace

HighlightsPanel::HighlightsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HighlightsPanel>())
{
    m_ui->setupUi(this);

    m_model = new HighlightListModel(this);
    m_model->setObjectName(u"highlightListModel"_s);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setObjectName(u"highlightFilterProxy"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(HighlightListModel::ColorKeyRole);

    QListView *view = m_ui->highlightsListView;
    view->setModel(m_proxy);
    view->setItemDelegate(new HighlightListDelegate(view));
    view->installEventFilter(this);
    connect(view, &QAbstractItemView::activated, this, &HighlightsPanel::activateIndex);
    connect(view, &QWidget::customContextMenuRequested, this, &HighlightsPanel::showContextMenu);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &HighlightsPanel::updateActions);

    m_changeColorMenu = new QMenu(this);
    m_changeColorMenu->setObjectName(u"changeColorMenu"_s);
    m_changeColorGroup = new QActionGroup(m_changeColorMenu);
    m_editCommentAction = new QAction(this);
    m_editCommentAction->setObjectName(u"editCommentAction"_s);
    connect(m_editCommentAction, &QAction::triggered, this, &HighlightsPanel::editCurrentComment);
    m_removeAction = new QAction(this);
    m_removeAction->setObjectName(u"removeHighlightAction"_s);
    // Shown in the menu; the key itself is handled in eventFilter(), where it works without an active window.
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeAction, &QAction::triggered, this, &HighlightsPanel::removeCurrent);
    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(u"highlightContextMenu"_s);
    m_contextMenu->addMenu(m_changeColorMenu);
    m_contextMenu->addAction(m_editCommentAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_removeAction);

    m_renameMenu = new QMenu(this);
    m_renameMenu->setObjectName(u"renameColorsMenu"_s);
    m_ui->renameColorsToolButton->setMenu(m_renameMenu);

    connect(m_ui->colorFilterComboBox, &QComboBox::currentIndexChanged, this, [this]() {
        applyColorFilter();
        Q_EMIT colorFilterChanged(colorFilter());
    });

    retranslateUi(); // builds the colour controls
    updateActions();
    updateEmptyState();
}

HighlightsPanel::~HighlightsPanel() = default;

void HighlightsPanel::retranslateUi()
{
    m_changeColorMenu->setTitle(tr("Change Colour"));
    m_editCommentAction->setText(tr("Edit Comment…"));
    m_removeAction->setText(tr("Remove Highlight"));
    m_model->retranslate();
    rebuildColorControls(); // "All colours" and the colours' names
}

void HighlightsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void HighlightsPanel::setColors(const QList<Core::HighlightColor> &colors)
{
    m_model->setColors(colors);
    rebuildColorControls();
}

void HighlightsPanel::setHighlights(const QList<Core::Highlight> &highlights)
{
    const std::optional<Core::Highlight> current = currentHighlight();
    m_model->setHighlights(highlights, false);
    if (current) {
        setCurrentHighlight(current->id);
    }
    updateEmptyState();
    updateActions();
}

void HighlightsPanel::setLibraryHighlights(const QList<Core::Highlight> &highlights,
                                           const QHash<qint64, QString> &paperTitles)
{
    const std::optional<Core::Highlight> current = currentHighlight();
    m_model->setHighlights(highlights, true, paperTitles);
    if (current) {
        setCurrentHighlight(current->id);
    }
    updateEmptyState();
    updateActions();
}

bool HighlightsPanel::isLibraryWide() const
{
    return m_model->isLibraryWide();
}

void HighlightsPanel::rebuildColorControls()
{
    const QList<Core::HighlightColor> colors = m_model->colors();

    // The filter: "All colours", then each colour by meaning and name; the choice survives.
    QComboBox *combo = m_ui->colorFilterComboBox;
    const QString filter = colorFilter();
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("All colours"), QString());
        for (const Core::HighlightColor &color : colors) {
            combo->addItem(HighlightPalette::swatch(color.rgb), HighlightPalette::label(color), color.key);
            combo->setItemData(combo->count() - 1,
                               PlainText::toolTip(HighlightPalette::description(color)),
                               Qt::ToolTipRole);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(filter)));
    }
    applyColorFilter();

    m_changeColorMenu->clear();
    m_changeColorActions.clear();
    m_renameMenu->clear();
    for (const Core::HighlightColor &color : colors) {
        const QString key = color.key;
        QAction *change = m_changeColorMenu->addAction(HighlightPalette::swatch(color.rgb),
                                                       HighlightPalette::actionText(HighlightPalette::label(color)));
        change->setToolTip(PlainText::toolTip(HighlightPalette::description(color)));
        change->setObjectName(u"changeColor%1Action"_s.arg(capitalised(key)));
        change->setData(key);
        change->setCheckable(true);
        m_changeColorGroup->addAction(change);
        connect(change, &QAction::triggered, this, [this, key]() {
            changeCurrentColor(key);
        });
        m_changeColorActions.append(change);

        QAction *rename = m_renameMenu->addAction(HighlightPalette::swatch(color.rgb),
                                                  tr("%1…").arg(
                                                      HighlightPalette::actionText(HighlightPalette::label(color))));
        rename->setToolTip(PlainText::toolTip(HighlightPalette::description(color)));
        rename->setObjectName(u"rename%1MeaningAction"_s.arg(capitalised(key)));
        connect(rename, &QAction::triggered, this, [this, key]() {
            renameMeaning(key);
        });
    }
    updateActions();
}

QString HighlightsPanel::colorFilter() const
{
    return m_ui->colorFilterComboBox->currentData().toString();
}

void HighlightsPanel::setColorFilter(const QString &key)
{
    m_ui->colorFilterComboBox->setCurrentIndex(std::max(0, m_ui->colorFilterComboBox->findData(key)));
}

void HighlightsPanel::applyColorFilter()
{
    const QString key = colorFilter();
    m_proxy->setFilterRegularExpression(
        key.isEmpty() ? QRegularExpression() : QRegularExpression(u"^%1$"_s.arg(QRegularExpression::escape(key))));
    updateEmptyState();
}

void HighlightsPanel::updateEmptyState()
{
    m_ui->emptyLabel->setVisible(m_model->rowCount() == 0);
}

std::optional<Core::Highlight> HighlightsPanel::currentHighlight() const
{
    const QModelIndex index = m_proxy->mapToSource(m_ui->highlightsListView->currentIndex());
    if (!index.isValid()) {
        return std::nullopt;
    }
    return m_model->highlight(index.row());
}

bool HighlightsPanel::setCurrentHighlight(qint64 id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row));
    if (!index.isValid()) {
        return false;
    }
    m_ui->highlightsListView->setCurrentIndex(index);
    m_ui->highlightsListView->scrollTo(index);
    return true;
}

void HighlightsPanel::updateActions()
{
    const std::optional<Core::Highlight> current = currentHighlight();
    m_editCommentAction->setEnabled(current.has_value());
    m_removeAction->setEnabled(current.has_value());
    m_changeColorMenu->setEnabled(current.has_value());
    for (QAction *action : std::as_const(m_changeColorActions)) {
        action->setChecked(current && action->data().toString() == current->color);
    }
}

void HighlightsPanel::activateIndex(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    if (index.isValid()) {
        Q_EMIT activated(m_model->highlight(index.row()));
    }
}

void HighlightsPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->highlightsListView->indexAt(pos);
    if (!index.isValid()) {
        return;
    }
    m_ui->highlightsListView->setCurrentIndex(index);
    updateActions();
    m_contextMenu->exec(m_ui->highlightsListView->viewport()->mapToGlobal(pos));
}

void HighlightsPanel::removeCurrent()
{
    if (const std::optional<Core::Highlight> current = currentHighlight()) {
        Q_EMIT removeRequested(current->id);
    }
}

void HighlightsPanel::changeCurrentColor(const QString &key)
{
    const std::optional<Core::Highlight> current = currentHighlight();
    if (current && current->color != key) {
        Q_EMIT editRequested(current->id, key, current->comment);
    }
    updateActions();
}

void HighlightsPanel::editCurrentComment()
{
    const std::optional<Core::Highlight> current = currentHighlight();
    if (!current) {
        return;
    }
    const std::optional<QString> comment = InputDialog::getMultiLineText(this,
                                                                         tr("Edit Comment"),
                                                                         tr("Comment on the highlighted text:"),
                                                                         current->comment);
    if (comment && comment->trimmed() != current->comment) {
        Q_EMIT editRequested(current->id, current->color, comment->trimmed());
    }
}

void HighlightsPanel::renameMeaning(const QString &key)
{
    const Core::HighlightColor *color = HighlightPalette::find(m_model->colors(), key);
    const QString meaning = color ? color->meaning : QString();
    const std::optional<QString> answer = InputDialog::getText(this,
                                                               tr("Rename Colour Meaning"),
                                                               tr("What does %1 mean? Leave it empty for the default.")
                                                                   .arg(HighlightPalette::colorName(key)),
                                                               meaning);
    if (answer && answer->simplified() != meaning) {
        Q_EMIT colorMeaningRenameRequested(key, answer->simplified());
    }
}

bool HighlightsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->highlightsListView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && key->modifiers() == Qt::NoModifier
            && currentHighlight()) {
            removeCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace PaperShelf::Gui
