#include "core/annotations/highlightanchor.h"

#include <QStringView>

namespace PaperShelf::Core {

bool HighlightAnchoring::matches(const HighlightAnchor &anchor, const QString &text)
{
    if (anchor.quote.isEmpty() || anchor.start < 0 || anchor.length != anchor.quote.size()) {
        return false;
    }
    if (anchor.start + anchor.length > text.size()) {
        return false;
    }
    return QStringView(text).mid(anchor.start, anchor.length) == anchor.quote;
}

HighlightAnchor HighlightAnchoring::reanchor(const HighlightAnchor &anchor, const QString &newText)
{
    HighlightAnchor result = anchor;
    if (matches(anchor, newText)) {
        result.orphaned = false;
        return result;
    }
    if (anchor.quote.isEmpty()) {
        result.orphaned = true;
        return result;
    }
    // Nearest occurrence to the old start: scan every match once.
    qsizetype best = -1;
    qsizetype bestDistance = 0;
    for (qsizetype at = newText.indexOf(anchor.quote); at >= 0; at = newText.indexOf(anchor.quote, at + 1)) {
        const qsizetype distance = at > anchor.start ? at - anchor.start : anchor.start - at;
        if (best < 0 || distance < bestDistance) {
            best = at;
            bestDistance = distance;
        }
        if (at > anchor.start) {
            break; // later matches are only further away
        }
    }
    if (best < 0) {
        result.orphaned = true;
        return result;
    }
    result.start = best;
    result.length = anchor.quote.size();
    result.orphaned = false;
    return result;
}

} // namespace PaperShelf::Core
