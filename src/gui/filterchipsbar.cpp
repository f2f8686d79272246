#include "gui/filterchipsbar.h"

#include "gui/flowlayout.h"
#include "gui/plaintext.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace PaperShelf::Gui {

namespace {

// Longer search texts are elided in the chip (the tooltip has all of it).
constexpr int MaxSearchChipWidth = 240;

} // namespace

FilterChipsBar::FilterChipsBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this))
{
    m_layout->setContentsMargins(4, 2, 4, 2);
    m_layout->setSpacing(4);
    // Chips are framed by their state, and the text marker repeats it for readers
    // who cannot tell the colours apart.
    setStyleSheet(
        uR"(QFrame[chipStyle] { border: 1px solid palette(mid); border-radius: 10px; background: palette(base); }
QFrame[chipStyle="include"] { border-color: #1a7f37; }
QFrame[chipStyle="exclude"] { border-color: #c62828; })"_s);
    retranslateUi(); // hides the bar: nothing filters yet
}

FilterChipsBar::~FilterChipsBar() = default;

void FilterChipsBar::setFilter(const QString &searchText, const QList<TagFilterModel::ActiveTag> &tags, bool matchAll)
{
    m_searchText = searchText;
    m_tags = tags;
    m_matchAll = matchAll;
    rebuildChips();
}

void FilterChipsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void FilterChipsBar::retranslateUi()
{
    setAccessibleName(tr("Active filters"));
    // Every chip text is translated ("search: …", "topic: …", "Clear all").
    rebuildChips();
}

void FilterChipsBar::rebuildChips()
{
    clearChips();

    const QString search = m_searchText.trimmed();
    if (!search.isEmpty()) {
        const QString elided = fontMetrics().elidedText(search, Qt::ElideRight, MaxSearchChipWidth);
        QToolButton *remove = addChip(u"search"_s, tr("search: %1").arg(elided), tr("search: %1").arg(search));
        remove->parentWidget()->setToolTip(PlainText::toolTip(search));
        connect(remove, &QToolButton::clicked, this, &FilterChipsBar::searchCleared);
    }

    QList<TagFilterModel::ActiveTag> included;
    QList<TagFilterModel::ActiveTag> excluded;
    for (const TagFilterModel::ActiveTag &active : std::as_const(m_tags)) {
        if (active.state == TagFilterModel::FilterState::Include) {
            included.append(active);
        } else if (active.state == TagFilterModel::FilterState::Exclude) {
            excluded.append(active);
        }
    }
    if (!m_matchAll && included.size() > 1) {
        auto *anyOf = new QLabel(tr("any of:"), this);
        anyOf->setObjectName(u"anyOfLabel"_s);
        m_layout->addWidget(anyOf);
        m_items.append(anyOf);
    }
    for (const QList<TagFilterModel::ActiveTag> *list : {&included, &excluded}) {
        for (const TagFilterModel::ActiveTag &active : *list) {
            const bool include = active.state == TagFilterModel::FilterState::Include;
            const QString description = describe(active.tag);
            const QString marker = include ? u"\u2713"_s : u"\u2298"_s; // ✓ or ⊘
            QToolButton *remove = addChip(include ? u"include"_s : u"exclude"_s,
                                          marker + u' ' + description,
                                          description);
            // The state in words too, for screen readers and on hover.
            const QString state = include ? tr("Included %1").arg(description) : tr("Excluded %1").arg(description);
            remove->parentWidget()->setAccessibleName(state);
            remove->parentWidget()->setToolTip(PlainText::toolTip(state));
            const Core::Tag tag = active.tag;
            connect(remove, &QToolButton::clicked, this, [this, tag] {
                Q_EMIT tagRemoved(tag);
            });
        }
    }

    if (!m_items.isEmpty()) {
        auto *clearAll = new QToolButton(this);
        clearAll->setObjectName(u"clearAllToolButton"_s);
        clearAll->setText(tr("Clear all"));
        clearAll->setAccessibleName(tr("Clear all filters"));
        clearAll->setAutoRaise(true);
        connect(clearAll, &QToolButton::clicked, this, &FilterChipsBar::allCleared);
        m_layout->addWidget(clearAll);
        m_items.append(clearAll);
    }
    setVisible(!m_items.isEmpty());
}

QString FilterChipsBar::describe(const Core::Tag &tag)
{
    QString kind;
    switch (tag.kind) {
    case Core::TagKind::Topic:
        kind = tr("topic");
        break;
    case Core::TagKind::Keyword:
        kind = tr("keyword");
        break;
    case Core::TagKind::User:
        kind = tr("my tag");
        break;
    }
    return tr("%1: %2").arg(kind, tag.name);
}

QToolButton *FilterChipsBar::addChip(const QString &style, const QString &text, const QString &description)
{
    auto *chip = new QFrame(this);
    chip->setObjectName(style == u"search" ? u"searchChipFrame"_s : u"tagChipFrame"_s);
    chip->setProperty("chipStyle", style);
    chip->setAccessibleName(description);
    auto *layout = new QHBoxLayout(chip);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(0);

    auto *label = new QLabel(text, chip);
    label->setObjectName(u"chipLabel"_s);
    label->setTextFormat(Qt::PlainText); // tag names and the search come from digests and the user
    layout->addWidget(label);

    auto *remove = new QToolButton(chip);
    remove->setObjectName(u"removeChipToolButton"_s);
    remove->setText(u"\u2715"_s); // ✕
    remove->setAutoRaise(true);
    const QString removeText = tr("Remove filter %1").arg(description);
    remove->setAccessibleName(removeText);
    remove->setToolTip(PlainText::toolTip(removeText));
    layout->addWidget(remove);

    m_layout->addWidget(chip);
    m_items.append(chip);
    return remove;
}

void FilterChipsBar::clearChips()
{
    for (QWidget *item : std::as_const(m_items)) {
        m_layout->removeWidget(item);
        // Detached at once (findChildren no longer sees it) but deleted later: the
        // click that led here may still be running inside one of its buttons.
        item->setParent(nullptr);
        item->deleteLater();
    }
    m_items.clear();
}

} // namespace PaperShelf::Gui
