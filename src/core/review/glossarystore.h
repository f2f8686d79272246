#pragma once

#include "core/review/reviewtypes.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace PaperShelf::Core {

/// The library's glossary (table `glossary`, schema v4): user-editable English →
/// Chinese terms used by the `glossary` check and shown as review hints. A new
/// library starts with the starter list (starterTerms()), seeded once by the
/// migration to v4. Terms are unique regardless of ASCII case.
///
/// Terms and preferred renderings are stored simplified (whitespace runs become
/// one space, none at the ends), wrong renderings simplified, without empty ones
/// or repeats, notes trimmed. Every write also marks every review segment
/// unchecked in the same transaction: findings of the glossary check depend on
/// the glossary, and the background check runner redoes what is unchecked.
/// Failures carry an ErrorCode in Error::code (0 for database errors).
class GlossaryStore final
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Core::GlossaryStore)

public:
    enum class ErrorCode {
        Invalid = 1, ///< empty term or preferred rendering
        NotFound,    ///< no term with that id or text
        TermTaken,   ///< renaming onto a term another entry has
    };

    explicit GlossaryStore(const QSqlDatabase &db);

    /// Every term, sorted by term (case-insensitive).
    Result<QList<GlossaryTerm>> terms() const;
    /// The entry for `term` (ignoring ASCII case and surrounding whitespace).
    Result<GlossaryTerm> find(const QString &term) const;
    /// With `term.id` 0: adds `term`, or replaces the entry with the same term
    /// (ignoring case; the new spelling is kept). With an id: rewrites that entry,
    /// which may rename it. Returns the id.
    Result<qint64> save(const GlossaryTerm &term);
    Result<void> remove(qint64 id);
    /// Adds or replaces every term of `terms` (by term; ids are ignored) in one
    /// transaction: all or nothing. Returns how many were written.
    Result<int> importTerms(const QList<GlossaryTerm> &terms);

    /// Adds the starter terms the glossary lacks, inside the caller's open
    /// transaction (Schema::migrate seeds new libraries with it). Returns how many
    /// were added.
    Result<int> seedStarterTerms();

    /// The list a new library starts with (written by the team; the resource
    /// `:/review/starterglossary.tsv`, built from src/core/review/starterglossary.tsv).
    static QList<GlossaryTerm> starterTerms();
    /// `term` as it is stored (see the class comment); fails for an empty term or rendering.
    static Result<GlossaryTerm> normalised(const GlossaryTerm &term);

private:
    enum class OnConflict {
        Replace,
        Keep,
    };

    /// Writes one normalised term by its text; returns its id (0 when kept).
    Result<qint64> upsert(const GlossaryTerm &term, OnConflict onConflict);
    Result<void> invalidateChecks();

    QSqlDatabase m_db;
};

} // namespace PaperShelf::Core
