#include "core/export/csvexporter.h"

#include "core/export/exportfields.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace PaperShelf::Core {

namespace {

bool startsFormula(QStringView value)
{
    if (value.isEmpty()) {
        return false;
    }
    const QChar first = value.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

bool needsQuotes(QStringView value)
{
    for (const QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            return true;
        }
    }
    return false;
}

QString joined(const QStringList &values)
{
    return values.join(u"; "_s);
}

} // namespace

QString CsvExporter::field(QStringView value)
{
    // Guard first, then quote: the apostrophe must sit inside the quotes, where
    // a spreadsheet sees it as the first character of the cell.
    if (startsFormula(value)) {
        const QString guarded = u"'"_s + value;
        return quoted(guarded);
    }
    return quoted(value);
}

QString CsvExporter::quoted(QStringView value)
{
    if (!needsQuotes(value)) {
        return value.toString();
    }
    QString text = value.toString();
    text.replace(u"\""_s, u"\"\""_s);
    return u'"' + text + u'"';
}

QString CsvExporter::exportPapers(const QList<PaperDetails> &papers)
{
    static const QString crlf = u"\r\n"_s;
    static const QString header =
        u"id,arxiv_id,arxiv_version,title,authors,date,topics,tags,status,rating,screenshots,pdf_url,summary_zh"_s;
    QString out = header + crlf;
    for (const PaperDetails &paper : papers) {
        const QDate date = ExportFields::latestDate(paper);
        // Counts, ratings and versions are written bare: they are numbers, and a
        // spreadsheet must keep treating them as numbers.
        const QStringList cells = {
            field(paper.id),
            field(paper.arxivId),
            paper.arxivVersion > 0 ? QString::number(paper.arxivVersion) : QString(),
            field(paper.text.title),
            field(joined(paper.text.authors)),
            date.isValid() ? date.toString(Qt::ISODate) : QString(),
            field(joined(ExportFields::sortedTopics(paper))),
            field(joined(ExportFields::tagLabels(paper))),
            field(readingStatusName(paper.status)),
            QString::number(paper.rating),
            QString::number(paper.screenshots.size()),
            field(paper.text.pdfUrl),
            field(paper.text.summaryZh),
        };
        out += cells.join(u',') + crlf;
    }
    return out;
}

} // namespace PaperShelf::Core
