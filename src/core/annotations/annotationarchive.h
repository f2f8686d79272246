#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace PaperShelf::Core {

/// What merging an archive into a library did.
struct ArchiveMergeReport
{
    /// Something both sides changed; the newer edit was kept.
    struct Conflict
    {
        QString paperId; ///< public id
        QString item;    ///< "status", "rating", "favourite", "notes", "highlight: <quote>"
        QString kept;    ///< "archive" or "library"
    };

    /// A paper of the archive this library does not have (its work is not merged).
    struct Skipped
    {
        QString paperId;
        QString title;
    };

    int papers = 0; ///< papers of the archive found in the library
    int annotationsTaken = 0;
    int highlightsAdded = 0;
    int highlightsUpdated = 0;
    int tagsAdded = 0;           ///< paper–tag links added
    int reviewSegmentsTaken = 0; ///< review segments whose state came from the archive
    int reviewHistoryAdded = 0;  ///< review history entries added
    QList<Conflict> conflicts;
    QList<Skipped> skipped;
    QString warning; ///< a problem after the merge was committed
};

/// The full annotation archive: everything the user created (status, rating,
/// favourite, notes, highlights, own tags with colours, highlight colour
/// meanings, review states, corrections and history), keyed by public paper
/// id, as one JSON document that another library can merge. The "review" key
/// came later within version 1: older readers ignore it.
///
///     {"format": "papershelf-annotations", "version": 1, "exported_at": ISO,
///      "highlight_colors": {key: meaning}, "user_tags": [{"name", "color"}],
///      "papers": {id: {"title", "status", "rating", "favourite", "notes",
///                      "updated_at", "tags": [name],
///                      "highlights": [{"field", "start", "length", "quote", "color",
///                                      "comment", "orphaned", "created_at", "updated_at"}],
///                      "review": [segment, see ReviewArchive]}}}
///
/// Merging is one transaction (all or nothing). Per item the newer edit wins
/// (`updated_at`); when both sides differ the loser is listed as a conflict.
/// Tags are a union; highlights are matched by field, quote and creation time
/// and re-anchored by their quote in this library's text. Papers this library
/// lacks are listed, never silently dropped.
class AnnotationArchive final
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Core::AnnotationArchive)

public:
    static constexpr int Version = 1;

    explicit AnnotationArchive(const QSqlDatabase &db);

    Result<QByteArray> exportAll();
    Result<ArchiveMergeReport> merge(const QByteArray &json);

private:
    QSqlDatabase m_db;
};

} // namespace PaperShelf::Core
