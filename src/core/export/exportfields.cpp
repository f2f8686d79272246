#include "core/export/exportfields.h"

#include <algorithm>

namespace PaperShelf::Core {

namespace {

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x200B && u <= 0x200D) || u == 0x2060 || u == 0xFEFF || c.category() == QChar::Other_Control;
}

} // namespace

QDate ExportFields::latestDate(const PaperDetails &paper)
{
    QDate latest;
    for (const Appearance &appearance : paper.appearances) {
        if (appearance.date.isValid() && (!latest.isValid() || appearance.date > latest)) {
            latest = appearance.date;
        }
    }
    return latest;
}

QStringList ExportFields::tagLabels(const PaperDetails &paper)
{
    QStringList labels;
    labels.reserve(paper.tags.size());
    for (const Tag &tag : paper.tags) {
        labels.append(tagKindName(tag.kind) + QLatin1Char(':') + tag.name);
    }
    std::sort(labels.begin(), labels.end());
    return labels;
}

QStringList ExportFields::sortedTopics(const PaperDetails &paper)
{
    QStringList topics = paper.topics;
    std::sort(topics.begin(), topics.end());
    return topics;
}

QString ExportFields::singleLine(QStringView text)
{
    // Never longer than the input: written through a pointer (exports run this
    // over every field of thousands of papers).
    QString result(text.size(), Qt::Uninitialized);
    QChar *const begin = result.data();
    QChar *o = begin;
    bool pendingSpace = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // Printable ASCII other than the space needs no further test.
        if (!(u > 0x20 && u < 0x7F)) {
            // Test for space first: line breaks and tabs are control characters too,
            // and they must separate words rather than vanish.
            if (c.isSpace()) {
                pendingSpace = o != begin;
                continue;
            }
            if (isInvisible(c)) {
                continue;
            }
        }
        if (pendingSpace) {
            *o++ = QLatin1Char(' ');
            pendingSpace = false;
        }
        *o++ = c;
    }
    result.truncate(o - begin);
    return result;
}

QString ExportFields::paperUrl(const PaperDetails &paper)
{
    if (!paper.arxivId.isEmpty()) {
        return QStringLiteral("https://arxiv.org/abs/") + paper.arxivId;
    }
    return paper.text.pdfUrl;
}

QStringList ExportFields::userTags(const PaperDetails &paper)
{
    QStringList tags;
    for (const Tag &tag : paper.tags) {
        if (tag.kind == TagKind::User) {
            tags.append(tag.name);
        }
    }
    std::sort(tags.begin(), tags.end());
    return tags;
}

QDate ExportFields::issuedDate(const PaperDetails &paper, int *precision)
{
    // New-style arXiv ids start with YYMM.
    if (paper.arxivId.size() >= 4) {
        bool yearOk = false;
        bool monthOk = false;
        const int yy = paper.arxivId.left(2).toInt(&yearOk);
        const int mm = paper.arxivId.mid(2, 2).toInt(&monthOk);
        if (yearOk && monthOk && mm >= 1 && mm <= 12) {
            *precision = 2;
            return QDate(2000 + yy, mm, 1);
        }
    }
    *precision = 3;
    return latestDate(paper);
}

std::pair<QString, QString> ExportFields::splitName(const QString &name)
{
    const QString simple = name.simplified();
    const qsizetype space = simple.lastIndexOf(QLatin1Char(' '));
    if (space < 0) {
        return {simple, QString()};
    }
    return {simple.mid(space + 1), simple.left(space)};
}

} // namespace PaperShelf::Core
