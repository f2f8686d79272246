#include "core/digest/frontmatterreader.h"

#include "core/digest/textnormaliser.h"

namespace PaperShelf::Core {

namespace {

bool isDelimiter(QStringView line)
{
    return TextNormaliser::trimmed(line) == u"---";
}

// Lines that cannot be YAML but open every digest body: headings, the
// disclaimer quote, bold lines, links and HTML. Digests never use YAML comments,
// so a '#' line is a heading.
bool isBodyLine(QStringView line)
{
    if (line.isEmpty() || line.front().isSpace()) {
        return false;
    }
    const QChar c = line.front();
    return c == QLatin1Char('#') || c == QLatin1Char('>') || c == QLatin1Char('[') || c == QLatin1Char('<')
        || line.startsWith(u"**");
}

bool isKeyChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-');
}

} // namespace

FrontMatter FrontMatterReader::read(const QList<QStringView> &lines)
{
    FrontMatter fm;
    // Almost every real digest starts with an empty line before `---`, so
    // leading blank lines are allowed; any other text means "no front matter".
    qsizetype open = 0;
    while (open < lines.size() && TextNormaliser::isBlank(lines[open])) {
        ++open;
    }
    if (open >= lines.size() || !isDelimiter(lines[open])) {
        return fm;
    }
    fm.present = true;
    fm.openLine = int(open + 1);

    QString listKey; // key whose block list is being read, "" when none
    for (qsizetype i = open + 1; i < lines.size(); ++i) {
        const QStringView line = lines[i];
        if (isDelimiter(line)) {
            fm.closed = true;
            fm.bodyStart = int(i + 1);
            return fm;
        }
        const QStringView trimmedLine = TextNormaliser::trimmed(line);
        if (trimmedLine.isEmpty()) {
            continue;
        }
        if (isBodyLine(line)) {
            // The front matter ran into the body without its closing `---`.
            // Stopping here keeps a later `---` (a horizontal rule) from being
            // taken for the delimiter and swallowing the first entries.
            fm.bodyStart = int(i);
            return fm;
        }
        if (trimmedLine.startsWith(QLatin1Char('-')) && (trimmedLine.size() == 1 || trimmedLine[1].isSpace())) {
            if (listKey == u"tags") {
                const QString tag = unquote(trimmedLine.sliced(1));
                if (!tag.isEmpty()) {
                    fm.tags.append(tag);
                }
            } else if (listKey.isEmpty() && fm.firstBadLine == 0) {
                fm.firstBadLine = int(i + 1);
            }
            continue;
        }
        qsizetype k = 0;
        while (k < line.size() && isKeyChar(line[k])) {
            ++k;
        }
        const bool isKeyValue = k > 0 && k < line.size() && line[k] == QLatin1Char(':')
                             && (k + 1 == line.size() || line[k + 1].isSpace());
        if (!isKeyValue) {
            // Indented text after a key is a YAML continuation line; tolerate it.
            if (!line.front().isSpace() && fm.firstBadLine == 0) {
                fm.firstBadLine = int(i + 1);
            }
            continue;
        }
        const QString key = line.first(k).toString().toLower();
        const QString value = unquote(line.sliced(k + 1));
        listKey = value.isEmpty() ? key : QString();
        if (key == u"title") {
            fm.title = value;
        } else if (key == u"date") {
            fm.date = value;
        } else if (key == u"tags" && value.startsWith(QLatin1Char('[')) && value.endsWith(QLatin1Char(']'))) {
            // Flow form: tags: [a, b]
            const QStringView inner = QStringView(value).sliced(1, value.size() - 2);
            for (const QStringView part : inner.split(QLatin1Char(','))) {
                const QString tag = unquote(part);
                if (!tag.isEmpty()) {
                    fm.tags.append(tag);
                }
            }
        } else if (key == u"tags" && !value.isEmpty()) {
            fm.tags.append(value);
        }
    }
    // No closing delimiter and no body: everything after `---` was read as YAML.
    fm.bodyStart = int(open + 1);
    return fm;
}

QString FrontMatterReader::unquote(QStringView value)
{
    QStringView v = TextNormaliser::trimmed(value);
    if (v.size() >= 2
        && ((v.front() == QLatin1Char('"') && v.back() == QLatin1Char('"'))
            || (v.front() == QLatin1Char('\'') && v.back() == QLatin1Char('\'')))) {
        v = v.sliced(1, v.size() - 2);
    }
    return v.trimmed().toString();
}

} // namespace PaperShelf::Core
