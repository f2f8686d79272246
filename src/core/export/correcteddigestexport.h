#pragma once

#include "core/review/reviewcorrections.h"
#include "core/util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace PaperShelf::Core {

/// What a corrected-digest export wrote.
struct CorrectedDigestReport
{
    QStringList files; ///< the files written, in the order written
    int entries = 0;   ///< paper sections written
    /// Entries whose text the digest format cannot hold exactly (a correction
    /// with line breaks, say; see DigestWriter::normalise): a re-import reads
    /// them slightly changed.
    int reshaped = 0;
    ReviewCorrectionCount review;
};

/// Writes digests back out in the input format (DigestWriter) with the review
/// work applied (ReviewCorrections), so that importing them gives the corrected
/// text as machine text. Used by `papershelf-cli export --format digest` and the
/// GUI's File → Export → Corrected Digests.
///
/// Each file is written atomically (QSaveFile); a failure stops the export and
/// leaves the files before it. Runs on the thread that owns `db`.
class CorrectedDigestExport final
{
public:
    /// `done` of `total` files written.
    using ProgressCallback = std::function<void(int done, int total)>;

    explicit CorrectedDigestExport(const QSqlDatabase &db);

    /// Keep flagged texts (default: leave them out).
    void setIncludeFlagged(bool include) { m_includeFlagged = include; }

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }

    /// One file per digest (digests.id; an empty list means every digest), its
    /// entries in file order, into `folder` (created when missing). Files are
    /// named after the digest's source file; a name already used in this export
    /// gets " (2)", " (3)"... before ".md".
    Result<CorrectedDigestReport> writeDigests(const QList<qint64> &digestIds, const QString &folder);

    /// The papers (papers.id) as their current entries (the latest appearance,
    /// the text their review was done on), one file per (topic, date) of the
    /// digests those entries come from, named "<date> <topic>.md", oldest first;
    /// within a file in digest and file order.
    Result<CorrectedDigestReport> writePapers(const QList<qint64> &paperRowIds, const QString &folder);

private:
    struct Appearance; // one stored entry with its paper and digest
    struct Group;      // the entries of one output file

    Result<QList<Appearance>> loadAppearances(const QString &where, const QString &json) const;
    Result<CorrectedDigestReport> writeGroups(const QList<Group> &groups, const QString &folder);

    QSqlDatabase m_db;
    bool m_includeFlagged = false;
    ProgressCallback m_progress;
};

} // namespace PaperShelf::Core
