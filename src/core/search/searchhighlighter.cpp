#include "core/search/searchhighlighter.h"

#include "core/search/ftstext.h"

#include <algorithm>

namespace PaperShelf::Core {

namespace {

// Characters that continue an English word for the index (letters and digits
// that are not CJK): a whole-word match must not touch one on either side.
const QString WordCharacter = QStringLiteral("[\\p{Latin}\\p{Greek}\\p{Cyrillic}\\p{N}]");

// One pattern for one term: its tokens in order, separated by anything but letters and digits.
QString termPattern(const QueryTerm &term)
{
    QStringList tokens;
    QString current;
    bool currentIsCjk = false;
    const auto flush = [&tokens, &current]() {
        if (!current.isEmpty()) {
            tokens.append(QRegularExpression::escape(current));
            current.clear();
        }
    };
    const QString text = term.text.normalized(QString::NormalizationForm_KC);
    for (const QChar c : text) {
        const bool cjk = FtsText::isCjk(c.unicode());
        if (!c.isLetterOrNumber() && !c.isSurrogate()) {
            flush();
            continue;
        }
        if (!current.isEmpty() && cjk != currentIsCjk) {
            flush();
        }
        current += c;
        currentIsCjk = cjk;
    }
    flush();
    if (tokens.isEmpty()) {
        return {};
    }
    const bool startsWithWord = !FtsText::isCjk(text.front().unicode());
    const bool endsWithWord = !FtsText::isCjk(text.back().unicode());
    QString pattern;
    if (startsWithWord) {
        pattern += QStringLiteral("(?<!") + WordCharacter + QLatin1Char(')');
    }
    pattern += tokens.join(QStringLiteral("[^\\p{L}\\p{N}]*"));
    if (endsWithWord && !term.prefix) {
        pattern += QStringLiteral("(?!") + WordCharacter + QLatin1Char(')');
    } else if (endsWithWord && term.prefix) {
        pattern += WordCharacter + QLatin1Char('*');
    }
    return pattern;
}

} // namespace

SearchHighlighter::SearchHighlighter(const TextQuery &query)
{
    for (const QueryTerm &term : query.terms()) {
        if (term.negated) {
            continue;
        }
        const QString pattern = termPattern(term);
        if (pattern.isEmpty()) {
            continue;
        }
        QRegularExpression expression(pattern,
                                      QRegularExpression::CaseInsensitiveOption
                                          | QRegularExpression::UseUnicodePropertiesOption);
        if (expression.isValid()) {
            expression.optimize();
            m_patterns.append(expression);
        }
    }
}

QList<TextRange> SearchHighlighter::find(QStringView text) const
{
    QList<TextRange> ranges;
    for (const QRegularExpression &pattern : m_patterns) {
        QRegularExpressionMatchIterator it = pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength() > 0) {
                ranges.append({match.capturedStart(), match.capturedLength()});
            }
        }
    }
    std::sort(ranges.begin(), ranges.end(), [](const TextRange &a, const TextRange &b) {
        return a.start < b.start;
    });
    // Merge overlaps so a view can paint them in one pass.
    QList<TextRange> merged;
    for (const TextRange &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && range.start <= merged.last().start + merged.last().length) {
            TextRange &last = merged.last();
            last.length = std::max(last.start + last.length, range.start + range.length) - last.start;
        } else {
            merged.append(range);
        }
    }
    return merged;
}

SearchHighlighter::Snippet SearchHighlighter::snippet(QStringView text, qsizetype length) const
{
    const QList<TextRange> all = find(text);
    qsizetype from = 0;
    if (!all.isEmpty() && all.first().start > length / 3) {
        // Start a third of the window before the first match, at a space if there is one near.
        from = all.first().start - length / 3;
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '), from);
        if (space >= 0 && from - space < 20) {
            from = space + 1;
        }
    }
    qsizetype to = std::min(text.size(), from + length);
    if (to < text.size()) {
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '), to);
        if (space > from + length / 2) {
            to = space;
        }
    }
    Snippet snippet;
    const QString ellipsis = QStringLiteral("…");
    if (from > 0) {
        snippet.text = ellipsis;
    }
    const qsizetype shift = snippet.text.size() - from;
    snippet.text += text.mid(from, to - from);
    if (to < text.size()) {
        snippet.text += ellipsis;
    }
    for (const TextRange &range : all) {
        const qsizetype start = std::max(range.start, from);
        const qsizetype end = std::min(range.start + range.length, to);
        if (end > start) {
            snippet.ranges.append({start + shift, end - start});
        }
    }
    return snippet;
}

} // namespace PaperShelf::Core
