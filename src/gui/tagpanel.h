#pragma once

#include "core/db/records.h"
#include "core/search/paperfilter.h"
#include "gui/tagfiltermodel.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>

namespace Ui {
class TagPanel;
}

namespace PaperShelf::Gui {

class TagFilterProxy;

/// The tag side panel: the tags of the current result set grouped by kind,
/// with a quick filter over their names. A click (or Space/Enter) cycles a tag
/// through off → include → exclude; included tags must all match or any may.
///
/// The owner feeds the counts of every new result set to setCounts() and turns
/// the panel's conditions into a search with applyTo() whenever filterChanged()
/// fires.
class TagPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagPanel)

public:
    explicit TagPanel(QWidget *parent = nullptr);
    ~TagPanel() override;

    void setCounts(const QList<Core::TagCount> &counts);
    /// Colours of the user's own tags ("#rrggbb" by name).
    void setUserTagColors(const QHash<QString, QString> &colors);

    /// `base` with the included tags added to allOf (match all) or anyOf (match
    /// any) and the excluded ones to noneOf, each qualified by its kind.
    Core::PaperFilter applyTo(Core::PaperFilter base) const;

    void setTagState(const Core::Tag &tag, TagFilterModel::FilterState state);
    TagFilterModel::FilterState tagState(const Core::Tag &tag) const;
    /// In the order the tags became active (the order of the filter chips).
    QList<TagFilterModel::ActiveTag> activeTags() const;
    void clearFilters();
    bool hasActiveFilters() const;

    bool matchAll() const;
    void setMatchAll(bool matchAll);

    /// The active tags and the match mode, for "last filters" persistence.
    QByteArray saveState() const;
    /// Replaces the active tags and the match mode; returns false (and changes
    /// nothing) for data that saveState() of this or an older version did not write.
    bool restoreState(const QByteArray &state);

Q_SIGNALS:
    /// After any change of a tag state or of the match mode, never on setCounts().
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void activate(const QModelIndex &proxyIndex);
    void setUpGroups(int first, int last);
    void notifyFilterChanged();

    std::unique_ptr<Ui::TagPanel> m_ui;
    TagFilterModel *m_model = nullptr;
    TagFilterProxy *m_proxy = nullptr;
    bool m_batchChange = false; ///< restoreState(): one filterChanged() at the end
};

} // namespace PaperShelf::Gui
