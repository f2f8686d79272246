#include "core/digest/entryparser.h"
#include "core/digest/frontmatterreader.h"
#include "core/digest/htmltext.h"
#include "core/digest/linkextractor.h"
#include "core/digest/markdownline.h"
#include "core/digest/sourcetext.h"
#include "core/digest/structuredlabel.h"
#include "core/digest/structuredsummaryparser.h"
#include "core/digest/textnormaliser.h"

#include <QtTest>

using namespace PaperShelf::Core;
using namespace Qt::Literals::StringLiterals;

// The building blocks of the digest parser, one table each. The parser-level
// behaviour on whole files is in tst_digestparser.cpp.
class TestDigestParts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalisesWhitespace_data();
    void normalisesWhitespace();
    void splitsLines_data();
    void splitsLines();
    void locatesInvalidUtf8();
    void readsFrontMatter_data();
    void readsFrontMatter();
    void recognisesBoldHeaders_data();
    void recognisesBoldHeaders();
    void recognisesListItems_data();
    void recognisesListItems();
    void splitsAuthors_data();
    void splitsAuthors();
    void parsesArxivUrls_data();
    void parsesArxivUrls();
    void findsUrls_data();
    void findsUrls();
    void flattensHtml();
    void decodesEntities_data();
    void decodesEntities();
    void classifiesLabels_data();
    void classifiesLabels();
    void splitsKeywords_data();
    void splitsKeywords();
};

void TestDigestParts::normalisesWhitespace_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("arXiv wrap run") << u"Neural   Fields"_s << u"Neural Fields"_s;
    QTest::newRow("NBSP and tab") << u"A\u00A0B\tC"_s << u"A B C"_s;
    QTest::newRow("zero-width removed") << u"\u200BZero\u200Cwidth\u200D\uFEFF"_s << u"Zerowidth"_s;
    QTest::newRow("zero-width between spaces") << u"A \u200B B"_s << u"A B"_s;
    QTest::newRow("LaTeX untouched") << u" $\\mathcal{O}(n)$ "_s << u"$\\mathcal{O}(n)$"_s;
    QTest::newRow("only blanks") << u" \u200B\u00A0 "_s << QString();
}

void TestDigestParts::normalisesWhitespace()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextNormaliser::normaliseWhitespace(input), expected);
}

void TestDigestParts::splitsLines_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("LF with final newline") << QByteArray("a\nb\n") << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("CRLF") << QByteArray("a\r\nb") << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("CR only") << QByteArray("a\rb\r\rc") << QStringList{u"a"_s, u"b"_s, QString(), u"c"_s};
    QTest::newRow("BOM stripped") << QByteArray("\xEF\xBB\xBFx\ny") << QStringList{u"x"_s, u"y"_s};
    QTest::newRow("blank first line kept") << QByteArray("\n---") << QStringList{QString(), u"---"_s};
}

void TestDigestParts::splitsLines()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, lines);

    const SourceText source(data);
    QVERIFY(source.isText());
    QStringList actual;
    for (const QStringView line : source.lines()) {
        actual.append(line.toString());
    }
    QCOMPARE(actual, lines);
}

void TestDigestParts::locatesInvalidUtf8()
{
    const SourceText valid(QByteArray("ok\n\xE4\xB8\xAD\n"));
    QCOMPARE(valid.invalidUtf8Line(), 0);

    // A truncated three-byte sequence on line 3, after CRLF and CR line ends.
    const SourceText broken(QByteArray("one\r\ntwo\rthr\xE4\xB8"
                                       "ee\nfour"));
    QVERIFY(broken.isText());
    QCOMPARE(broken.invalidUtf8Line(), 3);
    QCOMPARE(broken.lines().size(), 4);
    QVERIFY(broken.lines().at(2).contains(QChar(QChar::ReplacementCharacter)));

    // Overlong encodings and surrogates are invalid too.
    QCOMPARE(SourceText(QByteArray("a\n\xC0\xAF")).invalidUtf8Line(), 2);
    QCOMPARE(SourceText(QByteArray("\xED\xA0\x80")).invalidUtf8Line(), 1);
}

void TestDigestParts::readsFrontMatter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("present");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<int>("bodyStart");
    QTest::addColumn<int>("firstBadLine");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QStringList>("tags");

    QTest::newRow("blank lines before ---")
        << u"\n\n---\ntitle: 3D reconstruction\ndate: 2024-01-24 11:06:02\ntags:\n    - 3D reconstruction\n---\nbody"_s
        << true << true << 8 << 0 << u"3D reconstruction"_s << u"2024-01-24 11:06:02"_s
        << QStringList{u"3D reconstruction"_s};
    QTest::newRow("quoted title, flow tags, empty keys")
        << u"---\ntitle: \"元宇宙/虚拟人\"\ntoc:\ntags: [a, 'b']\n---\n"_s << true << true << 5 << 0
        << u"元宇宙/虚拟人"_s << QString() << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("title with $ and '") << u"---\ntitle: It's $O(n)$: fast\n---\n"_s << true << true << 3 << 0
                                        << u"It's $O(n)$: fast"_s << QString() << QStringList();
    QTest::newRow("garbage line reported")
        << u"---\ntitle: T\nnot yaml\n---\n"_s << true << true << 4 << 3 << u"T"_s << QString() << QStringList();
    QTest::newRow("unclosed, stops at the body") << u"---\ntitle: T\n\n# 2024-01-01 更新\n---\n"_s << true << false << 3
                                                 << 0 << u"T"_s << QString() << QStringList();
    QTest::newRow("no front matter") << u"# Heading\n---\n"_s << false << false << 0 << 0 << QString() << QString()
                                     << QStringList();
}

void TestDigestParts::readsFrontMatter()
{
    QFETCH(QString, text);
    QFETCH(bool, present);
    QFETCH(bool, closed);
    QFETCH(int, bodyStart);
    QFETCH(int, firstBadLine);
    QFETCH(QString, title);
    QFETCH(QString, date);
    QFETCH(QStringList, tags);

    const SourceText source(text.toUtf8());
    const FrontMatter fm = FrontMatterReader::read(source.lines());
    QCOMPARE(fm.present, present);
    QCOMPARE(fm.closed, closed);
    QCOMPARE(fm.bodyStart, bodyStart);
    QCOMPARE(fm.firstBadLine, firstBadLine);
    QCOMPARE(fm.title, title);
    QCOMPARE(fm.date, date);
    QCOMPARE(fm.tags, tags);
}

void TestDigestParts::recognisesBoldHeaders_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("inlineText");

    QTest::newRow("plain") << u"**Summary**"_s << true << u"Summary"_s << QString();
    QTest::newRow("trailing spaces") << u"**Key Takeaways**  "_s << true << u"Key Takeaways"_s << QString();
    QTest::newRow("colon inside") << u"**摘要：**"_s << true << u"摘要"_s << QString();
    QTest::newRow("colon after, text on line") << u"**Summary**：一句话。"_s << true << u"Summary"_s << u"一句话。"_s;
    QTest::newRow("bold sentence") << u"**整句加粗。**"_s << true << u"整句加粗。"_s << QString();
    QTest::newRow("text after bold") << u"**标题** 后面还有文字"_s << false << QString() << QString();
    QTest::newRow("not bold") << u"Summary"_s << false << QString() << QString();
    QTest::newRow("unclosed") << u"**Summary"_s << false << QString() << QString();
}

void TestDigestParts::recognisesBoldHeaders()
{
    QFETCH(QString, line);
    QFETCH(bool, valid);
    QFETCH(QString, token);
    QFETCH(QString, inlineText);

    const BoldHeader header = MarkdownLine::boldHeader(line);
    QCOMPARE(header.valid, valid);
    QCOMPARE(header.token, token);
    QCOMPARE(header.inlineText, inlineText);
}

void TestDigestParts::recognisesListItems_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("text");

    QTest::newRow("dash") << u"- 要点"_s << true << u"要点"_s;
    QTest::newRow("star") << u"* 要点"_s << true << u"要点"_s;
    QTest::newRow("bullet") << u"• 要点"_s << true << u"要点"_s;
    QTest::newRow("numbered") << u"12. 要点"_s << true << u"要点"_s;
    QTest::newRow("numbered without space") << u"1.EVER 方法"_s << true << u"EVER 方法"_s;
    QTest::newRow("indented by a tab") << u"\t+ 子项"_s << true << u"子项"_s;
    QTest::newRow("zero-width before number") << u"\u200B 5. 要点"_s << true << u"要点"_s;
    QTest::newRow("decimal number is not a marker") << u"3.5 倍加速"_s << false << QString();
    QTest::newRow("bold is not a bullet") << u"**Key Takeaways**"_s << false << QString();
    QTest::newRow("sentence") << u"以下是要点："_s << false << QString();
}

void TestDigestParts::recognisesListItems()
{
    QFETCH(QString, line);
    QFETCH(bool, valid);
    QFETCH(QString, text);

    const ListItem item = MarkdownLine::listItem(line);
    QCOMPARE(item.valid, valid);
    QCOMPARE(item.text.toString(), text);
}

void TestDigestParts::splitsAuthors_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("authors");

    QTest::newRow("plain") << u"**Authors:Lingting Zhu, Zhao Wang**"_s
                           << QStringList{u"Lingting Zhu"_s, u"Zhao Wang"_s};
    QTest::newRow("space after colon") << u"**Authors: A B, C D**"_s << QStringList{u"A B"_s, u"C D"_s};
    QTest::newRow("bold label") << u"**Authors**: A B, C D"_s << QStringList{u"A B"_s, u"C D"_s};
    QTest::newRow("nickname split in the middle") << u"**Authors:Chaojian Li, Peter Vajda,  Yingyan,  Lin**"_s
                                                  << QStringList{u"Chaojian Li"_s, u"Peter Vajda"_s, u"Yingyan Lin"_s};
    QTest::newRow("nickname split first") << u"**Authors: Kuan-Chieh,  Wang, Daniil Ostashev**"_s
                                          << QStringList{u"Kuan-Chieh Wang"_s, u"Daniil Ostashev"_s};
    QTest::newRow("mononym") << u"**Authors: Santosh, Li Lin**"_s << QStringList{u"Santosh"_s, u"Li Lin"_s};
    QTest::newRow("double space after a full name") << u"**Authors:A B,  C D**"_s << QStringList{u"A B"_s, u"C D"_s};
    QTest::newRow("empty fragments dropped") << u"**Authors:A, , B,**"_s << QStringList{u"A"_s, u"B"_s};
    QTest::newRow("non-ASCII") << u"**Authors:Zoë Brontë, Łukasz Wiśniewski**"_s
                               << QStringList{u"Zoë Brontë"_s, u"Łukasz Wiśniewski"_s};
}

void TestDigestParts::splitsAuthors()
{
    QFETCH(QString, line);
    QFETCH(QStringList, authors);

    QVERIFY(EntryParser::isAuthorsLine(line));
    QCOMPARE(EntryParser::splitAuthors(line), authors);
}

void TestDigestParts::parsesArxivUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("version");

    QTest::newRow("abs with version") << u"http://arxiv.org/abs/2401.11535v1"_s << u"2401.11535"_s << 1;
    QTest::newRow("https, 4-digit number") << u"https://arxiv.org/abs/0704.0001v12"_s << u"0704.0001"_s << 12;
    QTest::newRow("pdf with .pdf") << u"http://arxiv.org/pdf/2403.15530v2.pdf"_s << u"2403.15530"_s << 2;
    QTest::newRow("pdf without version") << u"https://arxiv.org/pdf/2403.15530.pdf"_s << u"2403.15530"_s << 0;
    QTest::newRow("www host") << u"https://www.arxiv.org/abs/2403.15530"_s << u"2403.15530"_s << 0;
    QTest::newRow("old style") << u"http://arxiv.org/abs/hep-th/9901001v2"_s << u"hep-th/9901001"_s << 2;
    QTest::newRow("old style with subject class")
        << u"http://arxiv.org/abs/math.GT/0309136"_s << u"math.GT/0309136"_s << 0;
    QTest::newRow("not arXiv") << u"https://openreview.net/pdf?id=abc"_s << QString() << 0;
    QTest::newRow("arXiv listing") << u"https://arxiv.org/list/cs.CV/recent"_s << QString() << 0;
    QTest::newRow("bad id") << u"https://arxiv.org/abs/24.1"_s << QString() << 0;
}

void TestDigestParts::parsesArxivUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, id);
    QFETCH(int, version);

    const ArxivLink link = LinkExtractor::parseArxivUrl(url);
    QCOMPARE(link.id, id);
    QCOMPARE(link.version, version);
}

void TestDigestParts::findsUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("urls");

    QTest::newRow("sentence stop") << u"Code: https://github.com/a/b."_s << QStringList{u"https://github.com/a/b"_s};
    QTest::newRow("CJK right after") << u"代码见https://github.com/a/b获得，谢谢"_s
                                     << QStringList{u"https://github.com/a/b"_s};
    QTest::newRow("full-width semicolon") << u"https://x.org/p；更多"_s << QStringList{u"https://x.org/p"_s};
    QTest::newRow("parenthesised") << u"(see https://x.org/a)"_s << QStringList{u"https://x.org/a"_s};
    QTest::newRow("balanced parentheses kept")
        << u"https://en.example.org/wiki/A_(b)"_s << QStringList{u"https://en.example.org/wiki/A_(b)"_s};
    QTest::newRow("latex url") << u"\\url{https://x.org/y}"_s << QStringList{u"https://x.org/y"_s};
    QTest::newRow("scheme-less hosts") << u"Code: github.com/a/b, page: lab.github.io/p/ and www.example.org."_s
                                       << QStringList{u"https://github.com/a/b"_s,
                                                      u"https://lab.github.io/p/"_s,
                                                      u"https://www.example.org"_s};
    QTest::newRow("host inside a URL is not found twice")
        << u"https://lab.github.io/x"_s << QStringList{u"https://lab.github.io/x"_s};
    QTest::newRow("e-mail is not a link") << u"mail me@github.io now"_s << QStringList();
    QTest::newRow("no URL") << u"plain text."_s << QStringList();
}

void TestDigestParts::findsUrls()
{
    QFETCH(QString, text);
    QFETCH(QStringList, urls);
    QCOMPARE(LinkExtractor::findUrls(text), urls);
}

void TestDigestParts::flattensHtml()
{
    HtmlText html;
    QList<HtmlSegment> segments = html.convertLine(u"<ol>"_s);
    QVERIFY(segments.isEmpty());
    segments = html.convertLine(u"<li><p>题目：<strong>标题</strong></p></li><li>作者：A &amp; B</li>"_s);
    QCOMPARE(segments.size(), 2);
    QCOMPARE(segments.at(0).text, u"题目：**标题**"_s);
    QVERIFY(segments.at(0).startsItem);
    QCOMPARE(segments.at(0).itemNumber, 1);
    QCOMPARE(segments.at(1).text, u"作者：A & B"_s);
    QCOMPARE(segments.at(1).itemNumber, 2);

    // An <li> alone on its line marks the next text.
    QVERIFY(html.convertLine(u"<li>"_s).isEmpty());
    segments = html.convertLine(u"<p>单位：某大学</p>"_s);
    QCOMPARE(segments.size(), 1);
    QVERIFY(segments.at(0).startsItem);
    QCOMPARE(segments.at(0).itemNumber, 3);

    // Nested lists hold sub-points, not items.
    segments = html.convertLine(u"<ul><li>子项</li></ul></ol>"_s);
    QCOMPARE(segments.size(), 1);
    QVERIFY(!segments.at(0).startsItem);

    // A second plain <ol> does not restart the numbering at 1: number unknown.
    segments = html.convertLine(u"<ol><li>总结：</li></ol>"_s);
    QVERIFY(segments.at(0).startsItem);
    QCOMPARE(segments.at(0).itemNumber, 0);
    segments = html.convertLine(u"<ol start=\"8\"><li>结论：</li>"_s);
    QCOMPARE(segments.at(0).itemNumber, 8);

    // Unknown tags are text.
    segments = html.convertLine(u"<p><Methods>: 使用 <V*> 和 <summary> 标记"_s);
    QCOMPARE(segments.at(0).text, u"<Methods>: 使用 <V*> 和 <summary> 标记"_s);
    segments = html.convertLine(u"<pre><code>    缩进</code></pre>"_s);
    QCOMPARE(segments.at(0).text, u"    缩进"_s);
}

void TestDigestParts::decodesEntities_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("named") << u"&lt;Methods&gt; &amp; &quot;x&quot;"_s << u"<Methods> & \"x\""_s;
    QTest::newRow("numeric") << u"&#60;&#x3E;&#x4E2D;"_s << u"<>中"_s;
    QTest::newRow("unknown kept") << u"&foo; & AT&T"_s << u"&foo; & AT&T"_s;
    QTest::newRow("invalid code point kept") << u"&#xD800; &#0;"_s << u"&#xD800; &#0;"_s;
}

void TestDigestParts::decodesEntities()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(HtmlText::decodeEntities(input), expected);
}

void TestDigestParts::classifiesLabels_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("startsItem");
    QTest::addColumn<int>("itemNumber");
    QTest::addColumn<bool>("methodsSeen");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");

    const auto f = [](SummaryField field) {
        return int(field);
    };
    QTest::newRow("numbered english") << u"1. Title: 中文标题"_s << false << 0 << false << f(SummaryField::TitleZh)
                                      << u"中文标题"_s;
    QTest::newRow("numbered bold chinese")
        << u"2. **作者**：A, B"_s << false << 0 << false << f(SummaryField::Authors) << u"A, B"_s;
    QTest::newRow("colon inside bold") << u"**关键词：**a、b"_s << false << 0 << false << f(SummaryField::Keywords)
                                       << u"a、b"_s;
    QTest::newRow("bold around number") << u"**8. 结论**"_s << false << 0 << false << f(SummaryField::Conclusion)
                                        << QString();
    QTest::newRow("html item, rendered number")
        << u"第一作者单位：某大学"_s << true << 3 << false << f(SummaryField::Affiliation) << u"某大学"_s;
    QTest::newRow("no dot after number") << u"1标题：x"_s << false << 0 << false << f(SummaryField::TitleZh) << u"x"_s;
    QTest::newRow("raw <Methods> tag") << u"<Methods>:"_s << false << 0 << false << f(SummaryField::Methods)
                                       << QString();
    QTest::newRow("parenthetical note ignored")
        << u"3. 作者所属机构（中文翻译）：某所"_s << false << 0 << false << f(SummaryField::Affiliation) << u"某所"_s;
    QTest::newRow("label alone on a numbered line")
        << u"7. 方法论概述"_s << false << 0 << false << f(SummaryField::Methods) << QString();
    QTest::newRow("bare label alone on its line")
        << u"作者"_s << false << 0 << false << f(SummaryField::Authors) << QString();
    QTest::newRow("bare sub-heading alone") << u"性能"_s << false << 0 << false << f(SummaryField::None) << QString();
    QTest::newRow("heading label") << u"#### 标题"_s << false << 0 << false << f(SummaryField::TitleZh) << QString();
    QTest::newRow("bare common label") << u"结论：好"_s << false << 0 << false << f(SummaryField::Conclusion)
                                       << u"好"_s;
    QTest::newRow("总结 numbered 6") << u"6. 总结："_s << false << 0 << true << f(SummaryField::Summary) << QString();
    QTest::newRow("总结 numbered 8") << u"8. 总结："_s << false << 0 << false << f(SummaryField::Conclusion)
                                     << QString();
    QTest::newRow("总结 before methods") << u"**总结**："_s << false << 0 << false << f(SummaryField::Summary)
                                         << QString();
    QTest::newRow("总结 after methods") << u"总结："_s << false << 0 << true << f(SummaryField::Conclusion)
                                        << QString();
    QTest::newRow("（8） label") << u"（8）结论部分回答："_s << false << 0 << false << f(SummaryField::Conclusion)
                                 << QString();
    QTest::newRow("sub-point (3) 研究方法")
        << u"(3) 研究方法：提出新方法"_s << false << 0 << false << f(SummaryField::None) << QString();
    QTest::newRow("numbered sub-point far from 7")
        << u"3. 研究方法：提出新方法"_s << false << 0 << false << f(SummaryField::None) << QString();
    QTest::newRow("numbered method item near 7")
        << u"7. 研究方法：步骤"_s << false << 0 << false << f(SummaryField::Methods) << u"步骤"_s;
    QTest::newRow("bare uncommon label") << u"研究方法：提出新方法"_s << false << 0 << false << f(SummaryField::None)
                                         << QString();
    QTest::newRow("bullet sub-label") << u"* 标题：x"_s << false << 0 << false << f(SummaryField::None) << QString();
    QTest::newRow("sentence with colon") << u"该文的方法论主要包括以下几个步骤："_s << false << 0 << false
                                         << f(SummaryField::None) << QString();
    QTest::newRow("URL is not a label") << u"https://github.com/x"_s << false << 0 << false << f(SummaryField::None)
                                        << QString();
    QTest::newRow("Paper:1 artifact") << u"Paper:1"_s << false << 0 << false << f(SummaryField::None) << QString();
    QTest::newRow("sub-label inside urls")
        << u"Github 代码链接：None"_s << false << 0 << false << f(SummaryField::Urls) << u"None"_s;
}

void TestDigestParts::classifiesLabels()
{
    QFETCH(QString, line);
    QFETCH(bool, startsItem);
    QFETCH(int, itemNumber);
    QFETCH(bool, methodsSeen);
    QFETCH(int, field);
    QFETCH(QString, value);

    const LabelMatch match = StructuredLabel::match(line, startsItem, itemNumber, methodsSeen);
    QCOMPARE(int(match.field), field);
    QCOMPARE(match.valid, field != int(SummaryField::None));
    QCOMPARE(match.value, value);
}

void TestDigestParts::splitsKeywords_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("keywords");

    QTest::newRow("all separators") << u"a、b，c,d;e；f·g"_s
                                    << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s};
    QTest::newRow("case-insensitive duplicates") << u"NeRF, nerf, 3D"_s << QStringList{u"NeRF"_s, u"3D"_s};
    QTest::newRow("trailing full stop and bullets") << u"- 渲染\n- 重建。"_s << QStringList{u"渲染"_s, u"重建"_s};
    QTest::newRow("empty") << QString() << QStringList();
}

void TestDigestParts::splitsKeywords()
{
    QFETCH(QString, value);
    QFETCH(QStringList, keywords);
    QCOMPARE(StructuredSummaryParser::splitKeywords(value), keywords);
}

QTEST_GUILESS_MAIN(TestDigestParts)
#include "tst_digestparts.moc"
