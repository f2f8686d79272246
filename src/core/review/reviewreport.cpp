#include "core/review/reviewreport.h"

#include "core/export/csvexporter.h"
#include "core/review/segmentfields.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace PaperShelf::Core {

namespace {

// Every ASCII punctuation character that means something to CommonMark or GFM
// somewhere inside a line: emphasis, code, links and images, HTML and entities,
// table cells, strikethrough, headings' closing #, footnotes, math in renderers
// that have it. All of them may be backslash-escaped (CommonMark 2.4).
constexpr std::array<char16_t, 19> MarkdownSpecial =
    {u'\\', u'`', u'*', u'_', u'{', u'}', u'[', u']', u'<', u'>', u'(', u')', u'#', u'!', u'|', u'~', u'&', u'$', u'^'};

bool listed(const ReviewSegment &segment, ReviewReportScope scope)
{
    return scope == ReviewReportScope::All || segment.state != ReviewState::Unreviewed;
}

QStringList checkIds(const ReviewSegment &segment)
{
    QStringList ids;
    for (const Finding &finding : segment.findings) {
        if (!ids.contains(finding.check)) {
            ids.append(finding.check);
        }
    }
    return ids;
}

/// The last entry of a segment's history (nullptr without history).
const ReviewHistoryEntry *lastChange(const ReviewReportPaper &paper, const ReviewSegment &segment)
{
    const auto found = paper.history.constFind(segment.id);
    return found == paper.history.constEnd() || found->isEmpty() ? nullptr : &found->constLast();
}

QString isoTime(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QString yesNo(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

// Markdown is for people and follows the interface language; CSV headers and
// values are fixed identifiers for tools (yesNo()).
QString translatedYesNo(bool value)
{
    return value ? ReviewReport::tr("yes") : ReviewReport::tr("no");
}

/// "summary_zh", or "takeaways_zh[2]" for a key takeaway (numbered from 0, as in the CSV).
QString segmentName(const ReviewSegment &segment)
{
    return segment.field == SegmentFields::Takeaway ? u"%1[%2]"_s.arg(segment.field).arg(segment.index) : segment.field;
}

} // namespace

std::optional<ReviewReportFormat> ReviewReport::formatFromName(QStringView name)
{
    if (name == u"markdown") {
        return ReviewReportFormat::Markdown;
    }
    if (name == u"csv") {
        return ReviewReportFormat::Csv;
    }
    return std::nullopt;
}

QString ReviewReport::render(ReviewReportFormat format, const QList<ReviewReportPaper> &papers, ReviewReportScope scope)
{
    return format == ReviewReportFormat::Csv ? csv(papers, scope) : markdown(papers, scope);
}

QString ReviewReport::markdownText(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\r' || c == u'\n') {
            // One break for CRLF; the cell or heading stays one line.
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
                ++i;
            }
            out += u"<br>"_s;
            continue;
        }
        if (c.unicode() < 0x80
            && std::find(MarkdownSpecial.begin(), MarkdownSpecial.end(), c.unicode()) != MarkdownSpecial.end()) {
            out += u'\\';
        }
        out += c;
    }
    return out;
}

QString ReviewReport::markdown(const QList<ReviewReportPaper> &papers, ReviewReportScope scope)
{
    std::array<int, 4> counts = {}; // by ReviewState
    int segments = 0;
    QString body;
    int listedPapers = 0;
    for (const ReviewReportPaper &paper : papers) {
        QString section;
        for (const ReviewSegment &segment : paper.segments) {
            if (!listed(segment, scope)) {
                continue;
            }
            ++segments;
            ++counts.at(static_cast<size_t>(segment.state));
            const ReviewHistoryEntry *last = lastChange(paper, segment);
            const QString lastText = last ? u"%1, %2"_s.arg(markdownText(last->reviewer), isoTime(last->at))
                                          : QString();
            const QList<std::pair<QString, QString>> rows = {
                {tr("State"), reviewStateName(segment.state)},
                {tr("Checks"), markdownText(checkIds(segment).join(u", "_s))},
                {tr("Last change"), lastText},
                {tr("Before"), markdownText(segment.machineText)},
                {tr("After"), markdownText(segment.effectiveText())},
                {tr("Flag reason"), markdownText(segment.flagReason)},
                {tr("Source changed"), translatedYesNo(segment.sourceChanged)},
                {tr("In the current digest"), translatedYesNo(segment.present)},
            };
            section += u"\n### "_s + markdownText(segmentName(segment))
                     + u"\n\n| %1 | %2 |\n| --- | --- |\n"_s.arg(tr("Item"), tr("Value"));
            for (const auto &[item, value] : rows) {
                section += u"| %1 | %2 |\n"_s.arg(item, value);
            }
        }
        if (section.isEmpty()) {
            continue;
        }
        ++listedPapers;
        body += u"\n## "_s + markdownText(paper.title) + u" ("_s + markdownText(paper.paperId) + u")\n"_s + section;
    }

    QString out = u"# %1\n\n"_s.arg(tr("Review report"));
    if (segments == 0) {
        return out
             + (scope == ReviewReportScope::All ? tr("No segments in the selected papers.")
                                                : tr("No review work in the selected papers."))
             + u'\n';
    }
    QStringList states;
    for (const ReviewState state :
         {ReviewState::Approved, ReviewState::Corrected, ReviewState::Flagged, ReviewState::Unreviewed}) {
        if (scope == ReviewReportScope::All || state != ReviewState::Unreviewed) {
            states.append(u"%1 %2"_s.arg(counts.at(static_cast<size_t>(state))).arg(reviewStateName(state)));
        }
    }
    out += tr("%1 segment(s) of %2 paper(s): %3.").arg(segments).arg(listedPapers).arg(states.join(u", "_s)) + u'\n';
    return out + body;
}

QString ReviewReport::csv(const QList<ReviewReportPaper> &papers, ReviewReportScope scope)
{
    static const QString crlf = u"\r\n"_s;
    QString out = u"paper_id,title,field,index,state,checks,reviewer,reviewed_at,before,after,flag_reason,"
                  "source_changed,present"_s
                + crlf;
    for (const ReviewReportPaper &paper : papers) {
        for (const ReviewSegment &segment : paper.segments) {
            if (!listed(segment, scope)) {
                continue;
            }
            const ReviewHistoryEntry *last = lastChange(paper, segment);
            const QStringList cells = {
                CsvExporter::field(paper.paperId),
                CsvExporter::field(paper.title),
                CsvExporter::field(segment.field),
                QString::number(segment.index),
                reviewStateName(segment.state),
                CsvExporter::field(checkIds(segment).join(u"; "_s)),
                last ? CsvExporter::field(last->reviewer) : QString(),
                last ? isoTime(last->at) : QString(),
                CsvExporter::field(segment.machineText),
                CsvExporter::field(segment.effectiveText()),
                CsvExporter::field(segment.flagReason),
                yesNo(segment.sourceChanged),
                yesNo(segment.present),
            };
            out += cells.join(u',') + crlf;
        }
    }
    return out;
}

} // namespace PaperShelf::Core
