#include "core/review/preparedsource.h"

#include "core/digest/digestentry.h"
#include "core/review/sourcetokens.h"

namespace PaperShelf::Core {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

/// Name parts of the surname of one author as the Authors line writes it:
/// "Wei Zhang" -> zhang; "Zhang, Wei" -> zhang; "José García-Pérez" -> garcia,
/// perez, garciaperez; generational suffixes are skipped.
QStringList surnameParts(const QString &author)
{
    const qsizetype comma = author.indexOf(QLatin1Char(','));
    if (comma > 0) {
        return SourceTokens::nameParts(QStringView(author).first(comma));
    }
    const QStringList words = author.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = words.size() - 1; i >= 0; --i) {
        QStringList parts = SourceTokens::nameParts(words.at(i));
        static const QStringList suffixes = {QStringLiteral("jr"),
                                             QStringLiteral("sr"),
                                             QStringLiteral("ii"),
                                             QStringLiteral("iii"),
                                             QStringLiteral("iv")};
        if (!parts.isEmpty() && !(parts.size() == 1 && suffixes.contains(parts.constFirst()))) {
            return parts;
        }
    }
    return {};
}

} // namespace

PreparedSource PreparedSource::from(const DigestEntry &entry, const QList<GlossaryTerm> &glossary)
{
    PreparedSource source;
    source.arxivId = entry.arxivId;

    SourceTokens::addNumberKeys(entry.title, &source.numberKeys);
    SourceTokens::addNumberKeys(entry.abstract, &source.numberKeys);
    SourceTokens::addNumberKeys(entry.comment, &source.numberKeys);

    if (!entry.arxivId.isEmpty()) {
        source.linkKeys.append(QStringLiteral("arxiv:") + entry.arxivId);
    }
    for (const QString *text : {&entry.abstract, &entry.comment, &entry.pdfUrl}) {
        for (const SourceTokens::Token &token : SourceTokens::links(*text)) {
            source.linkKeys.append(token.keys);
        }
    }
    for (const QString &link : entry.links) {
        source.linkKeys.append(SourceTokens::normaliseLink(link));
    }
    // arXiv replaces the links of some abstracts with this phrase.
    source.linksHidden = entry.abstract.contains(QLatin1String("this http"), Qt::CaseInsensitive)
                      || entry.comment.contains(QLatin1String("this http"), Qt::CaseInsensitive);

    for (const QString &author : entry.authors) {
        for (const QString &part : surnameParts(author)) {
            source.surnames.insert(part);
        }
    }

    source.methodTokens = leadingName(entry.title);
    const QString english = entry.title + QLatin1Char('\n') + entry.abstract + QLatin1Char('\n') + entry.comment;
    source.englishWords = english.toCaseFolded();
    source.englishNames = SourceTokens::foldName(english);

    if (!glossary.isEmpty()) {
        const QStringView titleAndAbstract = QStringView(source.englishWords)
                                                 .first(entry.title.size() + 1 + entry.abstract.size());
        for (qsizetype i = 0; i < glossary.size(); ++i) {
            const QString term = glossary.at(i).term.toCaseFolded();
            if (!term.isEmpty() && containsWord(titleAndAbstract, term)) {
                source.glossaryTerms.append(static_cast<int>(i));
            }
        }
    }
    return source;
}

QStringList PreparedSource::leadingName(const QString &title)
{
    qsizetype colon = title.indexOf(QLatin1Char(':'));
    if (const qsizetype wide = title.indexOf(QChar(0xFF1A)); wide >= 0 && (colon < 0 || wide < colon)) {
        colon = wide;
    }
    if (colon <= 0) {
        return {};
    }
    const QStringView lead = QStringView(title).first(colon).trimmed();
    // LaTeX names ($\mathcal{X}$) are written in too many ways to compare.
    if (lead.isEmpty() || lead.contains(QLatin1Char('$')) || lead.contains(QLatin1Char('\\'))) {
        return {};
    }
    const QList<QStringView> words = lead.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > 4) {
        return {};
    }
    QStringList tokens;
    for (const QStringView word : words) {
        if (isDistinctiveWord(word)) {
            tokens.append(SourceTokens::foldName(word));
        }
    }
    // A single capitalised word ("Lumina: …") is a name too.
    if (tokens.isEmpty() && words.size() == 1 && words.constFirst().size() >= 4
        && words.constFirst().front().isUpper()) {
        tokens.append(SourceTokens::foldName(words.constFirst()));
    }
    return tokens;
}

bool PreparedSource::isDistinctiveWord(QStringView word)
{
    int letters = 0;
    int uppers = 0;
    bool digit = false;
    bool camel = false;
    QChar previous;
    for (const QChar c : word) {
        if (c.isLetter()) {
            ++letters;
            if (c.isUpper()) {
                ++uppers;
                camel = camel || (previous.isLower());
            }
        } else if (c.isDigit()) {
            digit = true;
        }
        previous = c;
    }
    return letters > 0 && (camel || digit || (letters >= 2 && uppers == letters));
}

bool PreparedSource::containsWord(QStringView haystack, QStringView term)
{
    qsizetype from = 0;
    while ((from = haystack.indexOf(term, from)) >= 0) {
        const qsizetype end = from + term.size();
        const bool startOk = from == 0 || !isWordChar(haystack.at(from - 1));
        qsizetype after = end;
        if (after < haystack.size() && haystack.at(after) == QLatin1Char('e') && after + 1 < haystack.size()
            && haystack.at(after + 1) == QLatin1Char('s')) {
            after += 2;
        } else if (after < haystack.size() && haystack.at(after) == QLatin1Char('s')) {
            after += 1;
        }
        const bool endOk = (end == haystack.size() || !isWordChar(haystack.at(end)))
                        || (after == haystack.size() || !isWordChar(haystack.at(after)));
        if (startOk && endOk) {
            return true;
        }
        from = end;
    }
    return false;
}

} // namespace PaperShelf::Core
