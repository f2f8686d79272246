#pragma once

#include "core/db/records.h"
#include "gui/tagfiltermodel.h"

#include <QList>
#include <QString>
#include <QWidget>

class QToolButton;

namespace PaperShelf::Gui {

class FlowLayout;

/// The active filter above the paper list as removable chips: the search text,
/// then the included and the excluded tags, then "Clear all". Hidden while
/// nothing filters. The bar only reports clicks; its owner changes the filter
/// and calls setFilter() again.
class FilterChipsBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterChipsBar)

public:
    explicit FilterChipsBar(QWidget *parent = nullptr);
    ~FilterChipsBar() override;

    /// Rebuilds the chips. With `matchAll` false, the included tags are marked
    /// as alternatives ("any of").
    void setFilter(const QString &searchText, const QList<TagFilterModel::ActiveTag> &tags, bool matchAll = true);

    /// "topic: 3DGS": how chips and their accessible names spell a tag.
    static QString describe(const Core::Tag &tag);

Q_SIGNALS:
    void searchCleared();
    void tagRemoved(const Core::Tag &tag);
    void allCleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildChips();
    /// Adds a chip and returns its remove button.
    QToolButton *addChip(const QString &style, const QString &text, const QString &description);
    void clearChips();

    FlowLayout *m_layout = nullptr;
    // The filter shown, kept so that a language change can spell the chips anew.
    QString m_searchText;
    QList<TagFilterModel::ActiveTag> m_tags;
    bool m_matchAll = true;
    QList<QWidget *> m_items; ///< chips, labels and buttons of the current filter, in order
};

} // namespace PaperShelf::Gui
