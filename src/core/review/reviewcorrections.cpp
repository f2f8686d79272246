#include "core/review/reviewcorrections.h"

#include "core/review/segmentfields.h"

#include <QHash>
#include <QPair>

#include <algorithm>

namespace PaperShelf::Core {

DigestEntry ReviewCorrections::apply(const DigestEntry &entry,
                                     const QList<ReviewSegment> &segments,
                                     bool includeFlagged,
                                     ReviewCorrectionCount *count)
{
    ReviewCorrectionCount local;
    ReviewCorrectionCount &counted = count ? *count : local;

    // The entry's own segment texts, looked up before anything is changed, so
    // that takeaway numbers keep naming the takeaways the review saw.
    QHash<QPair<QString, int>, QString> current;
    for (const SegmentText &segment : SegmentFields::extract(entry)) {
        current.insert({segment.field, segment.index}, segment.text);
    }

    DigestEntry out = entry;
    QList<int> droppedTakeaways;
    for (const ReviewSegment &segment : segments) {
        if (segment.state != ReviewState::Corrected && segment.state != ReviewState::Flagged) {
            continue;
        }
        const auto text = current.constFind({segment.field, segment.index});
        if (text == current.constEnd() || *text != segment.machineText) {
            ++counted.notApplicable;
            continue;
        }
        if (segment.state == ReviewState::Corrected) {
            if (SegmentFields::apply(out, segment.field, segment.index, segment.reviewerText)) {
                ++counted.corrected;
            }
        } else if (includeFlagged) {
            ++counted.flaggedKept;
        } else if (segment.field == SegmentFields::Takeaway) {
            droppedTakeaways.append(segment.index);
            ++counted.flaggedOmitted;
        } else if (SegmentFields::apply(out, segment.field, segment.index, QString())) {
            ++counted.flaggedOmitted;
        }
    }
    // Highest first, so that each removal leaves the lower numbers valid.
    std::sort(droppedTakeaways.begin(), droppedTakeaways.end(), std::greater<>());
    droppedTakeaways.erase(std::unique(droppedTakeaways.begin(), droppedTakeaways.end()), droppedTakeaways.end());
    for (const int index : std::as_const(droppedTakeaways)) {
        out.takeawaysZh.removeAt(index);
    }
    return out;
}

} // namespace PaperShelf::Core
