#include "core/review/segmentsync.h"

#include "core/db/sqlquery.h"
#include "core/digest/digestentry.h"
#include "core/review/reviewstore.h"
#include "core/review/segmentfields.h"

#include <QDateTime>
#include <QHash>

namespace PaperShelf::Core {

namespace {

/// The reviewer recorded for transitions no person made (a re-import).
const QString ImportReviewer = QStringLiteral("import");
const QString SourceChangedNote = QStringLiteral("source changed");

} // namespace

SegmentSync::SegmentSync(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<void> SegmentSync::syncPaper(qint64 paperRowId, const DigestEntry &current, const QString &reviewer)
{
    struct Existing
    {
        qint64 id = 0;
        QString machineText;
        ReviewState state = ReviewState::Unreviewed;
        bool present = true;
        bool worked = false; ///< has history: somebody did review work on it
    };

    QHash<QString, Existing> existing; // "field\nindex" -> row
    {
        SqlQuery query(m_db,
                       QStringLiteral("SELECT s.id, s.field, s.idx, s.machine_text, s.state, s.present,"
                                      " EXISTS(SELECT 1 FROM review_history h WHERE h.segment_id = s.id)"
                                      " FROM review_segments s WHERE s.paper_id = ?"));
        query.add(paperRowId);
        if (auto ok = query.exec(); !ok) {
            return ok;
        }
        while (query.next()) {
            Existing row;
            row.id = query.value(0).toLongLong();
            row.machineText = query.value(3).toString();
            parseReviewState(query.value(4).toString(), &row.state);
            row.present = query.value(5).toBool();
            row.worked = query.value(6).toBool();
            existing.insert(query.value(1).toString() + QLatin1Char('\n') + query.value(2).toString(), row);
        }
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString who = reviewer.isEmpty() ? ImportReviewer : reviewer;
    for (const SegmentText &segment : SegmentFields::extract(current)) {
        const QString key = segment.field + QLatin1Char('\n') + QString::number(segment.index);
        const auto found = existing.constFind(key);
        if (found == existing.cend()) {
            SqlQuery insert(m_db,
                            QStringLiteral("INSERT INTO review_segments(paper_id, field, idx, machine_text)"
                                           " VALUES(?, ?, ?, ?)"));
            insert.add(paperRowId).add(segment.field).add(segment.index).add(segment.text);
            if (auto ok = insert.exec(); !ok) {
                return ok;
            }
            continue;
        }
        const Existing row = found.value();
        existing.erase(found);
        if (row.machineText == segment.text) {
            if (!row.present) {
                SqlQuery update(m_db, QStringLiteral("UPDATE review_segments SET present = 1 WHERE id = ?"));
                update.add(row.id);
                if (auto ok = update.exec(); !ok) {
                    return ok;
                }
            }
            continue;
        }
        // The machine text moved: approval no longer holds; corrections and flags stay, marked.
        const bool worked = row.state != ReviewState::Unreviewed || row.worked;
        const ReviewState after = row.state == ReviewState::Approved ? ReviewState::Unreviewed : row.state;
        SqlQuery update(m_db,
                        QStringLiteral("UPDATE review_segments SET machine_text = ?, state = ?, present = 1,"
                                       " source_changed = ?, checked = 0 WHERE id = ?"));
        update.add(segment.text).add(reviewStateName(after)).add(worked ? 1 : 0).add(row.id);
        if (auto ok = update.exec(); !ok) {
            return ok;
        }
        if (worked) {
            SqlQuery history(m_db,
                             QStringLiteral(
                                 "INSERT INTO review_history(segment_id, reviewer, at, state_before,"
                                 " state_after, text_before, text_after, note) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
            history.add(row.id)
                .add(who)
                .add(stamp)
                .add(reviewStateName(row.state))
                .add(reviewStateName(after))
                .add(row.machineText)
                .add(segment.text)
                .add(SourceChangedNote);
            if (auto ok = history.exec(); !ok) {
                return ok;
            }
        }
    }
    // What the current text no longer has: forgotten unless somebody worked on it.
    for (const Existing &row : std::as_const(existing)) {
        if (row.state == ReviewState::Unreviewed && !row.worked) {
            SqlQuery remove(m_db, QStringLiteral("DELETE FROM review_segments WHERE id = ?"));
            remove.add(row.id);
            if (auto ok = remove.exec(); !ok) {
                return ok;
            }
        } else if (row.present) {
            SqlQuery update(m_db,
                            QStringLiteral("UPDATE review_segments SET present = 0, source_changed = 1 WHERE id = ?"));
            update.add(row.id);
            if (auto ok = update.exec(); !ok) {
                return ok;
            }
        }
    }
    return {};
}

Result<int> SegmentSync::backfillSegments(int batch, const std::function<bool(int done, int total)> &progress)
{
    SqlQuery pending(m_db, QStringLiteral("SELECT 1 FROM meta WHERE key = 'review_backfill'"));
    const Result<QVariant> marked = pending.scalar();
    if (!marked) {
        return marked.error();
    }
    if (marked->isNull()) {
        return 0;
    }
    QList<qint64> papers;
    {
        SqlQuery query(m_db,
                       QStringLiteral("SELECT p.id FROM papers p WHERE p.current_entry_id IS NOT NULL AND NOT EXISTS"
                                      " (SELECT 1 FROM review_segments s WHERE s.paper_id = p.id) ORDER BY p.id"));
        if (auto ok = query.exec(); !ok) {
            return ok.error();
        }
        while (query.next()) {
            papers.append(query.value(0).toLongLong());
        }
    }
    const int total = static_cast<int>(papers.size());
    for (int first = 0; first < total; first += batch) {
        if (progress && !progress(first, total)) {
            return first; // cancelled: the mark stays, the rest is done next time
        }
        const QList<qint64> part = papers.mid(first, batch);
        Transaction transaction(m_db);
        if (auto ok = transaction.begin(); !ok) {
            return ok.error();
        }
        const Result<QHash<qint64, DigestEntry>> entries = ReviewStore(m_db).currentEntries(part);
        if (!entries) {
            return entries.error();
        }
        for (auto it = entries->cbegin(); it != entries->cend(); ++it) {
            if (auto ok = syncPaper(it.key(), it.value()); !ok) {
                return ok.error();
            }
        }
        if (auto ok = transaction.commit(); !ok) {
            return ok.error();
        }
    }
    SqlQuery done(m_db, QStringLiteral("DELETE FROM meta WHERE key = 'review_backfill'"));
    if (auto ok = done.exec(); !ok) {
        return ok.error();
    }
    if (progress) {
        progress(total, total);
    }
    return total;
}

} // namespace PaperShelf::Core
