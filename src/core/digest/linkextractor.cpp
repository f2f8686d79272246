#include "core/digest/linkextractor.h"

#include <QList>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace PaperShelf::Core {

namespace {

struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool needsScheme = false;
};

bool isHostChar(QChar c)
{
    return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.'));
}

// Hosts that arXiv comments often write without a scheme. Matching stays
// this narrow so that file names such as "model.pt" are never taken for links.
constexpr std::array schemelessMarkers = {u"github.io", u"github.com/", u"gitlab.com/", u"huggingface.co/", u"www."};

// DNS names are at most 253 characters; looking further back is pointless.
constexpr qsizetype maxHostLength = 253;

} // namespace

ArxivLink LinkExtractor::parseArxivUrl(QStringView url)
{
    ArxivLink link;
    const qsizetype host = url.indexOf(u"arxiv.org/", 0, Qt::CaseInsensitive);
    if (host < 0) {
        return link;
    }
    QStringView rest = url.sliced(host + 10);
    if (rest.startsWith(u"abs/", Qt::CaseInsensitive) || rest.startsWith(u"pdf/", Qt::CaseInsensitive)) {
        rest = rest.sliced(4);
    } else {
        return link;
    }
    qsizetype i = 0;
    const auto digitsAt = [&rest](qsizetype from) {
        qsizetype k = from;
        while (k < rest.size() && rest[k].isDigit() && rest[k].unicode() < 0x80) {
            ++k;
        }
        return k - from;
    };
    // New style YYMM.NNNNN (4 or 5 digits after the dot).
    const qsizetype head = digitsAt(0);
    if (head == 4 && rest.size() > 4 && rest[4] == QLatin1Char('.')) {
        const qsizetype tail = digitsAt(5);
        if (tail < 4 || tail > 5) {
            return link;
        }
        i = 5 + tail;
    } else {
        // Old style archive[.XX]/NNNNNNN, e.g. hep-th/9901001 or math.GT/0309136.
        qsizetype k = 0;
        while (k < rest.size() && (rest[k].isLetter() || rest[k] == QLatin1Char('-') || rest[k] == QLatin1Char('.'))
               && rest[k].unicode() < 0x80) {
            ++k;
        }
        if (k == 0 || k >= rest.size() || rest[k] != QLatin1Char('/') || digitsAt(k + 1) != 7) {
            return link;
        }
        i = k + 8;
    }
    link.id = rest.first(i).toString();
    if (i < rest.size() && (rest[i] == QLatin1Char('v') || rest[i] == QLatin1Char('V'))) {
        const qsizetype n = digitsAt(i + 1);
        if (n > 0 && n < 4) {
            link.version = rest.sliced(i + 1, n).toInt();
        }
    }
    return link;
}

bool LinkExtractor::isUrlChar(QChar c)
{
    if (c.unicode() >= 0x80 || c.isSpace()) {
        return false;
    }
    switch (c.unicode()) {
    case u'<':
    case u'>':
    case u'"':
    case u'\'':
    case u'`':
    case u'{':
    case u'}':
    case u'|':
    case u'\\':
    case u'^':
    case u'[':
    case u']':
        return false;
    default:
        return true;
    }
}

qsizetype LinkExtractor::urlEnd(QStringView text, qsizetype from)
{
    qsizetype end = from;
    qsizetype opened = 0;
    qsizetype closed = 0;
    while (end < text.size() && isUrlChar(text[end])) {
        opened += text[end] == QLatin1Char('(') ? 1 : 0;
        closed += text[end] == QLatin1Char(')') ? 1 : 0;
        ++end;
    }
    // Sentence punctuation after a URL belongs to the sentence; a ')' belongs
    // to the URL only when the URL opened a '(' itself (Wikipedia style).
    while (end > from) {
        const QChar last = text[end - 1];
        if (QStringView(u".,;:!?*_~").contains(last)) {
            --end;
            continue;
        }
        if (last == QLatin1Char(')') && closed > opened) {
            --closed;
            --end;
            continue;
        }
        break;
    }
    return end;
}

QStringList LinkExtractor::findUrls(QStringView text)
{
    QList<Span> spans;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('h') && c != QLatin1Char('H')) {
            continue;
        }
        const QStringView at = text.sliced(i);
        qsizetype schemeLength = 0;
        if (at.startsWith(u"https://", Qt::CaseInsensitive)) {
            schemeLength = 8;
        } else if (at.startsWith(u"http://", Qt::CaseInsensitive)) {
            schemeLength = 7;
        } else {
            continue;
        }
        const qsizetype end = urlEnd(text, i);
        if (end > i + schemeLength) {
            spans.append(Span{i, end, false});
        }
        i = std::max(i, end - 1);
    }

    // http(s) spans are already sorted; binary search keeps this linear-ish
    // even for a pathological single-line abstract full of URLs.
    const auto coveredByScheme = [&spans](qsizetype pos) {
        const auto it = std::upper_bound(spans.cbegin(), spans.cend(), pos, [](qsizetype p, const Span &span) {
            return p < span.begin;
        });
        return it != spans.cbegin() && pos < std::prev(it)->end;
    };
    QList<Span> schemeless;
    for (const char16_t *marker : schemelessMarkers) {
        const QStringView needle(marker);
        // "name.github.io" needs a name in front; the other markers start a host.
        const bool needsName = needle == u"github.io";
        for (qsizetype from = 0; from < text.size();) {
            const qsizetype at = text.indexOf(needle, from, Qt::CaseInsensitive);
            if (at < 0) {
                break;
            }
            from = at + 1;
            qsizetype begin = at;
            while (begin > 0 && at - begin < maxHostLength && isHostChar(text[begin - 1])) {
                --begin;
            }
            if ((needsName && begin == at) || coveredByScheme(begin)) {
                continue;
            }
            // A host glued to a path or an e-mail address is not a link of its own.
            if (begin > 0 && (text[begin - 1] == QLatin1Char('/') || text[begin - 1] == QLatin1Char('@'))) {
                continue;
            }
            const qsizetype end = urlEnd(text, begin);
            if (end >= at + needle.size()) {
                schemeless.append(Span{begin, end, true});
                // Later hits inside this URL are part of it; skipping them keeps
                // the scan linear.
                from = std::max(from, end);
            }
        }
    }
    std::sort(schemeless.begin(), schemeless.end(), [](const Span &a, const Span &b) {
        return a.begin < b.begin;
    });
    qsizetype lastEnd = -1;
    for (const Span &span : std::as_const(schemeless)) {
        if (span.begin >= lastEnd) {
            spans.append(span);
            lastEnd = span.end;
        }
    }

    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.begin < b.begin;
    });
    QStringList urls;
    urls.reserve(spans.size());
    for (const Span &span : spans) {
        const QStringView url = text.sliced(span.begin, span.end - span.begin);
        urls.append(span.needsScheme ? u"https://"_s + url : url.toString());
    }
    return urls;
}

QString LinkExtractor::linkKey(QStringView url)
{
    QStringView key = url;
    if (key.startsWith(u"https://", Qt::CaseInsensitive)) {
        key = key.sliced(8);
    } else if (key.startsWith(u"http://", Qt::CaseInsensitive)) {
        key = key.sliced(7);
    }
    while (key.endsWith(QLatin1Char('/'))) {
        key.chop(1);
    }
    return key.toString().toLower();
}

void LinkExtractor::appendProjectLinks(QStringView text, QStringList &links)
{
    if (!text.contains(QLatin1Char('.'))) {
        return;
    }
    QSet<QString> keys;
    for (const QString &link : std::as_const(links)) {
        keys.insert(linkKey(link));
    }
    for (const QString &url : findUrls(text)) {
        if (url.contains(u"arxiv.org", Qt::CaseInsensitive)) {
            continue;
        }
        const QString key = linkKey(url);
        if (!keys.contains(key)) {
            keys.insert(key);
            links.append(url);
        }
    }
}

} // namespace PaperShelf::Core
