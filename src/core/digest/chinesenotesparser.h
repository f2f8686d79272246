#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace PaperShelf::Core {

/// The machine notes of one entry that sit between the PDF line and the
/// ChatPaperFree marker.
struct ChineseNotes
{
    QString summary;       ///< one-line summary, bold markers removed, lines joined
    QStringList takeaways; ///< list items under the takeaways header, markers removed
};

/// Reads the Chinese one-line summary and the key takeaways. Both are found by
/// their bold headers rather than by their wording, because the wording drifts
/// (`**Summary**`, `**摘要：**`, `**概述**`; `**Key Takeaways**`, `**要点**`, ...):
/// the first bold-only line is the summary header unless it names takeaways,
/// the text after it (on the same line, the next line or after a blank line)
/// is the summary even when the LLM wrapped it in bold, and the next bold-only
/// line is the takeaways header. Under it only list items count; intro and
/// closing sentences around the list are not takeaways, indented lines right
/// under an item continue it.
class ChineseNotesParser final
{
public:
    static ChineseNotes parse(const QList<QStringView> &lines);

    /// True for header tokens that announce takeaways ("Key Takeaways", "要点", "关键见解"...).
    static bool isTakeawaysToken(QStringView token);

private:
    static QStringList parseList(const QList<QStringView> &lines, qsizetype from);
};

} // namespace PaperShelf::Core
