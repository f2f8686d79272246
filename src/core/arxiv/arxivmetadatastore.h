#pragma once

#include "core/arxiv/arxivcomparison.h"
#include "core/arxiv/arxivrecord.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace PaperShelf::Core {

/// The arXiv record last fetched for each paper (table `arxiv_metadata`).
/// Kept apart from the digest's text: saving a record never changes what the
/// digest said; the user applies arXiv fields explicitly. Runs on the thread
/// that owns the connection.
class ArxivMetadataStore final
{
public:
    explicit ArxivMetadataStore(const QSqlDatabase &db);

    /// Inserts or replaces the record of paper `paperRowId` (papers.id).
    Result<void> save(qint64 paperRowId, const ArxivRecord &record, const QDateTime &fetchedAt);
    /// The stored record, or nullopt when none was fetched.
    Result<std::optional<ArxivRecord>> load(qint64 paperRowId);
    /// When the record of `paperRowId` was fetched (invalid when never).
    Result<QDateTime> fetchedAt(qint64 paperRowId);

    /// Replaces fields of the paper's current text with arXiv's, as the user
    /// chose them (each difference's arxivText; authors split on ", "). Updates
    /// the paper's title and its search document in the same transaction. A
    /// later import of a changed digest replaces the text again.
    Result<void> applyToPaper(qint64 paperRowId, const QList<ArxivDifference> &chosen);

private:
    QSqlDatabase m_db;
};

} // namespace PaperShelf::Core
