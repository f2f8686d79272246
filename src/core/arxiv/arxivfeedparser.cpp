#include "core/arxiv/arxivfeedparser.h"

#include "core/digest/textnormaliser.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace PaperShelf::Core {

namespace {

const QString AtomNs = QStringLiteral("http://www.w3.org/2005/Atom");
const QString ArxivNs = QStringLiteral("http://arxiv.org/schemas/atom");

QDateTime parseDate(const QString &text)
{
    QDateTime date = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return date.isValid() ? date.toUTC() : QDateTime();
}

// The text of the current element, which may not contain child elements.
QString elementText(QXmlStreamReader &reader)
{
    return reader.readElementText(QXmlStreamReader::IncludeChildElements);
}

struct RawEntry
{
    QString id;
    QString title;
    QString summary;
    QStringList authors;
    QString published;
    QString updated;
    QString primaryCategory;
    QString pdfUrl;
};

void readAuthor(QXmlStreamReader &reader, RawEntry &entry)
{
    while (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("name") && reader.namespaceUri() == AtomNs) {
            const QString name = TextNormaliser::normaliseWhitespace(elementText(reader));
            if (!name.isEmpty()) {
                entry.authors.append(name);
            }
        } else {
            reader.skipCurrentElement();
        }
    }
}

RawEntry readEntry(QXmlStreamReader &reader)
{
    RawEntry entry;
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        const QStringView ns = reader.namespaceUri();
        if (ns == AtomNs && name == QLatin1String("id")) {
            entry.id = elementText(reader).trimmed();
        } else if (ns == AtomNs && name == QLatin1String("title")) {
            entry.title = elementText(reader);
        } else if (ns == AtomNs && name == QLatin1String("summary")) {
            entry.summary = elementText(reader);
        } else if (ns == AtomNs && name == QLatin1String("published")) {
            entry.published = elementText(reader);
        } else if (ns == AtomNs && name == QLatin1String("updated")) {
            entry.updated = elementText(reader);
        } else if (ns == AtomNs && name == QLatin1String("author")) {
            readAuthor(reader, entry);
        } else if (ns == AtomNs && name == QLatin1String("link")) {
            if (reader.attributes().value(QLatin1String("title")) == QLatin1String("pdf")) {
                entry.pdfUrl = reader.attributes().value(QLatin1String("href")).toString();
            }
            reader.skipCurrentElement();
        } else if (ns == ArxivNs && name == QLatin1String("primary_category")) {
            entry.primaryCategory = reader.attributes().value(QLatin1String("term")).toString();
            reader.skipCurrentElement();
        } else {
            reader.skipCurrentElement();
        }
    }
    return entry;
}

} // namespace

std::pair<QString, int> ArxivFeedParser::splitId(QStringView idOrUrl)
{
    QString id = idOrUrl.trimmed().toString();
    // Entry ids are "http://arxiv.org/abs/<id>"; old-style ids contain a slash themselves.
    static const QRegularExpression absPrefix(QStringLiteral("^https?://[^/]+/(?:abs|pdf)/"));
    id.remove(absPrefix);
    if (id.endsWith(QLatin1String(".pdf"))) {
        id.chop(4);
    }
    static const QRegularExpression versioned(QStringLiteral("^(.+?)v(\\d+)$"));
    const QRegularExpressionMatch match = versioned.match(id);
    if (match.hasMatch()) {
        return {match.captured(1), match.captured(2).toInt()};
    }
    return {id, 0};
}

Result<ArxivFeed> ArxivFeedParser::parse(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    ArxivFeed feed;
    if (!reader.readNextStartElement()) {
        return Error{reader.hasError() ? QStringLiteral("not an Atom feed: %1").arg(reader.errorString())
                                       : QStringLiteral("not an Atom feed: empty document")};
    }
    if (reader.name() != QLatin1String("feed") || reader.namespaceUri() != AtomNs) {
        return Error{QStringLiteral("not an Atom feed: the root element is <%1>").arg(reader.name().toString())};
    }
    while (reader.readNextStartElement()) {
        if (reader.name() != QLatin1String("entry") || reader.namespaceUri() != AtomNs) {
            reader.skipCurrentElement();
            continue;
        }
        const RawEntry raw = readEntry(reader);
        if (raw.id.contains(QLatin1String("/api/errors"))) {
            feed.errors.append(TextNormaliser::normaliseWhitespace(raw.summary));
            continue;
        }
        ArxivRecord record;
        std::tie(record.arxivId, record.version) = splitId(raw.id);
        record.title = TextNormaliser::normaliseWhitespace(raw.title);
        record.authors = raw.authors;
        record.abstract = TextNormaliser::normaliseWhitespace(raw.summary);
        record.published = parseDate(raw.published);
        record.updated = parseDate(raw.updated);
        record.primaryCategory = raw.primaryCategory;
        record.pdfUrl = raw.pdfUrl;
        if (!record.arxivId.isEmpty()) {
            feed.records.append(record);
        }
    }
    if (reader.hasError()) {
        return Error{
            QStringLiteral("malformed Atom feed at line %1: %2").arg(reader.lineNumber()).arg(reader.errorString())};
    }
    return feed;
}

} // namespace PaperShelf::Core
