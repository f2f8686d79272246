#include "syntheticlibrary.h"

#include <QDate>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace PaperShelf::Bench {

namespace {

constexpr int EnglishVocabulary = 20'000;
constexpr int ChineseVocabulary = 12'000;
constexpr int KeywordVocabulary = 5'000;
constexpr int TopicCount = 30;

// Pronounceable pseudo-words, distinct for distinct n.
QString syllableWord(quint64 n, int minSyllables)
{
    static const char *const onsets[] =
        {"b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "tr", "st", "pl"};
    static const char *const vowels[] = {"a", "e", "i", "o", "u", "ia", "eo"};
    QString word;
    int syllables = 0;
    do {
        word += QLatin1String(onsets[n % 16]);
        n /= 16;
        word += QLatin1String(vowels[n % 7]);
        n /= 7;
        ++syllables;
    } while (n > 0 || syllables < minSyllables);
    return word;
}

// A CJK character from the common block, spread by a multiplicative hash.
QChar hanzi(quint32 n)
{
    return QChar(static_cast<char16_t>(0x4E00 + (n * 2654435761U) % 3500));
}

} // namespace

ZipfSampler::ZipfSampler(int n, double exponent)
{
    m_cdf.reserve(static_cast<size_t>(n));
    double sum = 0;
    for (int i = 0; i < n; ++i) {
        sum += 1.0 / std::pow(i + 1, exponent);
        m_cdf.push_back(sum);
    }
    for (double &value : m_cdf) {
        value /= sum;
    }
}

int ZipfSampler::sample(std::mt19937_64 &rng) const
{
    const double u = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
    const auto it = std::lower_bound(m_cdf.begin(), m_cdf.end(), u);
    return static_cast<int>(std::min<ptrdiff_t>(it - m_cdf.begin(), static_cast<ptrdiff_t>(m_cdf.size()) - 1));
}

SyntheticLibrary::SyntheticLibrary(quint64 seed)
    : m_rng(seed)
    , m_englishZipf(EnglishVocabulary, 1.0)
    , m_chineseZipf(ChineseVocabulary, 1.0)
    , m_keywordZipf(KeywordVocabulary, 1.0)
    , m_topicZipf(TopicCount, 0.8)
{
    for (int i = 0; i < EnglishVocabulary; ++i) {
        m_englishWords.append(syllableWord(static_cast<quint64>(i), 2));
    }
    for (int i = 0; i < ChineseVocabulary; ++i) {
        const int length = 2 + (i % 3);
        QString word;
        for (int c = 0; c < length; ++c) {
            word += hanzi(static_cast<quint32>(i * 7 + c * 13 + 1));
        }
        m_chineseWords.append(word);
    }
    for (int i = 0; i < KeywordVocabulary; ++i) {
        // Half English phrases, half Chinese terms, as in the real digests.
        if (i % 2 == 0) {
            m_keywords.append(syllableWord(static_cast<quint64>(i) + 7'000, 2) + QLatin1Char(' ')
                              + syllableWord(static_cast<quint64>(i) * 3 + 11, 3));
        } else {
            m_keywords.append(m_chineseWords.at((i * 37) % ChineseVocabulary) + m_chineseWords.at(i % 991));
        }
    }
    for (int i = 0; i < TopicCount; ++i) {
        m_topics.append(QStringLiteral("Topic %1 %2").arg(i + 1).arg(syllableWord(static_cast<quint64>(i) + 300, 2)));
    }
    for (int i = 0; i < 2'000; ++i) {
        QString name = syllableWord(static_cast<quint64>(i) + 50'000, 2);
        name[0] = name.at(0).toUpper();
        m_surnames.append(name);
    }
}

QString SyntheticLibrary::englishText(int minChars)
{
    QString text;
    text.reserve(minChars + 32);
    int sentence = 0;
    while (text.size() < minChars) {
        QString word = m_englishWords.at(m_englishZipf.sample(m_rng));
        if (sentence == 0) {
            word[0] = word.at(0).toUpper();
        }
        text += word;
        if (++sentence > 12 && m_rng() % 5 == 0) {
            text += QStringLiteral(". ");
            sentence = 0;
        } else {
            text += QLatin1Char(' ');
        }
    }
    return text.trimmed() + QLatin1Char('.');
}

QString SyntheticLibrary::chineseText(int minChars)
{
    QString text;
    text.reserve(minChars + 8);
    int clause = 0;
    while (text.size() < minChars) {
        text += m_chineseWords.at(m_chineseZipf.sample(m_rng));
        if (++clause > 6 && m_rng() % 4 == 0) {
            text += m_rng() % 3 == 0 ? QStringLiteral("。") : QStringLiteral("，");
            clause = 0;
        }
    }
    return text + QStringLiteral("。");
}

QString SyntheticLibrary::title()
{
    QString text = englishText(70);
    text.chop(1);
    return text.left(90);
}

Core::DigestEntry SyntheticLibrary::paper(int index)
{
    Core::DigestEntry e;
    e.arxivId = QStringLiteral("%1.%2")
                    .arg(2400 + (index / 90'000) % 100, 4, 10, QLatin1Char('0'))
                    .arg(index % 90'000 + 10'000, 5, 10, QLatin1Char('0'));
    e.arxivVersion = 1 + static_cast<int>(m_rng() % 3 == 0);
    e.title = title();
    const int authors = 2 + static_cast<int>(m_rng() % 8);
    for (int a = 0; a < authors; ++a) {
        e.authors.append(m_surnames.at(static_cast<int>(m_rng() % 2'000)) + QLatin1Char(' ')
                         + m_surnames.at(static_cast<int>(m_rng() % 2'000)));
    }
    e.abstract = englishText(1'250);
    e.pdfUrl = QStringLiteral("http://arxiv.org/abs/%1v%2").arg(e.arxivId).arg(e.arxivVersion);
    e.comment = m_rng() % 2 == 0 ? QStringLiteral("12 pages, 5 figures") : QString();
    e.summaryZh = chineseText(60);
    const int takeaways = 3 + static_cast<int>(m_rng() % 7);
    for (int t = 0; t < takeaways; ++t) {
        e.takeawaysZh.append(chineseText(35));
    }
    // The structured summary's lengths follow the shared corpus (920 papers): per
    // paper about 42 characters of Chinese title, 69 of affiliation, 608 of
    // summary, 515 of methods and 428 of conclusion, 1,900 in all. Until
    // 2026-11-27 (seventh session) they were 1.4 times that, and a 100k library
    // 40 KB a paper against the corpus library's 27.6 KB.
    Core::StructuredSummary &s = e.structured;
    s.titleZh = chineseText(40);
    s.authors = e.authors.join(QStringLiteral(", "));
    s.affiliation = chineseText(64) + QStringLiteral("大学");
    const int keywords = 3 + static_cast<int>(m_rng() % 8);
    QSet<int> chosen;
    while (chosen.size() < keywords) {
        chosen.insert(m_keywordZipf.sample(m_rng));
    }
    for (const int k : std::as_const(chosen)) {
        s.keywords.append(m_keywords.at(k));
    }
    s.urls = QStringLiteral("https://arxiv.org/abs/%1, Github: None").arg(e.arxivId);
    s.summary = QStringLiteral("(1) 研究背景：") + chineseText(145) + QStringLiteral("\n(2) 过去的方法：")
              + chineseText(145) + QStringLiteral("\n(3) 研究方法：") + chineseText(145)
              + QStringLiteral("\n(4) 性能：") + chineseText(125);
    s.methods = QStringLiteral("(1) ") + chineseText(170) + QStringLiteral("\n(2) ") + chineseText(170)
              + QStringLiteral("\n(3) ") + chineseText(150);
    s.conclusion = QStringLiteral("(1) 意义：") + chineseText(150) + QStringLiteral("\n(2) 创新点：") + chineseText(140)
                 + QStringLiteral("\n性能：") + chineseText(110);
    const int screenshots = 1 + static_cast<int>(m_rng() % 10);
    for (int i = 0; i < screenshots; ++i) {
        e.screenshots.append(QStringLiteral("https://picx.zhimg.com/v2-%1.jpg")
                                 .arg(QString::number(m_rng(), 16).rightJustified(16, QLatin1Char('0'))));
    }
    return e;
}

QList<Core::ParsedDigest> SyntheticLibrary::day(int dayIndex, int firstPaper, int count)
{
    const QDate date = QDate(2020, 1, 1).addDays(dayIndex);
    QMap<int, Core::ParsedDigest> byTopic;
    for (int i = 0; i < count; ++i) {
        const Core::DigestEntry entry = paper(firstPaper + i);
        const int topicCount = 1 + static_cast<int>(m_rng() % 10 == 0) + static_cast<int>(m_rng() % 20 == 0);
        QSet<int> topics;
        while (topics.size() < topicCount) {
            topics.insert(m_topicZipf.sample(m_rng));
        }
        for (const int topic : std::as_const(topics)) {
            Core::ParsedDigest &digest = byTopic[topic];
            if (!digest.isDigest) {
                digest.isDigest = true;
                digest.topic = m_topics.at(topic);
                digest.date = date;
            }
            Core::DigestEntry copy = entry;
            copy.line = 30 + 60 * static_cast<int>(digest.entries.size());
            digest.entries.append(copy);
        }
    }
    return byTopic.values();
}

QList<Core::DigestEntry> SyntheticLibrary::papers(int first, int count)
{
    QList<Core::DigestEntry> entries;
    entries.reserve(count);
    for (int i = 0; i < count; ++i) {
        entries.append(paper(first + i));
    }
    return entries;
}

QString SyntheticLibrary::toMarkdown(const Core::ParsedDigest &digest)
{
    const QString date = digest.date.toString(Qt::ISODate);
    QString md = QStringLiteral(
                     "\n---\ntitle: %1\ndate: %2 08:00:00\nauthor: Bench\ncategories: Paper\ntags:\n    - %1\n"
                     "keywords: %1\n---\n\n# %2 更新\n\n")
                     .arg(digest.topic, date);
    for (const Core::DigestEntry &e : digest.entries) {
        md += QStringLiteral("## %1\n\n**Authors:%2**\n\n%3 \n\n[PDF](%4) %5\n\n**Summary**\n%6\n\n**Key Takeaways**\n")
                  .arg(e.title, e.authors.join(QStringLiteral(", ")), e.abstract, e.pdfUrl, e.comment, e.summaryZh);
        for (const QString &takeaway : e.takeawaysZh) {
            md += QStringLiteral("- ") + takeaway + QLatin1Char('\n');
        }
        const Core::StructuredSummary &s = e.structured;
        md += QStringLiteral(
                  "\n**[ChatPaperFree](https://huggingface.co/spaces/Kedreamix/ChatPaperFree)**\n\n"
                  "1. Title: %1\n\n2. Authors: %2\n\n3. Affiliation: %3\n\n4. Keywords: %4\n\n5. Urls: %5\n\n"
                  "6. Summary:\n\n%6\n\n7. Methods:\n\n%7\n\n8. Conclusion:\n\n%8\n\n<details>\n"
                  "  <summary>点此查看论文截图</summary>\n")
                  .arg(s.titleZh,
                       s.authors,
                       s.affiliation,
                       s.keywords.join(QStringLiteral(", ")),
                       s.urls,
                       s.summary,
                       s.methods,
                       s.conclusion);
        for (const QString &url : e.screenshots) {
            md += QStringLiteral("<img src=\"%1\" align=\"middle\">\n").arg(url);
        }
        md += QStringLiteral("</details>\n\n");
    }
    return md;
}

} // namespace PaperShelf::Bench
