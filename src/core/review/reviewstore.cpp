#include "core/review/reviewstore.h"

#include "core/db/entrycodec.h"
#include "core/db/sqlquery.h"
#include "core/digest/digestentry.h"
#include "core/review/reviewchecker.h"
#include "core/review/segmentfields.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>

namespace PaperShelf::Core {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QString SegmentColumns = QStringLiteral(
    "s.id, s.paper_id, p.key, s.field, s.idx, s.machine_text, s.state, s.reviewer_text, s.flag_reason,"
    " s.source_changed, s.present, s.updated_at");

ReviewSegment readSegment(const QSqlQuery &query)
{
    ReviewSegment segment;
    segment.id = query.value(0).toLongLong();
    segment.paperRowId = query.value(1).toLongLong();
    segment.paperId = query.value(2).toString();
    segment.field = query.value(3).toString();
    segment.index = query.value(4).toInt();
    segment.machineText = query.value(5).toString();
    parseReviewState(query.value(6).toString(), &segment.state);
    segment.reviewerText = query.value(7).toString();
    segment.flagReason = query.value(8).toString();
    segment.sourceChanged = query.value(9).toBool();
    segment.present = query.value(10).toBool();
    segment.updatedAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
    return segment;
}

bool readingOrder(const ReviewSegment &a, const ReviewSegment &b)
{
    const int fieldA = SegmentFields::order(a.field);
    const int fieldB = SegmentFields::order(b.field);
    if (fieldA != fieldB) {
        return fieldA < fieldB;
    }
    return a.index < b.index;
}

/// SQL ordering segments by SegmentFields::names(). The names are our own
/// constants (never data), so they are written into the statement.
const QString &fieldOrderSql()
{
    static const QString sql = []() -> QString {
        QString cases = QStringLiteral("CASE s.field");
        const QStringList &names = SegmentFields::names();
        for (qsizetype i = 0; i < names.size(); ++i) {
            cases += QStringLiteral(" WHEN '%1' THEN %2").arg(names.at(i)).arg(i);
        }
        return cases + QStringLiteral(" ELSE %1 END").arg(names.size());
    }();
    return sql;
}

QList<qint64> idsOf(const QList<ReviewSegment> &segments)
{
    QList<qint64> ids;
    ids.reserve(segments.size());
    for (const ReviewSegment &segment : segments) {
        ids.append(segment.id);
    }
    return ids;
}

} // namespace

ReviewStore::ReviewStore(const QSqlDatabase &db)
    : m_db(db)
{
}

ReviewSnapshot ReviewStore::snapshot(const ReviewSegment &segment)
{
    return {segment.state, segment.reviewerText, segment.flagReason};
}

Result<ReviewSegment> ReviewStore::segment(qint64 segmentId) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT %1 FROM review_segments s JOIN papers p ON p.id = s.paper_id WHERE s.id = ?")
                       .arg(SegmentColumns));
    query.add(segmentId);
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    if (!query.next()) {
        return Error{QStringLiteral("review segment %1 does not exist").arg(segmentId)};
    }
    QList<ReviewSegment> segments = {readSegment(query.query())};
    if (auto ok = attachFindings(segments); !ok) {
        return ok.error();
    }
    return segments.first();
}

Result<QList<ReviewSegment>> ReviewStore::segments(qint64 paperRowId) const
{
    Result<QHash<qint64, QList<ReviewSegment>>> all = segmentsOfPapers({paperRowId});
    if (!all) {
        return all.error();
    }
    return all->value(paperRowId);
}

Result<QHash<qint64, QList<ReviewSegment>>> ReviewStore::segmentsOfPapers(const QList<qint64> &paperRowIds) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT %1 FROM review_segments s JOIN papers p ON p.id = s.paper_id"
                                  " WHERE s.paper_id IN (SELECT value FROM json_each(?))")
                       .arg(SegmentColumns));
    query.add(jsonArray(paperRowIds));
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    QList<ReviewSegment> segments;
    while (query.next()) {
        segments.append(readSegment(query.query()));
    }
    if (auto ok = attachFindings(segments); !ok) {
        return ok.error();
    }
    QHash<qint64, QList<ReviewSegment>> byPaper;
    for (ReviewSegment &segment : segments) {
        byPaper[segment.paperRowId].append(std::move(segment));
    }
    for (QList<ReviewSegment> &list : byPaper) {
        std::sort(list.begin(), list.end(), readingOrder);
    }
    return byPaper;
}

Result<void> ReviewStore::attachFindings(QList<ReviewSegment> &segments) const
{
    if (segments.isEmpty()) {
        return {};
    }
    QHash<qint64, qsizetype> positions;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        positions.insert(segments.at(i).id, i);
    }
    SqlQuery query(m_db,
                   QStringLiteral("SELECT segment_id, check_id, severity, start, end FROM review_findings"
                                  " WHERE segment_id IN (SELECT value FROM json_each(?))"
                                  " ORDER BY segment_id, severity DESC, start, rowid"));
    query.add(jsonArray(idsOf(segments)));
    if (auto ok = query.exec(); !ok) {
        return ok;
    }
    while (query.next()) {
        ReviewSegment &segment = segments[positions.value(query.value(0).toLongLong())];
        Finding finding;
        finding.check = query.value(1).toString();
        finding.severity = static_cast<Severity>(std::clamp(query.value(2).toInt(), 0, 2));
        const QString text = segment.effectiveText();
        finding.start = std::clamp(query.value(3).toInt(), 0, static_cast<int>(text.size()));
        finding.end = std::clamp(query.value(4).toInt(), finding.start, static_cast<int>(text.size()));
        finding.excerpt = text.mid(finding.start, finding.end - finding.start);
        segment.findings.append(finding);
    }
    return {};
}

Result<QList<ReviewHistoryEntry>> ReviewStore::history(qint64 segmentId) const
{
    Result<QHash<qint64, QList<ReviewHistoryEntry>>> all = histories({segmentId});
    if (!all) {
        return all.error();
    }
    return all->value(segmentId);
}

Result<QHash<qint64, QList<ReviewHistoryEntry>>> ReviewStore::histories(const QList<qint64> &segmentIds) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT segment_id, id, reviewer, at, state_before, state_after, text_before,"
                                  " text_after, note FROM review_history"
                                  " WHERE segment_id IN (SELECT value FROM json_each(?)) ORDER BY segment_id, id"));
    query.add(jsonArray(segmentIds));
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    QHash<qint64, QList<ReviewHistoryEntry>> result;
    while (query.next()) {
        ReviewHistoryEntry entry;
        entry.id = query.value(1).toLongLong();
        entry.reviewer = query.value(2).toString();
        entry.at = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        parseReviewState(query.value(4).toString(), &entry.stateBefore);
        parseReviewState(query.value(5).toString(), &entry.stateAfter);
        entry.textBefore = query.value(6).toString();
        entry.textAfter = query.value(7).toString();
        entry.note = query.value(8).toString();
        result[query.value(0).toLongLong()].append(entry);
    }
    return result;
}

Result<QList<ReviewQueueItem>> ReviewStore::queue(const ReviewQueueFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (!filter.includeGone) {
        where.append(QStringLiteral("s.present = 1"));
    }
    if (!filter.states.isEmpty()) {
        QStringList names;
        for (const ReviewState state : filter.states) {
            names.append(reviewStateName(state));
        }
        where.append(QStringLiteral("s.state IN (SELECT value FROM json_each(?))"));
        values.append(jsonArray(names));
    }
    if (!filter.check.isEmpty() || filter.minSeverity) {
        QString findings = QStringLiteral("EXISTS(SELECT 1 FROM review_findings f WHERE f.segment_id = s.id");
        if (!filter.check.isEmpty()) {
            findings += QStringLiteral(" AND f.check_id = ?");
            values.append(filter.check);
        }
        if (filter.minSeverity) {
            findings += QStringLiteral(" AND f.severity >= ?");
            values.append(static_cast<int>(*filter.minSeverity));
        }
        where.append(findings + QLatin1Char(')'));
    }
    if (!filter.topic.isEmpty()) {
        where.append(QStringLiteral("s.paper_id IN (SELECT pt.paper_id FROM paper_tags pt JOIN tags t ON t.id ="
                                    " pt.tag_id WHERE t.kind = 'topic' AND t.name = ?)"));
        values.append(filter.topic);
    }
    if (filter.digestDate.isValid()) {
        where.append(QStringLiteral("s.paper_id IN (SELECT e.paper_id FROM entries e JOIN digests d ON d.id ="
                                    " e.digest_id WHERE d.date = ?)"));
        values.append(filter.digestDate.toString(Qt::ISODate));
    }
    for (const QString &tag : filter.userTags) {
        where.append(QStringLiteral("s.paper_id IN (SELECT pt.paper_id FROM paper_tags pt JOIN tags t ON t.id ="
                                    " pt.tag_id WHERE t.kind = 'user' AND t.name = ? COLLATE NOCASE)"));
        values.append(tag);
    }
    if (!filter.paperRowIds.isEmpty()) {
        where.append(QStringLiteral("s.paper_id IN (SELECT value FROM json_each(?))"));
        values.append(jsonArray(filter.paperRowIds));
    }
    const QString sql = QStringLiteral(
                            "SELECT s.id, s.paper_id FROM review_segments s JOIN papers p ON p.id = s.paper_id%1"
                            " ORDER BY p.latest_date DESC, p.id DESC, %2, s.idx")
                            .arg(where.isEmpty() ? QString()
                                                 : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                                 fieldOrderSql());
    SqlQuery query(m_db, sql);
    for (const QVariant &value : std::as_const(values)) {
        query.add(value);
    }
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    QList<ReviewQueueItem> items;
    while (query.next()) {
        items.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    }
    return items;
}

Result<QHash<qint64, ReviewProgress>> ReviewStore::progress(const QList<qint64> &paperRowIds) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT paper_id, sum(state IN ('approved', 'corrected')), sum(state = 'flagged'),"
                                  " count(*) FROM review_segments WHERE present = 1"
                                  " AND paper_id IN (SELECT value FROM json_each(?)) GROUP BY paper_id"));
    query.add(jsonArray(paperRowIds));
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    QHash<qint64, ReviewProgress> result;
    while (query.next()) {
        result.insert(query.value(0).toLongLong(),
                      {query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt()});
    }
    return result;
}

Result<ReviewProgress> ReviewStore::totalProgress() const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT coalesce(sum(state IN ('approved', 'corrected')), 0),"
                                  " coalesce(sum(state = 'flagged'), 0), count(*) FROM review_segments"
                                  " WHERE present = 1"));
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    if (!query.next()) {
        return ReviewProgress();
    }
    return ReviewProgress{query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()};
}

Result<QList<DigestReviewProgress>> ReviewStore::progressByDigest() const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT d.id, d.source, d.topic, d.date,"
                                  " coalesce(sum(s.state IN ('approved', 'corrected')), 0),"
                                  " coalesce(sum(s.state = 'flagged'), 0), count(s.id)"
                                  " FROM digests d JOIN entries e ON e.digest_id = d.id"
                                  " LEFT JOIN review_segments s ON s.paper_id = e.paper_id AND s.present = 1"
                                  " GROUP BY d.id ORDER BY d.date DESC, d.source"));
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    QList<DigestReviewProgress> result;
    while (query.next()) {
        DigestReviewProgress digest;
        digest.digestId = query.value(0).toLongLong();
        digest.source = query.value(1).toString();
        digest.topic = query.value(2).toString();
        digest.date = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        digest.progress = {query.value(4).toInt(), query.value(5).toInt(), query.value(6).toInt()};
        result.append(digest);
    }
    return result;
}

Result<QHash<QString, int>> ReviewStore::findingCounts() const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT f.check_id, count(*) FROM review_findings f JOIN review_segments s"
                                  " ON s.id = f.segment_id WHERE s.present = 1 GROUP BY f.check_id"));
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    QHash<QString, int> counts;
    while (query.next()) {
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return counts;
}

Result<ReviewSegment> ReviewStore::approve(qint64 segmentId, const QString &reviewer)
{
    Result<ReviewSegment> before = segment(segmentId);
    if (!before) {
        return before;
    }
    ReviewSnapshot after = snapshot(*before);
    after.state = before->state == ReviewState::Corrected ? ReviewState::Corrected : ReviewState::Approved;
    after.flagReason.clear();
    if (after.state == ReviewState::Approved) {
        after.reviewerText.clear();
    }
    return write(*before, after, reviewer, QString());
}

Result<ReviewSegment> ReviewStore::correct(qint64 segmentId, const QString &text, const QString &reviewer)
{
    Result<ReviewSegment> before = segment(segmentId);
    if (!before) {
        return before;
    }
    if (text == before->machineText) {
        return write(*before, ReviewSnapshot(), reviewer, QString());
    }
    return write(*before, {ReviewState::Corrected, text, QString()}, reviewer, QString());
}

Result<ReviewSegment> ReviewStore::flag(qint64 segmentId, const QString &reason, const QString &reviewer)
{
    Result<ReviewSegment> before = segment(segmentId);
    if (!before) {
        return before;
    }
    return write(*before, {ReviewState::Flagged, QString(), reason.trimmed()}, reviewer, reason.trimmed());
}

Result<ReviewSegment> ReviewStore::revert(qint64 segmentId, const QString &reviewer)
{
    Result<ReviewSegment> before = segment(segmentId);
    if (!before) {
        return before;
    }
    return write(*before, ReviewSnapshot(), reviewer, QString());
}

Result<ReviewSegment> ReviewStore::restore(qint64 segmentId, const ReviewSnapshot &snapshot, const QString &reviewer)
{
    Result<ReviewSegment> before = segment(segmentId);
    if (!before) {
        return before;
    }
    return write(*before, snapshot, reviewer, snapshot.flagReason);
}

Result<ReviewSegment> ReviewStore::write(const ReviewSegment &before,
                                         const ReviewSnapshot &after,
                                         const QString &reviewer,
                                         const QString &note)
{
    if (reviewer.trimmed().isEmpty()) {
        return Error{QStringLiteral("a review action needs a reviewer name")};
    }
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok.error();
    }
    ReviewSegment changed = before;
    changed.state = after.state;
    changed.reviewerText = after.state == ReviewState::Corrected ? after.reviewerText : QString();
    changed.flagReason = after.state == ReviewState::Flagged ? after.flagReason : QString();
    const bool textChanged = changed.effectiveText() != before.effectiveText();
    const QString stamp = now();
    SqlQuery update(m_db,
                    QStringLiteral("UPDATE review_segments SET state = ?, reviewer_text = ?, flag_reason = ?,"
                                   " updated_at = ?, checked = CASE WHEN ? THEN 0 ELSE checked END WHERE id = ?"));
    update.add(reviewStateName(changed.state))
        .add(changed.state == ReviewState::Corrected ? QVariant(changed.reviewerText) : QVariant())
        .add(changed.state == ReviewState::Flagged ? QVariant(changed.flagReason) : QVariant())
        .add(stamp)
        .add(textChanged ? 1 : 0)
        .add(before.id);
    if (auto ok = update.exec(); !ok) {
        return ok.error();
    }
    SqlQuery history(m_db,
                     QStringLiteral("INSERT INTO review_history(segment_id, reviewer, at, state_before, state_after,"
                                    " text_before, text_after, note) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    history.add(before.id)
        .add(reviewer.trimmed())
        .add(stamp)
        .add(reviewStateName(before.state))
        .add(reviewStateName(changed.state))
        .add(before.effectiveText())
        .add(changed.effectiveText())
        .add(note);
    if (auto ok = history.exec(); !ok) {
        return ok.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return segment(before.id);
}

Result<QList<ReviewSegment>> ReviewStore::uncheckedSegments(int limit) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT %1 FROM review_segments s JOIN papers p ON p.id = s.paper_id"
                                  " WHERE s.checked = 0 ORDER BY s.id LIMIT ?")
                       .arg(SegmentColumns));
    query.add(limit);
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    QList<ReviewSegment> segments;
    while (query.next()) {
        segments.append(readSegment(query.query()));
    }
    return segments;
}

Result<int> ReviewStore::uncheckedCount() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT count(*) FROM review_segments WHERE checked = 0"));
    const Result<QVariant> count = query.scalar();
    if (!count) {
        return count.error();
    }
    return count->toInt();
}

Result<void> ReviewStore::storeFindings(const QHash<qint64, QList<Finding>> &findings)
{
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok;
    }
    SqlQuery clear(m_db,
                   QStringLiteral("DELETE FROM review_findings WHERE segment_id IN (SELECT value FROM json_each(?))"));
    clear.add(jsonArray(QList<qint64>(findings.keyBegin(), findings.keyEnd())));
    if (auto ok = clear.exec(); !ok) {
        return ok;
    }
    SqlQuery insert(m_db,
                    QStringLiteral("INSERT INTO review_findings(segment_id, check_id, severity, start, end)"
                                   " VALUES(?, ?, ?, ?, ?)"));
    for (auto it = findings.cbegin(); it != findings.cend(); ++it) {
        for (const Finding &finding : it.value()) {
            insert.query().bindValue(0, it.key());
            insert.query().bindValue(1, finding.check);
            insert.query().bindValue(2, static_cast<int>(finding.severity));
            insert.query().bindValue(3, finding.start);
            insert.query().bindValue(4, finding.end);
            if (!insert.query().exec()) {
                return Error{
                    QStringLiteral("storing check findings failed: %1").arg(insert.query().lastError().text())};
            }
        }
    }
    SqlQuery mark(m_db,
                  QStringLiteral(
                      "UPDATE review_segments SET checked = 1 WHERE id IN (SELECT value FROM json_each(?))"));
    mark.add(jsonArray(QList<qint64>(findings.keyBegin(), findings.keyEnd())));
    if (auto ok = mark.exec(); !ok) {
        return ok;
    }
    return transaction.commit();
}

Result<QHash<qint64, DigestEntry>> ReviewStore::currentEntries(const QList<qint64> &paperRowIds) const
{
    SqlQuery query(m_db,
                   QStringLiteral("SELECT p.id, coalesce(p.arxiv_id, ''), %1 FROM papers p"
                                  " JOIN entries e ON e.id = p.current_entry_id"
                                  " WHERE p.id IN (SELECT value FROM json_each(?))")
                       .arg(EntryCodec::columns()));
    query.add(jsonArray(paperRowIds));
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    QHash<qint64, DigestEntry> entries;
    while (query.next()) {
        DigestEntry entry = EntryCodec::decode(query.query().record(), 2);
        entry.arxivId = query.value(1).toString();
        entries.insert(query.value(0).toLongLong(), std::move(entry));
    }
    return entries;
}

Result<void> ReviewStore::recheck(const QList<qint64> &segmentIds, const ReviewChecker &checker)
{
    QList<ReviewSegment> segments;
    QList<qint64> papers;
    for (const qint64 id : segmentIds) {
        Result<ReviewSegment> loaded = segment(id);
        if (!loaded) {
            return loaded.error();
        }
        papers.append(loaded->paperRowId);
        segments.append(*loaded);
    }
    const Result<QHash<qint64, DigestEntry>> entries = currentEntries(papers);
    if (!entries) {
        return entries.error();
    }
    QHash<qint64, QList<Finding>> findings;
    for (const ReviewSegment &segment : std::as_const(segments)) {
        findings.insert(segment.id,
                        checker.check({segment.field, segment.index, segment.effectiveText()},
                                      entries->value(segment.paperRowId)));
    }
    return storeFindings(findings);
}

Result<void> ReviewStore::invalidateChecks()
{
    SqlQuery query(m_db, QStringLiteral("UPDATE review_segments SET checked = 0 WHERE checked <> 0"));
    return query.exec();
}

} // namespace PaperShelf::Core
