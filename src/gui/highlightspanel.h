#pragma once

#include "core/annotations/highlightstore.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QMenu;
class QModelIndex;
class QSortFilterProxyModel;

namespace Ui {
class HighlightsPanel;
}

namespace PaperShelf::Gui {

class HighlightListModel;

/// Lists highlights, of one paper or of the whole library, filtered locally by
/// colour. Enter or a double-click activates a highlight, Delete asks to
/// remove it; the context menu changes its colour or comment. The panel only
/// asks: the owner makes the change and feeds the new list back.
class HighlightsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightsPanel)

public:
    explicit HighlightsPanel(QWidget *parent = nullptr);
    ~HighlightsPanel() override;

    /// The five colours with their meanings; labels the filter and the menus.
    void setColors(const QList<Core::HighlightColor> &colors);
    /// Per-paper mode: the highlights of the paper shown in the reader.
    void setHighlights(const QList<Core::Highlight> &highlights);
    /// Library-wide mode: each row also shows its paper's title.
    void setLibraryHighlights(const QList<Core::Highlight> &highlights, const QHash<qint64, QString> &paperTitles);

    bool isLibraryWide() const;

    /// The colour key shown; "" for all colours.
    QString colorFilter() const;
    /// Shows only `key`'s highlights; "" (or an unknown key) shows all.
    void setColorFilter(const QString &key);

    /// The highlight with the keyboard focus; nullopt when none is.
    std::optional<Core::Highlight> currentHighlight() const;
    /// Makes highlight `id` current, when it is shown; returns whether it is.
    bool setCurrentHighlight(qint64 id);

Q_SIGNALS:
    void activated(const PaperShelf::Core::Highlight &highlight);
    void removeRequested(qint64 id);
    void editRequested(qint64 id, const QString &colorKey, const QString &comment);
    void colorMeaningRenameRequested(const QString &key, const QString &meaning);
    void colorFilterChanged(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildColorControls();
    void applyColorFilter();
    void activateIndex(const QModelIndex &proxyIndex);
    void showContextMenu(const QPoint &pos);
    void updateActions();
    void removeCurrent();
    void changeCurrentColor(const QString &key);
    void editCurrentComment();
    void renameMeaning(const QString &key);
    void updateEmptyState();

    std::unique_ptr<Ui::HighlightsPanel> m_ui;
    HighlightListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QMenu *m_contextMenu = nullptr;
    QMenu *m_changeColorMenu = nullptr;
    QActionGroup *m_changeColorGroup = nullptr; ///< the current highlight's colour is checked
    QMenu *m_renameMenu = nullptr;
    QAction *m_editCommentAction = nullptr;
    QAction *m_removeAction = nullptr;
    QList<QAction *> m_changeColorActions; ///< in m_changeColorMenu, one per colour
};

} // namespace PaperShelf::Gui
