#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace PaperShelf::Core {

/// Small text helpers shared by the digest readers. Digests are written by an
/// LLM pipeline and carry zero-width spaces, NBSPs and arXiv line-wrap runs of
/// spaces, so every comparison and every stored value goes through these.
class TextNormaliser final
{
public:
    /// U+200B..U+200D, U+2060 and U+FEFF: invisible, never meaningful in a digest.
    static bool isZeroWidth(QChar c);

    /// True when the line holds only whitespace and zero-width characters
    /// (the corpus uses "U+200B + four spaces" as a blank separator line).
    static bool isBlank(QStringView line);

    /// Trims whitespace and zero-width characters at both ends.
    static QStringView trimmed(QStringView text);

    /// Collapses runs of whitespace (NBSP and tabs included) to one space,
    /// removes zero-width characters and trims.
    static QString normaliseWhitespace(QStringView text);

    /// Removes zero-width characters only (keeps indentation and line layout).
    static QString removeZeroWidth(QStringView text);

    /// Joins the lines of one paragraph: with a space between Latin words, with
    /// nothing where either side is CJK (a space would be wrong in Chinese).
    static QString joinParagraph(const QStringList &lines);

    /// Removes Markdown bold markers ("**") anywhere in the text.
    static QString removeBoldMarkers(QStringView text);

    /// True for CJK ideographs and full-width punctuation.
    static bool isCjk(QChar c);
};

} // namespace PaperShelf::Core
