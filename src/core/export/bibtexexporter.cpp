#include "core/export/bibtexexporter.h"

#include "core/export/exportfields.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace PaperShelf::Core {

namespace {

// Words that never name a paper; a key built from them ("zhu2024on") says nothing.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = {
        u"a"_s,   u"an"_s,   u"the"_s, u"on"_s,   u"of"_s,   u"in"_s,     u"for"_s,     u"to"_s,   u"and"_s,
        u"or"_s,  u"with"_s, u"via"_s, u"from"_s, u"by"_s,   u"at"_s,     u"as"_s,      u"into"_s, u"onto"_s,
        u"is"_s,  u"are"_s,  u"be"_s,  u"do"_s,   u"does"_s, u"can"_s,    u"how"_s,     u"what"_s, u"when"_s,
        u"why"_s, u"we"_s,   u"our"_s, u"its"_s,  u"your"_s, u"toward"_s, u"towards"_s,
    };
    return words;
}

// Name suffixes that follow the surname in "Given Surname Jr." order.
const QSet<QString> &nameSuffixes()
{
    static const QSet<QString> suffixes = {u"jr"_s, u"sr"_s, u"ii"_s, u"iii"_s, u"iv"_s};
    return suffixes;
}

// Letters that NFKD leaves alone but that have a conventional ASCII spelling.
QString foldSpecial(QChar lower)
{
    static const std::array<std::pair<char16_t, const char16_t *>, 9> table = {{
        {u'ß', u"ss"},
        {u'æ', u"ae"},
        {u'œ', u"oe"},
        {u'ø', u"o"},
        {u'ł', u"l"},
        {u'đ', u"d"},
        {u'ð', u"d"},
        {u'þ', u"th"},
        {u'ı', u"i"},
    }};
    for (const auto &[from, to] : table) {
        if (lower.unicode() == from) {
            return QString::fromUtf16(to);
        }
    }
    return {};
}

// Lower-case ASCII letters and digits of `text`; everything else is dropped.
QString asciiFold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar c : decomposed) {
        const QChar lower = c.toLower();
        if (lower.unicode() < 0x80) {
            if (lower.isLetterOrNumber()) {
                out.append(lower);
            }
        } else {
            out.append(foldSpecial(lower));
        }
    }
    return out;
}

// Index of the `$` that closes the span opened at `open`, or -1. A backslash
// escapes the character after it, so `\$` never closes a span.
qsizetype mathSpanEnd(QStringView text, qsizetype open)
{
    qsizetype i = open + 1;
    if (i < text.size() && text[i] == u'$') {
        return -1; // `$$`: display math or an empty span, neither is kept
    }
    while (i < text.size()) {
        if (text[i] == u'\\') {
            i += 2;
            continue;
        }
        if (text[i] == u'$') {
            return i;
        }
        ++i;
    }
    return -1;
}

bool isSafeMath(QStringView body)
{
    if (body.trimmed().isEmpty()) {
        return false;
    }
    // BibTeX counts every brace, escaped or not, to find the end of the field.
    int depth = 0;
    for (const QChar c : body) {
        depth += c == u'{' ? 1 : (c == u'}' ? -1 : 0);
        if (depth < 0) {
            return false;
        }
    }
    if (depth != 0) {
        return false;
    }
    // TeX groups with unescaped braces only, and `%`, `#`, `&` would end the
    // line, demand a macro parameter or an alignment.
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        if (c == u'\\') {
            ++i;
            continue;
        }
        depth += c == u'{' ? 1 : (c == u'}' ? -1 : 0);
        if (depth < 0 || c == u'%' || c == u'#' || c == u'&') {
            return false;
        }
    }
    return depth == 0;
}

void appendEscaped(QString &out, QChar c)
{
    switch (c.unicode()) {
    case u'\\':
        out += u"\\textbackslash{}";
        break;
    case u'{':
        out += u"\\textbraceleft{}";
        break;
    case u'}':
        out += u"\\textbraceright{}";
        break;
    case u'~':
        out += u"\\textasciitilde{}";
        break;
    case u'^':
        out += u"\\textasciicircum{}";
        break;
    case u'&':
    case u'%':
    case u'#':
    case u'_':
    case u'$':
        out += u'\\';
        out += c;
        break;
    default:
        out += c;
        break;
    }
}

int yearFromArxivId(QStringView id)
{
    const auto twoDigits = [](QStringView s) {
        return s.size() == 2 && s[0].isDigit() && s[1].isDigit() && s[0].unicode() < 0x80 && s[1].unicode() < 0x80
                 ? s.toInt()
                 : -1;
    };
    // New style "YYMM.NNNNN" (2007 on); old style "archive/YYMMNNN" (1991-2007).
    const qsizetype slash = id.indexOf(u'/');
    const QStringView stamp = slash >= 0 ? id.sliced(slash + 1) : id;
    if (stamp.size() < 4 || (slash < 0 && (stamp.size() < 5 || stamp[4] != u'.'))) {
        return 0;
    }
    const int yy = twoDigits(stamp.first(2));
    const int mm = twoDigits(stamp.sliced(2, 2));
    if (yy < 0 || mm < 1 || mm > 12) {
        return 0;
    }
    return yy >= 91 ? 1900 + yy : 2000 + yy;
}

int publicationYear(const PaperDetails &paper)
{
    const int fromId = yearFromArxivId(paper.arxivId);
    if (fromId > 0) {
        return fromId;
    }
    const QDate latest = ExportFields::latestDate(paper);
    return latest.isValid() ? latest.year() : 0;
}

QString surnameKey(const QString &author)
{
    // Parenthesised parts are nicknames or native-script names, never the surname.
    QString name;
    int depth = 0;
    for (const QChar c : ExportFields::singleLine(author)) {
        if (c == u'(' || c == u'（') {
            ++depth;
        } else if (c == u')' || c == u'）') {
            depth = qMax(0, depth - 1);
        } else if (depth == 0) {
            name.append(c);
        }
    }
    const qsizetype comma = name.indexOf(u',');
    if (comma >= 0) {
        name.truncate(comma); // "Last, First"
    }
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    while (words.size() > 1 && nameSuffixes().contains(asciiFold(words.constLast()))) {
        words.removeLast();
    }
    const QString surname = words.isEmpty() ? QString() : asciiFold(words.constLast());
    return surname.isEmpty() ? u"anon"_s : surname;
}

QString titleWord(const QString &title)
{
    QString word;
    bool command = false;
    const auto take = [&word, &command]() -> QString {
        const QString folded = asciiFold(word);
        const bool skip = command || folded.size() < 2 || stopWords().contains(folded)
                       || std::all_of(folded.cbegin(), folded.cend(), [](QChar c) {
                              return c.isDigit();
                          });
        word.clear();
        command = false;
        return skip ? QString() : folded;
    };
    for (qsizetype i = 0; i < title.size(); ++i) {
        const QChar c = title[i];
        if (c.isLetterOrNumber() || c.isMark()) {
            if (word.isEmpty()) {
                command = i > 0 && title[i - 1] == u'\\';
            }
            word.append(c);
            continue;
        }
        if (QString found = take(); !found.isEmpty()) {
            return found;
        }
        if (c == u'$') {
            // Math is notation, not a name: skip the whole span.
            const qsizetype end = mathSpanEnd(title, i);
            if (end > 0) {
                i = end;
            }
        }
    }
    return take();
}

// Bijective base 26: 0 -> "a", 25 -> "z", 26 -> "aa".
QString letterSuffix(int index)
{
    QString suffix;
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
        suffix.prepend(QChar(char16_t(u'a' + (n - 1) % 26)));
    }
    return suffix;
}

QString bibtexName(const QString &author)
{
    const QString name = ExportFields::singleLine(author);
    if (name.isEmpty()) {
        return {};
    }
    // BibTeX splits the field on a whole-word "and" at brace level 0 and reads
    // commas as "Last, First"; one brace group makes such a name opaque.
    bool protect = name.contains(u',');
    for (const QStringView word : QStringView(name).split(u' ')) {
        if (word.compare(u"and", Qt::CaseInsensitive) == 0 || word.compare(u"others", Qt::CaseInsensitive) == 0) {
            protect = true;
        }
    }
    const QString escaped = BibtexExporter::escapeText(name, BibtexExporter::MathSpans::Escape);
    return protect ? u'{' + escaped + u'}' : escaped;
}

// URLs are written raw (biber reads `url` verbatim), so only characters that
// are invalid in a URL anyway and would disturb BibTeX or TeX are encoded.
QString safeUrl(const QString &url)
{
    QString out;
    for (const QChar c : ExportFields::singleLine(url)) {
        const char16_t u = c.unicode();
        if (u == u' ' || u == u'{' || u == u'}' || u == u'\\' || u == u'"' || u == u'<' || u == u'>' || u == u'^'
            || u == u'`' || u == u'|') {
            out += u'%' + QString::number(int(u), 16).toUpper().rightJustified(2, u'0');
        } else {
            out += c;
        }
    }
    return out;
}

QString keywords(const PaperDetails &paper)
{
    QStringList words;
    QSet<QString> seen;
    const auto add = [&words, &seen](const QString &word) {
        const QString clean = ExportFields::singleLine(word);
        if (!clean.isEmpty() && !seen.contains(clean.toCaseFolded())) {
            seen.insert(clean.toCaseFolded());
            words.append(clean);
        }
    };
    for (const QString &topic : ExportFields::sortedTopics(paper)) {
        add(topic);
    }
    for (const Tag &tag : paper.tags) {
        if (tag.kind == TagKind::User) {
            add(tag.name);
        }
    }
    return BibtexExporter::escapeText(words.join(u", "_s), BibtexExporter::MathSpans::Escape);
}

QString entry(const PaperDetails &paper, const QString &key)
{
    const DigestEntry &text = paper.text;
    QList<std::pair<QString, QString>> fields;
    const auto add = [&fields](const QString &name, const QString &value) {
        if (!value.isEmpty()) {
            fields.append({name, value});
        }
    };

    add(u"title"_s, BibtexExporter::escapeText(text.title, BibtexExporter::MathSpans::Keep));
    QStringList names;
    for (const QString &author : text.authors) {
        if (const QString name = bibtexName(author); !name.isEmpty()) {
            names.append(name);
        }
    }
    add(u"author"_s, names.join(u" and "_s));
    const int year = publicationYear(paper);
    add(u"year"_s, year > 0 ? QString::number(year) : QString());
    if (!paper.arxivId.isEmpty()) {
        add(u"eprint"_s, BibtexExporter::escapeText(paper.arxivId, BibtexExporter::MathSpans::Escape));
        add(u"archivePrefix"_s, u"arXiv"_s);
        add(u"url"_s, safeUrl(u"https://arxiv.org/abs/"_s + paper.arxivId));
    } else {
        add(u"url"_s, safeUrl(text.pdfUrl));
    }
    add(u"note"_s, BibtexExporter::escapeText(text.comment, BibtexExporter::MathSpans::Keep));
    add(u"keywords"_s, keywords(paper));

    QString out = u"@misc{"_s + key;
    for (const auto &[name, value] : std::as_const(fields)) {
        out += u",\n  "_s + name + u" = {"_s + value + u'}';
    }
    return out + u"\n}\n"_s;
}

} // namespace

QString BibtexExporter::escapeText(QStringView text, MathSpans math)
{
    const QString line = ExportFields::singleLine(text);
    QString out;
    out.reserve(line.size() + line.size() / 8);
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'$' && i + 1 < line.size() && line[i + 1] == u'$') {
            // Display math is not kept; consume both signs so that the second
            // one cannot open an inline span.
            out += u"\\$\\$";
            ++i;
            continue;
        }
        if (math == MathSpans::Keep && line[i] == u'$') {
            const qsizetype end = mathSpanEnd(line, i);
            if (end > 0 && isSafeMath(QStringView(line).sliced(i + 1, end - i - 1))) {
                out += QStringView(line).sliced(i, end - i + 1);
                i = end;
                continue;
            }
            if (end > 0) {
                // An unsafe span is literal text as a whole: its closing `$` must
                // not open a new span with the text that follows.
                for (; i < end; ++i) {
                    appendEscaped(out, line[i]);
                }
            }
        }
        appendEscaped(out, line[i]);
    }
    return out;
}

QString BibtexExporter::citationKeyBase(const PaperDetails &paper)
{
    const int year = publicationYear(paper);
    return surnameKey(paper.text.authors.value(0)) + (year > 0 ? QString::number(year) : QString())
         + titleWord(paper.text.title);
}

QStringList BibtexExporter::citationKeys(const QList<PaperDetails> &papers)
{
    QStringList bases;
    QHash<QString, int> uses;
    for (const PaperDetails &paper : papers) {
        bases.append(citationKeyBase(paper));
        ++uses[bases.constLast()];
    }
    // Unique bases are reserved first so that a suffixed key ("zhu2024nerfa")
    // can never take the key that another paper owns outright.
    QSet<QString> taken;
    for (const QString &base : std::as_const(bases)) {
        if (uses.value(base) == 1) {
            taken.insert(base);
        }
    }
    QHash<QString, int> nextSuffix;
    QStringList keys;
    for (const QString &base : std::as_const(bases)) {
        if (uses.value(base) == 1) {
            keys.append(base);
            continue;
        }
        QString key;
        do {
            key = base + letterSuffix(nextSuffix[base]++);
        } while (taken.contains(key));
        taken.insert(key);
        keys.append(key);
    }
    return keys;
}

QString BibtexExporter::exportPapers(const QList<PaperDetails> &papers)
{
    const QStringList keys = citationKeys(papers);
    QStringList entries;
    for (qsizetype i = 0; i < papers.size(); ++i) {
        entries.append(entry(papers[i], keys[i]));
    }
    return entries.join(u'\n');
}

} // namespace PaperShelf::Core
