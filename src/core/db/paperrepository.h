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
    Result<std::optional<PaperDetails>> load(const QString &condition, const QVariant &value);

    QSqlDatabase m_db;
    StatementCache m_statements; ///< loading many papers reuses the four statements of load()
};

} // namespace PaperShelf::Core
