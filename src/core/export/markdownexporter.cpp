#include "core/export/markdownexporter.h"

#include "core/export/exportfields.h"

#include <QStringList>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace PaperShelf::Core {

namespace {

constexpr QStringView chatPaperLine = u"**[ChatPaperFree](https://huggingface.co/spaces/Kedreamix/ChatPaperFree)**";
constexpr QStringView screenshotsSummary = u"  <summary>点此查看论文截图</summary>";
constexpr QStringView continuationIndent = u"    ";

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

qsizetype runLength(QStringView text, QChar c)
{
    qsizetype n = 0;
    while (n < text.size() && text[n] == c) {
        ++n;
    }
    return n;
}

bool spaceOrEndAt(QStringView text, qsizetype i)
{
    return i >= text.size() || text[i] == u' ';
}

// Length of a leading ordered-list marker ("12." or "3)" before a space or the
// end of the line), 0 when there is none.
qsizetype orderedMarkerLength(QStringView line)
{
    qsizetype digits = 0;
    while (digits < line.size() && digits < 9 && isAsciiDigit(line[digits])) {
        ++digits;
    }
    if (digits == 0 || digits >= line.size() || (line[digits] != u'.' && line[digits] != u')')) {
        return 0;
    }
    return spaceOrEndAt(line, digits + 1) ? digits + 1 : 0;
}

// True when the line is only one of `-`, `*`, `_`, `=` (and spaces): a
// thematic break, or a setext underline turning the line above into a heading.
bool isRuleLine(QStringView line)
{
    const QChar first = line.isEmpty() ? QChar() : line.front();
    if (first != u'-' && first != u'*' && first != u'_' && first != u'=') {
        return false;
    }
    for (const QChar c : line) {
        if (c != first && c != u' ') {
            return false;
        }
    }
    return true;
}

QString escapeRun(QStringView line, qsizetype length)
{
    QString out;
    for (qsizetype i = 0; i < length; ++i) {
        out += u'\\';
        out += line[i];
    }
    return out + line.sliced(length);
}

// Markers that matter inside a structured-summary value: those that could end
// the numbered item, open a heading or a link, or turn the line above into a
// heading. Bullets and bold are kept, because sub-points legitimately use them.
QString escapeContinuationStart(QStringView line)
{
    if (line.startsWith(u'#') || line.startsWith(u'[')) {
        return escapeRun(line, 1);
    }
    if (const qsizetype marker = orderedMarkerLength(line); marker > 0) {
        return line.first(marker - 1) + u'\\' + line.sliced(marker - 1);
    }
    if (isRuleLine(line) || runLength(line, u'`') >= 3 || runLength(line, u'~') >= 3) {
        return escapeRun(line, 1);
    }
    return line.toString();
}

QString escapeBlockStart(QStringView line)
{
    if (line.isEmpty()) {
        return {};
    }
    const QChar first = line.front();
    if (first == u'#' || first == u'>' || first == u'[' || first == u'=') {
        return escapeRun(line, 1);
    }
    if (first == u'*' || first == u'-' || first == u'+') {
        // "**Authors", "---", "- item", "* item"; "-based" is left alone.
        const qsizetype run = runLength(line, first);
        if (run >= 2 || spaceOrEndAt(line, 1)) {
            return escapeRun(line, run);
        }
    }
    if ((first == u'_' || first == u'`' || first == u'~') && runLength(line, first) >= 3) {
        return escapeRun(line, runLength(line, first));
    }
    return escapeContinuationStart(line);
}

QString escapeUrl(QStringView url, QStringView unsafe)
{
    QString out;
    for (const QChar c : ExportFields::singleLine(url)) {
        if (c == u' ' || unsafe.contains(c)) {
            out += u'%' + QString::number(int(c.unicode()), 16).toUpper().rightJustified(2, u'0');
        } else {
            out += c;
        }
    }
    return out;
}

// YAML plain scalars may not start with an indicator or contain ": " / " #";
// such a value is single-quoted (valid YAML, and the importer strips quotes).
QString yamlScalar(const QString &value)
{
    QString line = ExportFields::singleLine(value);
    static const QString indicators = u"-?:,[]{}#&*!|>'\"%@`"_s;
    const bool quote = line.isEmpty() || indicators.contains(line.front()) || line.contains(u": "_s)
                    || line.contains(u" #"_s) || line.endsWith(u':');
    if (!quote) {
        return line;
    }
    line.replace(u"'"_s, u"''"_s);
    return u'\'' + line + u'\'';
}

QString pdfUrl(const PaperDetails &paper)
{
    if (paper.arxivId.isEmpty()) {
        // Parentheses and spaces would end the Markdown link target early.
        return escapeUrl(paper.text.pdfUrl, u"()<>");
    }
    const QString version = paper.arxivVersion > 0 ? u'v' + QString::number(paper.arxivVersion) : QString();
    return u"http://arxiv.org/abs/"_s + paper.arxivId + version;
}

// One numbered item; the first non-empty line of the value stays on the label
// line, the others follow indented so that they stay inside the list item.
QString structuredItem(int number, QStringView label, QStringView value)
{
    QStringList lines;
    for (const QStringView raw : value.split(u'\n')) {
        const QString line = MarkdownExporter::inlineText(raw);
        if (!line.isEmpty()) {
            lines.append(line);
        }
    }
    if (lines.isEmpty()) {
        return {};
    }
    QString out = QString::number(number) + u". "_s + label + u": "_s + lines.constFirst() + u'\n';
    for (qsizetype i = 1; i < lines.size(); ++i) {
        out += continuationIndent + escapeContinuationStart(lines[i]) + u'\n';
    }
    return out;
}

QString structuredBlock(const StructuredSummary &s)
{
    // Keywords are one line: the importer splits that line on commas.
    QStringList keywords;
    for (const QString &keyword : s.keywords) {
        if (const QString word = ExportFields::singleLine(keyword); !word.isEmpty()) {
            keywords.append(word);
        }
    }
    const std::array<std::pair<QStringView, QString>, 8> items = {{
        {u"Title", s.titleZh},
        {u"Authors", s.authors},
        {u"Affiliation", s.affiliation},
        {u"Keywords", keywords.join(u", "_s)},
        {u"Urls", s.urls},
        {u"Summary", s.summary},
        {u"Methods", s.methods},
        {u"Conclusion", s.conclusion},
    }};
    QString out;
    int number = 1; // the canonical item number, also for items that follow a gap
    for (const auto &[label, value] : items) {
        out += structuredItem(number++, label, value);
    }
    return out;
}

QString paperSection(const PaperDetails &paper)
{
    const DigestEntry &text = paper.text;
    QString title = MarkdownExporter::inlineText(text.title);
    if (title.isEmpty()) {
        title = MarkdownExporter::inlineText(paper.id); // an empty heading would not be read as a paper
    }
    QString out = u"## "_s + title + u"\n\n"_s;

    QStringList authors;
    for (const QString &author : text.authors) {
        QString name = MarkdownExporter::inlineText(author);
        name.replace(u"*"_s, u"\\*"_s); // a `**` inside a name would close the bold line early
        if (!name.isEmpty()) {
            authors.append(name);
        }
    }
    out += u"**Authors:"_s + authors.join(u", "_s) + u"**\n\n"_s;

    if (const QString abstract = MarkdownExporter::blockText(text.abstract); !abstract.isEmpty()) {
        out += abstract + u"\n\n"_s;
    }

    out += u"[PDF]("_s + pdfUrl(paper) + u')';
    if (const QString comment = MarkdownExporter::inlineText(text.comment); !comment.isEmpty()) {
        out += u' ' + comment;
    }
    out += u"\n\n"_s;

    if (const QString summary = MarkdownExporter::blockText(text.summaryZh); !summary.isEmpty()) {
        out += u"**Summary**\n"_s + summary + u"\n\n"_s;
    }

    QString takeaways;
    for (const QString &item : text.takeawaysZh) {
        if (const QString line = MarkdownExporter::blockText(item); !line.isEmpty()) {
            takeaways += u"- "_s + line + u'\n';
        }
    }
    if (!takeaways.isEmpty()) {
        out += u"**Key Takeaways**\n"_s + takeaways + u'\n';
    }

    out += chatPaperLine + u"\n\n"_s;
    if (const QString structured = structuredBlock(text.structured); !structured.isEmpty()) {
        out += structured + u'\n';
    }

    out += u"<details>\n"_s + screenshotsSummary + u'\n';
    for (const Screenshot &screenshot : paper.screenshots) {
        if (const QString url = escapeUrl(screenshot.url, u"\"<>"); !url.isEmpty()) {
            out += u"<img src=\""_s + url + u"\" align=\"middle\">\n"_s;
        }
    }
    return out + u"</details>\n"_s;
}

} // namespace

QString MarkdownExporter::inlineText(QStringView text)
{
    const QString line = ExportFields::singleLine(text);
    QString out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar next = i + 1 < line.size() ? line[i + 1] : QChar();
        const bool opensTag = next.unicode() < 0x80
                           && (next.isLetter() || next == u'/' || next == u'!' || next == u'?');
        if (line[i] == u'<' && opensTag) {
            out += u"&lt;";
        } else {
            out += line[i];
        }
    }
    return out;
}

QString MarkdownExporter::blockText(QStringView text)
{
    return escapeBlockStart(inlineText(text));
}

QString MarkdownExporter::exportPapers(const QList<PaperDetails> &papers, const QString &title, QDate date)
{
    const QString day = date.toString(Qt::ISODate);
    const QString topic = yamlScalar(title);
    QString out = u"---\n"_s;
    out += u"title: "_s + topic + u'\n';
    out += u"date: "_s + day + u" 00:00:00\n"_s;
    out += u"tags:\n    - "_s + topic + u'\n';
    out += u"categories: Paper\n---\n\n"_s;
    out += u"# "_s + day + u" 更新\n"_s;
    for (const PaperDetails &paper : papers) {
        out += u'\n' + paperSection(paper);
    }
    return out;
}

} // namespace PaperShelf::Core
