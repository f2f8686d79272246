#pragma once

#include "core/digest/digestentry.h"

#include <QList>
#include <QStringView>

namespace PaperShelf::Core {

/// Maps the ChatPaperFree block of one entry (the lines between the
/// `**[ChatPaperFree](...)**` marker and `<details>`) onto StructuredSummary.
///
/// The block is read line by line in every form it takes (HTML lists,
/// HTML paragraphs with bare numbers, Markdown numbered lists, unnumbered
/// text): HTML is flattened first, then each line either opens an item (see
/// StructuredLabel) or continues the current one. Text before the first
/// item is LLM chatter and is dropped. Other deliberate choices:
/// * a label naming a field that was already filled earlier in the block
///   reopens it only when it clearly opens an item (a common label that is
///   numbered, bold, a heading or an `<li>`); otherwise the line is a
///   sub-point of the current item ("3. 关键词提取：" inside the methods);
/// * a repeated label of the current item continues it, so both copies of a
///   duplicated "结论" item are kept (a repeated label with no text is dropped);
/// * whole lines of assistant chatter ("好的，…", "希望…对您有帮助",
///   "Please refer to relevant websites…") and the "Paper:1" heading left by
///   the generating tool are dropped wherever they occur;
/// * the tool's "Some Error for method" paragraph ends the current item and
///   leaves the methods field empty;
/// * values keep one line per sub-point; bullets, heading hashes and bold
///   markers are removed, unknown tags such as `<Methods>` stay as text.
class StructuredSummaryParser final
{
public:
    static StructuredSummary parse(const QList<QStringView> &lines);

    /// Splits a keywords value on 、，,;；· and line breaks; trims, drops
    /// empty items and removes duplicates case-insensitively.
    static QStringList splitKeywords(QStringView value);

private:
    static bool isChatter(QStringView text);
    static bool isRenderingArtifact(QStringView text);
    static bool isRule(QStringView text);
    static QString cleanValueLine(QStringView text);
};

} // namespace PaperShelf::Core
