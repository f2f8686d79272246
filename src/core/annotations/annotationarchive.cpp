#include "core/annotations/annotationarchive.h"

#include "core/annotations/highlightanchor.h"
#include "core/annotations/highlightstore.h"
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
#include <QSqlRecord>

namespace PaperShelf::Core {

namespace {

const QString FormatName = QStringLiteral("papershelf-annotations");

QString tr(const char *text)
{
    return QCoreApplication::translate("AnnotationArchive", text);
}

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

    // Papers of this library by public id, and what they hold already.
    QHash<QString, qint64> rowIds;
    if (auto ok = forEachRow(
            statements,
            QStringLiteral("SELECT key, id FROM papers"),
            {},
            [&](const SqlQuery &q) {
        rowIds.insert(q.value(0).toString(), q.value(1).toLongLong());
            });
        !ok) {
        return ok.error();
    }

    const QJsonObject papers = root.value(QStringLiteral("papers")).toObject();
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
            struct Values
            {
                QString status;
                int rating = 0;
                bool favourite = false;
                QString notes;
                QString updatedAt;
                bool exists = false;
            } local;

            if (auto ok = forEachRow(
                    statements,
                    QStringLiteral("SELECT status, rating, favourite, notes, coalesce(updated_at, '')"
                                   " FROM annotations WHERE paper_id = ?"),
                    {rowId},
                    [&](const SqlQuery &q) {
                local = {q.value(0).toString(),
                         q.value(1).toInt(),
                         q.value(2).toBool(),
                         q.value(3).toString(),
                         q.value(4).toString(),
                         true};
                    });
                !ok) {
                return ok.error();
            }
            ReadingStatus parsed = ReadingStatus::Unread;
            const QString status = parseReadingStatus(incoming.value(QStringLiteral("status")).toString(), &parsed)
                                     ? readingStatusName(parsed)
                                     : readingStatusName(ReadingStatus::Unread);
            const int rating = std::clamp(incoming.value(QStringLiteral("rating")).toInt(), 0, 5);
            const bool favourite = incoming.value(QStringLiteral("favourite")).toBool();
            const QString notes = incoming.value(QStringLiteral("notes")).toString();
            const QString updatedAt = incoming.value(QStringLiteral("updated_at")).toString();
            const bool differs = !local.exists || local.status != status || local.rating != rating
                              || local.favourite != favourite || local.notes != notes;
            const bool archiveNewer = !local.exists || updatedAt > local.updatedAt;
            if (differs && local.exists) {
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
                if (local.notes != notes) {
                    // Notes are indexed: queue the paper with what the index holds now.
                    Result<bool> pending = index.isPending(rowId);
                    if (!pending) {
                        return pending.error();
                    }
                    if (!*pending) {
                        Result<std::optional<SearchDocument>> before = index.currentDocument(rowId);
                        if (!before) {
                            return before.error();
                        }
                        if (auto ok = index.markChanged(rowId, *before); !ok) {
                            return ok.error();
                        }
                    }
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

        // Highlights: matched by field, quote and creation time.
        const QJsonArray highlights = incoming.value(QStringLiteral("highlights")).toArray();
        if (highlights.isEmpty()) {
            continue;
        }
        QHash<QString, LocalHighlight> localHighlights;
        if (auto ok = forEachRow(
                statements,
                QStringLiteral("SELECT id, field, quote, created_at, updated_at, color, comment"
                               " FROM highlights WHERE paper_id = ?"),
                {rowId},
                [&](const SqlQuery &q) {
            localHighlights
                .insert(highlightKey(q.value(1).toString(), q.value(2).toString(), q.value(3).toString()),
                        {q.value(0).toLongLong(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
                });
            !ok) {
            return ok.error();
        }
        std::optional<DigestEntry> text;
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
            const auto existing = localHighlights.constFind(highlightKey(field, quote, createdAt));
            if (existing != localHighlights.cend()) {
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
            if (!text) {
                SqlQuery entry(statements,
                               QStringLiteral("SELECT ") + EntryCodec::columns()
                                   + QStringLiteral(" FROM papers p JOIN entries e ON e.id = p.current_entry_id"
                                                    " WHERE p.id = ?"));
                entry.add(rowId);
                if (auto ok = entry.exec(); !ok) {
                    return ok.error();
                }
                text = entry.next() ? EntryCodec::decode(entry.query().record(), 0) : DigestEntry();
            }
            const HighlightAnchor anchor = HighlightAnchoring::reanchor({h.value(QStringLiteral("start")).toInteger(),
                                                                         quote.size(),
                                                                         quote,
                                                                         false},
                                                                        TextFields::text(*text, field));
            if (auto ok = exec(statements,
                               QStringLiteral("INSERT INTO highlights(paper_id, field, start, length, quote, color,"
                                              " comment, orphaned, created_at, updated_at)"
                                              " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                               {rowId,
                                field,
                                anchor.start,
                                anchor.length,
                                quote,
                                color,
                                comment,
                                anchor.orphaned ? 1 : 0,
                                createdAt.isEmpty() ? now() : createdAt,
                                updatedAt.isEmpty() ? now() : updatedAt});
                !ok) {
                return ok.error();
            }
            ++report.highlightsAdded;
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
