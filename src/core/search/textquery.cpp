#include "core/search/textquery.h"

#include "core/search/ftstext.h"

#include <QStringList>

#include <algorithm>

namespace PaperShelf::Core {

namespace {

// Words end at white space and, since Chinese is written without spaces, at
// full-width punctuation (the CJK Symbols and Punctuation block and the
// punctuation of the Halfwidth and Fullwidth Forms block): "扩散模型，去噪" is two terms.
bool isWordBreak(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF01 && u <= 0xFF0F) || (u >= 0xFF1A && u <= 0xFF20)
        || (u >= 0xFF3B && u <= 0xFF40) || (u >= 0xFF5B && u <= 0xFF65);
}

// Whether a term leaves anything to search for once transformed: a term of
// punctuation, symbols or emoji is dropped rather than matching nothing.
bool hasTokens(QStringView term)
{
    const QString text = FtsText::queryText(term, nullptr);
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x80 || c.isLetterOrNumber();
    });
}

} // namespace

TextQuery TextQuery::parse(QStringView input)
{
    TextQuery query;
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n) {
        while (i < n && isWordBreak(input.at(i))) {
            ++i;
        }
        if (i >= n) {
            break;
        }
        QueryTerm term;
        if (input.at(i) == QLatin1Char('-') && i + 1 < n && !input.at(i + 1).isSpace()) {
            term.negated = true;
            ++i;
        }
        if (input.at(i) == QLatin1Char('"')) {
            // A phrase runs to the closing quote, or to the end when unterminated.
            const qsizetype close = input.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? n : close;
            term.text = input.mid(i + 1, end - i - 1).toString().simplified();
            term.phrase = true;
            i = close < 0 ? n : close + 1;
            if (i < n && input.at(i) == QLatin1Char('*')) {
                term.prefix = true;
                ++i;
            }
        } else {
            const qsizetype start = i;
            while (i < n && !isWordBreak(input.at(i))) {
                ++i;
            }
            QStringView word = input.mid(start, i - start);
            if (word.endsWith(QLatin1Char('*'))) {
                term.prefix = true;
                while (word.endsWith(QLatin1Char('*'))) {
                    word.chop(1);
                }
            }
            term.text = word.toString();
        }
        if (hasTokens(term.text)) {
            query.m_terms.append(term);
        }
    }
    return query;
}

bool TextQuery::hasPositiveTerms() const
{
    return std::any_of(m_terms.cbegin(), m_terms.cend(), [](const QueryTerm &t) {
        return !t.negated;
    });
}

bool TextQuery::hasNegativeTerms() const
{
    return std::any_of(m_terms.cbegin(), m_terms.cend(), [](const QueryTerm &t) {
        return t.negated;
    });
}

QString TextQuery::termMatch(const QueryTerm &term)
{
    bool singleCjkAtEnd = false;
    QString tokens = FtsText::queryText(term.text, &singleCjkAtEnd).simplified();
    // Inside an FTS5 string a double quote is written twice; everything else is literal.
    tokens.replace(QLatin1Char('"'), QLatin1String("\"\""));
    QString match = QLatin1Char('"') + tokens + QLatin1Char('"');
    if (term.prefix || singleCjkAtEnd) {
        match += QLatin1Char('*');
    }
    return match;
}

QString TextQuery::positiveMatch() const
{
    QStringList parts;
    for (const QueryTerm &term : m_terms) {
        if (!term.negated) {
            parts.append(termMatch(term));
        }
    }
    return parts.join(QLatin1String(" AND "));
}

QString TextQuery::negativeMatch() const
{
    QStringList parts;
    for (const QueryTerm &term : m_terms) {
        if (term.negated) {
            parts.append(termMatch(term));
        }
    }
    return parts.join(QLatin1String(" OR "));
}

} // namespace PaperShelf::Core
