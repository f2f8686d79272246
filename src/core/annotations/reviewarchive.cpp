#include "core/annotations/reviewarchive.h"

#include "core/db/sqlquery.h"
#include "core/review/reviewtypes.h"

#include <QJsonObject>
#include <QSet>

namespace PaperShelf::Core {

namespace {

QString textOrNull(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

QVariant nullIfEmpty(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ? QVariant() : QVariant(value.toString());
}

QString historyKey(const QJsonObject &entry)
{
    return entry.value(QStringLiteral("at")).toString() + QLatin1Char('\x1f')
         + entry.value(QStringLiteral("reviewer")).toString() + QLatin1Char('\x1f')
         + entry.value(QStringLiteral("state_after")).toString() + QLatin1Char('\x1f')
         + entry.value(QStringLiteral("text_after")).toString();
}

} // namespace

Result<QHash<QString, ReviewArchive::PaperSegments>> ReviewArchive::exportAll(const QSqlDatabase &db)
{
    // History first, by segment; then the segments that have work, in paper order.
    QHash<qint64, QJsonArray> histories;
    {
        SqlQuery query(db,
                       QStringLiteral("SELECT segment_id, reviewer, at, state_before, state_after, text_before,"
                                      " text_after, note FROM review_history ORDER BY segment_id, at, id"));
        if (auto ok = query.exec(); !ok) {
            return ok.error();
        }
        while (query.next()) {
            histories[query.value(0).toLongLong()].append(
                QJsonObject{{QStringLiteral("reviewer"), query.value(1).toString()},
                            {QStringLiteral("at"), query.value(2).toString()},
                            {QStringLiteral("state_before"), QJsonValue::fromVariant(query.value(3))},
                            {QStringLiteral("state_after"), QJsonValue::fromVariant(query.value(4))},
                            {QStringLiteral("text_before"), QJsonValue::fromVariant(query.value(5))},
                            {QStringLiteral("text_after"), QJsonValue::fromVariant(query.value(6))},
                            {QStringLiteral("note"), query.value(7).toString()}});
        }
    }
    QHash<QString, PaperSegments> papers;
    SqlQuery query(db,
                   QStringLiteral("SELECT p.key, p.title, s.id, s.field, s.idx, s.machine_text, s.state,"
                                  " s.reviewer_text, s.flag_reason, s.source_changed, s.present, s.updated_at"
                                  " FROM review_segments s JOIN papers p ON p.id = s.paper_id"
                                  " WHERE s.id IN (SELECT id FROM review_segments WHERE state <> 'unreviewed'"
                                  " OR reviewer_text IS NOT NULL OR flag_reason IS NOT NULL" // review_segments_worked
                                  " UNION SELECT segment_id FROM review_history)"
                                  " ORDER BY p.key, s.field, s.idx"));
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    while (query.next()) {
        PaperSegments &paper = papers[query.value(0).toString()];
        paper.title = query.value(1).toString();
        paper.segments.append(QJsonObject{{QStringLiteral("field"), query.value(3).toString()},
                                          {QStringLiteral("index"), query.value(4).toInt()},
                                          {QStringLiteral("machine_text"), query.value(5).toString()},
                                          {QStringLiteral("state"), query.value(6).toString()},
                                          {QStringLiteral("reviewer_text"), QJsonValue::fromVariant(query.value(7))},
                                          {QStringLiteral("flag_reason"), QJsonValue::fromVariant(query.value(8))},
                                          {QStringLiteral("source_changed"), query.value(9).toBool()},
                                          {QStringLiteral("present"), query.value(10).toBool()},
                                          {QStringLiteral("updated_at"), textOrNull(query.value(11))},
                                          {QStringLiteral("history"), histories.value(query.value(2).toLongLong())}});
    }
    return papers;
}

Result<void> ReviewArchive::mergePaper(StatementCache &statements,
                                       qint64 paperRowId,
                                       const QJsonArray &segments,
                                       MergeCounts *counts)
{
    for (const QJsonValue &value : segments) {
        const QJsonObject incoming = value.toObject();
        const QString field = incoming.value(QStringLiteral("field")).toString();
        const int index = incoming.value(QStringLiteral("index")).toInt();
        ReviewState state = ReviewState::Unreviewed;
        if (field.isEmpty() || !parseReviewState(incoming.value(QStringLiteral("state")).toString(), &state)) {
            continue;
        }
        const QString machineText = incoming.value(QStringLiteral("machine_text")).toString();
        const QString updatedAt = incoming.value(QStringLiteral("updated_at")).toString();
        bool sourceChanged = incoming.value(QStringLiteral("source_changed")).toBool();

        SqlQuery local(statements,
                       QStringLiteral("SELECT id, machine_text, coalesce(updated_at, '') FROM review_segments"
                                      " WHERE paper_id = ? AND field = ? AND idx = ?"));
        local.add(paperRowId).add(field).add(index);
        if (auto ok = local.exec(); !ok) {
            return ok;
        }
        qint64 segmentId = 0;
        if (local.next()) {
            segmentId = local.value(0).toLongLong();
            const QString localText = local.value(1).toString();
            const QString localUpdated = local.value(2).toString();
            local.query().finish();
            if (updatedAt > localUpdated) {
                if (localText != machineText) {
                    // The re-import rule: an approval of other text is void; other work is kept, marked.
                    if (state == ReviewState::Approved) {
                        state = ReviewState::Unreviewed;
                    }
                    sourceChanged = true;
                }
                SqlQuery update(statements,
                                QStringLiteral(
                                    "UPDATE review_segments SET state = ?, reviewer_text = ?, flag_reason = ?,"
                                    " source_changed = ?, updated_at = ?, checked = 0 WHERE id = ?"));
                update.add(reviewStateName(state))
                    .add(nullIfEmpty(incoming.value(QStringLiteral("reviewer_text"))))
                    .add(nullIfEmpty(incoming.value(QStringLiteral("flag_reason"))))
                    .add(sourceChanged ? 1 : 0)
                    .add(updatedAt)
                    .add(segmentId);
                if (auto ok = update.exec(); !ok) {
                    return ok;
                }
                ++counts->segmentsTaken;
            }
        } else {
            local.query().finish();
            // Work on a segment this paper's text no longer has: kept, not present.
            SqlQuery insert(statements,
                            QStringLiteral("INSERT INTO review_segments(paper_id, field, idx, machine_text, state,"
                                           " reviewer_text, flag_reason, source_changed, updated_at, present, checked)"
                                           " VALUES(?, ?, ?, ?, ?, ?, ?, 1, ?, 0, 0)"));
            insert.add(paperRowId)
                .add(field)
                .add(index)
                .add(machineText)
                .add(reviewStateName(state))
                .add(nullIfEmpty(incoming.value(QStringLiteral("reviewer_text"))))
                .add(nullIfEmpty(incoming.value(QStringLiteral("flag_reason"))))
                .add(updatedAt.isEmpty() ? QVariant() : QVariant(updatedAt));
            if (auto ok = insert.exec(); !ok) {
                return ok;
            }
            segmentId = insert.lastInsertId();
            ++counts->segmentsTaken;
        }

        QSet<QString> known;
        SqlQuery history(statements,
                         QStringLiteral("SELECT reviewer, at, state_after, text_after FROM review_history"
                                        " WHERE segment_id = ?"));
        history.add(segmentId);
        if (auto ok = history.exec(); !ok) {
            return ok;
        }
        while (history.next()) {
            known.insert(historyKey(QJsonObject{{QStringLiteral("reviewer"), history.value(0).toString()},
                                                {QStringLiteral("at"), history.value(1).toString()},
                                                {QStringLiteral("state_after"), history.value(2).toString()},
                                                {QStringLiteral("text_after"), history.value(3).toString()}}));
        }
        history.query().finish();
        for (const QJsonValue &entryValue : incoming.value(QStringLiteral("history")).toArray()) {
            const QJsonObject entry = entryValue.toObject();
            // Null and missing texts compare as "" in the key, as they do in the query above.
            QJsonObject keyed = entry;
            for (const QString &name : {QStringLiteral("state_after"), QStringLiteral("text_after")}) {
                keyed.insert(name, entry.value(name).toString());
            }
            if (known.contains(historyKey(keyed))) {
                continue;
            }
            known.insert(historyKey(keyed));
            SqlQuery insert(statements,
                            QStringLiteral(
                                "INSERT INTO review_history(segment_id, reviewer, at, state_before,"
                                " state_after, text_before, text_after, note) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
            insert.add(segmentId)
                .add(entry.value(QStringLiteral("reviewer")).toString())
                .add(entry.value(QStringLiteral("at")).toString())
                .add(nullIfEmpty(entry.value(QStringLiteral("state_before"))))
                .add(nullIfEmpty(entry.value(QStringLiteral("state_after"))))
                .add(nullIfEmpty(entry.value(QStringLiteral("text_before"))))
                .add(nullIfEmpty(entry.value(QStringLiteral("text_after"))))
                .add(entry.value(QStringLiteral("note")).toString());
            if (auto ok = insert.exec(); !ok) {
                return ok;
            }
            ++counts->historyAdded;
        }
    }
    return {};
}

} // namespace PaperShelf::Core
