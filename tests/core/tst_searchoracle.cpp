#include "core/annotations/annotationstore.h"
#include "core/db/database.h"
#include "core/import/importer.h"
#include "core/search/papersearch.h"
#include "core/search/searchindex.h"

#include <QtTest>

#include <algorithm>
#include <array>

using namespace PaperShelf::Core;

namespace {

// The search oracle: a brute-force reading of every paper's indexed text that
// decides from the documented search language (TextQuery, FtsText, README)
// which papers a query finds. It shares no code with the engine's matching: it
// normalises with QString's own NFKC, case folding and decomposition, splits
// text into pieces itself and compares strings.
//
// The documented rules it encodes:
// - Text is normalised with NFKC and case folding, and diacritics are removed
//   (a letter's decomposition without its non-spacing marks).
// - A "CJK run" is a maximal sequence of Han, kana or Hangul letters; any other
//   letter or digit belongs to a "word"; everything else (punctuation, symbols,
//   spaces) only separates. The fields of a paper are searched separately.
// - The search box: terms are separated by white space and full-width
//   punctuation (the CJK Symbols and Punctuation block and the punctuation of
//   the Halfwidth and Fullwidth Forms block); `"…"` is a phrase (to the closing
//   quote or the end of the input), a trailing `*` makes a prefix, a leading
//   `-` an exclusion; a term without any letter or digit is ignored. Every
//   other character is literal: FTS5 syntax typed by the user is never syntax.
// - A word matches a whole word (a prefix the start of a word); a Chinese term
//   matches anywhere inside one CJK run (a 1-character term any occurrence).
// - A term of several pieces (a phrase, "state-of-the-art", "3D高斯泼溅") is a
//   phrase: its pieces appear consecutively, punctuation and spaces between them
//   ignored. Decision for mixed Latin and Chinese terms: a Chinese piece must
//   adjoin its neighbouring pieces as a user reads it, so a Chinese piece that
//   precedes another piece must end its run, one that follows another piece
//   must begin its run, and one between two pieces must be the whole run.
//   "NeRF模型" finds "基于NeRF模型的" and "NeRF 模型", never "NeRF的模型".
// - All terms are required; a paper matching any excluded term is left out.
//   No positive term: every paper except the excluded ones.
struct Piece
{
    QString text;
    bool cjk = false;
};

using Pieces = QList<Piece>;

struct OracleTerm
{
    Pieces pieces;
    bool prefix = false;
    bool negated = false;
};

bool isCjkLetter(char32_t c)
{
    if (!QChar::isLetterOrNumber(c)) {
        return false;
    }
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        return false;
    }
}

Pieces piecesOf(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    Pieces pieces;
    bool open = false; // the last piece may still grow
    const auto add = [&pieces, &open](const QString &s, bool cjk) {
        if (!open || pieces.last().cjk != cjk) {
            pieces.append(Piece{QString(), cjk});
            open = true;
        }
        pieces.last().text += s;
    };
    for (const char32_t c : folded.toUcs4()) {
        if (isCjkLetter(c)) {
            add(QString::fromUcs4(&c, 1), true);
            continue;
        }
        if (!QChar::isLetterOrNumber(c)) {
            if (QChar::category(c) != QChar::Mark_NonSpacing) {
                open = false;
            }
            continue;
        }
        // A letter without its diacritics: the decomposition's letters and digits.
        const QString base = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_D);
        QString kept;
        for (const char32_t part : base.toUcs4()) {
            if (QChar::isLetterOrNumber(part)) {
                kept += QString::fromUcs4(&part, 1);
            }
        }
        add(kept.toCaseFolded(), false);
    }
    return pieces;
}

bool isTermBreak(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF01 && u <= 0xFF0F) || (u >= 0xFF1A && u <= 0xFF20)
        || (u >= 0xFF3B && u <= 0xFF40) || (u >= 0xFF5B && u <= 0xFF65);
}

QList<OracleTerm> parseQuery(const QString &input)
{
    QList<OracleTerm> terms;
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n) {
        if (isTermBreak(input.at(i))) {
            ++i;
            continue;
        }
        OracleTerm term;
        if (input.at(i) == u'-' && i + 1 < n && !input.at(i + 1).isSpace()) {
            term.negated = true;
            ++i;
        }
        QString text;
        if (input.at(i) == u'"') {
            qsizetype close = input.indexOf(u'"', i + 1);
            if (close < 0) {
                close = n;
            }
            text = input.mid(i + 1, close - i - 1);
            i = close + 1;
            if (i < n && input.at(i) == u'*') {
                term.prefix = true;
                ++i;
            }
        } else {
            while (i < n && !isTermBreak(input.at(i))) {
                text += input.at(i++);
            }
            while (text.endsWith(u'*')) {
                text.chop(1);
                term.prefix = true;
            }
        }
        term.pieces = piecesOf(text);
        if (!term.pieces.isEmpty()) {
            terms.append(term);
        }
    }
    return terms;
}

// Whether the document pieces from `at` on hold the term (see the rules above).
bool matchesAt(const Pieces &doc, qsizetype at, const OracleTerm &term)
{
    const Pieces &q = term.pieces;
    const qsizetype k = q.size();
    if (at + k > doc.size()) {
        return false;
    }
    for (qsizetype j = 0; j < k; ++j) {
        const Piece &d = doc.at(at + j);
        const Piece &p = q.at(j);
        if (d.cjk != p.cjk) {
            return false;
        }
        const bool first = j == 0;
        const bool last = j == k - 1;
        bool ok = false;
        if (p.cjk) {
            if (first && last) {
                ok = d.text.contains(p.text);
            } else if (first) {
                ok = d.text.endsWith(p.text);
            } else if (last) {
                ok = d.text.startsWith(p.text);
            } else {
                ok = d.text == p.text;
            }
        } else {
            ok = (last && term.prefix) ? d.text.startsWith(p.text) : d.text == p.text;
        }
        if (!ok) {
            return false;
        }
    }
    return true;
}

bool documentMatches(const std::array<Pieces, 6> &columns, const OracleTerm &term)
{
    for (const Pieces &doc : columns) {
        for (qsizetype at = 0; at < doc.size(); ++at) {
            if (matchesAt(doc, at, term)) {
                return true;
            }
        }
    }
    return false;
}

// A long input of many kinds of characters, the same on every run.
QString scrambled(int length)
{
    static const QString alphabet = QStringLiteral("ab xyz\"*-()%_^:扩散模型型高斯NEARANDORNOT，。3Dé\t");
    QString out;
    quint32 state = 12345;
    while (out.size() < length) {
        state = state * 1103515245u + 12345u;
        out += alphabet.at((state >> 16) % alphabet.size());
    }
    return out;
}

QString repeated(const QString &unit, int length)
{
    QString out;
    while (out.size() < length) {
        out += unit;
    }
    out.truncate(length);
    return out;
}

} // namespace

class TestSearchOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void fixtureHoldsEveryEdgeCase();
    void searchMatchesBruteForce_data();
    void searchMatchesBruteForce();

private:
    /// Sorted arXiv ids of the papers the oracle finds.
    QStringList oracle(const QString &query) const;
    qint64 rowId(const QString &arxivId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QHash<qint64, QString> m_arxivIds;                ///< papers.id -> arXiv id
    QHash<qint64, std::array<Pieces, 6>> m_documents; ///< the pieces of each indexed column
    QHash<qint64, SearchDocument> m_rawDocuments;     ///< the indexed text itself
};

void TestSearchOracle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Result<std::unique_ptr<Database>> db = Database::open(m_dir.filePath(QStringLiteral("oracle.papershelf")));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(*db);
    Importer importer(*m_db);
    const ImportReport report = importer.importPaths({QStringLiteral(PAPERSHELF_TEST_DATA "/search-oracle")});
    QVERIFY(report.errors.isEmpty());
    QCOMPARE(report.digests, 2);
    QCOMPARE(report.papersAdded, 41);

    QSqlQuery papers(m_db->connection());
    QVERIFY(papers.exec(QStringLiteral("SELECT id, arxiv_id FROM papers")));
    while (papers.next()) {
        m_arxivIds.insert(papers.value(0).toLongLong(), papers.value(1).toString());
    }
    QCOMPARE(m_arxivIds.size(), 41);

    // Notes are indexed too, and replacing them rewrites only their terms: the
    // old notes must stop matching and the machine text must keep matching,
    // phrases included. In order; a paper's later notes replace its earlier ones.
    const QList<std::pair<QString, QString>> notes = {
        {QStringLiteral("2405.10016"), QStringLiteral("My notes mention diffusion and 笔记扩散, robots too.")},
        {QStringLiteral("2405.10016"), QStringLiteral("Revised notes: 稀疏注意力 and sparsity; robots walk.")},
        {QStringLiteral("2405.10001"), QStringLiteral("diffusion models beat everything, 扩散模型 notes")},
        {QStringLiteral("2405.10001"), QStringLiteral("strong opinions only")},
        {QStringLiteral("2405.10017"), QStringLiteral("NEAR \"quoted notes\" 注释（蛋白）*star* naïveté")},
    };
    AnnotationStore annotations(m_db->connection());
    for (const auto &[arxivId, text] : notes) {
        const Result<void> stored = annotations.setNotes(rowId(arxivId), text);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
    }

    // Which text of a paper is indexed (titles, authors, abstract and comment,
    // Chinese summary and takeaways, structured summary, notes) is SearchIndex's
    // business; what in that text a query matches is the oracle's.
    SearchIndex index(m_db->connection());
    for (auto it = m_arxivIds.cbegin(); it != m_arxivIds.cend(); ++it) {
        const Result<std::optional<SearchDocument>> document = index.currentDocument(it.key());
        QVERIFY2(document, qPrintable(document.errorMessage()));
        QVERIFY(document->has_value());
        const SearchDocument &d = **document;
        m_rawDocuments.insert(it.key(), d);
        m_documents.insert(it.key(),
                           {piecesOf(d.title),
                            piecesOf(d.authors),
                            piecesOf(d.abstract),
                            piecesOf(d.chinese),
                            piecesOf(d.structured),
                            piecesOf(d.notes)});
    }
}

void TestSearchOracle::cleanupTestCase()
{
    m_db.reset();
}

qint64 TestSearchOracle::rowId(const QString &arxivId) const
{
    return m_arxivIds.key(arxivId, -1);
}

QStringList TestSearchOracle::oracle(const QString &query) const
{
    const QList<OracleTerm> terms = parseQuery(query);
    QStringList found;
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it) {
        const bool matches = std::all_of(terms.cbegin(), terms.cend(), [&it](const OracleTerm &term) {
            return documentMatches(it.value(), term) != term.negated;
        });
        if (matches) {
            found.append(m_arxivIds.value(it.key()));
        }
    }
    found.sort();
    return found;
}

// The table below is only as good as the text it searches: the parser must have
// kept the characters each row is about.
void TestSearchOracle::fixtureHoldsEveryEdgeCase()
{
    QString all;
    for (const SearchDocument &d : std::as_const(m_rawDocuments)) {
        all += d.title + d.authors + d.abstract + d.chinese + d.structured + d.notes + QLatin1Char('\n');
    }
    const QStringList expected = {
        QStringLiteral("ＤＩＦＦＵＳＩＯＮ"),
        QStringLiteral("naïve"),
        QStringLiteral("Don’t"),
        QStringLiteral("Don't"),
        QStringLiteral("state-of-the-art"),
        QStringLiteral("2.5D"),
        QStringLiteral("\"quoted text\""),
        QStringLiteral("star*"),
        QStringLiteral("(paren)"),
        QStringLiteral("NEAR(alpha beta) AND gamma OR delta NOT epsilon"),
        QStringLiteral("50%"),
        QStringLiteral("snake_case"),
        QStringLiteral("a^b"),
        QStringLiteral("title:value"),
        QStringLiteral("扩散，模型"),
        QStringLiteral("3D高斯泼溅"),
        QStringLiteral("NeRF模型"),
        QStringLiteral("哈哈哈哈"),
        QStringLiteral("𠮷野家"),
        QStringLiteral("ﬁne-tuning"),
        QStringLiteral("CO₂"),
        QStringLiteral("⼀种⽅法"),
    };
    for (const QString &text : expected) {
        QVERIFY2(all.contains(text), qPrintable(text));
    }
}

void TestSearchOracle::searchMatchesBruteForce_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("present"); ///< arXiv ids (2405.xxxxx) the oracle must find
    QTest::addColumn<QStringList>("absent");  ///< ... and must not find

    const auto row =
        [](const char *name, const QString &query, const QStringList &present = {}, const QStringList &absent = {}) {
        const auto full = [](const QStringList &ids) -> QStringList {
            QStringList out;
            for (const QString &id : ids) {
                out.append(QStringLiteral("2405.") + id);
            }
            return out;
        };
        QTest::newRow(name) << query << full(present) << full(absent);
    };
    const auto s = [](const char16_t *text) -> QString {
        return QString::fromUtf16(text);
    };
    const auto l = [](std::initializer_list<const char *> ids) -> QStringList {
        QStringList out;
        for (const char *id : ids) {
            out.append(QLatin1String(id));
        }
        return out;
    };

    // English words: whole words only, any case, any width, any accents.
    row("word", s(u"diffusion"), l({"10001", "10005", "20019"}), l({"10002", "10003", "10004"}));
    row("word that prefixes others", s(u"diffuse"), l({"10002"}), l({"10001", "10003", "10004"}));
    row("plural word", s(u"diffusions"), l({"10003"}), l({"10001"}));
    row("capitalised word", s(u"Diffusion"), l({"10001", "20019"}));
    row("upper-case word", s(u"DIFFUSION"), l({"10001", "10005"}));
    row("full-width word", s(u"ＤＩＦＦＵＳＩＯＮ"), l({"10001", "10005"}));
    row("full-width mixed case", s(u"ｄｉｆｆｕｓｉｏｎ Models"), l({"10001", "10005"}));
    row("word without diacritic", s(u"naive"), l({"10006", "10007"}), l({"10017"}));
    row("word with diacritic", s(u"naïve"), l({"10006", "10007"}));
    row("upper case with diacritic", s(u"NAÏVE"), l({"10006", "10007"}));
    row("decomposed diacritic", s(u"nai\u0308ve"), l({"10006", "10007"}));
    row("accented word in text", s(u"resume"), l({"10006"}));
    row("accents in authors", s(u"Jose Nunez zoe bronte"), l({"10006"}), l({"10007"}));
    row("word in notes", s(u"naivete"), l({"10017"}));
    row("two words", s(u"diffusion models"), l({"10001", "10005"}));
    row("common word", s(u"the"));
    row("unknown word", s(u"nonexistentword"));
    row("authors field", s(u"Harrow"), l({"10001", "20001"}));
    row("full-width digits", s(u"２０２４"), l({"10019"}));
    row("word in replaced notes", s(u"everything"), {}, l({"10001"}));
    row("word in current notes", s(u"opinions strong"), l({"10001"}));

    // Prefixes.
    row("prefix", s(u"diffus*"), l({"10001", "10002", "10003", "10004", "10005"}));
    row("whole-word prefix", s(u"diffusion*"), l({"10001", "10003"}), l({"10002", "10004"}));
    row("upper-case prefix", s(u"DIFF*"), l({"10002", "10004"}));
    row("one-letter prefix", s(u"z*"), l({"10006"}));
    row("prefix with diacritic", s(u"naï*"), l({"10006", "10007", "10017"}));
    row("digit prefix", s(u"3d*"), l({"10011", "10012"}));
    row("double star", s(u"diffus**"), l({"10002"}));
    row("leading star", s(u"*diffusion"), l({"10001"}), l({"10003"}));
    row("prefix of a phrase", s(u"\"strong base\"*"), l({"10001"}));
    row("prefix and word", s(u"pre* finetuning"), l({"10018"}));
    row("chinese prefix", s(u"高斯泼*"), l({"10012", "20005"}), l({"20007"}));

    // Phrases.
    row("phrase", s(u"\"diffusion models\""), l({"10001", "10005"}), l({"20001"}));
    row("reversed phrase", s(u"\"models diffusion\""), {}, l({"10001"}));
    row("hyphenated phrase", s(u"\"state of the art\""), l({"10008"}));
    row("hyphenated word", s(u"state-of-the-art"), l({"10008"}));
    row("hyphen split word", s(u"\"self supervised\""), l({"10008"}));
    row("apostrophe phrase", s(u"\"don't stop\""), l({"10009"}), l({"10010"}));
    row("ascii apostrophe", s(u"don't"), l({"10009", "10010"}));
    row("typographic apostrophe", s(u"don’t"), l({"10009", "10010"}));
    row("phrase across punctuation", s(u"\"beat strong baselines\""), l({"10001"}));
    row("unterminated phrase", s(u"\"diffusion models"), l({"10001"}));
    row("empty phrase", s(u"\"\""), l({"10001", "20020"}));
    row("phrase with digits", s(u"\"3D gaussian splatting\""), l({"10012"}));
    row("phrase then word", s(u"\"gaussian splatting\"faces"), l({"10012"}));
    row("adjacent phrases", s(u"\"diffusion\"\"models\""), l({"10001"}), l({"20019"}));
    row("phrase after notes change", s(u"\"diffusion models beat\""), l({"10001"}));
    row("phrase holding FTS syntax", s(u"\"NEAR(alpha\""), l({"10014"}));

    // Digits and mixed tokens.
    row("digits and letters", s(u"3DGS"), l({"10011"}), l({"10012"}));
    row("digit word", s(u"3D"), l({"10011", "10012", "10005", "20010"}));
    row("decimal", s(u"2.5D"), l({"10011"}));
    row("version", s(u"v2"), l({"10011"}));
    row("model name", s(u"GPT-4o"), l({"10019"}));
    row("underscore word", s(u"x86_64"), l({"10019"}));
    row("plus signs", s(u"C++"), l({"10019"}));
    row("year", s(u"2024"), l({"10019"}));
    row("subscript digit", s(u"CO2"), l({"10018"}));
    row("superscript digit", s(u"x2"), l({"10018"}));
    row("roman numeral", s(u"iv"), l({"10018"}));
    row("ligature", s(u"fine-tuning"), l({"10018"}));

    // FTS5 syntax is literal text.
    row("lone quote", s(u"\""), l({"10001", "20020"}));
    row("three quotes", s(u"\"\"\""), l({"10001"}));
    row("quote inside word", s(u"quoted\"text"), l({"10013"}));
    row("star word", s(u"star*"), l({"10013", "10017"}));
    row("parenthesised word", s(u"(paren)"), l({"10013"}));
    row("open parenthesis", s(u"("), l({"10001"}));
    row("close parenthesis", s(u")"), l({"10001"}));
    row("NEAR", s(u"NEAR"), l({"10014", "20014", "10017"}));
    row("NEAR group", s(u"NEAR(alpha beta)"), l({"10014"}));
    row("NEAR distance", s(u"NEAR/3"));
    row("NEAR between words", s(u"alpha NEAR beta"), l({"10014"}));
    row("AND", s(u"AND"), l({"10014", "20014"}));
    row("AND between words", s(u"diffusion AND models"), l({"10001"}));
    row("OR", s(u"OR"), l({"10014"}));
    row("OR between words", s(u"diffusion OR protein"));
    row("NOT", s(u"NOT"), l({"10014"}));
    row("NOT between words", s(u"gamma NOT delta"), l({"10014"}));
    row("lower-case operator", s(u"near"), l({"10014"}));
    row("percent", s(u"%"), l({"10001"}));
    row("percent after digits", s(u"50%"), l({"10015", "20013"}));
    row("LIKE pattern", s(u"diff%"), {}, l({"10001"}));
    row("underscore", s(u"_"), l({"10001"}));
    row("LIKE underscore", s(u"diffusio_"), {}, l({"10001"}));
    row("snake case", s(u"snake_case"), l({"10015"}));
    row("caret", s(u"^"), l({"10001"}));
    row("caret word", s(u"^diffusion"), l({"10001"}));
    row("caret between letters", s(u"a^b"), l({"10013"}));
    row("column filter text", s(u"title:value"), l({"10015"}));
    row("column filter syntax", s(u"title:diffusion"), {}, l({"10001"}));
    row("column filter group", s(u"{title abstract}:diffusion"));
    row("braces", s(u"{braces}"), l({"10015"}));
    row("colon", s(u":"), l({"10001"}));
    row("lone minus", s(u"-"), l({"10001"}));
    row("double minus", s(u"--"), l({"10001"}));
    row("minus before space", s(u"- diffusion"), l({"10001"}));
    row("backslash and quote", s(u"\\\" \\"), l({"10001"}));
    row("sql injection", s(u"x'); DROP TABLE papers;--"));
    row("plus and minus", s(u"+diffusion"), l({"10001"}));
    row("empty input", QString(), l({"10001", "20020"}));
    row("white space only", s(u" \t\n\u3000"), l({"10001"}));
    row("white space around", s(u"\t\n diffusion \r"), l({"10001"}));

    // Exclusions.
    row("exclusion", s(u"diffusion -models"), l({"20019"}), l({"10001", "10005"}));
    row("only an exclusion", s(u"-diffusion"), l({"10002", "20002"}), l({"10001", "20001"}));
    row("excluded phrase", s(u"diffus* -\"diffusion models\""), l({"10002", "10003"}), l({"10001"}));
    row("excluded prefix", s(u"-diffus*"), l({"20002"}), l({"10002"}));
    row("excluded chinese", s(u"模型 -扩散"), l({"20005"}), l({"20001", "20002"}));
    row("excluded word in notes", s(u"robots -sparsity"), {}, l({"10016"}));

    // Chinese: any term of two or more characters, inside one run.
    row("two characters", s(u"扩散"), l({"20001", "20002", "20003", "20014", "20019", "10001"}));
    row("four characters", s(u"扩散模型"), l({"20001", "10001"}), l({"20002", "20003", "20014"}));
    row("separated by full-width comma", s(u"扩散，模型"), l({"20001", "20002", "20003"}));
    row("separated by space", s(u"扩散 模型"), l({"20001", "20002", "20003"}));
    row("middle bigram", s(u"散模"), l({"20001"}), l({"20002", "20003"}));
    row("three characters", s(u"扩散模"), l({"20001"}), l({"20002"}));
    row("run start", s(u"本文"), l({"10001", "20003"}));
    row("run end", s(u"结尾是扩散"), l({"20003"}));
    row("across two takeaways", s(u"散模型"), l({"20001"}), l({"20003"}));
    row("across runs", s(u"究扩"), l({"20003"}));
    row("repeated characters", s(u"哈哈"), l({"20004"}));
    row("repeated four times", s(u"哈哈哈哈"), l({"20004"}));
    row("repeated five times", s(u"哈哈哈哈哈"), {}, l({"20004"}));
    row("repeated word", s(u"研究研究"), l({"20004"}));
    row("doubled characters", s(u"好好学习天天向上"), l({"20004"}));
    row("whole long run", s(u"大规模预训练语言模型的高效微调方法研究"), l({"20015"}));
    row("middle of long run", s(u"微调方法"), l({"20015"}));
    row("two characters in notes", s(u"稀疏注意力"), l({"10016"}));
    row("replaced notes", s(u"笔记扩散"), {}, l({"10016"}));
    row("chinese authors", s(u"李华"), l({"20019"}));
    row("kana", s(u"拡散モデル"), l({"20009"}));
    row("hangul", s(u"확산"), l({"20009"}));
    row("astral characters", s(u"𠮷野"), l({"20011"}));
    row("compatibility ideograph", s(u"\uF900"), l({"20016"}));
    row("unified form of compatibility ideograph", s(u"\u8C48"), l({"20016"}));
    row("kangxi radical", s(u"一种"), l({"10001", "20017"}));
    row("kangxi radical inside a run", s(u"种方"), l({"20017"}));
    row("compatibility ideographs in text", s(u"欄朗"), l({"20021"}));
    row("compatibility ideographs in both", s(u"\uF91D\uF929"), l({"20021"}));
    row("full-width bracket between terms", s(u"扩散［模型"), l({"20001", "20002"}));
    row("full-width tilde between terms", s(u"扩散～模型"), l({"20001", "20002"}));
    row("full-width minus", s(u"－diffusion"), l({"10001"}));
    row("chinese quotes", s(u"“引号”"), l({"20013"}));
    row("chinese quotes around a part", s(u"“引”"), l({"20013"}));
    row("chinese in parentheses", s(u"(扩散)"), l({"20001", "20002", "20003"}));
    row("one character then a quote", s(u"型”"), l({"20001", "20008", "20020"}));
    row("chinese brackets", s(u"（括号）"), l({"20013"}));
    row("star around chinese", s(u"*星号*"), l({"20013"}));

    // One character: every occurrence.
    row("one character", s(u"型"), l({"20001", "20008", "20020"}));
    row("one character alone in a run", s(u"扩"), l({"20020", "20001"}));
    row("one character at run end", s(u"散"), l({"20001", "20003"}));
    row("one astral character", s(u"𠀀"), l({"20011"}));
    row("one character prefix", s(u"模*"), l({"20020", "20001"}));

    // Latin and Chinese in one term.
    row("3D gaussian splatting", s(u"3D高斯泼溅"), l({"10012", "20005"}), l({"20007"}));
    row("3D gaussian", s(u"3D高斯"), l({"10012", "20005"}));
    row("gaussian alone", s(u"高斯"), l({"10012", "20005", "20007"}));
    row("NeRF model", s(u"NeRF模型"), l({"20005", "20006", "20010"}));
    row("chinese then NeRF", s(u"基于NeRF"), l({"20006"}));
    row("NeRF in a sentence", s(u"NeRF的三维"), l({"20006"}));
    row("latin then one character", s(u"A型"), l({"20008"}));
    row("AI model", s(u"AI模型"), l({"20012"}));
    row("run then latin", s(u"学习AI"), l({"20012"}), l({"20004"}));
    row("run end then latin", s(u"深度学习AI模型"), l({"20012"}));
    row("ascii comma inside a term", s(u"深度,学习"), l({"20012"}));
    row("full-width digits and chinese", s(u"３Ｄ重建"), l({"20010"}));
    row("ascii digits and chinese", s(u"3D重建"), l({"20010"}));
    row("operator glued to chinese", s(u"模型AND扩散"), l({"20014"}));
    row("NEAR glued to chinese", s(u"NEAR检索"), l({"20014"}));
    row("chinese word in a title", s(u"扩散理论"), l({"20019"}));
    row("mixed words", s(u"splatting 高斯泼溅 -faces"), {}, l({"10012"}));
    row("ascii hyphen inside a chinese term", s(u"扩散-模型"), l({"20002"}), l({"20001"}));
    row("excluded mixed term", s(u"高斯 -3D高斯"), l({"20007"}), l({"10012", "20005"}));

    // Inputs that match nothing anyone can type on purpose.
    row("emoji", s(u"😀"), l({"10001"}));
    row("word and emoji", s(u"diffusion 😀"), l({"10001"}), l({"10002"}));
    row("lone surrogate", s(u"\xD800 diffusion"), l({"10001"}));
    row("superseded version text", s(u"obsoletewordalpha"), {}, l({"10020"}));
    row("current version text", s(u"freshwordbeta"), l({"10020"}));

    // 10,000 characters.
    row("10000 characters of one word", repeated(QStringLiteral("diffusion "), 10000), l({"10001"}));
    row("10000 characters of one latin token", repeated(QStringLiteral("a"), 10000));
    row("10000 characters of chinese", repeated(s(u"扩散模型"), 10000));
    row("10000 characters of syntax", repeated(QStringLiteral("\"*-()%_^:"), 10000), l({"10001"}));
    row("10000 characters of exclusions", repeated(QStringLiteral("-x "), 10000), l({"10001"}));
    row("10000 characters of quotes", repeated(QStringLiteral("\"models\"  "), 10000), l({"10001"}));
    row("10000 characters scrambled", scrambled(10000));
    row("10000 characters of distinct words", [] {
        QString out;
        for (int i = 0; out.size() < 10000; ++i) {
            out += QStringLiteral("w%1 ").arg(i);
        }
        return out.left(10000);
    }());
}

void TestSearchOracle::searchMatchesBruteForce()
{
    QFETCH(QString, query);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);

    const QStringList expected = oracle(query);
    for (const QString &id : present) {
        QVERIFY2(expected.contains(id), qPrintable(QStringLiteral("oracle misses ") + id));
    }
    for (const QString &id : absent) {
        QVERIFY2(!expected.contains(id), qPrintable(QStringLiteral("oracle finds ") + id));
    }

    PaperSearch search(m_db->connection());
    PaperFilter filter;
    filter.text = query;
    const Result<QList<qint64>> ids = search.ids(filter, std::nullopt);
    QVERIFY2(ids, qPrintable(ids.errorMessage()));
    QStringList actual;
    for (const qint64 id : *ids) {
        actual.append(m_arxivIds.value(id, QStringLiteral("unknown %1").arg(id)));
    }
    actual.sort();
    QCOMPARE(actual, expected);

    // What the paper list asks for the same text: a page, its total, tag counts.
    const Result<int> count = search.count(filter);
    QVERIFY2(count, qPrintable(count.errorMessage()));
    QCOMPARE(*count, expected.size());
    ListRequest request;
    request.filter = filter;
    request.limit = 10;
    const Result<PaperPage> page = search.list(request);
    QVERIFY2(page, qPrintable(page.errorMessage()));
    QCOMPARE(page->total, expected.size());
    QCOMPARE(page->papers.size(), std::min<qsizetype>(10, expected.size()));
    const Result<QList<TagCount>> tags = search.tagCounts(filter);
    QVERIFY2(tags, qPrintable(tags.errorMessage()));
}

QTEST_GUILESS_MAIN(TestSearchOracle)
#include "tst_searchoracle.moc"
