#pragma once

#include "core/util/result.h"

#include <QSqlDatabase>

namespace PaperShelf::Core {

/// The library's schema and its forward-only migrations.
///
/// `PRAGMA user_version` holds the schema version and `PRAGMA application_id`
/// marks the file as a PaperShelf library. Each migration step takes the schema
/// from version N-1 to N; all pending steps run in one transaction, which is
/// rolled back as a whole if any statement fails.
///
/// Machine text (digests, entries, papers, machine tags, screenshots) and user
/// work (annotations, highlights, user tags, review segments and history) live
/// in separate tables: imports write only the former.
class Schema final
{
public:
    static constexpr int CurrentVersion = 5;
    /// "PShf" — distinguishes our files from other SQLite databases.
    static constexpr int ApplicationId = 0x50536866;

    /// Brings `db` from its current version to CurrentVersion.
    static Result<void> migrate(QSqlDatabase &db);

    /// The statements of one migration step (1-based: step 1 creates version 1).
    /// Exposed for the migration tests, which build fixtures at older versions.
    static QStringList migrationStep(int toVersion);
};

} // namespace PaperShelf::Core
