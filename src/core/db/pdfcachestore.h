#pragma once

#include "core/util/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace PaperShelf::Core {

/// Where a paper's PDF stands in the library's cache.
enum class PdfState {
    Missing,
    Cached,
    Failed,
};

/// "missing", "cached" or "failed" (the values of pdf_cache.state).
QString pdfStateName(PdfState state);

/// One row of `pdf_cache`.
struct PdfCacheEntry
{
    qint64 paperRowId = 0;
    QString url;
    PdfState state = PdfState::Missing;
    QString file; ///< relative to LibraryPaths::pdfDir(); "" unless cached
    qint64 bytes = 0;
    QString error; ///< why the last download failed; "" unless failed
    QDateTime fetchedAt;
};

/// Records the PDF download state of papers (table `pdf_cache`). Runs on the
/// thread that owns the connection.
class PdfCacheStore final
{
public:
    explicit PdfCacheStore(const QSqlDatabase &db);

    /// Inserts or replaces the row of `entry.paperRowId`.
    Result<void> record(const PdfCacheEntry &entry);
    /// The row of `paperRowId`, or nullopt when no download was ever tried.
    Result<std::optional<PdfCacheEntry>> entry(qint64 paperRowId);

private:
    QSqlDatabase m_db;
};

} // namespace PaperShelf::Core
