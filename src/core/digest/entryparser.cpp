#include "core/digest/entryparser.h"

#include "core/digest/chinesenotesparser.h"
#include "core/digest/linkextractor.h"
#include "core/digest/markdownline.h"
#include "core/digest/structuredsummaryparser.h"
#include "core/digest/textnormaliser.h"

#include <QSet>

namespace PaperShelf::Core {

namespace {

bool isColon(QChar c)
{
    return c == QLatin1Char(':') || c == QChar(0xFF1A);
}

} // namespace

bool EntryParser::isAuthorsLine(QStringView line)
{
    const QStringView t = TextNormaliser::trimmed(line);
    if (!t.startsWith(u"**Authors", Qt::CaseInsensitive)) {
        return false;
    }
    QStringView rest = t.sliced(9);
    if (rest.startsWith(u"**")) {
        rest = rest.sliced(2);
    }
    return !rest.isEmpty() && isColon(rest.front());
}

QStringList EntryParser::splitAuthors(QStringView line)
{
    QStringView t = TextNormaliser::trimmed(line);
    if (t.startsWith(u"**Authors", Qt::CaseInsensitive)) {
        t = t.sliced(9);
        if (t.startsWith(u"**")) {
            t = t.sliced(2);
        }
        if (!t.isEmpty() && isColon(t.front())) {
            t = t.sliced(1);
        }
    }
    if (t.endsWith(u"**")) {
        t.chop(2);
    }
    QStringList authors;
    bool previousSingleWord = false;
    for (const QStringView fragment : t.split(QLatin1Char(','))) {
        const QString name = TextNormaliser::normaliseWhitespace(fragment);
        if (name.isEmpty()) {
            continue;
        }
        const bool doubleSpaced = fragment.size() >= 2 && fragment[0].isSpace() && fragment[1].isSpace();
        if (doubleSpaced && previousSingleWord && !authors.isEmpty()) {
            authors.last() += QLatin1Char(' ') + name;
            previousSingleWord = false;
            continue;
        }
        authors.append(name);
        previousSingleWord = !name.contains(QLatin1Char(' '));
    }
    return authors;
}

void EntryParser::readPdfLine(QStringView line, DigestEntry &entry)
{
    const QStringView t = TextNormaliser::trimmed(line);
    const qsizetype open = t.indexOf(u"](");
    if (open < 0) {
        return;
    }
    // The URL runs to the ')' that balances the link's '('.
    qsizetype close = -1;
    int depth = 0;
    for (qsizetype i = open + 2; i < t.size(); ++i) {
        if (t[i] == QLatin1Char('(')) {
            ++depth;
        } else if (t[i] == QLatin1Char(')')) {
            if (depth == 0) {
                close = i;
                break;
            }
            --depth;
        } else if (t[i].isSpace()) {
            close = i;
            break;
        }
    }
    if (close < 0) {
        close = t.size();
    }
    entry.pdfUrl = t.sliced(open + 2, close - open - 2).trimmed().toString();
    const qsizetype commentStart = std::min(t.size(), close + 1);
    entry.comment = TextNormaliser::normaliseWhitespace(t.sliced(commentStart));
    const ArxivLink arxiv = LinkExtractor::parseArxivUrl(entry.pdfUrl);
    entry.arxivId = arxiv.id;
    entry.arxivVersion = arxiv.version;
}

void EntryParser::collectScreenshots(QStringView line, QStringList &screenshots, QSet<QString> &seen)
{
    for (qsizetype at = line.indexOf(u"<img", 0, Qt::CaseInsensitive); at >= 0;
         at = line.indexOf(u"<img", at + 4, Qt::CaseInsensitive)) {
        const qsizetype tagEnd = line.indexOf(QLatin1Char('>'), at);
        const QStringView tag = line.sliced(at, (tagEnd < 0 ? line.size() : tagEnd) - at);
        const qsizetype src = tag.indexOf(u"src=", 0, Qt::CaseInsensitive);
        if (src < 0) {
            continue;
        }
        qsizetype begin = src + 4;
        qsizetype end = -1;
        if (begin < tag.size() && (tag[begin] == QLatin1Char('"') || tag[begin] == QLatin1Char('\''))) {
            end = tag.indexOf(tag[begin], begin + 1);
            ++begin;
        } else {
            end = begin;
            while (end < tag.size() && !tag[end].isSpace() && tag[end] != QLatin1Char('/')) {
                ++end;
            }
        }
        if (end < 0) {
            end = tag.size();
        }
        const QString url = tag.sliced(begin, end - begin).trimmed().toString();
        if (!url.isEmpty() && !seen.contains(url)) {
            seen.insert(url);
            screenshots.append(url);
        }
    }
}

EntryResult EntryParser::parse(const QList<QStringView> &lines, qsizetype begin, qsizetype end, bool lastInFile)
{
    EntryResult result;
    DigestEntry &entry = result.entry;
    entry.line = int(begin + 1);
    entry.title = TextNormaliser::normaliseWhitespace(lines[begin].sliced(2));

    // Locate the skeleton in one pass. Each marker counts only in its place:
    // the Authors line before the PDF line (a second one inside the LLM text
    // is not the paper's), the PDF line before ChatPaperFree, and the
    // structured block up to the first <details>.
    qsizetype authorsAt = -1;
    qsizetype pdfAt = -1;
    qsizetype chatAt = -1;
    qsizetype detailsAt = -1;
    bool detailsClosed = false;
    bool inDetails = false;
    QSet<QString> seenScreenshots;
    for (qsizetype k = begin + 1; k < end; ++k) {
        const QStringView t = TextNormaliser::trimmed(lines[k]);
        if (t.isEmpty()) {
            continue;
        }
        if (inDetails || t.startsWith(u"<details", Qt::CaseInsensitive)) {
            if (!inDetails && detailsAt < 0) {
                detailsAt = k;
            }
            inDetails = true;
            collectScreenshots(t, entry.screenshots, seenScreenshots);
            if (t.contains(u"</details>", Qt::CaseInsensitive)) {
                inDetails = false;
                detailsClosed = true;
            }
            continue;
        }
        if (chatAt >= 0) {
            continue;
        }
        if (t.startsWith(u"**[ChatPaperFree]")) {
            chatAt = k;
        } else if (pdfAt < 0 && t.startsWith(u"[PDF](")) {
            pdfAt = k;
        } else if (pdfAt < 0 && authorsAt < 0 && isAuthorsLine(t)) {
            authorsAt = k;
        }
    }

    const qsizetype abstractFrom = authorsAt >= 0 ? authorsAt + 1 : begin + 1;
    QStringList abstractLines;
    if (pdfAt >= 0) {
        for (qsizetype k = abstractFrom; k < pdfAt; ++k) {
            if (!TextNormaliser::isBlank(lines[k])) {
                abstractLines.append(TextNormaliser::trimmed(lines[k]).toString());
            }
        }
    } else {
        // Without a PDF line the abstract is the first paragraph after the authors.
        qsizetype k = abstractFrom;
        while (k < end && TextNormaliser::isBlank(lines[k])) {
            ++k;
        }
        for (; k < end && !TextNormaliser::isBlank(lines[k]); ++k) {
            if (MarkdownLine::boldHeader(lines[k]).valid || k == chatAt || k == detailsAt) {
                break;
            }
            abstractLines.append(TextNormaliser::trimmed(lines[k]).toString());
        }
    }
    entry.abstract = abstractLines.join(QLatin1Char(' '));

    const bool truncated = lastInFile && !detailsClosed;
    if (entry.title.isEmpty() || entry.abstract.isEmpty()) {
        const QString missing = entry.title.isEmpty() ? QStringLiteral("title") : QStringLiteral("abstract");
        result.warnings.append(
            {entry.line,
             truncated
                 ? QStringLiteral("the file looks truncated: the last entry has no %1 and was dropped").arg(missing)
                 : QStringLiteral("entry dropped: it has no %1").arg(missing)});
        return result;
    }
    if (truncated) {
        result.warnings.append({entry.line, QStringLiteral("the file looks truncated: the last entry is incomplete")});
    }

    if (authorsAt >= 0) {
        entry.authors = splitAuthors(lines[authorsAt]);
    }
    if (entry.authors.isEmpty()) {
        result.warnings.append({entry.line, QStringLiteral("entry has no **Authors:** line")});
    }
    if (pdfAt >= 0) {
        readPdfLine(lines[pdfAt], entry);
    }
    if (entry.arxivId.isEmpty()) {
        result.warnings.append({pdfAt >= 0 ? int(pdfAt + 1) : entry.line,
                                QStringLiteral("entry has no arXiv link; it is kept without an arXiv id")});
    }
    LinkExtractor::appendProjectLinks(entry.comment, entry.links);
    LinkExtractor::appendProjectLinks(entry.abstract, entry.links);

    const qsizetype notesFrom = pdfAt >= 0 ? pdfAt + 1 : abstractFrom;
    qsizetype notesTo = chatAt >= 0 ? chatAt : (detailsAt >= 0 ? detailsAt : end);
    if (notesTo < notesFrom) {
        notesTo = notesFrom;
    }
    const ChineseNotes notes = ChineseNotesParser::parse(lines.mid(notesFrom, notesTo - notesFrom));
    entry.summaryZh = notes.summary;
    entry.takeawaysZh = notes.takeaways;

    if (chatAt >= 0) {
        const qsizetype structuredTo = detailsAt > chatAt ? detailsAt : end;
        entry.structured = StructuredSummaryParser::parse(lines.mid(chatAt + 1, structuredTo - chatAt - 1));
    }
    result.keep = true;
    return result;
}

} // namespace PaperShelf::Core
