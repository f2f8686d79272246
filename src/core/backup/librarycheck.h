#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace PaperShelf::Core {

/// One thing "Check library" found.
struct LibraryProblem
{
    QString id;          ///< stable name, e.g. "orphan_entries" (scripts match on it)
    QString description; ///< one line for the user, with the count, in the language of the installed translators
    qint64 count = 0;    ///< rows (or lines of SQLite's report) affected
    bool repairable = false;
    bool repaired = false; ///< run(Repair): the repair ran and a second look found nothing
};

/// "Check library": SQLite's integrity_check and foreign_key_check, the
/// full-text index's integrity check, and PaperShelf's own invariants. Each
/// invariant is a counting query plus an optional repair; the repairs remove
/// machine data that nothing can reach (orphan rows, machine tags with no papers,
/// segments whose paper is gone) or correct derived data (tag counts, cache
/// states of files that are gone, the full-text index). They never touch a
/// paper's notes, highlights, own tags or review work.
///
/// integrity_check problems cannot be repaired here: restore a backup.
class LibraryCheck final
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Core::LibraryCheck)

public:
    enum class Mode {
        Report,
        Repair, ///< repairs what it can in one transaction, then checks again
    };

    /// `libraryPath` locates the cache folder (LibraryPaths) for the file checks.
    LibraryCheck(const QSqlDatabase &db, QString libraryPath);

    /// The problems found (empty when the library is healthy). Fails only when a
    /// statement fails or a repair cannot be committed.
    Result<QList<LibraryProblem>> run(Mode mode);

    /// The ids of every invariant, in the order they are checked (for tests and --help).
    static QStringList invariantIds();

private:
    Result<QList<LibraryProblem>> find();
    Result<void> repair(const QList<LibraryProblem> &problems);
    Result<QList<QString>> cachedFilesMissing(const QString &table, const QString &keyColumn, const QString &dir);

    QSqlDatabase m_db;
    QString m_libraryPath;
};

} // namespace PaperShelf::Core
