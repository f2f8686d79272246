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
    // Length-prefixed so that field boundaries cannot be confused; hashed as
    // UTF-16 to skip a conversion (the hash is only compared with itself).
    const qint64 size = value.size();
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(value.utf16()), value.size() * 2));
}

// Writes `text` as a JSON string. Hand-written because building QJsonObjects
// for every imported entry cost more than storing it.
void appendJsonString(QString &out, QStringView text)
{
    out += QLatin1Char('"');
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\') {
            continue;
        }
        out += text.mid(plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        default:
            out += QStringLiteral("\\u%1").arg(static_cast<int>(c), 4, 16, QLatin1Char('0'));
            break;
        }
    }
    out += text.mid(plainFrom);
    out += QLatin1Char('"');
}

void appendJsonList(QString &out, const QStringList &list)
{
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0) {
            out += QLatin1Char(',');
        }
        appendJsonString(out, list.at(i));
    }
    out += QLatin1Char(']');
}

void appendJsonMember(QString &out, const QString &key, QStringView value)
{
    if (out.size() > 1) {
        out += QLatin1Char(',');
    }
    appendJsonString(out, key);
    out += QLatin1Char(':');
    appendJsonString(out, value);
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
    QString out;
    appendJsonList(out, list);
    return out;
}

QStringList EntryCodec::decodeList(const QString &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    list.reserve(array.size());
    for (const auto &value : array) {
        list.append(value.toString());
    }
    return list;
}

QString EntryCodec::encodeStructured(const StructuredSummary &s)
{
    QString out;
    out.reserve(s.summary.size() + s.methods.size() + s.conclusion.size() + 512);
    out += QLatin1Char('{');
    appendJsonMember(out, KeyTitleZh, s.titleZh);
    appendJsonMember(out, KeyAuthors, s.authors);
    appendJsonMember(out, KeyAffiliation, s.affiliation);
    out += QLatin1Char(',');
    appendJsonString(out, KeyKeywords);
    out += QLatin1Char(':');
    appendJsonList(out, s.keywords);
    appendJsonMember(out, KeyUrls, s.urls);
    appendJsonMember(out, KeySummary, s.summary);
    appendJsonMember(out, KeyMethods, s.methods);
    appendJsonMember(out, KeyConclusion, s.conclusion);
    out += QLatin1Char('}');
    return out;
}

StructuredSummary EntryCodec::decodeStructured(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    StructuredSummary s;
    s.titleZh = object.value(KeyTitleZh).toString();
    s.authors = object.value(KeyAuthors).toString();
    s.affiliation = object.value(KeyAffiliation).toString();
    const QJsonArray keywords = object.value(KeyKeywords).toArray();
    for (const auto &value : keywords) {
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

EntryCodec::Encoded EntryCodec::encode(const DigestEntry &entry)
{
    return Encoded{encodeList(entry.authors),
                   encodeList(entry.links),
                   encodeList(entry.takeawaysZh),
                   encodeStructured(entry.structured),
                   encodeList(entry.screenshots),
                   contentHash(entry)};
}

QString EntryCodec::contentHash(const DigestEntry &e)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
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
