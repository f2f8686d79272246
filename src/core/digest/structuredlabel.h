#pragma once

#include <QString>
#include <QStringView>

namespace PaperShelf::Core {

/// The eight canonical items of a ChatPaperFree summary, in their canonical
/// order (the enum value is the item number the prompt asked for).
enum class SummaryField {
    None = 0,
    TitleZh = 1,
    Authors = 2,
    Affiliation = 3,
    Keywords = 4,
    Urls = 5,
    Summary = 6,
    Methods = 7,
    Conclusion = 8,
};

/// A line recognised as the start of a structured-summary item.
struct LabelMatch
{
    bool valid = false;
    SummaryField field = SummaryField::None;
    int number = 0;         ///< item number written (or rendered) before the label, 0 if none
    QString value;          ///< text after the label on the same line, bold markers removed
    bool confident = false; ///< a common label in an item context (number, list item, bold, heading)
};

/// Recognises item labels such as `1. Title:`, `2. **作者**：`, `<li>第一作者单位：`,
/// `#### 标题` or a bare `结论：`, and maps the label text onto a field.
///
/// Labels are matched by their normalised text (case, spaces, bold markers and
/// parenthesised notes removed). How much evidence is required depends on the
/// context, because sub-points inside a value look like labels too:
/// * a numbered line or an `<ol>` item may use any label that names a field,
///   as long as its number is within one of the field's canonical number
///   (so "3. 研究方法：" inside a summary is a sub-point, "7. 研究方法：" an item);
/// * a bold label, a heading or a bare `label：` line must use one of the
///   common labels exactly (metadata fields also accept short variants);
/// * lines opening with `(1)`, `（1）` or a bullet are always sub-points.
/// `总结` is item 6 (summary) or item 8 (conclusion): the number decides, and
/// without a number it is a conclusion once a methods item has been seen.
class StructuredLabel final
{
public:
    static LabelMatch match(QStringView line, bool startsItem, int itemNumber, bool methodsSeen);

    /// Lower-cased label text without spaces, bold markers, angle brackets and
    /// parenthesised notes: "作者所属机构（中文翻译）" -> "作者所属机构", "<Methods>" -> "methods".
    static QString normaliseLabel(QStringView label);

    /// Field that a normalised label names, or None.
    static SummaryField classify(const QString &label, int number, bool methodsSeen);

    /// True for the label spellings common enough to be trusted without a number.
    static bool isCommonLabel(const QString &label);
};

} // namespace PaperShelf::Core
