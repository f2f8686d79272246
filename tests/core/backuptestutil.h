#pragma once

#include "core/annotations/annotationstore.h"
#include "core/annotations/highlightstore.h"
#include "core/annotations/usertagstore.h"
#include "core/db/database.h"
#include "core/digest/textfields.h"
#include "core/import/importer.h"
#include "core/review/reviewstore.h"
#include "librarytestutil.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

namespace PaperShelf::Tests {

/// The papers of tests/data/cli that get user work in the backup and check tests.
inline const QString WorkedPaper = QStringLiteral("2402.00102");
inline const QString OtherPaper = QStringLiteral("2402.00201");

inline qint64 paperRowId(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM papers WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

/// Imports the digests of tests/data/cli; true when every file imported.
inline bool importCliFixtures(Core::Database &database)
{
    Core::Importer importer(database);
    const Core::ImportReport report = importer.importPaths({QStringLiteral(PAPERSHELF_TEST_DATA "/cli")});
    return report.errors.isEmpty();
}

/// Notes, a status, a highlight, own tags (one with a colour) and review work of
/// every kind (approve, correct, flag) on WorkedPaper; a tag also on OtherPaper.
inline bool addUserWork(Core::Database &database)
{
    const QSqlDatabase db = database.connection();
    const qint64 worked = paperRowId(db, WorkedPaper);
    const qint64 other = paperRowId(db, OtherPaper);
    if (worked == 0 || other == 0) {
        return false;
    }
    Core::AnnotationStore annotations(db);
    Core::UserTagStore tags(db);
    Core::HighlightStore highlights(db);
    Core::ReviewStore review(db);
    bool ok = annotations.setStatus({worked}, Core::ReadingStatus::Reading).ok()
           && annotations.setNotes(worked, QStringLiteral("Sidecar notes: 鸭嘴兽")).ok()
           && tags.addTag({worked, other}, QStringLiteral("to cite")).ok()
           && tags.setColor(QStringLiteral("to cite"), QStringLiteral("#aa0000")).ok()
           && highlights.add(worked, Core::TextFields::Abstract, 0, 12, QStringLiteral("yellow"), QStringLiteral("key"))
                  .ok();
    const Core::Result<QList<Core::ReviewSegment>> segments = review.segments(worked);
    if (!ok || !segments || segments->size() < 3) {
        return false;
    }
    ok = review.approve(segments->at(0).id, QStringLiteral("Ada")).ok()
      && review.correct(segments->at(1).id, QStringLiteral("更正的译文"), QStringLiteral("Ada")).ok()
      && review.flag(segments->at(2).id, QStringLiteral("wrong term"), QStringLiteral("Bo")).ok()
      && review.approve(segments->at(2).id, QStringLiteral("Ada")).ok();
    return ok;
}

/// The user's work, keyed by public paper id (row ids differ between libraries).
inline QString userWork(const QSqlDatabase &db)
{
    const QStringList queries = {
        QStringLiteral("SELECT p.key, a.status, a.rating, a.favourite, a.notes, a.updated_at FROM annotations a"
                       " JOIN papers p ON p.id = a.paper_id ORDER BY 1"),
        QStringLiteral("SELECT p.key, h.field, h.start, h.length, h.quote, h.color, h.comment, h.orphaned,"
                       " h.created_at, h.updated_at FROM highlights h JOIN papers p ON p.id = h.paper_id"
                       " ORDER BY 1, 2, 3, 9"),
        QStringLiteral("SELECT p.key, t.name, t.color FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id"
                       " JOIN papers p ON p.id = pt.paper_id WHERE t.kind = 'user' ORDER BY 1, 2"),
        QStringLiteral("SELECT p.key, s.field, s.idx, s.machine_text, s.state, s.reviewer_text, s.flag_reason,"
                       " s.source_changed, s.present, s.updated_at FROM review_segments s"
                       " JOIN papers p ON p.id = s.paper_id WHERE s.state <> 'unreviewed'"
                       " OR EXISTS(SELECT 1 FROM review_history h WHERE h.segment_id = s.id) ORDER BY 1, 2, 3"),
        QStringLiteral("SELECT p.key, s.field, s.idx, h.reviewer, h.at, h.state_before, h.state_after,"
                       " h.text_before, h.text_after, h.note FROM review_history h"
                       " JOIN review_segments s ON s.id = h.segment_id JOIN papers p ON p.id = s.paper_id"
                       " ORDER BY 1, 2, 3, 5, 7"),
    };
    QString dump;
    for (const QString &sql : queries) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            return QStringLiteral("error: ") + sql;
        }
        while (query.next()) {
            QStringList values;
            for (int c = 0; c < query.record().count(); ++c) {
                values.append(query.value(c).toString());
            }
            dump += values.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
        dump += QStringLiteral("--\n");
    }
    return dump;
}

/// Overwrites the page header of every b-tree page but the first with garbage,
/// as a failing disk would: SQLite then reports the file as malformed.
inline bool scribbleInteriorPages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        return false;
    }
    const QByteArray header = file.read(100);
    if (header.size() < 100) {
        return false;
    }
    int pageSize = (static_cast<uchar>(header.at(16)) << 8) | static_cast<uchar>(header.at(17));
    if (pageSize == 1) {
        pageSize = 65536;
    }
    const qint64 pages = file.size() / pageSize;
    if (pages < 3) {
        return false;
    }
    const QByteArray garbage(24, '\xA5');
    for (qint64 page = 1; page < pages; ++page) {
        if (!file.seek(page * pageSize) || file.write(garbage) != garbage.size()) {
            return false;
        }
    }
    return true;
}

/// Runs statements on a connection of its own, with foreign keys off (SQLite's
/// default), to make the damage the checks look for.
inline bool rawExec(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        ok = raw.open();
        for (const QString &sql : statements) {
            QSqlQuery query(raw);
            if (ok && !query.exec(sql)) {
                qWarning() << query.lastError().text() << sql;
                ok = false;
            }
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

} // namespace PaperShelf::Tests
