#include "core/db/entrycodec.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <algorithm>
#include <array>
#include <utility>

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
const QString KeyEmptyItems = QStringLiteral("empty_items");

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

// Reads the JSON this codec writes straight from UTF-16: an array of strings, or
// an object whose values are strings or arrays of strings. Loading thousands of
// papers spent a third of its time in QJsonDocument (and the UTF-8 round trip it
// needs). Anything else (other value types, bad syntax) makes it give up, and the
// caller falls back to QJsonDocument, so odd input still decodes as it always did.
class JsonReader final
{
public:
    explicit JsonReader(QStringView text)
        : m_text(text)
    {
    }

    bool readStringArray(QStringList *out)
    {
        if (!take(u'[')) {
            return false;
        }
        if (take(u']')) {
            return true;
        }
        do {
            QString value;
            if (!readString(&value)) {
                return false;
            }
            out->append(std::move(value));
        } while (take(u','));
        return take(u']');
    }

    /// Calls `member(key)` at every member; it reads the value and returns false to give up.
    template<typename MemberFn>
    bool readObject(MemberFn member)
    {
        if (!take(u'{')) {
            return false;
        }
        if (take(u'}')) {
            return true;
        }
        do {
            QString key;
            if (!readString(&key) || !take(u':') || !member(key)) {
                return false;
            }
        } while (take(u','));
        return take(u'}');
    }

    bool atEnd()
    {
        skipSpace();
        return m_at == m_text.size();
    }

    bool peek(char16_t c)
    {
        skipSpace();
        return m_at < m_text.size() && m_text[m_at] == c;
    }

    bool readString(QString *out)
    {
        if (!take(u'"')) {
            return false;
        }
        // Find the closing quote first, so that the text is allocated once at its size.
        qsizetype end = m_at;
        bool escaped = false;
        while (end < m_text.size() && m_text[end] != u'"') {
            if (m_text[end] == u'\\') {
                escaped = true;
                ++end;
            }
            ++end;
        }
        if (end >= m_text.size()) {
            return false;
        }
        if (!escaped) {
            const QStringView plain = m_text.sliced(m_at, end - m_at);
            if (std::any_of(plain.cbegin(), plain.cend(), [](QChar c) {
                    return c.unicode() < 0x20; // raw control characters are not JSON
                })) {
                return false;
            }
            if (out->isEmpty()) {
                *out = plain.toString();
            } else {
                out->append(plain);
            }
            m_at = end + 1;
            return true;
        }
        out->reserve(out->size() + (end - m_at));
        qsizetype plainFrom = m_at;
        while (m_at < m_text.size()) {
            const char16_t c = m_text[m_at].unicode();
            if (c == u'"') {
                out->append(m_text.mid(plainFrom, m_at - plainFrom));
                ++m_at;
                return true;
            }
            if (c < 0x20) {
                return false; // raw control characters are not JSON
            }
            if (c != u'\\') {
                ++m_at;
                continue;
            }
            out->append(m_text.mid(plainFrom, m_at - plainFrom));
            if (m_at + 1 >= m_text.size()) {
                return false;
            }
            const char16_t escape = m_text[m_at + 1].unicode();
            m_at += 2;
            switch (escape) {
            case u'"':
            case u'\\':
            case u'/':
                out->append(QChar(escape));
                break;
            case u'b':
                out->append(QChar(u'\b'));
                break;
            case u'f':
                out->append(QChar(u'\f'));
                break;
            case u'n':
                out->append(QChar(u'\n'));
                break;
            case u'r':
                out->append(QChar(u'\r'));
                break;
            case u't':
                out->append(QChar(u'\t'));
                break;
            case u'u': {
                bool ok = false;
                const uint code = m_at + 4 <= m_text.size() ? m_text.mid(m_at, 4).toUInt(&ok, 16) : 0;
                // Surrogates (pairs or not) are left to QJsonDocument.
                if (!ok || QChar::isSurrogate(code)) {
                    return false;
                }
                out->append(QChar(static_cast<char16_t>(code)));
                m_at += 4;
                break;
            }
            default:
                return false;
            }
            plainFrom = m_at;
        }
        return false;
    }

private:
    void skipSpace()
    {
        while (m_at < m_text.size()) {
            const char16_t c = m_text[m_at].unicode();
            if (c != u' ' && c != u'\n' && c != u'\r' && c != u'\t') {
                return;
            }
            ++m_at;
        }
    }

    bool take(char16_t c)
    {
        if (!peek(c)) {
            return false;
        }
        ++m_at;
        return true;
    }

    QStringView m_text;
    qsizetype m_at = 0;
};

} // namespace

const QString &EntryCodec::columns()
{
    // The long texts are read as their UTF-8 bytes (decode() converts them with
    // QVariant::toString()): QSQLITE asks SQLite for UTF-16, and SQLite's own
    // conversion was the largest single cost of loading 10,000 papers.
    static const QString list = QStringLiteral(
        "e.line, e.arxiv_version, e.title, e.authors, CAST(e.abstract AS BLOB), e.pdf_url, e.comment, e.links, "
        "CAST(e.summary_zh AS BLOB), CAST(e.takeaways_zh AS BLOB), CAST(e.structured AS BLOB), e.screenshots");
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
    {
        QStringList list;
        JsonReader reader(json);
        if (reader.readStringArray(&list) && reader.atEnd()) {
            return list;
        }
    }
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
    // Written only when there are some, so that the encoding (and the content
    // hash) of every other entry stays what it was before the member existed.
    if (!s.emptyItems.isEmpty()) {
        out += QLatin1Char(',');
        appendJsonString(out, KeyEmptyItems);
        out += QLatin1Char(':');
        appendJsonList(out, s.emptyItems);
    }
    out += QLatin1Char('}');
    return out;
}

StructuredSummary EntryCodec::decodeStructured(const QString &json)
{
    {
        StructuredSummary s;
        const std::array<std::pair<const QString *, QString *>, 7> texts = {{{&KeyTitleZh, &s.titleZh},
                                                                             {&KeyAuthors, &s.authors},
                                                                             {&KeyAffiliation, &s.affiliation},
                                                                             {&KeyUrls, &s.urls},
                                                                             {&KeySummary, &s.summary},
                                                                             {&KeyMethods, &s.methods},
                                                                             {&KeyConclusion, &s.conclusion}}};
        JsonReader reader(json);
        const bool read = reader.readObject([&](const QString &key) {
            if (key == KeyKeywords) {
                s.keywords.clear();
                return reader.readStringArray(&s.keywords);
            }
            if (key == KeyEmptyItems) {
                s.emptyItems.clear();
                return reader.readStringArray(&s.emptyItems);
            }
            if (!reader.peek(u'"')) {
                return false;
            }
            for (const auto &[name, field] : texts) {
                if (key == *name) {
                    field->clear();
                    return reader.readString(field);
                }
            }
            QString ignored;
            return reader.readString(&ignored);
        });
        if (read && reader.atEnd()) {
            return s;
        }
    }
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
    const QJsonArray emptyItems = object.value(KeyEmptyItems).toArray();
    for (const auto &value : emptyItems) {
        s.emptyItems.append(value.toString());
    }
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
