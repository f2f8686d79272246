#include "core/digest/digestparser.h"

#include "core/digest/entryparser.h"
#include "core/digest/frontmatterreader.h"
#include "core/digest/markdownline.h"
#include "core/digest/sourcetext.h"
#include "core/digest/textnormaliser.h"

namespace PaperShelf::Core {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Front-matter dates are "YYYY-MM-DD HH:MM:SS" or "YYYY-MM-DD"; anything
// else is reported rather than guessed.
QDate frontMatterDate(const QString &value)
{
    const QStringView v = TextNormaliser::trimmed(value);
    const QDate date = MarkdownLine::isoDateAt(v);
    if (!date.isValid()) {
        return {};
    }
    const QStringView time = TextNormaliser::trimmed(v.sliced(10));
    if (time.isEmpty()) {
        return date;
    }
    if ((time.size() == 8 || time.size() == 5) && isAsciiDigit(time[0]) && isAsciiDigit(time[1])
        && time[2] == QLatin1Char(':')) {
        return date;
    }
    return {};
}

// The last YYYY-MM-DD in the path: a dated file name is more specific than
// the dated folder it sits in.
QDate pathDate(QStringView path)
{
    QDate found;
    for (qsizetype i = 0; i + 10 <= path.size(); ++i) {
        if (i > 0 && isAsciiDigit(path[i - 1])) {
            continue;
        }
        const QDate date = MarkdownLine::isoDateAt(path.sliced(i));
        if (date.isValid()) {
            found = date;
            i += 9;
        }
    }
    return found;
}

} // namespace

ParsedDigest DigestParser::parse(const QByteArray &data, const QString &sourcePath)
{
    ParsedDigest digest;
    const SourceText source(data);
    if (!source.isText()) {
        digest.skipReason = QStringLiteral("not a text file (binary data)");
        return digest;
    }
    if (source.invalidUtf8Line() > 0) {
        digest.warnings.append({source.invalidUtf8Line(),
                                QStringLiteral("the file is not valid UTF-8; invalid bytes were replaced by U+FFFD")});
    }
    const QList<QStringView> &lines = source.lines();

    const FrontMatter frontMatter = FrontMatterReader::read(lines);
    if (frontMatter.present && !frontMatter.closed) {
        digest.warnings.append({frontMatter.openLine, QStringLiteral("front matter has no closing '---'")});
    } else if (frontMatter.firstBadLine > 0) {
        digest.warnings.append(
            {frontMatter.firstBadLine, QStringLiteral("front matter line is not a simple 'key: value'; skipped")});
    }
    digest.topic = TextNormaliser::normaliseWhitespace(frontMatter.title);
    digest.date = frontMatterDate(frontMatter.date);
    if (!frontMatter.date.isEmpty() && !digest.date.isValid()) {
        digest.warnings.append({0, QStringLiteral("front-matter date \"%1\" is not a date").arg(frontMatter.date)});
    }

    QList<qsizetype> headings;
    QDate headingDate;
    for (qsizetype i = frontMatter.bodyStart; i < lines.size(); ++i) {
        const QStringView line = lines[i];
        if (MarkdownLine::isPaperHeading(line)) {
            headings.append(i);
        } else if (!headingDate.isValid() && line.startsWith(QLatin1Char('#'))) {
            headingDate = MarkdownLine::updateHeadingDate(line);
        }
    }

    if (!digest.date.isValid()) {
        digest.date = headingDate.isValid() ? headingDate : pathDate(sourcePath);
    }

    // A digest is recognised by its paper sections, never by its category:
    // at least one "## title" whose next non-blank line is the Authors line.
    qsizetype papers = 0;
    for (qsizetype h = 0; h < headings.size() && papers == 0; ++h) {
        const qsizetype end = h + 1 < headings.size() ? headings[h + 1] : lines.size();
        qsizetype k = headings[h] + 1;
        while (k < end && TextNormaliser::isBlank(lines[k])) {
            ++k;
        }
        if (k < end && EntryParser::isAuthorsLine(lines[k])) {
            ++papers;
        }
    }
    if (papers == 0) {
        if (headings.isEmpty() && headingDate.isValid()) {
            digest.isDigest = true;
            digest.warnings.append({0, QStringLiteral("digest has no papers")});
            return digest;
        }
        digest.skipReason = QStringLiteral("no paper sections (## title followed by **Authors:**)");
        return digest;
    }

    digest.isDigest = true;
    digest.entries.reserve(headings.size());
    for (qsizetype h = 0; h < headings.size(); ++h) {
        const bool last = h + 1 == headings.size();
        const qsizetype end = last ? lines.size() : headings[h + 1];
        EntryResult result = EntryParser::parse(lines, headings[h], end, last);
        digest.warnings.append(result.warnings);
        if (result.keep) {
            digest.entries.append(std::move(result.entry));
        }
    }
    return digest;
}

} // namespace PaperShelf::Core
