#pragma once

#include "core/digest/digestentry.h"
#include "core/review/reviewstore.h"
#include "gui/reviewqueuemodel.h"

#include <QHash>
#include <QList>

namespace PaperShelf::Gui {

/// The review dock's reads, run on the annotation thread: the queue with every
/// row's state and worst finding, and the segments and English sources of some
/// papers, which the dock reads ahead of the reviewer in chunks.
class ReviewQueueReader final
{
public:
    /// The segments and sources of some papers.
    struct Papers
    {
        QList<qint64> papers; ///< asked for; a paper without segments is among them too
        QHash<qint64, QList<Core::ReviewSegment>> segments;
        QHash<qint64, Core::DigestEntry> entries;
    };

    /// A whole queue, and the first chunk of papers to show.
    struct Queue
    {
        QList<ReviewQueueModel::Row> rows;
        Papers first;
    };

    /// `store` must outlive the reader.
    explicit ReviewQueueReader(const Core::ReviewStore &store);

    /// The queue of `filter`, and the papers of its rows from `keep`'s on (from
    /// the first row when `keep` is not in it), at most `chunkPapers` of them.
    Core::Result<Queue> queue(const Core::ReviewQueueFilter &filter, qint64 keep, int chunkPapers) const;
    Core::Result<Papers> papers(const QList<qint64> &paperRowIds) const;

private:
    const Core::ReviewStore &m_store;
};

} // namespace PaperShelf::Gui
