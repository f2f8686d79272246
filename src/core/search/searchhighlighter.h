#pragma once

#include "core/search/textquery.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

namespace PaperShelf::Core {

/// A span of text, in UTF-16 code units.
struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const TextRange &, const TextRange &) = default;
};

/// Finds where the words of a search occur in a paper's original text, so
/// that the GUI can highlight them and show snippets. It follows what the index
/// matches: English words whole (or as a prefix for `word*`), case-insensitive;
/// Chinese terms as substrings; phrases as their words in order with only
/// spaces and punctuation between. Excluded terms are never highlighted.
class SearchHighlighter final
{
public:
    explicit SearchHighlighter(const TextQuery &query);

    bool isEmpty() const { return m_patterns.isEmpty(); }

    /// Sorted, non-overlapping ranges of every match in `text`.
    QList<TextRange> find(QStringView text) const;

    /// A window of about `length` characters around the first match (the start
    /// of `text` when nothing matches), cut at spaces where possible and marked
    /// with "…" where cut; `ranges` are relative to `text` of the snippet.
    struct Snippet
    {
        QString text;
        QList<TextRange> ranges;
    };

    Snippet snippet(QStringView text, qsizetype length = 160) const;

private:
    QList<QRegularExpression> m_patterns;
};

} // namespace PaperShelf::Core
