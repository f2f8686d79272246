#include "core/review/reviewcheckrunner.h"

#include "core/digest/digestentry.h"
#include "core/review/reviewstore.h"

#include <QSet>

namespace PaperShelf::Core {

ReviewCheckRunner::ReviewCheckRunner(const QSqlDatabase &db, ReviewChecker checker)
    : m_db(db)
    , m_checker(std::move(checker))
{
}

ReviewChecker ReviewCheckRunner::checkerFor(const QSqlDatabase &db)
{
    Q_UNUSED(db) // the glossary joins here once the library has one
    return ReviewChecker();
}

Result<int> ReviewCheckRunner::run()
{
    ReviewStore store(m_db);
    const Result<int> backfilled = store.backfillSegments(500, [this](int, int) {
        return !cancelled();
    });
    if (!backfilled) {
        return backfilled.error();
    }
    const Result<int> total = store.uncheckedCount();
    if (!total) {
        return total.error();
    }
    int done = 0;
    while (!cancelled()) {
        if (m_progress) {
            m_progress(done, *total);
        }
        const Result<QList<ReviewSegment>> segments = store.uncheckedSegments(BatchSize);
        if (!segments) {
            return segments.error();
        }
        if (segments->isEmpty()) {
            break;
        }
        QSet<qint64> paperSet;
        for (const ReviewSegment &segment : *segments) {
            paperSet.insert(segment.paperRowId);
        }
        const Result<QHash<qint64, DigestEntry>> entries = store.currentEntries(paperSet.values());
        if (!entries) {
            return entries.error();
        }
        QHash<qint64, QList<Finding>> findings;
        findings.reserve(segments->size());
        for (const ReviewSegment &segment : *segments) {
            const auto entry = entries->constFind(segment.paperRowId);
            findings.insert(segment.id,
                            entry == entries->cend()
                                ? QList<Finding>()
                                : m_checker.check({segment.field, segment.index, segment.effectiveText()}, *entry));
        }
        if (auto stored = store.storeFindings(findings); !stored) {
            return stored.error();
        }
        done += static_cast<int>(segments->size());
    }
    if (m_progress && !cancelled()) {
        m_progress(std::max(done, *total), std::max(done, *total));
    }
    return done;
}

} // namespace PaperShelf::Core
