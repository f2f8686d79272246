#include "core/digest/digestparser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <thread>
#include <vector>

using namespace PaperShelf::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(PAPERSHELF_TEST_DATA "/digests/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

ParsedDigest parseFixture(const QString &name)
{
    return DigestParser::parse(readFixture(name), u"tests/data/digests/"_s + name);
}

// A small but complete digest; the date tests vary only its front matter and heading.
QByteArray minimalDigest(const QString &frontMatterDate, const QString &heading)
{
    QString text = u"\n---\ntitle: Dates\n"_s;
    if (!frontMatterDate.isEmpty()) {
        text += u"date: "_s + frontMatterDate + u"\n"_s;
    }
    text += u"---\n\n"_s + heading
          + u"\n\n## A Paper\n\n**Authors:Some One**\n\nAn abstract. \n\n[PDF](http://arxiv.org/abs/2401.00001v1) \n\n"
            u"<details>\n<img src=\"https://pic.example.org/a.jpg\">\n</details>\n"_s;
    return text.toUtf8();
}

} // namespace

class TestDigestParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyInputIsNotADigest();
    void readsDocumentFields_data();
    void readsDocumentFields();
    void readsEntrySkeleton_data();
    void readsEntrySkeleton();
    void readsChineseNotes_data();
    void readsChineseNotes();
    void mapsStructuredSummary_data();
    void mapsStructuredSummary();
    void collectsScreenshots_data();
    void collectsScreenshots();
    void reportsWarningsWithLines_data();
    void reportsWarningsWithLines();
    void lineEndsAndBomDoNotMatter_data();
    void lineEndsAndBomDoNotMatter();
    void keepsMarkupInTitleAndAbstractAsText();
    void repeatedBodyYieldsEveryRun();
    void fallsBackForTheDate_data();
    void fallsBackForTheDate();
    void rejectsBinaryData_data();
    void rejectsBinaryData();
    void survivesTruncationAtAnyByte();
    void staysLinearOnPathologicalInput_data();
    void staysLinearOnPathologicalInput();
    void parsesConcurrently();
    void replaysFuzzRegressions_data();
    void replaysFuzzRegressions();
};

void TestDigestParser::emptyInputIsNotADigest()
{
    const ParsedDigest digest = DigestParser::parse(QByteArray(), QStringLiteral("empty.md"));
    QVERIFY(!digest.isDigest);
    QVERIFY(!digest.skipReason.isEmpty());
    QVERIFY(digest.entries.isEmpty());
}

void TestDigestParser::readsDocumentFields_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("isDigest");
    QTest::addColumn<QString>("skipReason");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("entries");

    const QString none;
    QTest::newRow("html form, --- on line 1")
        << u"html-january.md"_s << true << none << u"3D Reconstruction"_s << QDate(2024, 1, 20) << 3;
    QTest::newRow("markdown form") << u"markdown-december.md"_s << true << none << u"Diffusion Models"_s
                                   << QDate(2024, 12, 3) << 1;
    QTest::newRow("bold labels") << u"bold-labels.md"_s << true << none << u"NeRF"_s << QDate(2024, 10, 7) << 3;
    QTest::newRow("english labels") << u"english-labels.md"_s << true << none << u"Diffusion Models"_s
                                    << QDate(2024, 8, 5) << 1;
    QTest::newRow("starts at item 7") << u"item7-chatter.md"_s << true << none << u"Talking Head Generation"_s
                                      << QDate(2024, 6, 20) << 3;
    QTest::newRow("topic with slash") << u"repeated-body.md"_s << true << none << u"元宇宙/虚拟人"_s
                                      << QDate(2024, 4, 6) << 4;
    QTest::newRow("unclosed front matter")
        << u"unclosed-front-matter.md"_s << true << none << u"Medical Imaging"_s << QDate(2024, 12, 6) << 2;
    QTest::newRow("garbage in front matter, date only")
        << u"garbage-front-matter.md"_s << true << none << u"Medical Imaging"_s << QDate(2024, 12, 7) << 1;
    QTest::newRow("empty digest") << u"empty-digest.md"_s << true << none << u"3DGS"_s << QDate(2024, 5, 6) << 0;
    QTest::newRow("blog note") << u"blog-note.md"_s << false << u"no paper sections"_s
                               << u"Reading List For Talking Heads"_s << QDate(2024, 1, 1) << 0;
    QTest::newRow("broken front matter, no digest")
        << u"unclosed-front-matter-note.md"_s << false << u"no paper sections"_s << u"Just A Note"_s
        << QDate(2024, 2, 2) << 0;
    QTest::newRow("entries dropped") << u"no-abstract.md"_s << true << none << u"NeRF"_s << QDate(2024, 11, 27) << 2;
    QTest::newRow("takeaway variants") << u"takeaways.md"_s << true << none << u"Diffusion Models"_s
                                       << QDate(2024, 6, 14) << 7;
}

void TestDigestParser::readsDocumentFields()
{
    QFETCH(QString, fixture);
    QFETCH(bool, isDigest);
    QFETCH(QString, skipReason);
    QFETCH(QString, topic);
    QFETCH(QDate, date);
    QFETCH(int, entries);

    const ParsedDigest digest = parseFixture(fixture);
    QCOMPARE(digest.isDigest, isDigest);
    if (skipReason.isEmpty()) {
        QVERIFY2(digest.skipReason.isEmpty(), qPrintable(digest.skipReason));
    } else {
        QVERIFY2(digest.skipReason.contains(skipReason), qPrintable(digest.skipReason));
    }
    QCOMPARE(digest.topic, topic);
    QCOMPARE(digest.date, date);
    QCOMPARE(digest.entries.size(), entries);
}

void TestDigestParser::readsEntrySkeleton_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("arxivId");
    QTest::addColumn<int>("version");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QString>("abstract");
    QTest::addColumn<QString>("pdfUrl");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QStringList>("links");

    QTest::newRow("html: wrapped title, links from comment then abstract")
        << u"html-january.md"_s << 0 << 23 << u"Lantern Fields: Sparse Radiance Caching for Night Scenes"_s
        << u"2401.04321"_s << 2 << QStringList{u"Mira Okonkwo"_s, u"Tomas Lindqvist"_s, u"Hao-Ran Jiang"_s}
        << u"We present Lantern Fields, a sparse radiance cache that renders night scenes with few light sources in "
           u"real time. Code is available at https://github.com/example-lab/lantern-fields."_s
        << u"http://arxiv.org/abs/2401.04321v2"_s
        << u"12 pages, 6 figures. Project page: https://lantern-fields.github.io/"_s
        << QStringList{u"https://lantern-fields.github.io/"_s, u"https://github.com/example-lab/lantern-fields"_s};
    QTest::newRow("zero-width, NBSP and LaTeX in the title")
        << u"whitespace-title.md"_s << 0 << 24 << u"Neural Tides: Learning Ocean $\\mathcal{O}(n)$ Flows"_s
        << u"2403.09876"_s << 1 << QStringList{u"Zoë Brontë"_s, u"Łukasz Wiśniewski"_s}
        << u"We learn ocean flows with $\\mathcal{O}(n)$ cost."_s << u"http://arxiv.org/abs/2403.09876v1"_s
        << u"9 pages, 5 figures"_s << QStringList();
    QTest::newRow("entry after a zero-width separator line")
        << u"whitespace-title.md"_s << 1 << 48 << u"Second Paper After A Zero Width Separator"_s << u"2403.09877"_s << 1
        << QStringList{u"Amal Nasser"_s} << u"A second paper after a zero-width separator line."_s
        << u"http://arxiv.org/abs/2403.09877v1"_s << QString() << QStringList();
    QTest::newRow("nickname split re-joined")
        << u"nickname-authors.md"_s << 0 << 24 << u"Nicknames Split Names"_s << u"2404.11111"_s << 1
        << QStringList{u"Ana Souza"_s, u"Bo Chen"_s, u"Yifan Zhou"_s, u"Carl Berg"_s}
        << u"A nickname split one author into two fragments."_s << u"http://arxiv.org/abs/2404.11111v1"_s << QString()
        << QStringList();
    QTest::newRow("nickname split after 'Authors: '")
        << u"nickname-authors.md"_s << 1 << 50 << u"Nickname At The Start"_s << u"2404.12121"_s << 1
        << QStringList{u"Wei-Lin Hsu"_s, u"Maria Rossi"_s} << u"The split name comes first, after a space."_s
        << u"http://arxiv.org/abs/2404.12121v1"_s << QString() << QStringList();
    QTest::newRow("one-word name stays an author")
        << u"nickname-authors.md"_s << 2 << 76 << u"One Word Name First"_s << u"2404.13131"_s << 1
        << QStringList{u"Madhavan"_s, u"Li Qiang"_s, u"Sara Novak"_s} << u"A mononym is a real author."_s
        << u"http://arxiv.org/abs/2404.13131v1"_s << QString() << QStringList();
    QTest::newRow("https, scheme-less hosts in the comment")
        << u"arxiv-links.md"_s << 0 << 24 << u"Https And Bare Hosts"_s << u"2402.11111"_s << 3
        << QStringList{u"Link Tester"_s} << u"Code at https://github.com/example/bare-repo."_s
        << u"https://arxiv.org/abs/2402.11111v3"_s
        << u"8 pages. Code: github.com/example/bare-repo, project: example-lab.github.io/proj/."_s
        << QStringList{u"https://github.com/example/bare-repo"_s, u"https://example-lab.github.io/proj/"_s};
    QTest::newRow("pdf/ link, \\url{} and Markdown link in the comment")
        << u"arxiv-links.md"_s << 1 << 50 << u"Pdf Link With Latex Url"_s << u"2402.22222"_s << 2
        << QStringList{u"Link Tester"_s} << u"No links here."_s << u"http://arxiv.org/pdf/2402.22222v2.pdf"_s
        << u"Accepted (see \\url{https://venue.example.org/2024}); demo [here](https://demo.example.org/x)."_s
        << QStringList{u"https://venue.example.org/2024"_s, u"https://demo.example.org/x"_s};
    QTest::newRow("no version; arXiv links in the abstract are not project links")
        << u"arxiv-links.md"_s << 2 << 76 << u"Pdf Link Without Version"_s << u"2402.33333"_s << 0
        << QStringList{u"Link Tester"_s}
        << u"Builds on https://arxiv.org/abs/2101.00001 and releases data (https://huggingface.co/datasets/example/set)."_s
        << u"http://arxiv.org/pdf/2402.33333"_s << QString()
        << QStringList{u"https://huggingface.co/datasets/example/set"_s};
    QTest::newRow("old-style id keeps its slash")
        << u"arxiv-links.md"_s << 3 << 102 << u"Old Style Identifier"_s << u"hep-th/9901001"_s << 2
        << QStringList{u"Link Tester"_s} << u"An old paper."_s << u"http://arxiv.org/abs/hep-th/9901001v2"_s
        << u"Old style."_s << QStringList();
    QTest::newRow("non-arXiv PDF link kept verbatim")
        << u"no-arxiv-link.md"_s << 0 << 24 << u"Published Elsewhere: A Workshop Paper"_s << QString() << 0
        << QStringList{u"Maya Cohen"_s} << u"This paper links to a non-arXiv PDF."_s
        << u"https://openreview.example.net/pdf?id=abc123"_s << u"Workshop paper"_s << QStringList();
    QTest::newRow("no PDF line at all") << u"no-arxiv-link.md"_s << 1 << 50 << u"No PDF Line At All"_s << QString() << 0
                                        << QStringList{u"Ben Carter"_s} << u"This entry has no PDF line."_s << QString()
                                        << QString() << QStringList();
    QTest::newRow("second Authors line in the summary is ignored")
        << u"second-authors.md"_s << 0 << 24 << u"Placeholder Authors In The Summary"_s << u"2408.20001"_s << 1
        << QStringList{u"Real Person"_s, u"Another Person"_s} << u"Abstract of Placeholder Authors In The Summary."_s
        << u"http://arxiv.org/abs/2408.20001v1"_s << QString() << QStringList();
    QTest::newRow("markdown form, comment with code link")
        << u"markdown-december.md"_s << 0 << 25 << u"Slow Rivers: Temporal Consistency for Long Video Diffusion"_s
        << u"2412.01234"_s << 1 << QStringList{u"Elena Petrova"_s, u"Samuel Okafor"_s}
        << u"Long videos drift. We add a river memory that keeps identities stable over thousands of frames."_s
        << u"http://arxiv.org/abs/2412.01234v1"_s
        << u"Accepted to a workshop; code: https://github.com/example/slow-rivers"_s
        << QStringList{u"https://github.com/example/slow-rivers"_s};
    QTest::newRow("entry after a dropped one keeps its line")
        << u"no-abstract.md"_s << 1 << 90 << u"Last Entry Is Fine"_s << u"2411.10101"_s << 1
        << QStringList{u"Per Hansen"_s} << u"Another fine entry."_s << u"http://arxiv.org/abs/2411.10101v1"_s
        << QString() << QStringList();
}

void TestDigestParser::readsEntrySkeleton()
{
    QFETCH(QString, fixture);
    QFETCH(int, index);
    QFETCH(int, line);
    QFETCH(QString, title);
    QFETCH(QString, arxivId);
    QFETCH(int, version);
    QFETCH(QStringList, authors);
    QFETCH(QString, abstract);
    QFETCH(QString, pdfUrl);
    QFETCH(QString, comment);
    QFETCH(QStringList, links);

    const ParsedDigest digest = parseFixture(fixture);
    QVERIFY(index < digest.entries.size());
    const DigestEntry &entry = digest.entries.at(index);
    QCOMPARE(entry.line, line);
    QCOMPARE(entry.title, title);
    QCOMPARE(entry.arxivId, arxivId);
    QCOMPARE(entry.arxivVersion, version);
    QCOMPARE(entry.authors, authors);
    QCOMPARE(entry.abstract, abstract);
    QCOMPARE(entry.pdfUrl, pdfUrl);
    QCOMPARE(entry.comment, comment);
    QCOMPARE(entry.links, links);
}

void TestDigestParser::readsChineseNotes_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QStringList>("takeaways");

    QTest::newRow("摘要/要点 with blank lines")
        << u"html-january.md"_s << 0 << u"灯笼场利用稀疏辐射缓存实现夜景的实时渲染。"_s
        << QStringList{u"灯笼场提出稀疏辐射缓存。"_s,
                       u"该方法在少光源夜景中实现实时渲染。"_s,
                       u"代码已在 GitHub 公开。"_s};
    QTest::newRow("主要要点") << u"html-january.md"_s << 1 << u"静默网格通过学习几何先验对扫描网格去噪。"_s
                              << QStringList{u"学习几何先验。"_s, u"保留尖锐特征。"_s};
    QTest::newRow("numbered takeaways") << u"markdown-december.md"_s << 0
                                        << u"本文提出河流记忆模块，提升长视频扩散的时间一致性。"_s
                                        << QStringList{u"长视频生成存在身份漂移。"_s,
                                                       u"河流记忆模块保存身份特征。"_s,
                                                       u"在数千帧上保持稳定。"_s};
    QTest::newRow("intro and outro sentences are not takeaways")
        << u"takeaways.md"_s << 0 << u"带有引言和结尾句的要点列表。"_s
        << QStringList{u"第一个要点。"_s, u"第二个要点。"_s, u"第三个要点。"_s};
    QTest::newRow("summary on the header line, N. without space")
        << u"takeaways.md"_s << 1 << u"摘要与标题在同一行。"_s
        << QStringList{u"没有空格的编号一。"_s, u"没有空格的编号二。"_s};
    QTest::newRow("bold summary text, • bullets")
        << u"takeaways.md"_s << 2 << u"整句加粗的摘要。"_s << QStringList{u"圆点要点一。"_s, u"圆点要点二。"_s};
    QTest::newRow("indented two-line summary, * bullets") << u"takeaways.md"_s << 3 << u"缩进四格的摘要，分两行书写。"_s
                                                          << QStringList{u"星号要点一。"_s, u"星号要点二。"_s};
    QTest::newRow("trailing spaces, indented items, continuation line")
        << u"takeaways.md"_s << 4 << u"尾随空格的标题。"_s
        << QStringList{u"缩进的编号要点，续行属于同一要点。"_s, u"第二个要点。"_s};
    QTest::newRow("no takeaways header") << u"takeaways.md"_s << 5 << u"只有摘要，没有要点标题。"_s << QStringList();
    QTest::newRow("colon inside Chinese headers")
        << u"takeaways.md"_s << 6 << u"中文标题的摘要。"_s << QStringList{u"中文要点一。"_s, u"中文要点二。"_s};
    QTest::newRow("markup kept as text") << u"html-in-fields.md"_s << 0 << u"摘要中有 <b>标签</b>。"_s
                                         << QStringList{u"要点含 <script>x()</script> 脚本。"_s};
}

void TestDigestParser::readsChineseNotes()
{
    QFETCH(QString, fixture);
    QFETCH(int, index);
    QFETCH(QString, summary);
    QFETCH(QStringList, takeaways);

    const ParsedDigest digest = parseFixture(fixture);
    QVERIFY(index < digest.entries.size());
    QCOMPARE(digest.entries.at(index).summaryZh, summary);
    QCOMPARE(digest.entries.at(index).takeawaysZh, takeaways);
}

void TestDigestParser::mapsStructuredSummary_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("titleZh");
    QTest::addColumn<QString>("authors");
    QTest::addColumn<QString>("affiliation");
    QTest::addColumn<QStringList>("keywords");
    QTest::addColumn<QString>("urls");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("methods");
    QTest::addColumn<QString>("conclusion");

    const QString none;
    QTest::newRow("html <li><p>, conclusion continues after </ol>, nested <ul>")
        << u"html-january.md"_s << 0 << u"灯笼场：面向夜景的稀疏辐射缓存"_s
        << u"Mira Okonkwo, Tomas Lindqvist, Hao-Ran Jiang"_s << u"北方视觉研究所"_s
        << QStringList{u"辐射缓存"_s, u"夜景渲染"_s, u"实时渲染"_s}
        << u"https://arxiv.org/abs/2401.04321，Github 链接：https://github.com/example-lab/lantern-fields"_s
        << u"（1）研究背景：夜景中光源稀少，现有方法噪声较大。\n（2）过去的方法：基于体渲染的方法速度较慢。\n"
           u"（3）研究方法：提出稀疏辐射缓存。\n（4）方法性能：在三个数据集上达到实时。"_s
        << u"(1): 构建稀疏缓存。\n(2): 按光源重要性采样。"_s
        << u"（1）意义：首次在夜景中实现实时辐射缓存。\n（2）长处与不足：\n创新点：\n稀疏缓存结构。\n性能：\n实时帧率。"_s;
    QTest::newRow("html error paragraph, <ol start=8>, entities, <pre><code>")
        << u"html-january.md"_s << 1 << u"静默网格：基于学习先验的扫描几何去噪"_s << u"Ines Duarte、Kwame Mensah"_s
        << u"海港大学"_s << QStringList{u"网格去噪"_s, u"几何先验"_s, u"三维扫描"_s}
        << u"https://arxiv.org/abs/2401.05678"_s
        << u"（1）研究背景：扫描网格含有噪声。\n（2）过去方法及问题：滤波方法会抹平细节。\n"
           u"（3）研究方法：学习几何先验进行去噪。\n（4）方法性能：误差降低 20% & 细节更好（误差<0.1mm）。"_s
        << none << u"（1）：提出学习先验去噪框架。\n（2）：创新之处：\n先验学习。\n工作量：\n需要大量扫描数据。"_s;
    QTest::newRow("html raw <Methods> label, unknown tag kept, <strong>8. 结论</strong>")
        << u"html-january.md"_s << 2 << u"纸灯笼：少样本重光照"_s << u"Yuki Tanabe"_s << u"东湖大学"_s
        << QStringList{u"重光照"_s, u"少样本"_s} << u"xxx，Github 链接：暂无"_s
        << u"（1）：研究背景：纸质物体的反射复杂。\n（2）：研究方法：学习反射模型。"_s
        << u"(1): 使用 <V*> 标记表示新概念。\n(2): 联合优化光照。"_s << u"(1) 意义：少样本即可重光照。"_s;
    QTest::newRow("markdown: chatter line dropped, rule and ### inside methods")
        << u"markdown-december.md"_s << 0 << u"慢河流：长视频扩散的时间一致性（Slow Rivers）"_s
        << u"Elena Petrova, Samuel Okafor"_s << u"示例理工大学"_s
        << QStringList{u"扩散模型"_s, u"视频生成"_s, u"Diffusion Models"_s}
        << u"https://arxiv.org/abs/2412.01234 , Github: None"_s
        << u"(1) 研究背景：长视频生成中身份会漂移。\n(2) 过去的方法及问题：滑动窗口方法缺乏长期记忆。\n"
           u"(3) 研究方法：提出河流记忆模块。\n(4) 任务与性能：在两个基准上提升一致性。"_s
        << u"(1) 数据准备：收集长视频片段。\n(2) 模型训练：在扩散模型中加入记忆。\n实现细节\n(3) 推理：分段生成并共享记忆。"_s
        << u"(1) 意义：长视频更稳定。\n(2) 创新点：记忆模块；性能：一致性提升；工作量：实验充分。"_s;
    QTest::newRow("bold labels, bold sub-points, **8. 结论：**")
        << u"bold-labels.md"_s << 0 << u"星尘：无空洞的点渲染"_s << u"Arjun Mehta, Chloe Dubois, Felix Wagner"_s
        << u"示例视觉实验室"_s << QStringList{u"点云"_s, u"渲染"_s} << u"论文链接：[论文链接]；GitHub代码链接：None"_s
        << u"(1) 研究背景：点渲染常见空洞。\n(2) 过去的方法及问题：插值方法模糊。\n(3) 研究方法：学习泼溅。\n"
           u"(4) 任务与性能：空洞减少。"_s
        << u"(1) 估计点的覆盖范围。\n(2) 学习泼溅核。"_s << u"(1) 意义：渲染更完整。\n(2) 创新点：学习泼溅。"_s;
    QTest::newRow("text form without numbers, 总结 before and after methods")
        << u"bold-labels.md"_s << 1 << u"纸鹤：文本驱动的折纸形状"_s << u"Hana Sato, Leo Martins"_s << u"折纸研究中心"_s
        << QStringList{u"折纸"_s, u"文本到三维"_s, u"网格"_s} << none
        << u"本文研究文本驱动折纸。\n(1) 背景：折纸形状难以生成。\n(2) 方法：折痕图扩散。"_s
        << u"折痕图扩散并物理仿真。"_s << u"(1) 意义：首个文本折纸方法。"_s;
    QTest::newRow("numbered 总结: 6 is the summary, 8 the conclusion")
        << u"bold-labels.md"_s << 2 << u"余烬：辐射场中的火焰重光照。"_s << u"Omar Haddad"_s << none << QStringList()
        << none << u"(1) 背景：火焰难以重光照。"_s << u"(1) 体积火焰模型。"_s << u"(1) 意义：火焰可重光照。"_s;
    QTest::newRow("english labels, keywords split on ;")
        << u"english-labels.md"_s << 0 << u"Fast Lanes: Token Routing for Video Diffusion"_s
        << u"Priya Raman, Olu Adeyemi"_s << u"Example Institute of Technology"_s
        << QStringList{u"video diffusion"_s, u"token routing"_s, u"efficiency"_s}
        << u"https://arxiv.org/abs/2408.04567v1, Github: https://github.com/example/fast-lanes"_s
        << u"(1): Background: video diffusion is slow.\n(2): Past methods: caching loses quality."_s
        << u"(1): Route easy tokens through a fast lane."_s << u"(1): Significance: 2x faster at equal quality."_s;
    QTest::newRow("starts at item 7 after chatter")
        << u"item7-chatter.md"_s << 0 << none << none << none << QStringList() << none << none
        << u"(1) 提取耳语特征。\n(2) 驱动口型。"_s << u"(1) 意义：耳语场景可用。"_s;
    QTest::newRow("starts at item 8") << u"item7-chatter.md"_s << 1 << none << none << none << QStringList() << none
                                      << none << none << u"(1) Significance: portraits follow audio."_s;
    QTest::newRow("zero-width space before a number, （8） label")
        << u"item7-chatter.md"_s << 2 << u"视线：说话头中的眼神接触"_s << u"Sofia Rossi, Jun Park"_s << u"示例大学"_s
        << QStringList{u"眼神接触"_s, u"说话头"_s} << u"https://github.com/example/gaze-lines"_s
        << u"(1) 背景：说话头缺少眼神接触。"_s << none << u"（1）意义：眼神更自然。"_s;
    QTest::newRow("bold Authors placeholder belongs to the summary")
        << u"second-authors.md"_s << 0 << u"占位作者"_s << u"暂无作者信息"_s << u"未提供"_s << QStringList() << none
        << none << none << none;
    QTest::newRow("**Authors**: label") << u"second-authors.md"_s << 1 << none
                                        << u"Someone Invented, Another Invention"_s << u"虚构大学"_s << QStringList()
                                        << none << none << none << none;
    QTest::newRow("unknown tags kept, inline tags stripped")
        << u"html-in-fields.md"_s << 0 << u"<script>alert(3)</script>安全渲染"_s << u"Eve Hacker"_s << none
        << QStringList() << none << none << none << none;
}

void TestDigestParser::mapsStructuredSummary()
{
    QFETCH(QString, fixture);
    QFETCH(int, index);
    QFETCH(QString, titleZh);
    QFETCH(QString, authors);
    QFETCH(QString, affiliation);
    QFETCH(QStringList, keywords);
    QFETCH(QString, urls);
    QFETCH(QString, summary);
    QFETCH(QString, methods);
    QFETCH(QString, conclusion);

    const ParsedDigest digest = parseFixture(fixture);
    QVERIFY(index < digest.entries.size());
    const StructuredSummary &structured = digest.entries.at(index).structured;
    QCOMPARE(structured.titleZh, titleZh);
    QCOMPARE(structured.authors, authors);
    QCOMPARE(structured.affiliation, affiliation);
    QCOMPARE(structured.keywords, keywords);
    QCOMPARE(structured.urls, urls);
    QCOMPARE(structured.summary, summary);
    QCOMPARE(structured.methods, methods);
    QCOMPARE(structured.conclusion, conclusion);
}

void TestDigestParser::collectsScreenshots_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("index");
    QTest::addColumn<QStringList>("screenshots");

    QTest::newRow("one block") << u"html-january.md"_s << 0
                               << QStringList{u"https://pic1.example.org/v2-aaa111.jpg"_s,
                                              u"https://pic2.example.org/v2-aaa222.jpg"_s};
    QTest::newRow("two blocks, shared URL once") << u"screenshots.md"_s << 0
                                                 << QStringList{u"https://pic1.example.org/v2-one.jpg"_s,
                                                                u"https://pic1.example.org/v2-shared.jpg"_s,
                                                                u"https://pic1.example.org/v2-two.jpg"_s};
    QTest::newRow("relative path verbatim, http host, no extension, single quotes")
        << u"screenshots.md"_s << 1
        << QStringList{u"./crop_Talking Head Generation/2410.05678v1/page_0_0.jpg"_s,
                       u"http://article.example.com/2410a.jpg"_s,
                       u"https://pic1.example.org/v2-noext"_s};
    QTest::newRow("second run has its own images")
        << u"repeated-body.md"_s << 2 << QStringList{u"http://article.example.com/run2-a.jpg"_s};
    QTest::newRow("truncated before <details>") << u"truncated-structured.md"_s << 1 << QStringList();
}

void TestDigestParser::collectsScreenshots()
{
    QFETCH(QString, fixture);
    QFETCH(int, index);
    QFETCH(QStringList, screenshots);

    const ParsedDigest digest = parseFixture(fixture);
    QVERIFY(index < digest.entries.size());
    QCOMPARE(digest.entries.at(index).screenshots, screenshots);
}

void TestDigestParser::reportsWarningsWithLines_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("clean file") << u"html-january.md"_s << QList<int>() << QStringList();
    QTest::newRow("invalid UTF-8") << u"invalid-utf8.md"_s << QList<int>{28} << QStringList{u"not valid UTF-8"_s};
    QTest::newRow("truncated, partial entry kept")
        << u"truncated-structured.md"_s << QList<int>{50} << QStringList{u"truncated"_s};
    QTest::newRow("truncated, partial entry dropped")
        << u"truncated-authors.md"_s << QList<int>{50} << QStringList{u"truncated"_s};
    QTest::newRow("empty digest") << u"empty-digest.md"_s << QList<int>{0} << QStringList{u"no papers"_s};
    QTest::newRow("unclosed front matter")
        << u"unclosed-front-matter.md"_s << QList<int>{2} << QStringList{u"no closing"_s};
    QTest::newRow("garbage front-matter line")
        << u"garbage-front-matter.md"_s << QList<int>{5} << QStringList{u"key: value"_s};
    QTest::newRow("no arXiv link: PDF line, then entry line")
        << u"no-arxiv-link.md"_s << QList<int>{30, 50} << QStringList{u"no arXiv link"_s, u"no arXiv link"_s};
    QTest::newRow("no abstract, no title")
        << u"no-abstract.md"_s << QList<int>{50, 74} << QStringList{u"no abstract"_s, u"no title"_s};
}

void TestDigestParser::reportsWarningsWithLines()
{
    QFETCH(QString, fixture);
    QFETCH(QList<int>, lines);
    QFETCH(QStringList, messages);

    const ParsedDigest digest = parseFixture(fixture);
    QStringList actual;
    for (const ParseWarning &warning : digest.warnings) {
        actual.append(QString::number(warning.line) + u": "_s + warning.message);
    }
    QCOMPARE(digest.warnings.size(), lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(digest.warnings.at(i).line, lines.at(i));
        QVERIFY2(digest.warnings.at(i).message.contains(messages.at(i)), qPrintable(actual.join(u'\n')));
    }
}

void TestDigestParser::lineEndsAndBomDoNotMatter_data()
{
    QTest::addColumn<QByteArray>("variant");

    const QByteArray lf = readFixture(u"english-labels.md"_s);
    QTest::newRow("CRLF fixture") << readFixture(u"english-labels-crlf.md"_s);
    QTest::newRow("BOM fixture") << readFixture(u"english-labels-bom.md"_s);
    QTest::newRow("CR only") << QByteArray(lf).replace('\n', '\r');
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBF") + QByteArray(lf).replace("\n", "\r\n");
}

void TestDigestParser::lineEndsAndBomDoNotMatter()
{
    QFETCH(QByteArray, variant);

    const ParsedDigest expected = parseFixture(u"english-labels.md"_s);
    const ParsedDigest actual = DigestParser::parse(variant, u"english-labels.md"_s);
    QVERIFY(actual.isDigest);
    QCOMPARE(actual.topic, expected.topic);
    QCOMPARE(actual.date, expected.date);
    QCOMPARE(actual.warnings, expected.warnings);
    QCOMPARE(actual.entries.size(), 1);
    QVERIFY(actual.entries == expected.entries);
}

void TestDigestParser::keepsMarkupInTitleAndAbstractAsText()
{
    const ParsedDigest digest = parseFixture(u"html-in-fields.md"_s);
    QCOMPARE(digest.entries.size(), 1);
    const DigestEntry &entry = digest.entries.first();
    QCOMPARE(entry.title, u"<script>alert(\"title\")</script> Safe Rendering of <b>Bold</b> Claims"_s);
    QCOMPARE(entry.abstract, u"An abstract with <script>alert(1)</script> and <img src=x onerror=alert(2)> inside."_s);
    QVERIFY(entry.screenshots == QStringList{u"https://pic1.example.org/v2-xyz.jpg"_s});
}

void TestDigestParser::repeatedBodyYieldsEveryRun()
{
    const ParsedDigest digest = parseFixture(u"repeated-body.md"_s);
    QCOMPARE(digest.entries.size(), 4);
    QList<int> lines;
    QStringList ids;
    for (const DigestEntry &entry : digest.entries) {
        lines.append(entry.line);
        ids.append(entry.arxivId);
    }
    QCOMPARE(lines, (QList<int>{24, 50, 82, 108}));
    QCOMPARE(ids, (QStringList{u"2404.01111"_s, u"2404.02222"_s, u"2404.01111"_s, u"2404.02222"_s}));
    QCOMPARE(digest.entries.at(0).summaryZh, u"镜像化身利用镜面反射监督重建。"_s);
    QCOMPARE(digest.entries.at(2).summaryZh, u"镜像化身以镜面反射作为重建的监督信号。"_s);
    QCOMPARE(digest.entries.at(2).structured.titleZh, u"镜中化身"_s);
    QVERIFY(digest.warnings.isEmpty());
}

void TestDigestParser::fallsBackForTheDate_data()
{
    QTest::addColumn<QString>("frontMatterDate");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("warnings");

    QTest::newRow("front matter wins over heading and path")
        << u"2024-01-24 11:06:02"_s << u"# 2024-01-27 更新"_s << u"2024-02-02/x.md"_s << QDate(2024, 1, 24) << 0;
    QTest::newRow("date without time") << u"2024-05-05"_s << QString() << QString() << QDate(2024, 5, 5) << 0;
    QTest::newRow("heading when front matter has none")
        << QString() << u"# 2024-03-04 更新"_s << u"2024-02-02/x.md"_s << QDate(2024, 3, 4) << 0;
    QTest::newRow("path when nothing else")
        << QString() << QString() << u"/data/2024-07-08/NeRF.md"_s << QDate(2024, 7, 8) << 0;
    QTest::newRow("file name date is more specific than folder")
        << QString() << QString() << u"/2024-07-08/2024-07-09-NeRF.md"_s << QDate(2024, 7, 9) << 0;
    QTest::newRow("invalid front-matter date is reported")
        << u"2024-01-1 01:01:01"_s << u"# 2024-03-04 更新"_s << QString() << QDate(2024, 3, 4) << 1;
    QTest::newRow("no date anywhere") << QString() << QString() << u"notes/x.md"_s << QDate() << 0;
}

void TestDigestParser::fallsBackForTheDate()
{
    QFETCH(QString, frontMatterDate);
    QFETCH(QString, heading);
    QFETCH(QString, path);
    QFETCH(QDate, date);
    QFETCH(int, warnings);

    const ParsedDigest digest = DigestParser::parse(minimalDigest(frontMatterDate, heading), path);
    QVERIFY(digest.isDigest);
    QCOMPARE(digest.entries.size(), 1);
    QCOMPARE(digest.date, date);
    QCOMPARE(digest.warnings.size(), warnings);
}

void TestDigestParser::rejectsBinaryData_data()
{
    QTest::addColumn<QByteArray>("data");

    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &byte : random) {
        byte = char(generator.bounded(256));
    }
    QTest::newRow("random bytes") << random;
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    QTest::newRow("PNG header") << QByteArray(png, sizeof(png) - 1);
    QTest::newRow("digest with a NUL byte") << readFixture(u"english-labels.md"_s).insert(100, '\0');
    QTest::newRow("control characters") << QByteArray(4096, '\x01');
    QTest::newRow("mostly invalid UTF-8") << QByteArray(4096, '\xFF');
}

void TestDigestParser::rejectsBinaryData()
{
    QFETCH(QByteArray, data);

    const ParsedDigest digest = DigestParser::parse(data, u"blob.md"_s);
    QVERIFY(!digest.isDigest);
    QVERIFY2(digest.skipReason.contains(u"not a text file"_s), qPrintable(digest.skipReason));
    QVERIFY(digest.entries.isEmpty());
}

void TestDigestParser::survivesTruncationAtAnyByte()
{
    // Cutting anywhere, even inside a multi-byte character, must never crash
    // and must never produce an entry without title or abstract.
    const QByteArray full = readFixture(u"html-january.md"_s);
    for (qsizetype cut = 0; cut < full.size(); cut += 7) {
        const ParsedDigest digest = DigestParser::parse(full.left(cut), u"cut.md"_s);
        QVERIFY(digest.entries.size() <= 3);
        for (const DigestEntry &entry : digest.entries) {
            QVERIFY(!entry.title.isEmpty());
            QVERIFY(!entry.abstract.isEmpty());
        }
    }
}

void TestDigestParser::staysLinearOnPathologicalInput_data()
{
    QTest::addColumn<QByteArray>("data");

    // Each input is several megabytes: linear parsing takes milliseconds,
    // anything quadratic would take hours.
    const QByteArray head = "---\ntitle: Stress\n---\n\n# 2024-01-01 更新\n\n## Stress\n\n**Authors:A B**\n\nAbstract ";
    const QByteArray
        pdf = " \n\n[PDF](http://arxiv.org/abs/2401.00001v1) \n\n**Summary**\n摘要\n\n**Key Takeaways**\n- 要点\n\n"
              "**[ChatPaperFree](https://example.org)**\n\n";
    constexpr qsizetype big = 4 * 1024 * 1024;
    QTest::newRow("one huge line of '<'") << head + "x" + pdf + QByteArray(big, '<');
    QTest::newRow("unclosed tags and entities")
        << head + "x" + pdf + QByteArray("<ol start=\"&#x3C;").repeated(big / 16);
    QTest::newRow("nested lists") << head + "x" + pdf + QByteArray("<ol><li>1. 标题：x\n").repeated(big / 20);
    QTest::newRow("glued hosts in the abstract") << head + QByteArray("a.github.io").repeated(big / 11) + pdf;
    QTest::newRow("URL with endless closing parentheses") << head + "https://x.org/" + QByteArray(big, ')') + pdf;
    QTest::newRow("bold markers everywhere") << head + "x" + pdf + QByteArray(big, '*');
    QTest::newRow("one endless takeaway")
        << head + "x"
               + QByteArray(
                   " \n\n[PDF](http://arxiv.org/abs/2401.00001v1) \n\n**Summary**\nx\n\n**Key Takeaways**\n- a\n")
               + QByteArray("  continued\n").repeated(big / 12);
    QTest::newRow("many tiny entries")
        << QByteArray("## T\n**Authors:A**\n\nAb \n\n[PDF](http://arxiv.org/abs/2401.00001v1) \n").repeated(big / 64);
    QTest::newRow("many screenshots") << head + "x" + pdf + QByteArray("<details>\n")
                                             + QByteArray("<img src=\"https://x.org/a.jpg\">\n").repeated(big / 32);
}

void TestDigestParser::staysLinearOnPathologicalInput()
{
    QFETCH(QByteArray, data);

    QElapsedTimer timer;
    timer.start();
    const ParsedDigest digest = DigestParser::parse(data, u"stress.md"_s);
    const qint64 elapsed = timer.elapsed();
    qInfo("%lld bytes parsed in %lld ms", qlonglong(data.size()), qlonglong(elapsed));
    QVERIFY(digest.isDigest);
    QVERIFY(!digest.entries.isEmpty());
    // Generous bound: only a super-linear algorithm can get near it.
    QVERIFY2(elapsed < 30000, qPrintable(QString::number(elapsed)));
}

void TestDigestParser::parsesConcurrently()
{
    const QStringList fixtures{u"html-january.md"_s, u"markdown-december.md"_s, u"bold-labels.md"_s, u"takeaways.md"_s};
    QList<QByteArray> inputs;
    QList<ParsedDigest> expected;
    for (const QString &fixture : fixtures) {
        inputs.append(readFixture(fixture));
        expected.append(DigestParser::parse(inputs.last(), fixture));
    }
    std::vector<int> mismatches(std::size_t(fixtures.size()), 0);
    std::vector<std::thread> threads;
    for (qsizetype t = 0; t < fixtures.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 50; ++round) {
                const ParsedDigest digest = DigestParser::parse(inputs.at(t), fixtures.at(t));
                if (!(digest.entries == expected.at(t).entries) || !(digest.warnings == expected.at(t).warnings)) {
                    ++mismatches[std::size_t(t)];
                }
            }
        });
    }
    for (std::thread &thread : threads) {
        thread.join();
    }
    QCOMPARE(mismatches, std::vector<int>(std::size_t(fixtures.size()), 0));
}

void TestDigestParser::replaysFuzzRegressions_data()
{
    QTest::addColumn<QString>("path");
    // Inputs that once broke the parser or the fuzzer kept as hard cases (scripts/fuzz.sh).
    const QDir folder(QStringLiteral(PAPERSHELF_TEST_DATA "/../fuzz/regressions"));
    const QStringList names = folder.entryList({QStringLiteral("*.md"), QStringLiteral("*.bin")}, QDir::Files);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names) {
        QTest::newRow(qPrintable(name)) << folder.filePath(name);
    }
}

void TestDigestParser::replaysFuzzRegressions()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ParsedDigest digest = DigestParser::parse(file.readAll(), path);
    // Whatever the bytes, the result is consistent: a digest or a reason why not,
    // and every kept entry has its title and abstract.
    QCOMPARE(digest.skipReason.isEmpty(), digest.isDigest);
    for (const DigestEntry &entry : digest.entries) {
        QVERIFY(!entry.title.trimmed().isEmpty());
        QVERIFY(!entry.abstract.trimmed().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestDigestParser)
#include "tst_digestparser.moc"
