#pragma once

#include "core/search/shelfstore.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace PaperShelf::Gui {

/// The saved searches (shelves) in the left panel, each with its live count:
/// the built-in ones first ("New in the latest digest", "To read",
/// "Favourites", "Has notes"), then the user's. A click opens a shelf; the
/// panel never writes anything itself. On a language change the built-in
/// shelves take their names in the new language from Core::ShelfStore.
class ShelfPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShelfPanel)

public:
    explicit ShelfPanel(QWidget *parent = nullptr);
    ~ShelfPanel() override;

    void setShelves(const QList<Core::Shelf> &shelves);

    const QList<Core::Shelf> &shelves() const { return m_shelves; }

    /// Counts by shelf id; shelves without one show none.
    void setCounts(const QHash<qint64, int> &counts);
    /// Marks the open shelf (0: none).
    void setActiveShelf(qint64 id);

    qint64 activeShelf() const { return m_activeId; }

Q_SIGNALS:
    void shelfActivated(const PaperShelf::Core::Shelf &shelf);
    void saveRequested();
    void removeRequested(const PaperShelf::Core::Shelf &shelf);
    void renameRequested(const PaperShelf::Core::Shelf &shelf);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshTexts();
    const Core::Shelf *shelfOf(const QListWidgetItem *item) const;
    void showContextMenu(const QPoint &position);

    QLabel *m_label = nullptr;
    QListWidget *m_list = nullptr;
    QToolButton *m_saveButton = nullptr;
    QList<Core::Shelf> m_shelves;
    QHash<qint64, int> m_counts;
    qint64 m_activeId = 0;
};

} // namespace PaperShelf::Gui
