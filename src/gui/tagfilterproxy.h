#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace PaperShelf::Gui {

/// The quick filter of the tag panel: keeps the tags whose name contains the
/// filter text (case-insensitively) and the groups that still hold one of them.
/// Rows keep the source order; TagFilterModel already sorts them. While a
/// filter is set, group rows read "Keywords (12 of 2,000)".
class TagFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagFilterProxy)

public:
    explicit TagFilterProxy(QObject *parent = nullptr);

    /// Surrounding white space is ignored; an empty text shows everything.
    void setFilterText(const QString &text);

    QString filterText() const { return m_text; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void updateGroupLabel(const QModelIndex &parent);

    QString m_text;
};

} // namespace PaperShelf::Gui
