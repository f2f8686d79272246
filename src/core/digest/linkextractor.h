#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace PaperShelf::Core {

/// The arXiv identity carried by a URL.
struct ArxivLink
{
    QString id;      ///< "2401.11535" or old style "hep-th/9901001"; "" when the URL is not an arXiv paper
    int version = 0; ///< 0 when the URL names no version
};

/// Finds URLs in free text (abstracts, arXiv comments) and reads arXiv ids.
class LinkExtractor final
{
public:
    /// Reads `arxiv.org/abs/ID[vN]` and `arxiv.org/pdf/ID[vN][.pdf]`, http or https.
    static ArxivLink parseArxivUrl(QStringView url);

    /// URLs in order of appearance. Besides http(s) URLs this finds the
    /// scheme-less forms that arXiv comments use (`github.com/...`,
    /// `name.github.io/...`, `www....`), returned with "https://" in front.
    /// Trailing punctuation and unbalanced closing brackets are not part of a URL.
    static QStringList findUrls(QStringView text);

    /// Appends the URLs of `text` that are not arXiv links to `links`, skipping
    /// ones already present (compared without scheme, case and trailing slash).
    static void appendProjectLinks(QStringView text, QStringList &links);

private:
    static bool isUrlChar(QChar c);
    static qsizetype urlEnd(QStringView text, qsizetype from);
    static QString linkKey(QStringView url);
};

} // namespace PaperShelf::Core
