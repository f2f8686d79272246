#include "core/export/csljsonexporter.h"

#include "core/export/bibtexexporter.h"
#include "core/export/exportfields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace PaperShelf::Core {

QJsonObject CslJsonExporter::toJson(const PaperDetails &paper, const QString &id)
{
    QJsonObject item{{QStringLiteral("id"), id},
                     {QStringLiteral("type"), QStringLiteral("article")},
                     {QStringLiteral("title"), ExportFields::singleLine(paper.text.title)}};
    QJsonArray authors;
    for (const QString &name : paper.text.authors) {
        const auto [family, given] = ExportFields::splitName(name);
        if (family.isEmpty()) {
            continue;
        }
        QJsonObject author{{QStringLiteral("family"), family}};
        if (!given.isEmpty()) {
            author.insert(QStringLiteral("given"), given);
        }
        authors.append(author);
    }
    if (!authors.isEmpty()) {
        item.insert(QStringLiteral("author"), authors);
    }
    int precision = 3;
    if (const QDate issued = ExportFields::issuedDate(paper, &precision); issued.isValid()) {
        QJsonArray parts{issued.year(), issued.month()};
        if (precision == 3) {
            parts.append(issued.day());
        }
        item.insert(QStringLiteral("issued"), QJsonObject{{QStringLiteral("date-parts"), QJsonArray{parts}}});
    }
    if (!paper.text.abstract.isEmpty()) {
        item.insert(QStringLiteral("abstract"), paper.text.abstract);
    }
    if (const QString url = ExportFields::paperUrl(paper); !url.isEmpty()) {
        item.insert(QStringLiteral("URL"), url);
    }
    if (!paper.arxivId.isEmpty()) {
        item.insert(QStringLiteral("number"), paper.arxivId);
        item.insert(QStringLiteral("archive"), QStringLiteral("arXiv"));
    }
    if (!paper.text.comment.isEmpty()) {
        item.insert(QStringLiteral("note"), ExportFields::singleLine(paper.text.comment));
    }
    if (const QStringList tags = ExportFields::userTags(paper); !tags.isEmpty()) {
        item.insert(QStringLiteral("keyword"), tags.join(QStringLiteral(", ")));
    }
    return item;
}

QByteArray CslJsonExporter::exportPapers(const QList<PaperDetails> &papers)
{
    const QStringList keys = BibtexExporter::citationKeys(papers);
    QJsonArray items;
    for (qsizetype i = 0; i < papers.size(); ++i) {
        items.append(toJson(papers.at(i), keys.at(i)));
    }
    return QJsonDocument(items).toJson(QJsonDocument::Indented);
}

} // namespace PaperShelf::Core
