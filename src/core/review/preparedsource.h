#pragma once

#include "core/review/reviewtypes.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace PaperShelf::Core {

struct DigestEntry;

/// The English side of one entry, normalised once for the checks of all its
/// segments (about a dozen per paper). Plain data, built by
/// ReviewChecker::prepare() (or from()); it does not refer back to the entry.
struct PreparedSource
{
    QString arxivId;          ///< the entry's own id, without version ("" when it has none)
    QSet<QString> numberKeys; ///< SourceTokens number keys of the title, abstract and comment
    QStringList linkKeys;     ///< SourceTokens link keys of the abstract, comment, links and PDF URL
    bool linksHidden = false; ///< the English hides a link ("this https URL"): links cannot be verified
    QSet<QString> surnames;   ///< name parts of each author's surname (last word, or the part before a comma)
    QStringList methodTokens; ///< foldName() of the distinctive words of the title's leading name, "" if none
    QString englishWords;     ///< title, abstract and comment, case-folded (word lookups)
    QString englishNames;     ///< the same through SourceTokens::foldName() (name lookups)
    QList<int> glossaryTerms; ///< indices of the glossary terms the title or abstract uses

    /// Prepares `entry` for the checks; `glossary` is the checker's glossary.
    static PreparedSource from(const DigestEntry &entry, const QList<GlossaryTerm> &glossary);

    /// The words of an English title's leading name ("PaintScene4D: …" ->
    /// PaintScene4D; "Lift3D Foundation Policy: …" -> Lift3D) that a Chinese
    /// title must keep; empty when the title does not lead with a name.
    static QStringList leadingName(const QString &title);
    /// True for a word that can only be a name: CamelCase inside the word
    /// (NeRF, PaintScene), letters mixed with digits (Lift3D), or capitals only (GS-LIVO).
    static bool isDistinctiveWord(QStringView word);
    /// True when `haystack` (case-folded) contains `term` (case-folded) as a
    /// whole word or phrase, allowing an English plural ending.
    static bool containsWord(QStringView haystack, QStringView term);
};

} // namespace PaperShelf::Core
