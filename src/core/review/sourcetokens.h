#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace PaperShelf::Core {

/// The tokens the source checks compare between the Chinese text and the
/// English side of an entry: measured numbers, links and arXiv ids, and name
/// parts. Each kind has one normal form (a key) so that the same thing written
/// differently compares equal ("1,000" = "1000", "35 %" = "35%", "2.5x" = "2.5倍",
/// "HTTPS://GitHub.com/A/b/" = "github.com/a/b").
class SourceTokens final
{
public:
    /// A token found in a text: its span [start, end) and its keys (any one
    /// present on the other side counts as a match).
    struct Token
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QStringList keys;
    };

    /// Numbers of the Chinese text that carry a unit, a percent sign, a magnitude
    /// suffix or a metric name, or thousands separators ("35%", "2.5倍", "10 dB",
    /// "FID 3.2", "100k", "1,000"). Numbers that belong to a name (GPT-4, NeRF2,
    /// 3DGS, v1.5) are not measured numbers and are skipped.
    static QList<Token> measuredNumbers(QStringView text);
    /// Adds the keys of every number of the English `text` (digits, including
    /// scaled forms such as 100K = 100000, and number words such as "twice").
    static void addNumberKeys(QStringView text, QSet<QString> *keys);

    /// Links (http(s), www., bare github.com/… and similar) and arXiv ids of `text`.
    /// The key of a link is its normal form; the key of an arXiv link or id is
    /// "arxiv:" + the id without version.
    static QList<Token> links(QStringView text);
    /// True when `key` (a links() key) is an arXiv id key.
    static bool isArxivKey(QStringView key);
    /// The normal form of a link: no scheme, no "www.", lower-case host (and path
    /// on GitHub, whose paths ignore case), no ".git", no trailing slash or punctuation.
    static QString normaliseLink(QStringView link);

    /// Latin name parts of `text`, accents removed and case-folded ("José
    /// García-Pérez" -> jose, garcia, perez, garciaperez); CJK and other scripts skipped.
    static QStringList nameParts(QStringView text);
    /// The letters and digits of `text`, accents removed and case-folded
    /// ("3D-HGS" -> 3dhgs, "$C^{3}$-NeRF" -> c3nerf), for "contains this name" tests.
    static QString foldName(QStringView text);
};

} // namespace PaperShelf::Core
