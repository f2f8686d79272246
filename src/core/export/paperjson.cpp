#include "core/export/paperjson.h"

#include "core/export/exportfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace PaperShelf::Core {

namespace {

QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject structuredJson(const StructuredSummary &structured)
{
    return QJsonObject{
        {u"title_zh"_s, structured.titleZh},
        {u"authors"_s, structured.authors},
        {u"affiliation"_s, structured.affiliation},
        {u"keywords"_s, QJsonArray::fromStringList(structured.keywords)},
        {u"urls"_s, structured.urls},
        {u"summary"_s, structured.summary},
        {u"methods"_s, structured.methods},
        {u"conclusion"_s, structured.conclusion},
    };
}

} // namespace

QJsonObject PaperJson::toJson(const PaperDetails &paper)
{
    const DigestEntry &text = paper.text;

    QJsonArray appearances;
    for (const Appearance &appearance : paper.appearances) {
        appearances.append(QJsonObject{
            {u"date"_s, dateValue(appearance.date)},
            {u"topic"_s, appearance.topic},
            {u"source"_s, appearance.source},
        });
    }

    QJsonArray screenshots;
    for (const Screenshot &screenshot : paper.screenshots) {
        screenshots.append(QJsonObject{
            {u"url"_s, screenshot.url},
            {u"cached"_s, screenshot.cached},
        });
    }

    // null, not "": scripts can then test for "no arXiv id" without knowing
    // that the library stores a missing id as an empty string.
    const QJsonValue arxivId = paper.arxivId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(paper.arxivId);

    // QJsonObject keeps its keys sorted, so the document lists them
    // alphabetically; the order below only mirrors the documented key list.
    return QJsonObject{
        {u"id"_s, paper.id},
        {u"arxiv_id"_s, arxivId},
        {u"arxiv_version"_s, paper.arxivVersion},
        {u"title"_s, text.title},
        {u"authors"_s, QJsonArray::fromStringList(text.authors)},
        {u"abstract"_s, text.abstract},
        {u"pdf_url"_s, text.pdfUrl},
        {u"comment"_s, text.comment},
        {u"links"_s, QJsonArray::fromStringList(text.links)},
        {u"summary_zh"_s, text.summaryZh},
        {u"takeaways_zh"_s, QJsonArray::fromStringList(text.takeawaysZh)},
        {u"structured"_s, structuredJson(text.structured)},
        {u"topics"_s, QJsonArray::fromStringList(ExportFields::sortedTopics(paper))},
        {u"tags"_s, QJsonArray::fromStringList(ExportFields::tagLabels(paper))},
        {u"appearances"_s, appearances},
        {u"screenshots"_s, screenshots},
        {u"status"_s, readingStatusName(paper.status)},
        {u"rating"_s, paper.rating},
        {u"notes"_s, paper.notes},
    };
}

QByteArray PaperJson::exportPapers(const QList<PaperDetails> &papers)
{
    QJsonArray array;
    for (const PaperDetails &paper : papers) {
        array.append(toJson(paper));
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace PaperShelf::Core
