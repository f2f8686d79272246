#pragma once

#include <QString>
#include <QStringView>

namespace PaperShelf::Core {

/// The text transform shared by the full-text index and the query builder.
///
/// FTS5's unicode61 tokenizer splits on spaces and punctuation, which leaves a
/// Chinese sentence as one long token, and the trigram tokenizer cannot match
/// 2-character terms. So before text reaches FTS5, every run of CJK characters
/// is rewritten as its overlapping character bigrams followed by its last
/// character on its own: "扩散模型" becomes "扩散 散模 模型 型". A 2+ character
/// term is then a phrase of bigrams ("散模型" -> "散模 模型"), and a single
/// character is a prefix query ("型"*) that hits either a bigram starting with
/// it or a run-final unigram, so every position is findable.
///
/// The index uses FTS5's `ascii` tokenizer, which is about a third faster than
/// unicode61 but treats every non-ASCII character as part of a word; so this
/// transform also does unicode61's remaining work: NFKC (full-width letters,
/// ligatures, compatibility ideographs, Kangxi radicals), case folding and
/// diacritic removal for non-ASCII letters, and non-ASCII punctuation and
/// symbols ("，", "：", "—") turned into spaces.
///
/// The transform is versioned: the index stores the version it was built with
/// and is rebuilt when it changes (see Schema), because contentless FTS5 rows
/// can only be deleted by replaying exactly the tokens that were inserted.
class FtsText final
{
public:
    static constexpr int Version = 3;

    /// Returns `text` rewritten for the index.
    static QString indexText(QStringView text);

    /// Returns one query term rewritten to match what indexText() produced.
    /// Identical to indexText() except after the term's final CJK run (even when
    /// punctuation follows it): the document may continue the run, so its unigram
    /// is left out, and when that run is a single character `needsPrefix` is set
    /// (the phrase gets a `*`).
    static QString queryText(QStringView term, bool *needsPrefix);

    /// True for characters written without spaces between words (Han, kana, Hangul).
    static bool isCjk(char32_t ucs4);

    /// Number of CJK characters in `text`.
    static int cjkLength(QStringView text);
};

} // namespace PaperShelf::Core
