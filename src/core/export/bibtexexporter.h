#pragma once

#include "core/db/records.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace PaperShelf::Core {

/// Writes papers as BibTeX `@misc` entries that bibtex and biber accept.
///
/// Fields, in this order and only when known: `title`, `author` (names as
/// given, joined with " and "), `year`, `eprint` + `archivePrefix = {arXiv}`,
/// `url` (the arXiv abstract page, else the stored PDF URL), `note` (the arXiv
/// comment) and `keywords` (topics, then user tags). `primaryClass` is never
/// written because the library does not know arXiv categories.
///
/// Text is treated as literal: every BibTeX/LaTeX special character is
/// escaped (see escapeText()), so the output is valid whatever the digest
/// contained. BibTeX counts braces without regard to backslashes, so `{` and
/// `}` become `\textbraceleft{}` / `\textbraceright{}` rather than `\{` `\}`;
/// every field is therefore brace-balanced by construction. Non-ASCII text is
/// kept as UTF-8 (biber, and bibtex with inputenc, read it).
class BibtexExporter final
{
public:
    /// How escapeText() treats `$…$` spans.
    enum class MathSpans {
        Escape, ///< every `$` is a literal dollar sign
        Keep,   ///< a well-formed inline math span is copied verbatim
    };

    /// All entries, separated by a blank line, citation keys from citationKeys().
    static QString exportPapers(const QList<PaperDetails> &papers);

    /// `surname` + `year` + `word`, lower-case ASCII only: the last name of the
    /// first author (the part before a comma, else the last word, skipping
    /// "Jr."-style suffixes), folded to ASCII via NFKD (diacritics dropped,
    /// "ß" -> "ss" etc.), "anon" when nothing ASCII is left; the year from the
    /// arXiv id (YYMM), else from the latest appearance, else omitted; the first
    /// title word of two or more characters that is not a stop word ("a",
    /// "the", "on", "of", ...), with math spans and `\commands` skipped.
    /// Example: "Wei Zhu", 2401.01234, "On the Deformable ..." -> `zhu2024deformable`.
    static QString citationKeyBase(const PaperDetails &paper);

    /// Unique keys for `papers`, in input order. A base key used by more than
    /// one paper gets the suffixes a, b, ... (then aa, ab, ...) on every one of
    /// its papers, in input order, skipping any key that another paper already
    /// owns. The same list always yields the same keys.
    static QStringList citationKeys(const QList<PaperDetails> &papers);

    /// Escapes `text` for a brace-delimited BibTeX field. Whitespace runs
    /// (line breaks included) collapse to one space. `& % # _ $` get a
    /// backslash; `\ { } ~ ^` become `\textbackslash{}`, `\textbraceleft{}`,
    /// `\textbraceright{}`, `\textasciitilde{}`, `\textasciicircum{}`.
    ///
    /// With MathSpans::Keep, a span `$…$` is copied verbatim when it is safe
    /// TeX: non-empty, not `$$`, its braces balance both as BibTeX counts them
    /// (every brace) and as TeX does (unescaped ones only), and it holds no
    /// unescaped `%`, `#` or `&`. A backslash escapes the next character while
    /// the closing `$` is searched. Anything else, including an unpaired `$`,
    /// is escaped as literal text, so titles such as "$\mathcal{X}$-Net" still
    /// typeset while hostile input cannot unbalance the entry.
    static QString escapeText(QStringView text, MathSpans math);
};

} // namespace PaperShelf::Core
