#include "gui/tagpanel.h"
#include "ui_tagpanel.h"

#include "gui/tagfilterproxy.h"

#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QIODevice>
#include <QKeyEvent>

using namespace Qt::Literals::StringLiterals;

namespace PaperShelf::Gui {

namespace {

constexpr quint32 StateMagic = 0x54414750; // "TAGP"
constexpr quint16 StateVersion = 1;
// Far above any real library; guards against reading a corrupt length.
constexpr qint32 MaxSavedTags = 100000;

} // namespace

TagPanel::TagPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TagPanel>())
{
    m_ui->setupUi(this);

    m_model = new TagFilterModel(this);
    m_model->setObjectName(u"tagFilterModel"_s);
    m_proxy = new TagFilterProxy(this);
    m_proxy->setObjectName(u"tagFilterProxy"_s);
    m_proxy->setSourceModel(m_model);

    QTreeView *view = m_ui->tagTreeView;
    view->setModel(m_proxy);
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TagFilterModel::NameColumn, QHeaderView::Stretch);
    // A fixed count column: ResizeToContents would measure rows on every count update.
    header->setSectionResizeMode(TagFilterModel::CountColumn, QHeaderView::Fixed);
    header->resizeSection(TagFilterModel::CountColumn, fontMetrics().horizontalAdvance(u"000,000"_s) + 8);
    view->installEventFilter(this);
    setUpGroups(0, m_proxy->rowCount() - 1);

    connect(m_ui->tagFilterLineEdit, &QLineEdit::textChanged, m_proxy, &TagFilterProxy::setFilterText);
    // A group hidden by the quick filter comes back as a new row: collapsed, not spanned.
    connect(m_proxy,
            &QAbstractItemModel::rowsInserted,
            this,
            [this](const QModelIndex &proxyParent, int first, int last) {
        if (!proxyParent.isValid()) {
            setUpGroups(first, last);
        }
    });
    connect(view, &QAbstractItemView::clicked, this, &TagPanel::activate);
    connect(m_model, &TagFilterModel::statesChanged, this, &TagPanel::notifyFilterChanged);
    // The two radio buttons toggle together; one of them is enough.
    connect(m_ui->matchAllRadioButton, &QRadioButton::toggled, this, &TagPanel::notifyFilterChanged);
    retranslateUi();
}

TagPanel::~TagPanel() = default;

void TagPanel::setCounts(const QList<Core::TagCount> &counts)
{
    m_model->setCounts(counts);
}

void TagPanel::setUserTagColors(const QHash<QString, QString> &colors)
{
    m_model->setUserTagColors(colors);
}

Core::PaperFilter TagPanel::applyTo(Core::PaperFilter base) const
{
    const bool all = matchAll();
    for (const TagFilterModel::ActiveTag &active : m_model->activeTags()) {
        const Core::TagSelector selector{active.tag.name, active.tag.kind};
        QList<Core::TagSelector> *list = &base.noneOf;
        if (active.state == TagFilterModel::FilterState::Include) {
            list = all ? &base.allOf : &base.anyOf;
        }
        // The base may already name the tag (a saved search, say); one condition is enough.
        if (!list->contains(selector)) {
            list->append(selector);
        }
    }
    return base;
}

void TagPanel::setTagState(const Core::Tag &tag, TagFilterModel::FilterState state)
{
    m_model->setState(tag, state);
}

TagFilterModel::FilterState TagPanel::tagState(const Core::Tag &tag) const
{
    return m_model->state(tag);
}

QList<TagFilterModel::ActiveTag> TagPanel::activeTags() const
{
    return m_model->activeTags();
}

void TagPanel::clearFilters()
{
    m_model->clearStates();
}

bool TagPanel::hasActiveFilters() const
{
    return !m_model->activeTags().isEmpty();
}

bool TagPanel::matchAll() const
{
    return m_ui->matchAllRadioButton->isChecked();
}

void TagPanel::setMatchAll(bool matchAll)
{
    if (matchAll) {
        m_ui->matchAllRadioButton->setChecked(true);
    } else {
        m_ui->matchAnyRadioButton->setChecked(true);
    }
}

QByteArray TagPanel::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    const QList<TagFilterModel::ActiveTag> tags = m_model->activeTags();
    out << StateMagic << StateVersion << matchAll() << static_cast<qint32>(tags.size());
    for (const TagFilterModel::ActiveTag &active : tags) {
        // Kinds by name, so a reordered TagKind cannot misread old data.
        out << Core::tagKindName(active.tag.kind) << active.tag.name << static_cast<qint32>(active.state);
    }
    return state;
}

bool TagPanel::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    bool all = true;
    qint32 count = 0;
    in >> magic >> version >> all >> count;
    if (in.status() != QDataStream::Ok || magic != StateMagic || version < 1 || version > StateVersion || count < 0
        || count > MaxSavedTags) {
        return false;
    }
    QList<TagFilterModel::ActiveTag> tags;
    for (qint32 i = 0; i < count; ++i) {
        QString kindName;
        QString name;
        qint32 tagState = 0;
        in >> kindName >> name >> tagState;
        TagFilterModel::ActiveTag active;
        if (in.status() != QDataStream::Ok || !Core::parseTagKind(kindName, &active.tag.kind) || name.isEmpty()
            || (tagState != static_cast<qint32>(TagFilterModel::FilterState::Include)
                && tagState != static_cast<qint32>(TagFilterModel::FilterState::Exclude))) {
            return false;
        }
        active.tag.name = name;
        active.state = static_cast<TagFilterModel::FilterState>(tagState);
        tags.append(active);
    }

    m_batchChange = true;
    m_model->clearStates();
    for (const TagFilterModel::ActiveTag &active : std::as_const(tags)) {
        m_model->setState(active.tag, active.state);
    }
    setMatchAll(all);
    m_batchChange = false;
    Q_EMIT filterChanged();
    return true;
}

void TagPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void TagPanel::retranslateUi()
{
    // The form has every text of the panel; the model has the group titles, counts,
    // tool tips and accessible texts, and the name order of the new locale.
    m_model->retranslate();
}

bool TagPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->tagTreeView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool activates = key->key() == Qt::Key_Space || key->key() == Qt::Key_Return
                            || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        const QModelIndex current = m_ui->tagTreeView->currentIndex();
        if (activates && modifiers == Qt::NoModifier && current.isValid()) {
            activate(current);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TagPanel::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex.siblingAtColumn(TagFilterModel::NameColumn));
    if (!source.isValid()) {
        return;
    }
    if (!source.parent().isValid()) {
        // Group rows: a click opens or closes the group (double clicks do not, see the form).
        const QModelIndex group = proxyIndex.siblingAtColumn(TagFilterModel::NameColumn);
        m_ui->tagTreeView->setExpanded(group, !m_ui->tagTreeView->isExpanded(group));
        return;
    }
    m_model->cycleState(source);
}

void TagPanel::setUpGroups(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        // The group label may use the count column too: a narrow panel elides less.
        m_ui->tagTreeView->setFirstColumnSpanned(row, QModelIndex(), true);
        m_ui->tagTreeView->expand(m_proxy->index(row, TagFilterModel::NameColumn));
    }
}

void TagPanel::notifyFilterChanged()
{
    if (!m_batchChange) {
        Q_EMIT filterChanged();
    }
}

} // namespace PaperShelf::Gui
