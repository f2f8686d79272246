#include "core/arxiv/arxivcomparison.h"

#include "core/digest/textnormaliser.h"

namespace PaperShelf::Core {

QString arxivFieldName(ArxivField field)
{
    switch (field) {
    case ArxivField::Title:
        return QStringLiteral("title");
    case ArxivField::Authors:
        return QStringLiteral("authors");
    case ArxivField::Abstract:
        return QStringLiteral("abstract");
    }
    return QString();
}

QString ArxivComparison::normalise(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        // Braces and math delimiters come and go between the digest and arXiv's TeX source.
        if (c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('$')) {
            continue;
        }
        key.append(c);
    }
    key = TextNormaliser::normaliseWhitespace(key).toCaseFolded();
    while (key.endsWith(QLatin1Char('.'))) {
        key.chop(1);
    }
    return key;
}

QList<ArxivDifference> ArxivComparison::compare(const DigestEntry &digest, const ArxivRecord &record)
{
    QList<ArxivDifference> differences;
    const auto check = [&differences](ArxivField field, const QString &ours, const QString &theirs) {
        if (!theirs.trimmed().isEmpty() && normalise(ours) != normalise(theirs)) {
            differences.append({field, ours, theirs});
        }
    };
    check(ArxivField::Title, digest.title, record.title);
    check(ArxivField::Authors, digest.authors.join(QStringLiteral(", ")), record.authors.join(QStringLiteral(", ")));
    check(ArxivField::Abstract, digest.abstract, record.abstract);
    return differences;
}

} // namespace PaperShelf::Core
