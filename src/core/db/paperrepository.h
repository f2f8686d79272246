#pragma once

#include "core/db/records.h"
#include "core/db/sqlquery.h"
#include "core/util/result.h"

#include <QSqlDatabase>

#include <optional>

namespace PaperShelf::Core {

/// Reads papers and library-wide figures.
class PaperRepository final
{
public:
    explicit PaperRepository(const QSqlDatabase &db);
    ~PaperRepository();
    Q_DISABLE_COPY_MOVE(PaperRepository)

    /// The paper with public id `id` (arXiv id, or "t-<hash>"); nullopt when unknown.
    /// An arXiv id with a version suffix ("2401.11535v2") finds the paper too.
    Result<std::optional<PaperDetails>> paper(const QString &id);
    Result<std::optional<PaperDetails>> paper(qint64 rowId);
    Result<QList<PaperDetails>> papers(const QList<qint64> &rowIds);

    Result<LibraryStats> stats();

private:
    /// The papers matching `condition` (on `papers p`, one bound value), in no
    /// particular order, with tags, appearances and screenshots: four queries
    /// however many papers match (`expected` of them, as far as the caller knows).
    Result<QList<PaperDetails>> load(const QString &condition, const QVariant &value, qsizetype expected = 1);
    static Result<std::optional<PaperDetails>> first(Result<QList<PaperDetails>> loaded);

    QSqlDatabase m_db;
    StatementCache m_statements; ///< repeated loads reuse the statements of load()
};

} // namespace PaperShelf::Core
