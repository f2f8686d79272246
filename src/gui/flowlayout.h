#pragma once

#include <QLayout>
#include <QList>

namespace PaperShelf::Gui {

/// Lays its items out left to right and wraps them onto further lines when the
/// width runs out, as filter chips need. Items keep their size hints.
class FlowLayout final : public QLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Places the items in `rect` (only measures when `apply` is false); returns the height used.
    int layoutItems(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items; ///< owned
};

} // namespace PaperShelf::Gui
