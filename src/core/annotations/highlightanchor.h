#pragma once

#include <QString>

namespace PaperShelf::Core {

/// Where a highlight sits in one text field: character offsets (UTF-16, as
/// QString counts) plus the quoted text, which is what anchors it when the
/// machine text changes on a re-import.
struct HighlightAnchor
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString quote;
    bool orphaned = false;

    friend bool operator==(const HighlightAnchor &, const HighlightAnchor &) = default;
};

/// Re-anchors highlights against a field's new text. The stored offsets win
/// when the quote is still there; otherwise the occurrence of the quote nearest
/// to the old start is taken; when the quote is gone the highlight is marked
/// orphaned and keeps its old offsets and quote (it is never deleted).
class HighlightAnchoring final
{
public:
    static HighlightAnchor reanchor(const HighlightAnchor &anchor, const QString &newText);

    /// True when `anchor` points at its quote in `text`.
    static bool matches(const HighlightAnchor &anchor, const QString &text);
};

} // namespace PaperShelf::Core
