#include "core/review/reviewcheckrunner.h"

#include "core/digest/digestentry.h"
#include "core/review/glossarystore.h"
#include "core/review/reviewstore.h"
#include "core/review/segmentsync.h"

#include <QLoggingCategory>
#include <QSet>

#include <unordered_map>

namespace PaperShelf::Core {

namespace {

Q_LOGGING_CATEGORY(lcCheckRunner, "papershelf.review.checks")

} // namespace

ReviewCheckRunner::ReviewCheckRunner(const QSqlDatabase &db, ReviewChecker checker)
    : m_db(db)
    , m_checker(std::move(checker))
{
}

ReviewChecker ReviewCheckRunner::checkerFor(const QSqlDatabase &db)
{
    const Result<QList<GlossaryTerm>> glossary = GlossaryStore(db).terms();
    if (!glossary) {
        qCWarning(lcCheckRunner) << "checking without the glossary:" << glossary.errorMessage();
        return ReviewChecker();
    }
    return ReviewChecker(*glossary);
}

Result<int> ReviewCheckRunner::run()
{
    ReviewStore store(m_db);
    const Result<int> backfilled = SegmentSync(m_db).backfillSegments(500, [this](int, int) {
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
        // The English side is prepared once per paper, not once per segment.
        std::unordered_map<qint64, PreparedSource> sources;
        for (auto it = entries->cbegin(); it != entries->cend(); ++it) {
            sources.emplace(it.key(), m_checker.prepare(it.value()));
        }
        QHash<qint64, QList<Finding>> findings;
        findings.reserve(segments->size());
        for (const ReviewSegment &segment : *segments) {
            const auto source = sources.find(segment.paperRowId);
            findings.insert(segment.id,
                            source == sources.end()
                                ? QList<Finding>()
                                : m_checker.check({segment.field, segment.index, segment.effectiveText()},
                                                  source->second));
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
