#pragma once

#include "core/db/records.h"
#include "core/db/sqlquery.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace PaperShelf::Core {

class SearchIndex;

/// The per-paper part of a user's work: reading status, rating, favourite, notes.
struct Annotation
{
    qint64 paperId = 0; ///< papers.id
    ReadingStatus status = ReadingStatus::Unread;
    int rating = 0; ///< 0–5
    bool favourite = false;
    QString notes;     ///< Markdown
    QString updatedAt; ///< ISO 8601 UTC of the last change; empty when never annotated

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

/// Reads and writes the `annotations` table. Every change is its own short
/// transaction (a bulk change on many papers is one transaction), so an edit is
/// on disk when the call returns. Imports never write this table. Notes are part
/// of the full-text index: setNotes() updates it in the same transaction.
class AnnotationStore final
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Core::AnnotationStore)

public:
    explicit AnnotationStore(const QSqlDatabase &db);
    ~AnnotationStore();
    Q_DISABLE_COPY_MOVE(AnnotationStore)

    /// The annotations of `paperIds`, in that order; papers never annotated get
    /// the defaults. Unknown ids are left out.
    Result<QList<Annotation>> annotations(const QList<qint64> &paperIds);

    Result<void> setStatus(const QList<qint64> &paperIds, ReadingStatus status);
    /// `rating` must be 0–5.
    Result<void> setRating(const QList<qint64> &paperIds, int rating);
    Result<void> setFavourite(const QList<qint64> &paperIds, bool favourite);
    Result<void> setNotes(qint64 paperId, const QString &notes);
    /// Puts status, rating and favourite back to what `saved` holds (undo of a
    /// bulk change); notes are left alone.
    Result<void> restore(const QList<Annotation> &saved);

private:
    /// Runs `column = value` for every paper in one transaction.
    Result<void> setColumn(const QList<qint64> &paperIds, const QString &column, const QVariant &value);

    QSqlDatabase m_db;
    StatementCache m_statements;
    std::unique_ptr<SearchIndex> m_index; ///< kept: its statements are prepared once
};

} // namespace PaperShelf::Core
