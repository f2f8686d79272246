#include "core/export/digestwriter.h"

#include "core/digest/digestparser.h"
#include "core/digest/textnormaliser.h"

#include <QStringList>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace PaperShelf::Core {

namespace {

constexpr QChar zeroWidthSpace = QChar(0x200B);
constexpr QStringView chatPaperLine = u"**[ChatPaperFree](https://huggingface.co/spaces/Kedreamix/ChatPaperFree)**";
constexpr QStringView subPointIndent = u"    ";

// Our own words: the digest is machine text that a reviewer may have corrected.
constexpr QStringView disclaimer =
    u">⚠️ 以下中文内容由机器生成，部分经人工审校修改，仅供参考。\n"
    u">⚠️ The Chinese text below is machine-written; parts were corrected in review. Exported by PaperShelf.\n";

// One-line fields lose their line breaks and runs of spaces in the parser anyway.
QString oneLine(QStringView text)
{
    return TextNormaliser::normaliseWhitespace(text);
}

// For fields the parser reads with zero-width characters removed (title,
// authors, comment, summary, takeaways): a U+200B after a `<` that opens a tag
// keeps it text for a Markdown renderer and for the `<details` marker, and one
// between two stars keeps `**` from being read (and removed) as bold.
QString defang(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        out.append(c);
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        const bool opensTag = c == u'<'
                           && ((next.unicode() < 0x80 && next.isLetter()) || next == u'/' || next == u'!'
                               || next == u'?');
        if (opensTag || (c == u'*' && next == u'*')) {
            out.append(zeroWidthSpace);
        }
    }
    return out;
}

// A line of its own must not start with `#`: `## ` would open a new paper.
QString guardLineStart(const QString &line)
{
    return line.startsWith(u'#') ? zeroWidthSpace + line : line;
}

// Front-matter values are unquoted once by the reader (no escapes): a value
// that itself starts and ends with one quote character gets another pair.
QString yamlValue(const QString &value)
{
    static const QString indicators = u"-?:,[]{}#&*!|>'\"%@`"_s;
    const bool needsQuotes = !value.isEmpty()
                          && (indicators.contains(value.front()) || value.contains(u": "_s) || value.contains(u" #"_s)
                              || value.endsWith(u':'));
    if (!needsQuotes) {
        return value;
    }
    if (!value.contains(u'\'')) {
        return u'\'' + value + u'\'';
    }
    if (!value.contains(u'"') && !value.contains(u'\\')) {
        return u'"' + value + u'"';
    }
    // Both quote characters inside: plain is the only form the reader keeps.
    return value;
}

// HTML that the structured block decodes: `&` and `<` as entities.
QString structuredText(QStringView line)
{
    QString out;
    out.reserve(line.size() + 8);
    for (const QChar c : line) {
        if (c == u'&') {
            out.append(u"&amp;");
        } else if (c == u'<') {
            out.append(u"&lt;");
        } else {
            out.append(c);
        }
    }
    return out;
}

// The lines of a structured value as the parser keeps them: trimmed, bold
// markers and zero-width characters removed, empty lines dropped.
QStringList valueLines(QStringView value)
{
    QStringList lines;
    for (const QStringView raw : value.split(u'\n')) {
        const QString line = TextNormaliser::removeZeroWidth(TextNormaliser::removeBoldMarkers(raw)).trimmed();
        if (!line.isEmpty()) {
            lines.append(line);
        }
    }
    return lines;
}

bool isDashesOnly(QStringView line)
{
    for (const QChar c : line) {
        if (c != u'-' && !c.isSpace()) {
            return false;
        }
    }
    return true;
}

QString structuredItem(int number, QStringView label, const QStringList &lines, const QStringList &emptyItems)
{
    if (lines.isEmpty()) {
        // A label with no text is kept as such (StructuredSummary::emptyItems).
        return emptyItems.contains(StructuredSummary::itemName(number))
                 ? QString::number(number) + u". "_s + label + u":\n"_s
                 : QString();
    }
    QString out = QString::number(number) + u". "_s + label + u": "_s + structuredText(lines.constFirst()) + u'\n';
    for (qsizetype i = 1; i < lines.size(); ++i) {
        // "- ---" would be a rule (dropped); "+ " is a bullet the parser strips too.
        const QStringView bullet = isDashesOnly(lines[i]) ? u"+ " : u"- ";
        out += subPointIndent + bullet + structuredText(lines[i]) + u'\n';
    }
    return out;
}

QString structuredBlock(const StructuredSummary &s)
{
    // Keywords share one line: the parser splits it on commas.
    QStringList keywords;
    for (const QString &keyword : s.keywords) {
        const QString word = oneLine(TextNormaliser::removeBoldMarkers(keyword));
        if (!word.isEmpty()) {
            keywords.append(word);
        }
    }
    const std::array<std::pair<QStringView, QStringList>, 8> items = {{
        {u"Title", valueLines(s.titleZh)},
        {u"Authors", valueLines(s.authors)},
        {u"Affiliation", valueLines(s.affiliation)},
        {u"Keywords", keywords.isEmpty() ? QStringList() : QStringList{keywords.join(u", "_s)}},
        {u"Urls", valueLines(s.urls)},
        {u"Summary", valueLines(s.summary)},
        {u"Methods", valueLines(s.methods)},
        {u"Conclusion", valueLines(s.conclusion)},
    }};
    QString out;
    int number = 1; // the canonical item number, also after a gap
    for (const auto &[label, lines] : items) {
        out += structuredItem(number++, label, lines, s.emptyItems);
    }
    return out;
}

QString screenshotTag(const QString &url)
{
    const QChar quote = url.contains(u'"') ? u'\'' : u'"';
    return u"<img src="_s + quote + url + quote + u" align=\"middle\">\n"_s;
}

QString entrySection(const DigestEntry &entry)
{
    QString out = u"## "_s + defang(oneLine(entry.title)) + u"\n\n"_s;

    QStringList authors;
    for (const QString &author : entry.authors) {
        if (const QString name = defang(oneLine(author)); !name.isEmpty()) {
            authors.append(name);
        }
    }
    out += u"**Authors:"_s + authors.join(u", "_s) + u"**\n\n"_s;

    // The parser keeps the abstract's characters as they are (it only trims its
    // lines), so nothing is escaped here but a leading `#`.
    QStringList abstractLines;
    for (const QStringView line : QStringView(entry.abstract).split(u'\n')) {
        if (const QStringView t = TextNormaliser::trimmed(line); !t.isEmpty()) {
            abstractLines.append(t.toString());
        }
    }
    if (!abstractLines.isEmpty()) {
        out += guardLineStart(abstractLines.join(u' ')) + u"\n\n"_s;
    }

    out += u"[PDF]("_s + entry.pdfUrl + u')';
    if (const QString comment = defang(oneLine(entry.comment)); !comment.isEmpty()) {
        out += u' ' + comment;
    }
    out += u"\n\n"_s;

    if (const QString summary = oneLine(entry.summaryZh); !summary.isEmpty()) {
        out += u"**Summary**\n"_s + guardLineStart(defang(summary)) + u"\n\n"_s;
    }
    QString takeaways;
    for (const QString &item : entry.takeawaysZh) {
        if (const QString line = oneLine(item); !line.isEmpty()) {
            takeaways += u"- "_s + defang(line) + u'\n';
        }
    }
    if (!takeaways.isEmpty()) {
        out += u"**Key Takeaways**\n"_s + takeaways + u'\n';
    }

    out += chatPaperLine + u"\n\n"_s;
    if (const QString structured = structuredBlock(entry.structured); !structured.isEmpty()) {
        out += structured + u'\n';
    }

    out += u"<details>\n  <summary>点此查看论文截图</summary>\n"_s;
    for (const QString &url : entry.screenshots) {
        if (const QString trimmed = url.trimmed(); !trimmed.isEmpty()) {
            out += screenshotTag(trimmed);
        }
    }
    return out + u"</details>\n"_s;
}

} // namespace

QString DigestWriter::write(const QString &topic, QDate date, const QList<DigestEntry> &entries)
{
    const QString title = oneLine(topic);
    const QString day = date.isValid() ? date.toString(Qt::ISODate) : QString();
    QString out = u"---\n"_s;
    out += u"title: "_s + yamlValue(title) + u'\n';
    if (!day.isEmpty()) {
        out += u"date: "_s + day + u" 00:00:00\n"_s;
    }
    if (!title.isEmpty()) {
        out += u"tags:\n    - "_s + yamlValue(title) + u'\n';
    }
    out += u"categories: Paper\n---\n\n"_s;
    out += disclaimer + u'\n';
    if (!day.isEmpty()) {
        out += u"# "_s + day + u" 更新\n"_s;
    }
    for (const DigestEntry &entry : entries) {
        out += u'\n' + entrySection(entry);
    }
    return out;
}

DigestEntry DigestWriter::normalise(const DigestEntry &entry)
{
    const ParsedDigest parsed = DigestParser::parse(write(QString(), QDate(), {entry}).toUtf8(), QString());
    if (parsed.entries.size() != 1) {
        return entry; // no title or no abstract: the parser would drop it whatever is written
    }
    DigestEntry normalised = parsed.entries.constFirst();
    normalised.line = entry.line;
    return normalised;
}

QString DigestWriter::fileName(const QString &topic)
{
    QString name = oneLine(topic);
    for (QChar &c : name) {
        if (QStringView(u"/\\:*?\"<>|").contains(c) || c.unicode() < 0x20) {
            c = u'_';
        }
    }
    if (name.isEmpty() || name.startsWith(u'.')) {
        name.prepend(u"digest");
    }
    return name + u".md"_s;
}

} // namespace PaperShelf::Core
