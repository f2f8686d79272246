#include "core/db/entrycodec.h"
#include "core/digest/digestparser.h"
#include "core/digest/textfields.h"
#include "core/review/reviewchecker.h"
#include "core/review/segmentfields.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QtTest>

#include <thread>
#include <vector>

using namespace PaperShelf::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

// The English side every table row is checked against (written for these
// tests; numbers, links and names are what the rows compare with).
DigestEntry lumaGrid()
{
    DigestEntry entry;
    entry.title = u"LumaGrid: Consistent 4D Scene Generation from Text Prompts"_s;
    entry.arxivId = u"2501.01234"_s;
    entry.arxivVersion = 2;
    entry.authors = {u"Mara Köhler"_s, u"Wei Zhang"_s, u"Jia-Bin Huang"_s, u"Ana García-Pérez"_s};
    entry.abstract =
        u"We present LumaGrid, a 3D Gaussian Splatting (3DGS) method for text-driven 4D scene generation. "
        u"Compared with GPT-4 based planners, LumaGrid improves PSNR by 2.5 dB and reduces training time by 35% "
        u"while running 2.5x faster on 1,000 scenes. We train on 100K prompts over three days. Diffusion models "
        u"guide the optimisation. Code is available at https://github.com/ExampleLab/LumaGrid."_s;
    entry.pdfUrl = u"http://arxiv.org/abs/2501.01234v2"_s;
    entry.comment = u"CVPR 2025. Project page: https://lumagrid.example.org/"_s;
    entry.links = {u"https://github.com/ExampleLab/LumaGrid"_s, u"https://lumagrid.example.org/"_s};
    return entry;
}

QList<GlossaryTerm> glossary()
{
    GlossaryTerm splatting;
    splatting.term = u"Gaussian Splatting"_s;
    splatting.preferred = u"高斯溅射"_s;
    splatting.wrong = {u"高斯泼溅"_s, u"高斯喷溅"_s};
    GlossaryTerm diffusion;
    diffusion.term = u"diffusion model"_s;
    diffusion.preferred = u"扩散模型"_s;
    diffusion.wrong = {u"弥散模型"_s};
    GlossaryTerm nerf;
    nerf.term = u"NeRF"_s;
    nerf.preferred = u"神经辐射场"_s;
    nerf.wrong = {u"神经光场"_s};
    return {splatting, diffusion, nerf};
}

QList<Finding> findingsOf(const QList<Finding> &findings, const QString &check)
{
    QList<Finding> of;
    for (const Finding &finding : findings) {
        if (finding.check == check) {
            of.append(finding);
        }
    }
    return of;
}

QString describe(const QList<Finding> &findings)
{
    QStringList parts;
    for (const Finding &finding : findings) {
        parts.append(u"%1[%2,%3)\"%4\""_s.arg(finding.check).arg(finding.start).arg(finding.end).arg(finding.excerpt));
    }
    return parts.join(u"; "_s);
}

} // namespace

// The automatic checks of the machine Chinese (issue 6), row by row: every check
// with texts that must fire (and exactly where) and near misses that must not.
class TestReviewChecker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogListsEveryCheckInBothLanguages();
    void segmentFieldNamesAgreeWithTextFields();
    void checks_data();
    void checks();
    void findingsAreSortedWithExactExcerpts();
    void preparedSourceGivesTheSameFindings();
    void sharedCheckerGivesTheSameFindingsOnThreads();
    void parserKeepsEmptyItemsAndCheckerReportsThem();
    void codecStoresEmptyItemsOnlyWhenThereAreSome();
    void parsedDigestGetsTheExpectedFindings();
    void corpusFindingRatesAreSane();

private:
    ReviewChecker m_checker{glossary()};
};

void TestReviewChecker::catalogListsEveryCheckInBothLanguages()
{
    const QStringList expected = {u"placeholder"_s,
                                  u"non_answer"_s,
                                  u"chatter"_s,
                                  u"prompt_leak"_s,
                                  u"tool_error"_s,
                                  u"serialized_list"_s,
                                  u"number_mismatch"_s,
                                  u"url_mismatch"_s,
                                  u"author_mismatch"_s,
                                  u"title_mismatch"_s,
                                  u"untranslated"_s,
                                  u"glossary"_s,
                                  u"empty"_s,
                                  u"truncated"_s};
    QStringList ids;
    for (const CheckInfo &info : ReviewChecker::catalog()) {
        ids.append(info.id);
        QVERIFY2(info.explanationEn.size() > 20, qPrintable(info.id));
        QVERIFY2(info.explanationZh.size() > 8, qPrintable(info.id));
        QVERIFY2(info.explanationZh.contains(QChar(0x3002)), qPrintable(info.id)); // a Chinese sentence
    }
    QCOMPARE(ids, expected);
    QCOMPARE(ReviewChecker::info(u"url_mismatch"_s)->severity, Severity::Error);
    QCOMPARE(ReviewChecker::info(u"chatter"_s)->severity, Severity::Warning);
    QCOMPARE(ReviewChecker::info(u"empty"_s)->severity, Severity::Info);
    QVERIFY(!ReviewChecker::info(u"spelling"_s));
}

void TestReviewChecker::segmentFieldNamesAgreeWithTextFields()
{
    // Highlights and review share these names; SegmentFields spells them out.
    QCOMPARE(SegmentFields::SummaryZh, TextFields::SummaryZh);
    QCOMPARE(SegmentFields::Takeaway, TextFields::TakeawaysZh);
    QCOMPARE(SegmentFields::TitleZh, TextFields::TitleZh);
    QCOMPARE(SegmentFields::Summary, TextFields::StructuredSummary);
    QCOMPARE(SegmentFields::Methods, TextFields::StructuredMethods);
    QCOMPARE(SegmentFields::Conclusion, TextFields::StructuredConclusion);
}

void TestReviewChecker::checks_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("check");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<QString>("excerpt"); // of the first finding of `check`

    const QString summary = SegmentFields::Summary;
    const QString methods = SegmentFields::Methods;
    const QString conclusion = SegmentFields::Conclusion;
    const QString authors = SegmentFields::Authors;
    const QString affiliation = SegmentFields::Affiliation;
    const QString keywords = SegmentFields::Keywords;
    const QString urls = SegmentFields::Urls;
    const QString title = SegmentFields::TitleZh;
    const QString takeaway = SegmentFields::Takeaway;
    const QString oneLine = SegmentFields::SummaryZh;
    const auto row = [](const char *name,
                        const QString &field,
                        const QString &text,
                        const char *check,
                        bool fires,
                        const QString &excerpt = QString()) {
        QTest::newRow(name) << field << text << QString::fromLatin1(check) << fires << excerpt;
    };

    // placeholder
    row("xxx in a sub-point",
        conclusion,
        u"（2）创新点：xxx；性能：xxx；工作量：xxx。"_s,
        "placeholder",
        true,
        u"xxx"_s);
    row("bracketed domain", summary, u"该方法在[领域]中取得了进展。"_s, "placeholder", true, u"[领域]"_s);
    row("lenticular link", urls, u"论文链接：【论文链接】"_s, "placeholder", true, u"【论文链接】"_s);
    row("angle title", title, u"<论文标题>"_s, "placeholder", true, u"<论文标题>"_s);
    row("english bracket", urls, u"Paper: [Insert link here]"_s, "placeholder", true, u"[Insert link here]"_s);
    row("author name stand-in", authors, u"作者名，作者名"_s, "placeholder", true, u"作者名"_s);
    row("numbered authors", authors, u"作者1、作者2"_s, "placeholder", true, u"作者1"_s);
    row("XX university", affiliation, u"XX大学计算机学院"_s, "placeholder", true, u"XX"_s);
    row("unit name", affiliation, u"单位名称"_s, "placeholder", true, u"单位名称"_s);
    row("xx percent", methods, u"性能提升了xx%。"_s, "placeholder", true, u"xx"_s);
    row("label only", keywords, u"关键词"_s, "placeholder", true, u"关键词"_s);
    row("no: XXL and SDXL", summary, u"该方法可扩展到XXL规模的模型，并支持SDXL。"_s, "placeholder", false);
    row("no: citation and interval", summary, u"参考文献[12]中的设置，取值区间为[0,1]。"_s, "placeholder", false);
    row("no: author list label", authors, u"作者名单：Wei Zhang, Mara Köhler"_s, "placeholder", false);
    row("no: markdown link", urls, u"[GitHub链接](https://github.com/ExampleLab/LumaGrid)"_s, "placeholder", false);
    row("no: X-ray", summary, u"该方法适用于X射线图像。"_s, "placeholder", false);

    // non_answer
    row("None", urls, u"None"_s, "non_answer", true, u"None"_s);
    row("not provided zh", affiliation, u"未提供。"_s, "non_answer", true, u"未提供。"_s);
    row("wu alone", keywords, u"无"_s, "non_answer", true, u"无"_s);
    row("N/A", affiliation, u"N/A"_s, "non_answer", true, u"N/A"_s);
    row("every line none",
        urls,
        u"论文链接：未提供\nGithub代码链接：None"_s,
        "non_answer",
        true,
        u"论文链接：未提供\nGithub代码链接：None"_s);
    row("not provided en", authors, u"Not provided"_s, "non_answer", true, u"Not provided"_s);
    row("abstract lacks it",
        methods,
        u"(1) 采用扩散先验。\n抱歉，摘要中没有提供具体的实验细节。"_s,
        "non_answer",
        true,
        u"抱歉，摘要中没有提供具体的实验细节。"_s);
    row("not in abstract",
        summary,
        u"（3）研究方法：未在摘要中提及。"_s,
        "non_answer",
        true,
        u"（3）研究方法：未在摘要中提及。"_s);
    row("no: wu inside a word", summary, u"该方法无需训练即可生成高质量场景。"_s, "non_answer", false);
    row("no: city Wuxi", affiliation, u"无锡学院"_s, "non_answer", false);
    row("no: limitation", conclusion, u"然而，论文未涉及室外场景，可作为后续工作。"_s, "non_answer", false);
    row("no: code link none beside paper link",
        urls,
        u"论文链接：https://arxiv.org/abs/2501.01234，Github: None"_s,
        "non_answer",
        false);

    // chatter
    row("preamble",
        summary,
        u"好的，以下是这篇论文的摘要：\n本文提出了LumaGrid。"_s,
        "chatter",
        true,
        u"好的，以下是这篇论文的摘要："_s);
    row("closing", methods, u"(1) 使用扩散先验。希望这对您有帮助！"_s, "chatter", true, u"希望这对您有帮助！"_s);
    row("english preamble",
        summary,
        u"Sure, here is the summary of the paper."_s,
        "chatter",
        true,
        u"Sure, here is the summary of the paper."_s);
    row("offer",
        conclusion,
        u"如果您需要更多细节，我可以为您进一步解释。"_s,
        "chatter",
        true,
        u"如果您需要更多细节，我可以为您进一步解释。"_s);
    row("as an AI",
        urls,
        u"作为一个AI语言模型，我无法访问互联网。"_s,
        "chatter",
        true,
        u"作为一个AI语言模型，我无法访问互联网。"_s);
    row("hope this helps", summary, u"本文提出了新方法。Hope this helps!"_s, "chatter", true, u"Hope this helps!"_s);
    row("preamble without comma",
        summary,
        u"好的我来总结这篇论文。\n本文提出了LumaGrid。"_s,
        "chatter",
        true,
        u"好的我来总结这篇论文。"_s);
    row("no: good initialisation", takeaway, u"好的初始化对收敛至关重要。"_s, "chatter", false);
    row("no: researchers hope", summary, u"研究者希望进一步提升生成质量。"_s, "chatter", false);
    row("no: make sure", summary, u"该损失确保收敛（make sure the model converges）。"_s, "chatter", false);

    // prompt_leak
    row("answer in Chinese",
        methods,
        u"务必使用中文回答，专有名词用英文标注。"_s,
        "prompt_leak",
        true,
        u"务必使用中文回答，专有名词用英文标注。"_s);
    row("follow the format above",
        summary,
        u"请严格按照上面的格式输出。"_s,
        "prompt_leak",
        true,
        u"请严格按照上面的格式输出。"_s);
    row("english instruction",
        conclusion,
        u"Use Chinese answers and follow the format."_s,
        "prompt_leak",
        true,
        u"Use Chinese answers and follow the format."_s);
    row("template ellipsis",
        methods,
        u"(1):xxx；(2):xxx；.......按照以下格式："_s,
        "prompt_leak",
        true,
        u"(1):xxx；(2):xxx；.......按照以下格式："_s);
    row("do not repeat",
        summary,
        u"请勿重复<summary>中已有的内容。"_s,
        "prompt_leak",
        true,
        u"请勿重复<summary>中已有的内容。"_s);
    row("no: strict protocol", summary, u"实验中严格按照标准协议进行评估。"_s, "prompt_leak", false);
    row("no: chinese ellipsis", summary, u"包括去噪、补全......等任务。"_s, "prompt_leak", false);
    row("no: paper summarises", summary, u"本文总结了现有方法的不足。"_s, "prompt_leak", false);

    // tool_error
    row("some error",
        methods,
        u"Some Error for method(请检查Methods章节)"_s,
        "tool_error",
        true,
        u"Some Error for method(请检查Methods章节)"_s);
    row("rate limit",
        summary,
        u"Error: rate limit exceeded, please retry later."_s,
        "tool_error",
        true,
        u"Error: rate limit exceeded, please retry later."_s);
    row("traceback",
        methods,
        u"Traceback (most recent call last):\n  File \"run.py\", line 3"_s,
        "tool_error",
        true,
        u"Traceback (most recent call last):"_s);
    row("request failed", summary, u"请求失败，请稍后重试。"_s, "tool_error", true, u"请求失败，请稍后重试。"_s);
    row("exception class",
        conclusion,
        u"openai.RateLimitError: quota exceeded"_s,
        "tool_error",
        true,
        u"openai.RateLimitError: quota exceeded"_s);
    row("no: error as a term", takeaway, u"GridFlow通过Depth Error Weighted Loss优化训练。"_s, "tool_error", false);
    row("no: generation fails", summary, u"当遮挡严重时，手部姿态生成失败。"_s, "tool_error", false);
    row("no: squared error", summary, u"均方误差（Mean Squared Error）降低。"_s, "tool_error", false);

    // serialized_list
    row("python list in keywords",
        keywords,
        u"['扩散模型'; '高斯溅射']"_s,
        "serialized_list",
        true,
        u"['扩散模型'; '高斯溅射']"_s);
    row("json list",
        summary,
        u"关键词为[\"4D生成\", \"文本提示\"]。"_s,
        "serialized_list",
        true,
        u"[\"4D生成\", \"文本提示\"]"_s);
    row("no: interval", summary, u"在区间[0, 1]内归一化。"_s, "serialized_list", false);
    row("no: one quoted name", summary, u"称为\"场景网格\"的结构。"_s, "serialized_list", false);

    // number_mismatch
    row("other dB", summary, u"PSNR提升了3.1 dB。"_s, "number_mismatch", true, u"3.1 dB"_s);
    row("other percent", oneLine, u"训练时间缩短了40%。"_s, "number_mismatch", true, u"40%"_s);
    row("hours not in source", methods, u"训练需要5小时。"_s, "number_mismatch", true, u"5小时"_s);
    row("metric value", conclusion, u"FID为12.3，优于基线。"_s, "number_mismatch", true, u"12.3"_s);
    row("no: spaced percent", oneLine, u"训练时间缩短了35 %。"_s, "number_mismatch", false);
    row("no: times as bei", summary, u"速度提升2.5倍，PSNR提升2.5dB。"_s, "number_mismatch", false);
    row("no: thousands", summary, u"在1,000个场景和10万条提示上训练。"_s, "number_mismatch", false);
    row("no: names and years", summary, u"基于GPT-4与3DGS的2D/3D方法，发表于2025年。"_s, "number_mismatch", false);
    row("no: number word", summary, u"训练3天，速度提升3倍。"_s, "number_mismatch", false);

    // url_mismatch
    row("other repository",
        urls,
        u"Github: https://github.com/OtherLab/LumaGrid"_s,
        "url_mismatch",
        true,
        u"https://github.com/OtherLab/LumaGrid"_s);
    row("other arxiv paper",
        urls,
        u"https://arxiv.org/abs/2401.99999"_s,
        "url_mismatch",
        true,
        u"https://arxiv.org/abs/2401.99999"_s);
    row("bare arxiv id", summary, u"详见arXiv:2502.00001。"_s, "url_mismatch", true, u"arXiv:2502.00001"_s);
    row("link glued to chinese",
        takeaway,
        u"代码见https://github.com/OtherLab/Grid获取。"_s,
        "url_mismatch",
        true,
        u"https://github.com/OtherLab/Grid"_s);
    row("no: case and slash", urls, u"HTTPS://GitHub.com/examplelab/lumagrid/"_s, "url_mismatch", false);
    row("no: own arxiv with version", urls, u"https://arxiv.org/abs/2501.01234v3"_s, "url_mismatch", false);
    row("no: project page without slash", urls, u"项目主页：https://lumagrid.example.org。"_s, "url_mismatch", false);
    row("no: page inside the repo",
        urls,
        u"https://github.com/ExampleLab/LumaGrid/tree/main。"_s,
        "url_mismatch",
        false);
    row("no: placeholder link", urls, u"https://github.com/xxx/xxx"_s, "url_mismatch", false);

    // author_mismatch
    row("invented authors",
        authors,
        u"Hana Morita, Lars Petersen"_s,
        "author_mismatch",
        true,
        u"Hana Morita, Lars Petersen"_s);
    row("no: accents dropped", authors, u"Mara Kohler, Wei Zhang"_s, "author_mismatch", false);
    row("no: surname first with comma", authors, u"Zhang, Wei; Huang, Jia-Bin"_s, "author_mismatch", false);
    row("no: hyphen dropped", authors, u"Ana Garcia, Jiabin Huang 等"_s, "author_mismatch", false);
    row("no: chinese characters", authors, u"张伟、黄嘉彬等"_s, "author_mismatch", false);
    row("invented chinese names", authors, u"刘洋、陈晨等"_s, "author_mismatch", true, u"刘洋、陈晨等"_s);
    row("no: chinese in latin order", authors, u"魏张、嘉斌黄"_s, "author_mismatch", false);
    row("no: transliterated names", authors, u"约翰·史密斯、玛丽·李"_s, "author_mismatch", false);
    row("no: names unlisted", authors, u"匿名投稿，具体作者名称未列出。"_s, "author_mismatch", false);
    row("no: placeholder instead", authors, u"作者：xxx, xxx"_s, "author_mismatch", false);
    row("no: other fields", summary, u"Hana Morita, Lars Petersen"_s, "author_mismatch", false);

    // title_mismatch
    row("method name dropped",
        title,
        u"基于文本提示的一致性4D场景生成"_s,
        "title_mismatch",
        true,
        u"基于文本提示的一致性4D场景生成"_s);
    row("name the English lacks",
        title,
        u"LumaGrid与SceneForge3D：基于文本提示的4D场景生成"_s,
        "title_mismatch",
        true,
        u"SceneForge3D"_s);
    row("no: name kept", title, u"LumaGrid：基于文本提示的一致性4D场景生成"_s, "title_mismatch", false);
    row("no: name hyphenated", title, u"Luma-Grid：基于文本提示的一致性4D场景生成"_s, "title_mismatch", false);
    row("no: term from the abstract", title, u"LumaGrid：基于3DGS的一致性4D场景生成"_s, "title_mismatch", false);

    // untranslated
    row("english summary",
        summary,
        u"LumaGrid is a method for text-driven 4D scene generation that improves the quality of the results."_s,
        "untranslated",
        true,
        u"LumaGrid is a method for text-driven 4D scene generation that improves the quality of the results."_s);
    row("english title",
        title,
        u"LumaGrid: Consistent 4D Scene Generation from Text Prompts"_s,
        "untranslated",
        true,
        u"LumaGrid: Consistent 4D Scene Generation from Text Prompts"_s);
    row("no: title with its original",
        title,
        u"LumaGrid：基于文本提示的一致性4D场景生成（LumaGrid: Consistent 4D Scene Generation from Text Prompts）"_s,
        "untranslated",
        false);
    row("no: names and terms",
        takeaway,
        u"LumaGrid结合3DGS、GPT-4和Diffusion Transformer进行Text-to-4D生成。"_s,
        "untranslated",
        false);
    row("no: author names",
        authors,
        u"Mara Köhler, Wei Zhang, Jia-Bin Huang and Ana García-Pérez"_s,
        "untranslated",
        false);

    // glossary
    row("wrong rendering", summary, u"本文基于三维高斯泼溅实现场景生成。"_s, "glossary", true, u"高斯泼溅"_s);
    row("plural term", summary, u"弥散模型引导优化。"_s, "glossary", true, u"弥散模型"_s);
    row("no: preferred present", summary, u"本文基于高斯溅射（又称高斯泼溅）实现。"_s, "glossary", false);
    row("no: term not in English", summary, u"神经光场被用于渲染。"_s, "glossary", false);
    row("no: metadata field", keywords, u"高斯泼溅; 4D生成"_s, "glossary", false);

    // empty
    row("empty item", methods, QString(), "empty", true, QString());
    row("dots only", conclusion, u"..."_s, "empty", true, u"..."_s);
    row("dashes only", summary, u" —— "_s, "empty", true, u"——"_s);
    row("no: ellipsis in a sentence", summary, u"本文……提出了新方法。"_s, "empty", false);

    // truncated
    row("ends on a comma",
        summary,
        u"本文提出了一种新的4D场景生成方法，"_s,
        "truncated",
        true,
        u"本文提出了一种新的4D场景生成方法，"_s);
    row("ends on he", conclusion, u"该方法提升了质量。同时兼顾速度和"_s, "truncated", true, u"同时兼顾速度和"_s);
    row("latin word cut", methods, u"我们采用Gaussian Splat"_s, "truncated", true, u"我们采用Gaussian Splat"_s);
    row("no: word ending in de", summary, u"这正是本研究的目的"_s, "truncated", false);
    row("no: no full stop but complete", takeaway, u"LumaGrid速度提升2.5倍"_s, "truncated", false);
    row("no: whole latin word", summary, u"该方法主要基于3DGS"_s, "truncated", false);
    row("no: title field", title, u"LumaGrid：基于文本提示的4D场景生成，"_s, "truncated", false);
    row("no: semicolon ends a sub-point", conclusion, u"工作量：中等；"_s, "truncated", false);
}

void TestReviewChecker::checks()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, check);
    QFETCH(bool, fires);
    QFETCH(QString, excerpt);

    const QList<Finding> all = m_checker.check({field, 0, text}, lumaGrid());
    const QList<Finding> found = findingsOf(all, check);
    QVERIFY2(fires == !found.isEmpty(), qPrintable(describe(all)));
    for (const Finding &finding : all) {
        QCOMPARE(finding.excerpt, text.mid(finding.start, finding.end - finding.start));
        QCOMPARE(finding.severity, ReviewChecker::info(finding.check)->severity);
    }
    if (fires) {
        QCOMPARE(found.constFirst().excerpt, excerpt);
    }
}

void TestReviewChecker::findingsAreSortedWithExactExcerpts()
{
    const QString
        text = u"好的，以下是总结：\n该方法在[领域]中将PSNR提升了9.9 dB，详见https://github.com/OtherLab/X。"_s;
    const QList<Finding> findings = m_checker.check({SegmentFields::Summary, 0, text}, lumaGrid());
    QStringList checks;
    for (const Finding &finding : findings) {
        checks.append(finding.check);
    }
    QCOMPARE(checks, (QStringList{u"chatter"_s, u"placeholder"_s, u"number_mismatch"_s, u"url_mismatch"_s}));
    for (qsizetype i = 1; i < findings.size(); ++i) {
        QVERIFY(findings.at(i - 1).start <= findings.at(i).start);
    }
    QCOMPARE(findings.at(2).excerpt, u"9.9 dB"_s);
    QCOMPARE(findings.at(2).start, text.indexOf(u"9.9"_s));
}

void TestReviewChecker::preparedSourceGivesTheSameFindings()
{
    const DigestEntry entry = lumaGrid();
    const PreparedSource source = m_checker.prepare(entry);
    QCOMPARE(source.methodTokens, QStringList{u"lumagrid"_s});
    QVERIFY(source.surnames.contains(u"kohler"_s));
    QVERIFY(source.surnames.contains(u"garcia"_s));
    QCOMPARE(source.glossaryTerms, (QList<int>{0, 1})); // NeRF is not in the English
    const SegmentText segment{SegmentFields::Conclusion, 0, u"PSNR提升7 dB，见[论文链接]，速度和"_s};
    QCOMPARE(m_checker.check(segment, source), m_checker.check(segment, entry));
    QCOMPARE(m_checker.check(segment, source).size(), 3);
}

void TestReviewChecker::sharedCheckerGivesTheSameFindingsOnThreads()
{
    // The checker and its compiled patterns are shared by worker threads.
    const DigestEntry entry = lumaGrid();
    const QList<SegmentText> segments = {
        {SegmentFields::Summary, 0, u"好的，以下是总结：该方法在[领域]中将PSNR提升了9.9 dB。"_s},
        {SegmentFields::Urls, 0, u"https://github.com/OtherLab/LumaGrid, Github: None"_s},
        {SegmentFields::Authors, 0, u"Hana Morita, Lars Petersen"_s},
    };
    QList<QList<Finding>> expected;
    for (const SegmentText &segment : segments) {
        expected.append(m_checker.check(segment, entry));
    }
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    threads.reserve(4);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 200; ++round) {
                const qsizetype i = (round + t) % segments.size();
                if (m_checker.check(segments.at(i), entry) != expected.at(i)) {
                    ++mismatches[std::size_t(t)];
                }
            }
        });
    }
    for (std::thread &thread : threads) {
        thread.join();
    }
    QCOMPARE(mismatches, std::vector<int>(4, 0));
}

void TestReviewChecker::parserKeepsEmptyItemsAndCheckerReportsThem()
{
    QFile file(QStringLiteral(PAPERSHELF_TEST_DATA "/review/empty-items.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ParsedDigest digest = DigestParser::parse(file.readAll(), u"tests/data/review/empty-items.md"_s);
    QCOMPARE(digest.entries.size(), 2);

    const DigestEntry &gaps = digest.entries.at(0);
    QCOMPARE(gaps.structured.emptyItems, (QStringList{u"affiliation"_s, u"keywords"_s}));
    QCOMPARE(gaps.structured.methods, u"..."_s);
    const QList<SegmentText> segments = SegmentFields::extract(gaps);
    QList<QString> emptyFields;
    for (const SegmentText &segment : segments) {
        if (segment.text.isEmpty()) {
            emptyFields.append(segment.field);
        }
    }
    QCOMPARE(emptyFields, (QList<QString>{SegmentFields::Affiliation, SegmentFields::Keywords}));
    QStringList emptyFindings;
    for (const SegmentText &segment : segments) {
        for (const Finding &finding : m_checker.check(segment, gaps)) {
            if (finding.check == u"empty"_s) {
                emptyFindings.append(segment.field);
            }
        }
    }
    QCOMPARE(emptyFindings, (QStringList{SegmentFields::Affiliation, SegmentFields::Keywords, SegmentFields::Methods}));

    // A reviewer's text fills the item.
    DigestEntry filled = gaps;
    QVERIFY(SegmentFields::apply(filled, SegmentFields::Affiliation, 0, u"示例大学"_s));
    QCOMPARE(filled.structured.emptyItems, QStringList{u"keywords"_s});

    const DigestEntry &complete = digest.entries.at(1);
    QVERIFY(complete.structured.emptyItems.isEmpty());
    QCOMPARE(SegmentFields::extract(complete).size(), 10);
}

void TestReviewChecker::codecStoresEmptyItemsOnlyWhenThereAreSome()
{
    StructuredSummary summary;
    summary.titleZh = u"安静场"_s;
    summary.conclusion = u"有效。"_s;
    QVERIFY(!EntryCodec::encodeStructured(summary).contains(u"empty_items"_s));
    summary.emptyItems = {u"affiliation"_s, u"keywords"_s};
    const QString json = EntryCodec::encodeStructured(summary);
    QVERIFY(json.contains(u"\"empty_items\":[\"affiliation\",\"keywords\"]"_s));
    QCOMPARE(EntryCodec::decodeStructured(json), summary);
    StructuredSummary without = summary;
    without.emptyItems.clear();
    QVERIFY(!(without == summary));
}

void TestReviewChecker::parsedDigestGetsTheExpectedFindings()
{
    // End to end: a digest written with one fault per segment, through the
    // parser and SegmentFields, gets exactly these findings and no others.
    QFile file(QStringLiteral(PAPERSHELF_TEST_DATA "/review/machine-faults.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ParsedDigest digest = DigestParser::parse(file.readAll(), u"tests/data/review/machine-faults.md"_s);
    QCOMPARE(digest.entries.size(), 1);
    const DigestEntry &entry = digest.entries.constFirst();
    const PreparedSource source = m_checker.prepare(entry);
    QStringList found;
    for (const SegmentText &segment : SegmentFields::extract(entry)) {
        for (const Finding &finding : m_checker.check(segment, source)) {
            found.append(u"%1/%2 %3: %4"_s.arg(segment.field).arg(segment.index).arg(finding.check, finding.excerpt));
        }
    }
    const QStringList expected = {
        u"summary_zh/0 truncated: LumaGrid将PSNR提升了3.1 dB，"_s, // sorted by start: the clause starts first
        u"summary_zh/0 number_mismatch: 3.1 dB"_s,
        u"takeaways_zh/1 non_answer: 抱歉，摘要中没有提供训练细节。"_s,
        u"structured.title_zh/0 title_mismatch: 基于文本提示的一致性4D场景生成"_s,
        u"structured.authors/0 author_mismatch: Hana Morita, Lars Petersen"_s,
        u"structured.affiliation/0 placeholder: xxx"_s,
        u"structured.keywords/0 serialized_list: ['扩散模型'; '高斯溅射']"_s,
        u"structured.urls/0 url_mismatch: https://arxiv.org/abs/2401.99999"_s,
        u"structured.summary/0 chatter: (2) 以上是对该论文背景的总结，希望对您有所帮助。"_s,
        u"structured.methods/0 prompt_leak: (1) 务必使用中文回答，专有名词用英文标注。"_s,
        u"structured.conclusion/0 truncated: 该方法在质量和"_s,
    };
    QCOMPARE(found, expected);
}

void TestReviewChecker::corpusFindingRatesAreSane()
{
    const QString root = qEnvironmentVariable("PAPERSHELF_CORPUS");
    if (root.isEmpty()) {
        QSKIP("PAPERSHELF_CORPUS is not set");
    }
    QList<DigestEntry> entries;
    QDirIterator it(root, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        entries.append(DigestParser::parse(file.readAll(), path).entries);
    }
    QVERIFY(entries.size() > 500);

    const ReviewChecker checker;
    QHash<QString, int> segmentsWith; // check id -> segments with at least one finding
    int segments = 0;
    for (const DigestEntry &entry : entries) {
        const PreparedSource source = checker.prepare(entry);
        for (const SegmentText &segment : SegmentFields::extract(entry)) {
            ++segments;
            QSet<QString> checks;
            for (const Finding &finding : checker.check(segment, source)) {
                QVERIFY(finding.start >= 0 && finding.start <= finding.end && finding.end <= segment.text.size());
                QCOMPARE(finding.excerpt, segment.text.mid(finding.start, finding.end - finding.start));
                checks.insert(finding.check);
            }
            for (const QString &check : std::as_const(checks)) {
                ++segmentsWith[check];
            }
        }
    }
    qInfo("%d entries, %d segments", int(entries.size()), segments);
    for (const CheckInfo &info : ReviewChecker::catalog()) {
        const int count = segmentsWith.value(info.id);
        qInfo("%-16s %5d segments (%.2f%%)", qPrintable(info.id), count, 100.0 * count / segments);
        // No check may flag a large share of the corpus: that would be noise.
        QVERIFY2(count * 100 < segments * 8, qPrintable(info.id));
    }
    // What the corpus README counts in the generated text, the checks must find.
    QVERIFY(segmentsWith.value(u"placeholder"_s) >= 100);
    QVERIFY(segmentsWith.value(u"non_answer"_s) >= 100);
    QVERIFY(segmentsWith.value(u"chatter"_s) >= 100);
    QVERIFY(segmentsWith.value(u"prompt_leak"_s) >= 10);
    QVERIFY(segmentsWith.value(u"author_mismatch"_s) >= 10);
    QVERIFY(segmentsWith.value(u"url_mismatch"_s) >= 10);
    QVERIFY(segmentsWith.value(u"title_mismatch"_s) >= 10);
}

QTEST_GUILESS_MAIN(TestReviewChecker)

#include "tst_reviewchecker.moc"
