#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace PaperShelf::Core {

/// One term of a search: a word, a quoted phrase, a prefix (`diffus*`), or an
/// exclusion (`-word`, `-"a phrase"`).
struct QueryTerm
{
    QString text;         ///< as typed, without quotes, `*` or leading `-`
    bool phrase = false;  ///< was quoted
    bool prefix = false;  ///< ended with `*`
    bool negated = false; ///< started with `-`

    friend bool operator==(const QueryTerm &, const QueryTerm &) = default;
};

/// The search box language: terms separated by white space or full-width
/// punctuation (，。：etc.), all required (AND),
/// `"quoted phrases"`, `prefix*`, `-excluded`. Anything else is literal text:
/// FTS5 operators typed by the user (AND, OR, NEAR, parentheses, column
/// filters) are searched for as words, never interpreted, so no input can
/// produce an SQL or FTS syntax error.
class TextQuery final
{
public:
    static TextQuery parse(QStringView input);

    const QList<QueryTerm> &terms() const { return m_terms; }

    bool isEmpty() const { return m_terms.isEmpty(); }

    bool hasPositiveTerms() const;
    bool hasNegativeTerms() const;

    /// FTS5 MATCH expression for the positive terms ("" when there are none).
    QString positiveMatch() const;
    /// FTS5 MATCH expression that any excluded term matches ("" when none).
    QString negativeMatch() const;

private:
    static QString termMatch(const QueryTerm &term);

    QList<QueryTerm> m_terms;
};

} // namespace PaperShelf::Core
