#pragma once

#include "core/review/reviewtypes.h"

#include <QList>
#include <QStringView>

#include <utility>

namespace PaperShelf::Core {

/// The checks that look at the Chinese text alone (ReviewChecker runs them and
/// decides which apply to which field). Each appends its findings to `out`,
/// with spans into `text`. Patterns were tuned on the real digests: they aim
/// at what the generator actually leaves behind, with few false alarms.
class TextChecks final
{
public:
    /// Template fill-ins: xxx/XX, bracketed fill-ins ([领域], 【作者】, <论文标题>),
    /// 作者名/作者1/单位名称/某某, and a value that is only an item label.
    static void placeholder(QStringView text, QList<Finding> *out);
    /// A whole field that says "none" (None, N/A, 未提供, 无, possibly after a
    /// "label:"), and sentences claiming the abstract does not give the answer;
    /// in `metadata` fields (authors, affiliation, keywords, urls) also any
    /// "not given" or "cannot provide".
    static void nonAnswer(QStringView text, bool metadata, QList<Finding> *out);
    /// Preambles, closings, offers, apologies and "as an AI" remarks (whole sentences).
    static void chatter(QStringView text, QList<Finding> *out);
    /// Instructions of the generation prompt echoed back.
    static void promptLeak(QStringView text, QList<Finding> *out);
    /// The generator's error message (whole line).
    static void toolError(QStringView text, QList<Finding> *out);
    /// Python/JSON list or dict syntax: ['a', 'b'], ["a"; "b"].
    static void serializedList(QStringView text, QList<Finding> *out);
    /// Mostly Latin letters where Chinese was due. Links and the spans of the
    /// `covered` findings (chatter, leaks: reported already) are not counted.
    static void untranslated(QStringView text, const QList<Finding> &covered, QList<Finding> *out);
    /// A text that ends mid-sentence (comma, 的/和/与, open bracket, hyphen, or a
    /// Latin word that is only the start of a word of `englishWords`).
    static void truncated(QStringView text, QStringView englishWords, QList<Finding> *out);

    /// True for a text with nothing to say: blank, or only dashes, dots or ellipses.
    static bool isEmptyText(QStringView text);
    /// The sentence around [start, end): from after the previous 。！？!? or line
    /// break to the next one (inclusive), trimmed.
    static std::pair<qsizetype, qsizetype> sentenceAround(QStringView text, qsizetype start, qsizetype end);
};

} // namespace PaperShelf::Core
