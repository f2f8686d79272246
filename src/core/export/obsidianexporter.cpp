#include "core/export/obsidianexporter.h"

#include "core/export/exportfields.h"
#include "core/export/markdownexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

namespace PaperShelf::Core {

namespace {

/// A YAML scalar: a JSON string is a valid YAML double-quoted scalar.
QString yamlString(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{ExportFields::singleLine(text)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString yamlList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items) {
        quoted.append(yamlString(item));
    }
    return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

QString ObsidianExporter::obsidianTag(const QString &name)
{
    QString tag = ExportFields::singleLine(name);
    tag.replace(QLatin1Char(' '), QLatin1Char('-'));
    tag.remove(QLatin1Char('#'));
    return tag;
}

QString ObsidianExporter::fileName(const PaperDetails &paper)
{
    static const QRegularExpression unsafe(QStringLiteral(R"([^\p{L}\p{N} ._-]+)"));
    QString base = ExportFields::singleLine(paper.text.title);
    base.replace(unsafe, QStringLiteral(" "));
    base = base.simplified().left(80).trimmed();
    QString id = paper.id;
    id.replace(unsafe, QStringLiteral("_"));
    while (base.startsWith(QLatin1Char('.'))) {
        base.remove(0, 1);
    }
    return (base.isEmpty() ? id : base + QStringLiteral(" (") + id + QLatin1Char(')')) + QStringLiteral(".md");
}

QString ObsidianExporter::exportPaper(const PaperDetails &paper,
                                      const QList<Highlight> &highlights,
                                      const QList<HighlightColor> &colors)
{
    QString out = QStringLiteral("---\n");
    out += QStringLiteral("id: ") + yamlString(paper.id) + QLatin1Char('\n');
    out += QStringLiteral("title: ") + yamlString(paper.text.title) + QLatin1Char('\n');
    out += QStringLiteral("authors: ") + yamlList(paper.text.authors) + QLatin1Char('\n');
    QStringList tags;
    for (const QString &topic : ExportFields::sortedTopics(paper)) {
        tags.append(obsidianTag(topic));
    }
    for (const QString &tag : ExportFields::userTags(paper)) {
        tags.append(obsidianTag(tag));
    }
    out += QStringLiteral("tags: ") + yamlList(tags) + QLatin1Char('\n');
    out += QStringLiteral("status: ") + readingStatusName(paper.status) + QLatin1Char('\n');
    out += QStringLiteral("rating: ") + QString::number(paper.rating) + QLatin1Char('\n');
    out += QStringLiteral("favourite: ") + (paper.favourite ? QStringLiteral("true") : QStringLiteral("false"))
         + QLatin1Char('\n');
    if (const QString url = ExportFields::paperUrl(paper); !url.isEmpty()) {
        out += QStringLiteral("url: ") + yamlString(url) + QLatin1Char('\n');
    }
    if (const QDate date = ExportFields::latestDate(paper); date.isValid()) {
        out += QStringLiteral("date: ") + date.toString(Qt::ISODate) + QLatin1Char('\n');
    }
    out += QStringLiteral("---\n\n# ") + MarkdownExporter::inlineText(paper.text.title) + QStringLiteral("\n\n");

    QStringList links;
    if (!paper.arxivId.isEmpty()) {
        links.append(QStringLiteral("[arXiv](<https://arxiv.org/abs/%1>)").arg(paper.arxivId));
    }
    if (!paper.text.pdfUrl.isEmpty()) {
        links.append(
            QStringLiteral("[PDF](<%1>)").arg(ExportFields::singleLine(paper.text.pdfUrl).remove(QLatin1Char('>'))));
    }
    for (const QString &link : paper.text.links) {
        links.append(QStringLiteral("<%1>").arg(ExportFields::singleLine(link).remove(QLatin1Char('>'))));
    }
    if (!links.isEmpty()) {
        out += links.join(QStringLiteral(" · ")) + QStringLiteral("\n\n");
    }

    if (!highlights.isEmpty()) {
        out += QStringLiteral("## Highlights\n\n");
        for (const HighlightColor &color : colors) {
            QList<const Highlight *> group;
            for (const Highlight &h : highlights) {
                if (h.color == color.key) {
                    group.append(&h);
                }
            }
            if (group.isEmpty()) {
                continue;
            }
            out += QStringLiteral("### ") + MarkdownExporter::inlineText(color.meaning) + QStringLiteral(" (")
                 + color.key + QStringLiteral(")\n\n");
            for (const Highlight *h : group) {
                out += QStringLiteral("> ") + MarkdownExporter::inlineText(h->quote);
                if (h->orphaned) {
                    out += QStringLiteral(" *(no longer in the text)*");
                }
                out += QStringLiteral("\n\n");
                if (!h->comment.isEmpty()) {
                    out += MarkdownExporter::blockText(h->comment) + QStringLiteral("\n\n");
                }
            }
        }
    }
    if (!paper.notes.trimmed().isEmpty()) {
        out += QStringLiteral("## Notes\n\n") + paper.notes.trimmed() + QLatin1Char('\n');
    }
    return out;
}

} // namespace PaperShelf::Core
