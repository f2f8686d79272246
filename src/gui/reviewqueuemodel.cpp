#include "gui/reviewqueuemodel.h"

#include "core/review/segmentfields.h"
#include "gui/plaintext.h"

#include <QSet>

namespace PaperShelf::Gui {

using Core::ReviewState;
using Core::SegmentFields;
using Core::Severity;

ReviewQueueModel::ReviewQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &item = m_rows.at(index.row());
    if (role == SegmentIdRole) {
        return item.segmentId;
    }
    if (role == PaperRowIdRole) {
        return item.paperRowId;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const Core::ReviewSegment *segment = this->segment(index.row());
    switch (index.column()) {
    case PaperColumn:
        if (const Core::DigestEntry *source = entry(item.paperRowId)) {
            return role == Qt::ToolTipRole ? PlainText::toolTip(source->title) : source->title;
        }
        return QStringLiteral("…");
    case SegmentColumn:
        return segment ? segmentName(segment->field, segment->index) : QStringLiteral("…");
    case StateColumn:
        return stateText(item.state, item.worst);
    case FindingsColumn: {
        if (!item.worst) {
            return QString();
        }
        const QString mark = *item.worst == Severity::Error   ? QStringLiteral("✖")
                           : *item.worst == Severity::Warning ? QStringLiteral("⚠")
                                                              : QStringLiteral("ℹ");
        if (!segment) {
            return mark;
        }
        return tr("%1 %Ln finding(s)", nullptr, static_cast<int>(segment->findings.size())).arg(mark);
    }
    default:
        return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case PaperColumn:
        return tr("Paper");
    case SegmentColumn:
        return tr("Segment");
    case StateColumn:
        return tr("State");
    case FindingsColumn:
        return tr("Findings");
    default:
        return {};
    }
}

void ReviewQueueModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0),
                           index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    }
}

void ReviewQueueModel::setQueue(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowOf.insert(m_rows.at(i).segmentId, i);
    }
    m_segments.clear();
    m_entries.clear();
    countReviewed();
    endResetModel();
}

void ReviewQueueModel::addSegments(const QHash<qint64, QList<Core::ReviewSegment>> &segments,
                                   const QHash<qint64, Core::DigestEntry> &entries)
{
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        m_entries.insert(it.key(), it.value());
    }
    int first = static_cast<int>(m_rows.size());
    int last = -1;
    for (auto it = segments.cbegin(); it != segments.cend(); ++it) {
        if (!m_entries.contains(it.key())) {
            m_entries.insert(it.key(), Core::DigestEntry()); // known to have no source: do not ask again
        }
        for (const Core::ReviewSegment &segment : it.value()) {
            const int row = rowOf(segment.id);
            if (row < 0) {
                continue;
            }
            m_segments.insert(segment.id, segment);
            first = std::min(first, row);
            last = std::max(last, row);
        }
    }
    if (last >= first) {
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
}

void ReviewQueueModel::updateSegment(const Core::ReviewSegment &segment)
{
    const int row = rowOf(segment.id);
    if (row < 0) {
        return;
    }
    m_segments.insert(segment.id, segment);
    Row &item = m_rows[row];
    m_reviewed += (segment.isReviewed() ? 1 : 0)
                - (item.state == ReviewState::Approved || item.state == ReviewState::Corrected ? 1 : 0);
    item.state = segment.state;
    item.worst = worstOf(segment.findings);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Core::ReviewSegment *ReviewQueueModel::segment(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return nullptr;
    }
    const auto it = m_segments.constFind(m_rows.at(row).segmentId);
    return it == m_segments.cend() ? nullptr : &it.value();
}

const Core::DigestEntry *ReviewQueueModel::entry(qint64 paperRowId) const
{
    const auto it = m_entries.constFind(paperRowId);
    return it == m_entries.cend() ? nullptr : &it.value();
}

QString ReviewQueueModel::segmentName(const QString &field, int index)
{
    if (field == SegmentFields::SummaryZh) {
        return tr("Summary");
    }
    if (field == SegmentFields::Takeaway) {
        return tr("Key takeaway %1").arg(index + 1);
    }
    if (field == SegmentFields::TitleZh) {
        return tr("Chinese title");
    }
    if (field == SegmentFields::Authors) {
        return tr("Authors");
    }
    if (field == SegmentFields::Affiliation) {
        return tr("Affiliation");
    }
    if (field == SegmentFields::Keywords) {
        return tr("Keywords");
    }
    if (field == SegmentFields::Urls) {
        return tr("Links");
    }
    if (field == SegmentFields::Summary) {
        return tr("Structured summary");
    }
    if (field == SegmentFields::Methods) {
        return tr("Methods");
    }
    if (field == SegmentFields::Conclusion) {
        return tr("Conclusion");
    }
    return field;
}

QString ReviewQueueModel::stateText(ReviewState state, std::optional<Severity> worst)
{
    const bool open = worst && *worst != Severity::Info;
    switch (state) {
    case ReviewState::Unreviewed:
        return tr("○ Unreviewed");
    case ReviewState::Approved:
        return open ? tr("✓ Approved, open warnings") : tr("✓ Approved");
    case ReviewState::Corrected:
        return open ? tr("✎ Corrected, open warnings") : tr("✎ Corrected");
    case ReviewState::Flagged:
        return tr("⚑ Flagged");
    }
    return {};
}

std::optional<Severity> ReviewQueueModel::worstOf(const QList<Core::Finding> &findings)
{
    std::optional<Severity> worst;
    for (const Core::Finding &finding : findings) {
        if (!worst || finding.severity > *worst) {
            worst = finding.severity;
        }
    }
    return worst;
}

void ReviewQueueModel::countReviewed()
{
    m_reviewed = static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &item) {
        return item.state == ReviewState::Approved || item.state == ReviewState::Corrected;
    }));
}

} // namespace PaperShelf::Gui
