#include "core/annotations/annotationarchive.h"

#include "core/annotations/highlightanchor.h"
#include "core/annotations/highlightstore.h"
#include "core/annotations/reviewarchive.h"
#include "core/db/entrycodec.h"
#include "core/db/paperwriter.h"
#include "core/db/records.h"
#include "core/db/sqlquery.h"
#include "core/digest/textfields.h"
#include "core/search/searchindex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlRecord>

namespace PaperShelf::Core {

namespace {

const QString FormatName = QStringLiteral("papershelf-annotations");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// Runs a statement and collects rows through `row`.
template<typename RowFn>
Result<void> forEachRow(StatementCache &statements, const QString &sql, const QVariantList &values, RowFn row)
{
    SqlQuery query(statements, sql);
    for (const QVariant &value : values) {
        query.add(value);
    }
    if (auto ok = query.exec(); !ok) {
        return ok;
    }
    while (query.next()) {
        row(query);
    }
    return {};
}

Result<void> exec(StatementCache &statements, const QString &sql, const QVariantList &values)
{
    SqlQuery query(statements, sql);
    for (const QVariant &value : values) {
        query.add(value);
    }
    return query.exec();
}

struct LocalAnnotation
{
    QString status;
    int rating = 0;
    bool favourite = false;
    QString notes;
    QString updatedAt;
};

struct LocalHighlight
{
    qint64 id = 0;
    QString updatedAt;
    QString color;
    QString comment;
};

QString highlightKey(const QString &field, const QString &quote, const QString &createdAt)
{
    return field + QLatin1Char('\x1f') + quote + QLatin1Char('\x1f') + createdAt;
}

} // namespace

AnnotationArchive::AnnotationArchive(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<QByteArray> AnnotationArchive::exportAll()
{
    StatementCache statements(m_db);
    QJsonObject papers;
    const auto paperObject = [&papers](const QString &id, const QString &title) -> QJsonObject {
        QJsonObject object = papers.value(id).toObject();
        if (object.isEmpty()) {
            object.insert(QStringLiteral("title"), title);
        }
        return object;
    };

    Result<void> ok = forEachRow(statements,
                                 QStringLiteral(
                                     "SELECT p.key, p.title, a.status, a.rating, a.favourite, a.notes, a.updated_at"
                                     " FROM annotations a JOIN papers p ON p.id = a.paper_id ORDER BY p.key"),
                                 {},
                                 [&](const SqlQuery &q) {
        QJsonObject object = paperObject(q.value(0).toString(), q.value(1).toString());
        object.insert(QStringLiteral("status"), q.value(2).toString());
        object.insert(QStringLiteral("rating"), q.value(3).toInt());
        object.insert(QStringLiteral("favourite"), q.value(4).toBool());
        object.insert(QStringLiteral("notes"), q.value(5).toString());
        object.insert(QStringLiteral("updated_at"), q.value(6).toString());
        papers.insert(q.value(0).toString(), object);
    });
    if (!ok) {
        return ok.error();
    }
    ok = forEachRow(statements,
                    QStringLiteral("SELECT p.key, p.title, t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id"
                                   " JOIN papers p ON p.id = pt.paper_id WHERE t.kind = 'user' ORDER BY p.key, t.norm"),
                    {},
                    [&](const SqlQuery &q) {
        QJsonObject object = paperObject(q.value(0).toString(), q.value(1).toString());
        QJsonArray tags = object.value(QStringLiteral("tags")).toArray();
        tags.append(q.value(2).toString());
        object.insert(QStringLiteral("tags"), tags);
        papers.insert(q.value(0).toString(), object);
    });
    if (!ok) {
        return ok.error();
    }
    ok = forEachRow(statements,
                    QStringLiteral("SELECT p.key, p.title, h.field, h.start, h.length, h.quote, h.color, h.comment,"
                                   " h.orphaned, h.created_at, h.updated_at FROM highlights h"
                                   " JOIN papers p ON p.id = h.paper_id ORDER BY p.key, h.id"),
                    {},
                    [&](const SqlQuery &q) {
        QJsonObject object = paperObject(q.value(0).toString(), q.value(1).toString());
        QJsonArray highlights = object.value(QStringLiteral("highlights")).toArray();
        highlights.append(QJsonObject{{QStringLiteral("field"), q.value(2).toString()},
                                      {QStringLiteral("start"), q.value(3).toLongLong()},
                                      {QStringLiteral("length"), q.value(4).toLongLong()},
                                      {QStringLiteral("quote"), q.value(5).toString()},
                                      {QStringLiteral("color"), q.value(6).toString()},
                                      {QStringLiteral("comment"), q.value(7).toString()},
                                      {QStringLiteral("orphaned"), q.value(8).toBool()},
                                      {QStringLiteral("created_at"), q.value(9).toString()},
                                      {QStringLiteral("updated_at"), q.value(10).toString()}});
        object.insert(QStringLiteral("highlights"), highlights);
        papers.insert(q.value(0).toString(), object);
    });
    if (!ok) {
        return ok.error();
    }
    Result<QHash<QString, ReviewArchive::PaperSegments>> review = ReviewArchive::exportAll(m_db);
    if (!review) {
        return review.error();
    }
    for (auto it = review->cbegin(); it != review->cend(); ++it) {
        QJsonObject object = paperObject(it.key(), it->title);
        object.insert(QStringLiteral("review"), it->segments);
        papers.insert(it.key(), object);
    }
    QJsonArray userTags;
    ok = forEachRow(statements,
                    QStringLiteral("SELECT name, coalesce(color, '') FROM tags WHERE kind = 'user' ORDER BY norm"),
                    {},
                    [&](const SqlQuery &q) {
        userTags.append(QJsonObject{{QStringLiteral("name"), q.value(0).toString()},
                                    {QStringLiteral("color"), q.value(1).toString()}});
    });
    if (!ok) {
        return ok.error();
    }
    QJsonObject meanings;
    ok = forEachRow(statements,
                    QStringLiteral("SELECT value FROM meta WHERE key = 'highlight_colors'"),
                    {},
                    [&](const SqlQuery &q) {
        meanings = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    });
    if (!ok) {
        return ok.error();
    }
    const QJsonObject root{{QStringLiteral("format"), FormatName},
                           {QStringLiteral("version"), Version},
                           {QStringLiteral("exported_at"), now()},
                           {QStringLiteral("highlight_colors"), meanings},
                           {QStringLiteral("user_tags"), userTags},
                           {QStringLiteral("papers"), papers}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ArchiveMergeReport> AnnotationArchive::merge(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        return Error{tr("The file is not JSON: %1 (at byte %2).").arg(parseError.errorString()).arg(parseError.offset)};
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName) {
        return Error{tr("The file is not a PaperShelf annotation archive.")};
    }
    if (root.value(QStringLiteral("version")).toInt() > Version) {
        return Error{tr("The archive was written by a newer PaperShelf (format version %1).")
                         .arg(root.value(QStringLiteral("version")).toInt())};
    }

    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok.error();
    }
    StatementCache statements(m_db);
    ArchiveMergeReport report;
    SearchIndex index(m_db);

    // Colour meanings: the library keeps its own where it renamed one.
    {
        QJsonObject local;
        Result<void> ok = forEachRow(statements,
                                     QStringLiteral("SELECT value FROM meta WHERE key = 'highlight_colors'"),
                                     {},
                                     [&](const SqlQuery &q) {
            local = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        });
        if (!ok) {
            return ok.error();
        }
        const QJsonObject incoming = root.value(QStringLiteral("highlight_colors")).toObject();
        for (auto it = incoming.begin(); it != incoming.end(); ++it) {
            if (HighlightStore::colorKeys().contains(it.key()) && !local.contains(it.key())) {
                local.insert(it.key(), it.value().toString());
            }
        }
        if (!local.isEmpty()) {
            ok = exec(statements,
                      QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('highlight_colors', ?)"),
                      {QString::fromUtf8(QJsonDocument(local).toJson(QJsonDocument::Compact))});
            if (!ok) {
                return ok.error();
            }
        }
    }

    // Tags: created when missing; a colour is taken when the library has none.
    QHash<QString, qint64> tagIds; // norm -> id
    {
        Result<void> ok = forEachRow(statements,
                                     QStringLiteral("SELECT norm, id FROM tags WHERE kind = 'user'"),
                                     {},
                                     [&](const SqlQuery &q) {
            tagIds.insert(q.value(0).toString(), q.value(1).toLongLong());
        });
        if (!ok) {
            return ok.error();
        }
    }
    const auto ensureTag = [&](const QString &name, const QString &color) -> Result<qint64> {
        const QString spelled = name.simplified();
        const QString norm = PaperWriter::normalizedTagName(spelled);
        if (const auto it = tagIds.constFind(norm); it != tagIds.cend()) {
            if (!color.isEmpty()) {
                if (auto ok = exec(statements,
                                   QStringLiteral("UPDATE tags SET color = ? WHERE id = ? AND color IS NULL"),
                                   {color, it.value()});
                    !ok) {
                    return ok.error();
                }
            }
            return it.value();
        }
        SqlQuery insert(statements,
                        QStringLiteral("INSERT INTO tags(kind, name, norm, color) VALUES('user', ?, ?, ?)"));
        insert.add(spelled).add(norm).add(color.isEmpty() ? QVariant() : QVariant(color));
        if (auto ok = insert.exec(); !ok) {
            return ok.error();
        }
        tagIds.insert(norm, insert.lastInsertId());
        return insert.lastInsertId();
    };
    for (const QJsonValue &value : root.value(QStringLiteral("user_tags")).toArray()) {
        const QJsonObject tag = value.toObject();
        const QString name = tag.value(QStringLiteral("name")).toString();
        if (name.simplified().isEmpty()) {
            continue;
        }
        if (auto ok = ensureTag(name, tag.value(QStringLiteral("color")).toString()); !ok) {
            return ok.error();
        }
    }

    // Papers of this library by public id, and what they hold already: one
    // query each for the archive's papers, not one per paper.
    const QJsonObject papers = root.value(QStringLiteral("papers")).toObject();
    QHash<QString, qint64> rowIds;
    rowIds.reserve(papers.size());
    if (auto ok = forEachRow(
            statements,
            QStringLiteral("SELECT key, id FROM papers WHERE key IN (SELECT value FROM json_each(?))"),
            {jsonArray(papers.keys())},
            [&](const SqlQuery &q) {
        rowIds.insert(q.value(0).toString(), q.value(1).toLongLong());
            });
        !ok) {
        return ok.error();
    }
    QList<qint64> found(rowIds.cbegin(), rowIds.cend());
    const QString foundJson = jsonArray(found);

    QHash<qint64, LocalAnnotation> localAnnotations;
    localAnnotations.reserve(found.size());
    if (auto ok = forEachRow(
            statements,
            QStringLiteral("SELECT paper_id, status, rating, favourite, notes, coalesce(updated_at, '')"
                           " FROM annotations WHERE paper_id IN (SELECT value FROM json_each(?))"),
            {foundJson},
            [&](const SqlQuery &q) {
        localAnnotations.insert(q.value(0).toLongLong(),
                                {q.value(1).toString(),
                                 q.value(2).toInt(),
                                 q.value(3).toBool(),
                                 q.value(4).toString(),
                                 q.value(5).toString()});
            });
        !ok) {
        return ok.error();
    }
    QHash<qint64, QHash<QString, LocalHighlight>> localHighlights;
    if (auto ok = forEachRow(
            statements,
            QStringLiteral("SELECT paper_id, id, field, quote, created_at, updated_at, color, comment"
                           " FROM highlights WHERE paper_id IN (SELECT value FROM json_each(?))"),
            {foundJson},
            [&](const SqlQuery &q) {
        localHighlights[q.value(0).toLongLong()]
            .insert(highlightKey(q.value(2).toString(), q.value(3).toString(), q.value(4).toString()),
                    {q.value(1).toLongLong(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
            });
        !ok) {
        return ok.error();
    }
    // A pending paper gets its notes indexed at the next flush.
    QSet<qint64> pending;
    if (auto ok = forEachRow(
            statements,
            QStringLiteral("SELECT paper_id FROM fts_pending"),
            {},
            [&](const SqlQuery &q) {
        pending.insert(q.value(0).toLongLong());
            });
        !ok) {
        return ok.error();
    }

    // Work that needs a paper's text (re-anchoring, the notes' index update) is
    // collected here and done afterwards, with the texts loaded in bulk.
    struct NewHighlight
    {
        qint64 rowId = 0;
        QString field;
        qint64 start = 0;
        QString quote;
        QString color;
        QString comment;
        QString createdAt;
        QString updatedAt;
    };

    QHash<qint64, QList<NewHighlight>> newHighlights; // by paper, each in archive order

    struct NotesChange
    {
        QString before; ///< what the index holds
        QString after;
    };

    QHash<qint64, NotesChange> notesChanged;
    QList<qint64> needText; // papers in archive order
    QSet<qint64> needTextSet;
    const auto needsText = [&](qint64 rowId) {
        if (!needTextSet.contains(rowId)) {
            needTextSet.insert(rowId);
            needText.append(rowId);
        }
    };

    for (auto it = papers.begin(); it != papers.end(); ++it) {
        const QString paperId = it.key();
        const QJsonObject incoming = it.value().toObject();
        const auto row = rowIds.constFind(paperId);
        if (row == rowIds.cend()) {
            report.skipped.append({paperId, incoming.value(QStringLiteral("title")).toString()});
            continue;
        }
        const qint64 rowId = row.value();
        ++report.papers;

        // Status, rating, favourite, notes: the newer side wins as a whole.
        if (incoming.contains(QStringLiteral("updated_at"))) {
            const auto localFound = localAnnotations.constFind(rowId);
            const bool exists = localFound != localAnnotations.cend();
            const LocalAnnotation local = exists ? *localFound : LocalAnnotation();
            ReadingStatus parsed = ReadingStatus::Unread;
            const QString status = parseReadingStatus(incoming.value(QStringLiteral("status")).toString(), &parsed)
                                     ? readingStatusName(parsed)
                                     : readingStatusName(ReadingStatus::Unread);
            const int rating = std::clamp(incoming.value(QStringLiteral("rating")).toInt(), 0, 5);
            const bool favourite = incoming.value(QStringLiteral("favourite")).toBool();
            const QString notes = incoming.value(QStringLiteral("notes")).toString();
            const QString updatedAt = incoming.value(QStringLiteral("updated_at")).toString();
            const bool differs = !exists || local.status != status || local.rating != rating
                              || local.favourite != favourite || local.notes != notes;
            const bool archiveNewer = !exists || updatedAt > local.updatedAt;
            if (differs && exists) {
                const QString kept = archiveNewer ? QStringLiteral("archive") : QStringLiteral("library");
                if (local.status != status) {
                    report.conflicts.append({paperId, QStringLiteral("status"), kept});
                }
                if (local.rating != rating) {
                    report.conflicts.append({paperId, QStringLiteral("rating"), kept});
                }
                if (local.favourite != favourite) {
                    report.conflicts.append({paperId, QStringLiteral("favourite"), kept});
                }
                if (local.notes != notes) {
                    report.conflicts.append({paperId, QStringLiteral("notes"), kept});
                }
            }
            if (differs && archiveNewer) {
                if (local.notes != notes && !pending.contains(rowId)) {
                    notesChanged.insert(rowId, NotesChange{local.notes, notes});
                    needsText(rowId);
                }
                if (auto ok = exec(statements,
                                   QStringLiteral(
                                       "INSERT INTO annotations(paper_id, status, rating, favourite, notes,"
                                       " updated_at) VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(paper_id) DO UPDATE"
                                       " SET status = excluded.status, rating = excluded.rating,"
                                       " favourite = excluded.favourite, notes = excluded.notes,"
                                       " updated_at = excluded.updated_at"),
                                   {rowId, status, rating, favourite ? 1 : 0, notes, updatedAt});
                    !ok) {
                    return ok.error();
                }
                ++report.annotationsTaken;
            }
        }

        // Own tags: a union.
        for (const QJsonValue &value : incoming.value(QStringLiteral("tags")).toArray()) {
            if (value.toString().simplified().isEmpty()) {
                continue;
            }
            Result<qint64> tagId = ensureTag(value.toString(), QString());
            if (!tagId) {
                return tagId.error();
            }
            SqlQuery link(statements,
                          QStringLiteral("INSERT OR IGNORE INTO paper_tags(paper_id, tag_id) VALUES(?, ?)"));
            link.add(rowId).add(*tagId);
            if (auto ok = link.exec(); !ok) {
                return ok.error();
            }
            report.tagsAdded += link.numRowsAffected() > 0 ? 1 : 0;
        }

        // Review work: matched by field and index (see ReviewArchive).
        if (const QJsonArray segments = incoming.value(QStringLiteral("review")).toArray(); !segments.isEmpty()) {
            ReviewArchive::MergeCounts counts;
            if (auto ok = ReviewArchive::mergePaper(statements, rowId, segments, &counts); !ok) {
                return ok.error();
            }
            report.reviewSegmentsTaken += counts.segmentsTaken;
            report.reviewHistoryAdded += counts.historyAdded;
        }

        // Highlights: matched by field, quote and creation time.
        const QJsonArray highlights = incoming.value(QStringLiteral("highlights")).toArray();
        if (highlights.isEmpty()) {
            continue;
        }
        const QHash<QString, LocalHighlight> local = localHighlights.value(rowId);
        for (const QJsonValue &value : highlights) {
            const QJsonObject h = value.toObject();
            const QString field = h.value(QStringLiteral("field")).toString();
            const QString quote = h.value(QStringLiteral("quote")).toString();
            QString color = h.value(QStringLiteral("color")).toString();
            const QString comment = h.value(QStringLiteral("comment")).toString();
            const QString createdAt = h.value(QStringLiteral("created_at")).toString();
            const QString updatedAt = h.value(QStringLiteral("updated_at")).toString();
            if (!TextFields::isKnown(field) || quote.isEmpty()) {
                continue;
            }
            if (!HighlightStore::colorKeys().contains(color)) {
                color = HighlightStore::colorKeys().first();
            }
            const auto existing = local.constFind(highlightKey(field, quote, createdAt));
            if (existing != local.cend()) {
                if (existing->color == color && existing->comment == comment) {
                    continue;
                }
                const bool archiveNewer = updatedAt > existing->updatedAt;
                report.conflicts.append({paperId,
                                         QStringLiteral("highlight: ") + quote.left(40),
                                         archiveNewer ? QStringLiteral("archive") : QStringLiteral("library")});
                if (archiveNewer) {
                    if (auto ok = exec(statements,
                                       QStringLiteral("UPDATE highlights SET color = ?, comment = ?, updated_at = ?"
                                                      " WHERE id = ?"),
                                       {color, comment, updatedAt, existing->id});
                        !ok) {
                        return ok.error();
                    }
                    ++report.highlightsUpdated;
                }
                continue;
            }
            newHighlights[rowId].append({rowId,
                                         field,
                                         h.value(QStringLiteral("start")).toInteger(),
                                         quote,
                                         color,
                                         comment,
                                         createdAt,
                                         updatedAt});
            needsText(rowId);
        }
    }

    // The current texts, one query per chunk of papers (so that a large archive
    // never holds all of them at once); then the new highlights are re-anchored
    // in them and the notes' terms are rewritten in the index, in this transaction.
    constexpr qsizetype TextChunk = 1000;
    for (qsizetype from = 0; from < needText.size(); from += TextChunk) {
        const QList<qint64> chunk = needText.mid(from, TextChunk);
        QHash<qint64, DigestEntry> texts;
        texts.reserve(chunk.size());
        SqlQuery entry(statements,
                       QStringLiteral("SELECT p.id, ") + EntryCodec::columns()
                           + QStringLiteral(" FROM papers p JOIN entries e ON e.id = p.current_entry_id"
                                            " WHERE p.id IN (SELECT value FROM json_each(?))"));
        entry.add(jsonArray(chunk));
        if (auto ok = entry.exec(); !ok) {
            return ok.error();
        }
        while (entry.next()) {
            const QSqlRecord record = entry.query().record();
            texts.insert(record.value(0).toLongLong(), EntryCodec::decode(record, 1));
        }

        QList<SearchIndex::NotesChange> notesChanges;
        for (const qint64 rowId : chunk) {
            const auto text = texts.constFind(rowId);
            for (const NewHighlight &h : newHighlights.value(rowId)) {
                const HighlightAnchor anchor = HighlightAnchoring::reanchor({h.start, h.quote.size(), h.quote, false},
                                                                            text == texts.cend()
                                                                                ? QString()
                                                                                : TextFields::text(*text, h.field));
                if (auto ok = exec(statements,
                                   QStringLiteral("INSERT INTO highlights(paper_id, field, start, length, quote, color,"
                                                  " comment, orphaned, created_at, updated_at)"
                                                  " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                   {h.rowId,
                                    h.field,
                                    anchor.start,
                                    anchor.length,
                                    h.quote,
                                    h.color,
                                    h.comment,
                                    anchor.orphaned ? 1 : 0,
                                    h.createdAt.isEmpty() ? now() : h.createdAt,
                                    h.updatedAt.isEmpty() ? now() : h.updatedAt});
                    !ok) {
                    return ok.error();
                }
                ++report.highlightsAdded;
            }
            // A paper without a current entry is not indexed.
            const auto notes = notesChanged.constFind(rowId);
            if (notes != notesChanged.cend() && text != texts.cend()) {
                notesChanges.append({rowId, SearchDocument::fromEntry(*text, notes->before), notes->after});
            }
        }
        if (auto ok = index.replaceNotes(notesChanges); !ok) {
            return ok.error();
        }
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    if (auto flushed = index.flushPending(); !flushed) {
        report.warning = tr("The annotations were merged, but the search index could not be updated (it is "
                            "retried when the library is next opened): %1")
                             .arg(flushed.errorMessage());
    }
    return report;
}

} // namespace PaperShelf::Core
