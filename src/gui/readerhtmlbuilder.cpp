#include "gui/readerhtmlbuilder.h"

#include "core/digest/textfields.h"
#include "core/search/textquery.h"

#include <QStringList>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace PaperShelf::Gui {

namespace {

// A search match: background colour plus bold. The text colour is fixed too,
// so that the match stays readable on the light background in a dark theme.
constexpr auto HitOpen = "<span style=\"background-color:#ffe066; color:#1a1a1a; font-weight:bold;\">"_L1;
constexpr auto HitClose = "</span>"_L1;

// Spacing in pixels; font sizes in this file are relative (x-large, small,
// headings), never points, so that the reader's text zoom scales them too.
constexpr auto ParagraphStyle = "margin-top:0px; margin-bottom:8px;"_L1;
// Field text keeps its white space: one document position per character is
// what lets the reader map selections and highlights onto the field.
constexpr QStringView FieldStyle = u"line-height:130%; white-space:pre-wrap;";

constexpr auto SegmentPrefix = "papershelf-field:"_L1;

QString heading(const QString &text, int level)
{
    return u"<h%1 style=\"margin-top:10px; margin-bottom:4px;\">%2</h%1>"_s.arg(QString::number(level),
                                                                                text.toHtmlEscaped());
}

QString paragraph(const QString &html, QStringView extraStyle = {})
{
    return u"<p style=\"%1%2\">%3</p>"_s.arg(ParagraphStyle, extraStyle, html);
}

} // namespace

ReaderHtmlBuilder::ReaderHtmlBuilder(const Core::PaperDetails &paper, const QString &searchText, const QLocale &locale)
    : m_paper(paper)
    , m_highlighter(Core::TextQuery::parse(searchText))
    , m_locale(locale)
{
}

bool ReaderHtmlBuilder::isSafeLink(const QUrl &url)
{
    // QUrl lower-cases the scheme, so "HTTPS:" is accepted and "javascript:",
    // "file:", "data:" and relative URLs are not.
    return url.isValid() && !url.isRelative() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1)
        && !url.host().isEmpty();
}

QUrl ReaderHtmlBuilder::safeLink(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return isSafeLink(url) ? url : QUrl();
}

QUrl ReaderHtmlBuilder::arxivAbstractUrl(const QString &arxivId)
{
    if (arxivId.trimmed().isEmpty()) {
        return {};
    }
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"arxiv.org"_s);
    // Decoded mode: whatever the id holds is percent-encoded into the path and
    // cannot add a query, a fragment or another host.
    url.setPath(u"/abs/"_s + arxivId.trimmed(), QUrl::DecodedMode);
    return isSafeLink(url) ? url : QUrl();
}

QString ReaderHtmlBuilder::escaped(QStringView text)
{
    QString html = text.toString().toHtmlEscaped();
    html.remove(u'\r');
    html.replace(u'\n', "<br>"_L1);
    return html;
}

QString ReaderHtmlBuilder::segmentMarker(const QString &field, qsizetype start, qsizetype length)
{
    return SegmentPrefix + field + u':' + QString::number(start) + u':' + QString::number(length);
}

bool ReaderHtmlBuilder::parseSegmentMarker(const QString &name, QString *field, qsizetype *start, qsizetype *length)
{
    if (!name.startsWith(SegmentPrefix)) {
        return false;
    }
    // Field names contain no ':'; the two numbers follow the last two.
    const QStringList parts = name.sliced(SegmentPrefix.size()).split(u':');
    if (parts.size() != 3 || parts.at(0).isEmpty()) {
        return false;
    }
    bool startOk = false;
    bool lengthOk = false;
    *field = parts.at(0);
    *start = parts.at(1).toLongLong(&startOk);
    *length = parts.at(2).toLongLong(&lengthOk);
    return startOk && lengthOk && *start >= 0 && *length >= 0;
}

QString ReaderHtmlBuilder::segment(const QString &field, qsizetype start, QStringView text) const
{
    if (text.isEmpty()) {
        return {};
    }
    // The marker is an attribute value made of a known field name and two
    // numbers: nothing in it needs escaping, but escape it all the same.
    return u"<a name=\"%1\"></a>"_s.arg(segmentMarker(field, start, text.size()).toHtmlEscaped()) + highlighted(text);
}

QString ReaderHtmlBuilder::highlighted(QStringView text) const
{
    if (m_highlighter.isEmpty()) {
        return escaped(text);
    }
    QString html;
    qsizetype position = 0;
    for (const Core::TextRange &range : m_highlighter.find(text)) {
        // The ranges are sorted and disjoint; skip any that is not, rather
        // than slice outside the text.
        if (range.start < position || range.length <= 0 || range.start + range.length > text.size()) {
            continue;
        }
        html += escaped(text.sliced(position, range.start - position)) % HitOpen
              % escaped(text.sliced(range.start, range.length)) % HitClose;
        position = range.start + range.length;
    }
    html += escaped(text.sliced(position));
    return html;
}

QString ReaderHtmlBuilder::anchor(const QUrl &url, const QString &label) const
{
    // Fully encoded: no quote, angle bracket or space can end the attribute;
    // toHtmlEscaped() then takes care of '&'.
    return u"<a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), label.toHtmlEscaped());
}

QString ReaderHtmlBuilder::linksHtml() const
{
    QStringList items;
    const QUrl abstractUrl = arxivAbstractUrl(m_paper.arxivId);
    if (abstractUrl.isValid()) {
        items.append(anchor(abstractUrl, tr("arXiv")));
    }
    const QUrl pdfUrl = safeLink(m_paper.text.pdfUrl);
    if (pdfUrl.isValid()) {
        items.append(anchor(pdfUrl, tr("PDF")));
    }
    for (const QString &link : m_paper.text.links) {
        const QUrl url = safeLink(link);
        if (url.isValid()) {
            // The label shows where the link goes, not what the digest calls it.
            const QString label = url.host() + url.path(QUrl::FullyDecoded);
            items.append(anchor(url, label.endsWith(u'/') ? label.chopped(1) : label));
        } else {
            // Not a web link: shown, but never as an anchor.
            items.append(escaped(link));
        }
    }
    return items.join(" &nbsp;&middot;&nbsp; "_L1);
}

QString ReaderHtmlBuilder::headerHtml() const
{
    const Core::DigestEntry &text = m_paper.text;
    QString html;
    html += paragraph(highlighted(text.title), u"font-size:x-large; font-weight:bold;");
    if (!text.structured.titleZh.isEmpty()) {
        html += paragraph(highlighted(text.structured.titleZh), u"font-size:large;");
    }
    if (!text.authors.isEmpty()) {
        html += paragraph(highlighted(text.authors.join(u", "_s)));
    }

    QStringList facts;
    for (const Core::Appearance &appearance : m_paper.appearances) {
        facts.append(tr("%1 · %2").arg(m_locale.toString(appearance.date, QLocale::ShortFormat), appearance.topic));
    }
    if (!m_paper.arxivId.isEmpty()) {
        facts.append(m_paper.arxivVersion > 0
                         ? tr("arXiv:%1v%2").arg(m_paper.arxivId, QString::number(m_paper.arxivVersion))
                         : tr("arXiv:%1").arg(m_paper.arxivId));
    }
    if (!facts.isEmpty()) {
        QStringList escapedFacts;
        for (const QString &fact : std::as_const(facts)) {
            escapedFacts.append(escaped(fact));
        }
        html += paragraph(escapedFacts.join(" &nbsp;|&nbsp; "_L1), u"font-size:small;");
    }

    const QString links = linksHtml();
    if (!links.isEmpty()) {
        html += paragraph(links);
    }
    return html;
}

QString ReaderHtmlBuilder::englishHtml() const
{
    const Core::DigestEntry &text = m_paper.text;
    QString html = heading(tr("Abstract"), 3);
    if (text.abstract.isEmpty()) {
        html += paragraph(u"<i>%1</i>"_s.arg(tr("This digest has no abstract for this paper.").toHtmlEscaped()));
    } else {
        html += paragraph(segment(Core::TextFields::Abstract, 0, text.abstract), FieldStyle);
    }
    if (!text.comment.isEmpty()) {
        // The label is translated and escaped on its own; the comment is already HTML.
        html += paragraph(tr("Comment: %1").toHtmlEscaped().arg(highlighted(text.comment)), u"font-size:small;");
    }
    return html;
}

QString ReaderHtmlBuilder::chineseHtml() const
{
    const Core::DigestEntry &text = m_paper.text;
    const Core::StructuredSummary &structured = text.structured;
    QString html;
    if (!text.summaryZh.isEmpty()) {
        html += heading(tr("Summary"), 3)
              + paragraph(segment(Core::TextFields::SummaryZh, 0, text.summaryZh), FieldStyle);
    }
    if (!text.takeawaysZh.isEmpty()) {
        html += heading(tr("Key Takeaways"), 3) + u"<ul style=\"margin-top:0px;\">"_s;
        // The field's text is the items joined with '\n': each item is a segment of it.
        qsizetype start = 0;
        for (const QString &takeaway : text.takeawaysZh) {
            html += u"<li style=\"margin-bottom:4px; white-space:pre-wrap;\">"_s
                  + segment(Core::TextFields::TakeawaysZh, start, takeaway) + u"</li>"_s;
            start += takeaway.size() + 1;
        }
        html += u"</ul>"_s;
    }

    // The eight ChatPaperFree items, in the digest's order; empty ones are left
    // out. Those that are text fields are marked (with the field), the others not.
    struct Section
    {
        QString title;
        QString value;
        QString field;
    };

    const QList<Section> sections = {
        {tr("Title"), structured.titleZh, Core::TextFields::TitleZh},
        {tr("Authors"), structured.authors, {}},
        {tr("Affiliation"), structured.affiliation, {}},
        {tr("Keywords"), structured.keywords.join(u" · "_s), {}},
        {tr("Links"), structured.urls, {}},
        {tr("Summary"), structured.summary, Core::TextFields::StructuredSummary},
        {tr("Methods"), structured.methods, Core::TextFields::StructuredMethods},
        {tr("Conclusion"), structured.conclusion, Core::TextFields::StructuredConclusion},
    };
    QString structuredHtml;
    for (const Section &section : sections) {
        const QString value = section.value.trimmed();
        if (value.isEmpty()) {
            continue;
        }
        if (section.field.isEmpty()) {
            structuredHtml += heading(section.title, 4) + paragraph(highlighted(value), u"line-height:130%;");
        } else {
            // Shown trimmed: the segment starts after the leading white space.
            qsizetype start = 0;
            while (start < section.value.size() && section.value.at(start).isSpace()) {
                ++start;
            }
            structuredHtml += heading(section.title, 4) + paragraph(segment(section.field, start, value), FieldStyle);
        }
    }
    if (!structuredHtml.isEmpty()) {
        html += heading(tr("Structured Summary"), 3) + structuredHtml;
    }

    if (html.isEmpty()) {
        html = paragraph(u"<i>%1</i>"_s.arg(tr("This digest has no Chinese text for this paper.").toHtmlEscaped()));
    }
    return html;
}

} // namespace PaperShelf::Gui
