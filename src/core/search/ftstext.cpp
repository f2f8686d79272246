#include "core/search/ftstext.h"

#include <QList>
#include <QVarLengthArray>

namespace PaperShelf::Core {

namespace {

struct CodePoint
{
    qsizetype pos;
    qsizetype len;
};

// Appends "c0c1 c1c2 ... c(n-2)c(n-1) c(n-1) " for one run of CJK code points;
// without the final unigram when `withUnigram` is false and the run is longer than one.
void appendCjkRun(QString &out, const QString &source, const QVarLengthArray<CodePoint, 256> &run, bool withUnigram)
{
    if (!out.isEmpty() && !out.endsWith(QLatin1Char(' '))) {
        out += QLatin1Char(' ');
    }
    const QStringView src(source);
    for (qsizetype i = 0; i + 1 < run.size(); ++i) {
        out += src.mid(run[i].pos, run[i].len);
        out += src.mid(run[i + 1].pos, run[i + 1].len);
        out += QLatin1Char(' ');
    }
    if (withUnigram || run.size() == 1) {
        out += src.mid(run.last().pos, run.last().len);
        out += QLatin1Char(' ');
    }
}

// Appends a non-ASCII letter or digit case-folded and without diacritics
// ("É" -> "e"), which is what unicode61's remove_diacritics would have done.
void appendFolded(QString &out, char32_t c)
{
    char32_t folded = QChar::toCaseFolded(c);
    for (int depth = 0; depth < 4 && QChar::decompositionTag(folded) == QChar::Canonical; ++depth) {
        const QString parts = QChar::decomposition(folded);
        if (parts.isEmpty()) {
            break;
        }
        folded = parts.at(0).isHighSurrogate() && parts.size() > 1 ? QChar::surrogateToUcs4(parts.at(0), parts.at(1))
                                                                   : parts.at(0).unicode();
    }
    if (QChar::requiresSurrogates(folded)) {
        out += QChar(QChar::highSurrogate(folded));
        out += QChar(QChar::lowSurrogate(folded));
    } else {
        out += QChar(static_cast<char16_t>(folded));
    }
}

enum class Mode {
    Document,
    Query,
};

QString transform(QStringView text, Mode mode, bool *endsWithSingleCjk)
{
    // NFKC folds full-width Latin and digits, ligatures and circled numbers.
    const QString folded = text.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size() * 3);
    QVarLengthArray<CodePoint, 256> run;
    const qsizetype size = folded.size();
    qsizetype i = 0;
    while (i < size) {
        char32_t c = folded.at(i).unicode();
        qsizetype len = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < size && folded.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(folded.at(i), folded.at(i + 1));
            len = 2;
        }
        if (FtsText::isCjk(c)) {
            run.append({i, len});
        } else {
            if (!run.isEmpty()) {
                appendCjkRun(out, folded, run, true);
                run.clear();
            }
            if (c < 0x80) {
                // ASCII: FTS5's ascii tokenizer splits on punctuation and lower-cases.
                out += QChar(static_cast<char16_t>(c));
            } else if (QChar::isLetterOrNumber(c)) {
                appendFolded(out, c);
            } else {
                // Non-ASCII punctuation, symbols and marks would be token characters
                // for the ascii tokenizer; they separate words instead.
                out += QLatin1Char(' ');
            }
        }
        i += len;
    }
    if (endsWithSingleCjk) {
        *endsWithSingleCjk = run.size() == 1;
    }
    if (!run.isEmpty()) {
        appendCjkRun(out, folded, run, mode == Mode::Document);
    }
    return out;
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
