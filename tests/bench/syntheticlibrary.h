#pragma once

#include "core/digest/digestentry.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <random>
#include <vector>

namespace PaperShelf::Bench {

/// Samples indices 0..n-1 with probability proportional to 1/(i+1)^s.
class ZipfSampler final
{
public:
    ZipfSampler(int n, double exponent);
    int sample(std::mt19937_64 &rng) const;

private:
    std::vector<double> m_cdf;
};

/// Generates realistic digests: ~80-character titles, ~1,300-character English
/// abstracts, ~3,000 Chinese characters per paper, 3-10 keywords from a
/// Zipf-distributed vocabulary of 5,000, 1-3 of 30 topics, 1-10 screenshot URLs.
/// Deterministic for a given seed.
class SyntheticLibrary final
{
public:
    explicit SyntheticLibrary(quint64 seed);

    /// The digests of one synthetic day holding papers [firstPaper, firstPaper + count):
    /// one digest per topic used that day; a paper with several topics appears in several.
    QList<Core::ParsedDigest> day(int dayIndex, int firstPaper, int count);

    /// A digest as Markdown in the published format (for import benchmarks).
    static QString toMarkdown(const Core::ParsedDigest &digest);

    /// Papers [first, first + count) on their own, without digests (for the checks benchmark).
    QList<Core::DigestEntry> papers(int first, int count);

    const QStringList &topics() const { return m_topics; }

private:
    QString englishText(int minChars);
    QString chineseText(int minChars);
    QString title();
    Core::DigestEntry paper(int index);

    std::mt19937_64 m_rng;
    QStringList m_englishWords;
    QStringList m_chineseWords;
    QStringList m_keywords;
    QStringList m_topics;
    QStringList m_surnames;
    ZipfSampler m_englishZipf;
    ZipfSampler m_chineseZipf;
    ZipfSampler m_keywordZipf;
    ZipfSampler m_topicZipf;
};

} // namespace PaperShelf::Bench
