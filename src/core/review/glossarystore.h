#pragma once

#include "core/review/reviewtypes.h"
#include "core/util/result.h"

#include <QList>
#include <QSqlDatabase>

namespace PaperShelf::Core {

/// The library's glossary (table `glossary`, schema v4): user-editable English →
/// Chinese terms used by the `glossary` check and shown as review hints. A new
/// library starts with the starter list (starterTerms()). Terms are unique
/// regardless of ASCII case.
class GlossaryStore final
{
public:
    explicit GlossaryStore(const QSqlDatabase &db);

    /// Every term, sorted by term (case-insensitive).
    Result<QList<GlossaryTerm>> terms() const;
    /// Adds `term`, or replaces the entry with the same term; returns its id.
    Result<qint64> save(const GlossaryTerm &term);
    Result<void> remove(qint64 id);
    /// Adds or replaces every term of `terms` in one transaction; returns how many were written.
    Result<int> importTerms(const QList<GlossaryTerm> &terms);

    /// The list a new library starts with (written by the team).
    static QList<GlossaryTerm> starterTerms();

private:
    QSqlDatabase m_db;
};

} // namespace PaperShelf::Core
