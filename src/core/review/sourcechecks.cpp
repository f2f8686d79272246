#include "core/review/sourcechecks.h"

#include "core/review/checkcatalog.h"
#include "core/review/sourcetokens.h"

#include <QRegularExpression>

namespace PaperShelf::Core {

namespace {

std::pair<qsizetype, qsizetype> trimmedSpan(QStringView text)
{
    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && text.at(start).isSpace()) {
        ++start;
    }
    while (end > start && text.at(end - 1).isSpace()) {
        --end;
    }
    return {start, end};
}

bool linkMatches(const QString &key, const QStringList &englishKeys)
{
    for (const QString &english : englishKeys) {
        if (key == english) {
            return true;
        }
        // One side may name the repository, the other a page inside it.
        const bool longer = key.size() > english.size();
        const QString &inner = longer ? english : key;
        const QString &outer = longer ? key : english;
        if (!SourceTokens::isArxivKey(inner) && outer.startsWith(inner) && outer.at(inner.size()) == QLatin1Char('/')) {
            return true;
        }
    }
    return false;
}

/// Words that occur in authors items without naming anyone.
bool isNameStopword(const QString &part)
{
    static const QSet<QString> words = {
        QStringLiteral("et"),         QStringLiteral("al"),
        QStringLiteral("and"),        QStringLiteral("etc"),
        QStringLiteral("author"),     QStringLiteral("authors"),
        QStringLiteral("none"),       QStringLiteral("null"),
        QStringLiteral("unknown"),    QStringLiteral("not"),
        QStringLiteral("provided"),   QStringLiteral("available"),
        QStringLiteral("university"), QStringLiteral("institute"),
        QStringLiteral("lab"),        QStringLiteral("laboratory"),
        QStringLiteral("team"),       QStringLiteral("the"),
        QStringLiteral("of"),         QStringLiteral("corresponding"),
        QStringLiteral("equal"),      QStringLiteral("contribution"),
        QStringLiteral("first"),      QStringLiteral("others"),
        QStringLiteral("xxx"),        QStringLiteral("na"),
        QStringLiteral("mentioned"),
    };
    return part.size() < 2 || words.contains(part);
}

const QRegularExpression &latinWordPattern()
{
    static const QRegularExpression re = [] {
        QRegularExpression compiled(QStringLiteral("[A-Za-z0-9][A-Za-z0-9\\-]*[A-Za-z0-9]"));
        compiled.optimize();
        return compiled;
    }();
    return re;
}

} // namespace

void SourceChecks::numbers(QStringView text, const PreparedSource &source, QList<Finding> *out)
{
    for (const SourceTokens::Token &token : SourceTokens::measuredNumbers(text)) {
        const bool known = std::any_of(token.keys.cbegin(), token.keys.cend(), [&source](const QString &key) {
            return source.numberKeys.contains(key);
        });
        if (!known) {
            out->append(CheckCatalog::finding(CheckCatalog::NumberMismatch, text, token.start, token.end));
        }
    }
}

void SourceChecks::links(QStringView text, const PreparedSource &source, QList<Finding> *out)
{
    for (const SourceTokens::Token &token : SourceTokens::links(text)) {
        const QStringView span = text.sliced(token.start, token.end - token.start);
        // "github.com/xxx" is a placeholder (reported as such), not a wrong link.
        if (span.contains(u"xxx", Qt::CaseInsensitive) || span.contains(u"your", Qt::CaseInsensitive)
            || span.contains(u"example.com", Qt::CaseInsensitive)) {
            continue;
        }
        const QString &key = token.keys.constFirst();
        if (linkMatches(key, source.linkKeys)) {
            continue;
        }
        // Links the English hides ("this https URL") cannot be verified; ids can.
        if (source.linksHidden && !SourceTokens::isArxivKey(key)) {
            continue;
        }
        out->append(CheckCatalog::finding(CheckCatalog::UrlMismatch, text, token.start, token.end));
    }
}

void SourceChecks::authors(QStringView text, const PreparedSource &source, QList<Finding> *out)
{
    if (source.surnames.isEmpty()) {
        return;
    }
    // Only a list written in Latin script can be compared: names in Chinese
    // characters ("雷陈、袁蒙") are transliterations, not spellings.
    qsizetype latin = 0;
    qsizetype cjk = 0;
    for (const QChar c : text) {
        latin += c.isLetter() && c.script() == QChar::Script_Latin ? 1 : 0;
        cjk += c.script() == QChar::Script_Han ? 1 : 0;
    }
    if (latin < 2 * cjk) {
        return;
    }
    QSet<QString> parts;
    for (const QString &part : SourceTokens::nameParts(text)) {
        if (!isNameStopword(part)) {
            parts.insert(part);
        }
    }
    // Fewer than two Latin name parts is not a list of names.
    if (parts.size() < 2) {
        return;
    }
    for (const QString &part : std::as_const(parts)) {
        if (source.surnames.contains(part)) {
            return;
        }
        // Names copied from a PDF carry affiliation marks ("Hamzaa" for Hamza^a).
        for (qsizetype cut = 1; cut <= 2 && part.size() - cut >= 3; ++cut) {
            if (source.surnames.contains(part.first(part.size() - cut))) {
                return;
            }
        }
    }
    const auto [start, end] = trimmedSpan(text);
    out->append(CheckCatalog::finding(CheckCatalog::AuthorMismatch, text, start, end));
}

void SourceChecks::title(QStringView text, const PreparedSource &source, QList<Finding> *out)
{
    if (!source.methodTokens.isEmpty()) {
        const QString folded = SourceTokens::foldName(text);
        for (const QString &token : source.methodTokens) {
            if (!folded.contains(token)) {
                const auto [start, end] = trimmedSpan(text);
                out->append(CheckCatalog::finding(CheckCatalog::TitleMismatch, text, start, end));
                return;
            }
        }
    }
    // A CamelCase or alphanumeric name that the English never uses: the title
    // of another paper, or an invented name.
    QRegularExpressionMatchIterator it = latinWordPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QStringView word = match.capturedView();
        bool camelOrDigit = false;
        for (qsizetype i = 1; i < word.size(); ++i) {
            const QChar c = word.at(i);
            const QChar previous = word.at(i - 1);
            camelOrDigit = camelOrDigit || (c.isUpper() && previous.isLower())
                        || (c.isDigit() != previous.isDigit() && c != QLatin1Char('-') && previous != QLatin1Char('-'));
        }
        if (word.size() >= 4 && camelOrDigit && !source.englishNames.contains(SourceTokens::foldName(word))) {
            out->append(
                CheckCatalog::finding(CheckCatalog::TitleMismatch, text, match.capturedStart(), match.capturedEnd()));
        }
    }
}

void SourceChecks::glossary(QStringView text,
                            const PreparedSource &source,
                            const QList<GlossaryTerm> &glossary,
                            QList<Finding> *out)
{
    for (const int index : source.glossaryTerms) {
        if (index < 0 || index >= glossary.size()) {
            continue;
        }
        const GlossaryTerm &term = glossary.at(index);
        if (!term.preferred.isEmpty() && text.contains(term.preferred)) {
            continue;
        }
        for (const QString &wrong : term.wrong) {
            if (wrong.isEmpty()) {
                continue;
            }
            for (qsizetype from = 0; (from = text.indexOf(wrong, from)) >= 0; from += wrong.size()) {
                out->append(CheckCatalog::finding(CheckCatalog::Glossary, text, from, from + wrong.size()));
            }
        }
    }
}

} // namespace PaperShelf::Core
