#include "core/search/ftstext.h"

#include <QList>

namespace PaperShelf::Core {

namespace {

enum class Mode {
    Document,
    Query,
};

// Writes the transformed text into a preallocated buffer in one pass; this runs
// over every character of every imported paper, so it avoids QString appends.
class Transformer final
{
public:
    Transformer(qsizetype inputSize, Mode mode)
        : m_mode(mode)
    {
        // Worst case per UTF-16 unit: a surrogate pair twice plus a space; decompositions grow it further.
        m_out.resize(inputSize * 3 + 16);
        m_begin = m_out.data();
        m_end = m_begin + m_out.size();
        m_o = m_begin;
    }

    void feed(char32_t c, int depth)
    {
        reserve(8);
        // Compatibility and canonical decompositions: full-width forms, ligatures,
        // accented letters, and Han forms NFKC unifies (the compatibility
        // ideograph U+F900 and the Kangxi radical U+2F00 inside a run of Chinese
        // are U+8C48 and U+4E00). Kana and Hangul stay composed: a dakuten is
        // not a diacritic. Marks left over from them are dropped below.
        if (c >= 0x80 && depth < 4 && QChar::decompositionTag(c) != QChar::NoDecomposition
            && (!FtsText::isCjk(c) || QChar::script(c) == QChar::Script_Han)) {
            const QString parts = QChar::decomposition(c);
            for (qsizetype i = 0; i < parts.size(); ++i) {
                char32_t part = parts.at(i).unicode();
                if (parts.at(i).isHighSurrogate() && i + 1 < parts.size()) {
                    part = QChar::surrogateToUcs4(parts.at(i), parts.at(i + 1));
                    ++i;
                }
                feed(part, depth + 1);
            }
            return;
        }
        if (FtsText::isCjk(c)) {
            if (m_runLength == 0) {
                flushUnigram();
                if (m_o != m_begin && m_o[-1] != QLatin1Char(' ')) {
                    *m_o++ = QLatin1Char(' ');
                }
            } else {
                put(m_previous);
                put(c);
                *m_o++ = QLatin1Char(' ');
            }
            m_previous = c;
            ++m_runLength;
            return;
        }
        endRun();
        if (c < 0x80) {
            // ASCII: FTS5's ascii tokenizer splits on punctuation and lower-cases.
            if (QChar::isLetterOrNumber(c)) {
                flushUnigram();
            }
            *m_o++ = QChar(static_cast<char16_t>(c));
            return;
        }
        if (QChar::isLetterOrNumber(c)) {
            const char32_t folded = QChar::toCaseFolded(c);
            if (folded != c && depth < 4) {
                feed(folded, depth + 1);
            } else {
                flushUnigram();
                put(c);
            }
            return;
        }
        // Non-ASCII punctuation, symbols and marks would be token characters for
        // the ascii tokenizer; they separate words instead (marks vanish).
        if (QChar::category(c) != QChar::Mark_NonSpacing) {
            *m_o++ = QLatin1Char(' ');
        }
    }

    QString finish(bool *endsWithSingleCjk)
    {
        reserve(8);
        endRun();
        // The last run of a query term, even when punctuation follows it: the
        // document may continue the run, so its unigram is left out, except
        // for a single character, which the caller turns into a prefix.
        const bool single = m_unigram != 0 && m_unigramAlone;
        if (single) {
            flushUnigram();
        }
        if (endsWithSingleCjk) {
            *endsWithSingleCjk = single;
        }
        m_out.truncate(m_o - m_begin);
        return std::move(m_out);
    }

private:
    void put(char32_t c)
    {
        if (QChar::requiresSurrogates(c)) {
            *m_o++ = QChar(QChar::highSurrogate(c));
            *m_o++ = QChar(QChar::lowSurrogate(c));
        } else {
            *m_o++ = QChar(static_cast<char16_t>(c));
        }
    }

    // A run ends with its last character on its own (see FtsText). In a query
    // term that unigram is written only when another token follows (see finish()).
    void endRun()
    {
        if (m_runLength > 0) {
            m_unigram = m_previous;
            m_unigramAlone = m_runLength == 1;
            if (m_mode == Mode::Document) {
                flushUnigram();
            }
        }
        m_runLength = 0;
    }

    void flushUnigram()
    {
        if (m_unigram != 0) {
            put(m_unigram);
            *m_o++ = QLatin1Char(' ');
            m_unigram = 0;
        }
    }

    void reserve(qsizetype units)
    {
        if (m_end - m_o < units) {
            const qsizetype used = m_o - m_begin;
            m_out.resize(m_out.size() * 2 + units);
            m_begin = m_out.data();
            m_end = m_begin + m_out.size();
            m_o = m_begin + used;
        }
    }

    QString m_out;
    QChar *m_begin = nullptr;
    QChar *m_end = nullptr;
    QChar *m_o = nullptr;
    Mode m_mode;
    char32_t m_previous = 0;
    qsizetype m_runLength = 0;
    char32_t m_unigram = 0;      ///< the unigram of the run that ended last, not written yet
    bool m_unigramAlone = false; ///< that run was this one character
};

QString transform(QStringView text, Mode mode, bool *endsWithSingleCjk)
{
    Transformer transformer(text.size(), mode);
    const qsizetype size = text.size();
    const QChar *data = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = data[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && data[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(data[i], data[i + 1]);
            ++i;
        }
        transformer.feed(c, 0);
    }
    return transformer.finish(endsWithSingleCjk);
}

} // namespace

bool FtsText::isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF)   // CJK Unified Ideographs
        || (c >= 0x3400 && c <= 0x4DBF)   // Extension A
        || (c >= 0x20000 && c <= 0x3134F) // Extensions B-G
        || (c >= 0xF900 && c <= 0xFAFF)   // Compatibility Ideographs
        || (c >= 0x3040 && c <= 0x30FF)   // Hiragana, Katakana
        || (c >= 0x31F0 && c <= 0x31FF)   // Katakana Phonetic Extensions
        || (c >= 0xAC00 && c <= 0xD7AF)   // Hangul Syllables
        || c == 0x3005 || c == 0x3007;    // 々 〇
}

int FtsText::cjkLength(QStringView text)
{
    int n = 0;
    for (const uint c : text.toUcs4()) {
        if (isCjk(c)) {
            ++n;
        }
    }
    return n;
}

QString FtsText::indexText(QStringView text)
{
    return transform(text, Mode::Document, nullptr);
}

QString FtsText::queryText(QStringView term, bool *needsPrefix)
{
    bool single = false;
    QString out = transform(term, Mode::Query, &single);
    if (needsPrefix) {
        *needsPrefix = single;
    }
    return out;
}

} // namespace PaperShelf::Core
