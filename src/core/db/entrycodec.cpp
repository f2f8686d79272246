#include "core/db/entrycodec.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace PaperShelf::Core {

namespace {

const QString KeyTitleZh = QStringLiteral("title_zh");
const QString KeyAuthors = QStringLiteral("authors");
const QString KeyAffiliation = QStringLiteral("affiliation");
const QString KeyKeywords = QStringLiteral("keywords");
const QString KeyUrls = QStringLiteral("urls");
const QString KeySummary = QStringLiteral("summary");
const QString KeyMethods = QStringLiteral("methods");
const QString KeyConclusion = QStringLiteral("conclusion");

void hashField(QCryptographicHash &hash, const QString &value)
{
    // Length-prefixed so that field boundaries cannot be confused.
    const QByteArray utf8 = value.toUtf8();
    const qint64 size = utf8.size();
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
    hash.addData(utf8);
}

} // namespace

const QString &EntryCodec::columns()
{
    static const QString list = QStringLiteral(
        "e.line, e.arxiv_version, e.title, e.authors, e.abstract, e.pdf_url, e.comment, e.links, "
        "e.summary_zh, e.takeaways_zh, e.structured, e.screenshots");
    return list;
}

QString EntryCodec::encodeList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList EntryCodec::decodeList(const QString &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    list.reserve(array.size());
    for (const QJsonValue &value : array) {
        list.append(value.toString());
    }
    return list;
}

QString EntryCodec::encodeStructured(const StructuredSummary &s)
{
    QJsonObject object;
    object.insert(KeyTitleZh, s.titleZh);
    object.insert(KeyAuthors, s.authors);
    object.insert(KeyAffiliation, s.affiliation);
    object.insert(KeyKeywords, QJsonArray::fromStringList(s.keywords));
    object.insert(KeyUrls, s.urls);
    object.insert(KeySummary, s.summary);
    object.insert(KeyMethods, s.methods);
    object.insert(KeyConclusion, s.conclusion);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

StructuredSummary EntryCodec::decodeStructured(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    StructuredSummary s;
    s.titleZh = object.value(KeyTitleZh).toString();
    s.authors = object.value(KeyAuthors).toString();
    s.affiliation = object.value(KeyAffiliation).toString();
    for (const QJsonValue &value : object.value(KeyKeywords).toArray()) {
        s.keywords.append(value.toString());
    }
    s.urls = object.value(KeyUrls).toString();
    s.summary = object.value(KeySummary).toString();
    s.methods = object.value(KeyMethods).toString();
    s.conclusion = object.value(KeyConclusion).toString();
    return s;
}

DigestEntry EntryCodec::decode(const QSqlRecord &record, int first)
{
    DigestEntry entry;
    int i = first;
    entry.line = record.value(i++).toInt();
    entry.arxivVersion = record.value(i++).toInt();
    entry.title = record.value(i++).toString();
    entry.authors = decodeList(record.value(i++).toString());
    entry.abstract = record.value(i++).toString();
    entry.pdfUrl = record.value(i++).toString();
    entry.comment = record.value(i++).toString();
    entry.links = decodeList(record.value(i++).toString());
    entry.summaryZh = record.value(i++).toString();
    entry.takeawaysZh = decodeList(record.value(i++).toString());
    entry.structured = decodeStructured(record.value(i++).toString());
    entry.screenshots = decodeList(record.value(i++).toString());
    return entry;
}

QString EntryCodec::contentHash(const DigestEntry &e)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hashField(hash, QString::number(e.arxivVersion));
    hashField(hash, e.title);
    hashField(hash, e.authors.join(QLatin1Char('\n')));
    hashField(hash, e.abstract);
    hashField(hash, e.pdfUrl);
    hashField(hash, e.comment);
    hashField(hash, e.links.join(QLatin1Char('\n')));
    hashField(hash, e.summaryZh);
    hashField(hash, e.takeawaysZh.join(QLatin1Char('\n')));
    hashField(hash, encodeStructured(e.structured));
    hashField(hash, e.screenshots.join(QLatin1Char('\n')));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace PaperShelf::Core
