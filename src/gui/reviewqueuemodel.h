#pragma once

#include "core/digest/digestentry.h"
#include "core/review/reviewtypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace PaperShelf::Gui {

/// The review queue: one row per segment, in queue order. Every row knows its
/// state and its worst finding from the start (the queue load reads them for
/// the whole queue); the full segment and its paper's English source arrive in
/// chunks (addSegments()), ahead of where the reviewer is, so that showing the
/// next segment never waits for the database.
class ReviewQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueueModel)

public:
    enum Column {
        PaperColumn,
        SegmentColumn,
        StateColumn,
        FindingsColumn,
        ColumnCount,
    };

    enum Role {
        SegmentIdRole = Qt::UserRole + 1,
        PaperRowIdRole,
    };

    /// What the queue load knows of a position.
    struct Row
    {
        qint64 segmentId = 0;
        qint64 paperRowId = 0;
        Core::ReviewState state = Core::ReviewState::Unreviewed;
        std::optional<Core::Severity> worst; ///< most severe finding; nullopt: none
    };

    explicit ReviewQueueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A new queue (full reset); the loaded segments are forgotten.
    void setQueue(const QList<Row> &rows);
    /// Segments and sources of some papers, read ahead.
    void addSegments(const QHash<qint64, QList<Core::ReviewSegment>> &segments,
                     const QHash<qint64, Core::DigestEntry> &entries);
    /// A segment as stored after a review action (or as the view expects it to be).
    void updateSegment(const Core::ReviewSegment &segment);

    const Row &row(int row) const { return m_rows.at(row); }

    /// Row of a segment, -1 when it is not in the queue.
    int rowOf(qint64 segmentId) const { return m_rowOf.value(segmentId, -1); }

    /// nullptr until addSegments() brought it.
    const Core::ReviewSegment *segment(int row) const;
    const Core::DigestEntry *entry(qint64 paperRowId) const;

    bool hasPaper(qint64 paperRowId) const { return m_entries.contains(paperRowId); }

    /// Approved or corrected rows.
    int reviewedCount() const { return m_reviewed; }

    /// The interface language changed: the headers, segment names, states and
    /// finding counts are read again (they are translated in data()).
    void retranslate();

    /// "Summary", "Key takeaway 3", ... for a segment field.
    static QString segmentName(const QString &field, int index);
    /// The state with a symbol, and "open warnings/errors" for a reviewed segment with findings.
    static QString stateText(Core::ReviewState state, std::optional<Core::Severity> worst);
    static std::optional<Core::Severity> worstOf(const QList<Core::Finding> &findings);

private:
    void countReviewed();

    QList<Row> m_rows;
    QHash<qint64, int> m_rowOf;
    QHash<qint64, Core::ReviewSegment> m_segments; ///< by segment id
    QHash<qint64, Core::DigestEntry> m_entries;    ///< English source, by paper row id
    int m_reviewed = 0;
};

} // namespace PaperShelf::Gui
