#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace PaperShelf::Core {

/// What the YAML front matter of a digest holds, as far as PaperShelf needs it.
struct FrontMatter
{
    bool present = false; ///< an opening `---` was found before any other text
    bool closed = false;  ///< ... and a closing `---`
    int openLine = 0;     ///< 1-based line of the opening `---`
    int bodyStart = 0;    ///< 0-based index of the first body line
    int firstBadLine = 0; ///< 0-based index + 1 of the first line that is not simple YAML, 0 if none
    QString title;
    QString date; ///< raw value; the caller decides which formats it accepts
    QStringList tags;
};

/// Reads Hexo-style front matter: `key: value` scalars and block lists
/// (`tags:` followed by `- item` lines). Anything richer is not needed, so it
/// is not parsed: such lines are reported through FrontMatter::firstBadLine.
/// An unclosed front matter ends at the first line that is clearly Markdown
/// body (heading, quote, bold, link, HTML); the keys read before it are kept.
class FrontMatterReader final
{
public:
    static FrontMatter read(const QList<QStringView> &lines);

private:
    static QString unquote(QStringView value);
};

} // namespace PaperShelf::Core
