#include "gui/reviewqueuereader.h"

namespace PaperShelf::Gui {

using Core::Result;
using Core::ReviewQueueFilter;
using Core::ReviewQueueItem;
using Core::ReviewState;
using Core::Severity;

ReviewQueueReader::ReviewQueueReader(const Core::ReviewStore &store)
    : m_store(store)
{
}

Result<ReviewQueueReader::Queue> ReviewQueueReader::queue(const ReviewQueueFilter &filter,
                                                          qint64 keep,
                                                          int chunkPapers) const
{
    Result<QList<ReviewQueueItem>> items = m_store.queue(filter);
    if (!items) {
        return items.error();
    }
    // The states and worst findings of the whole queue come from the same
    // query narrowed down: one per state and one per severity.
    QHash<qint64, ReviewState> states;
    for (const ReviewState state : {ReviewState::Approved, ReviewState::Corrected, ReviewState::Flagged}) {
        if (!filter.states.isEmpty() && !filter.states.contains(state)) {
            continue;
        }
        ReviewQueueFilter narrowed = filter;
        narrowed.states = {state};
        Result<QList<ReviewQueueItem>> some = m_store.queue(narrowed);
        if (!some) {
            return some.error();
        }
        for (const ReviewQueueItem &item : *some) {
            states.insert(item.segmentId, state);
        }
    }
    QHash<qint64, Severity> worst;
    for (const Severity severity : {Severity::Info, Severity::Warning, Severity::Error}) {
        if (filter.minSeverity && *filter.minSeverity > severity) {
            continue;
        }
        ReviewQueueFilter narrowed = filter;
        narrowed.minSeverity = severity;
        Result<QList<ReviewQueueItem>> some = m_store.queue(narrowed);
        if (!some) {
            return some.error();
        }
        for (const ReviewQueueItem &item : *some) {
            worst.insert(item.segmentId, severity);
        }
    }
    Queue queue;
    queue.rows.reserve(items->size());
    int start = 0;
    for (const ReviewQueueItem &item : *items) {
        if (item.segmentId == keep) {
            start = static_cast<int>(queue.rows.size());
        }
        ReviewQueueModel::Row row{item.segmentId, item.paperRowId, states.value(item.segmentId), std::nullopt};
        if (const auto it = worst.constFind(item.segmentId); it != worst.cend()) {
            row.worst = it.value();
        }
        queue.rows.append(row);
    }
    QList<qint64> first;
    for (int i = start; i < queue.rows.size() && first.size() < chunkPapers; ++i) {
        if (!first.contains(queue.rows.at(i).paperRowId)) {
            first.append(queue.rows.at(i).paperRowId);
        }
    }
    Result<Papers> read = papers(first);
    if (!read) {
        return read.error();
    }
    queue.first = std::move(*read);
    return queue;
}

Result<ReviewQueueReader::Papers> ReviewQueueReader::papers(const QList<qint64> &paperRowIds) const
{
    Result<QHash<qint64, QList<Core::ReviewSegment>>> segments = m_store.segmentsOfPapers(paperRowIds);
    if (!segments) {
        return segments.error();
    }
    Result<QHash<qint64, Core::DigestEntry>> entries = m_store.currentEntries(paperRowIds);
    if (!entries) {
        return entries.error();
    }
    return Papers{paperRowIds, std::move(*segments), std::move(*entries)};
}

} // namespace PaperShelf::Gui
