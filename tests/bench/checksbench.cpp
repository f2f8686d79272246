#include "checksbench.h"

#include "benchstats.h"
#include "core/digest/digestparser.h"
#include "core/review/reviewchecker.h"
#include "core/review/segmentfields.h"
#include "syntheticlibrary.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace PaperShelf::Bench {

namespace {

/// An entry with its segments, extracted ahead of the timed part.
struct CheckInput
{
    Core::DigestEntry entry;
    QList<Core::SegmentText> segments;
};

CheckInput toInput(Core::DigestEntry entry)
{
    QList<Core::SegmentText> segments = Core::SegmentFields::extract(entry);
    return {std::move(entry), std::move(segments)};
}

/// Checks `count` papers of `inputs` (round-robin); returns the number of findings.
qint64 checkAll(const Core::ReviewChecker &checker, const QList<CheckInput> &inputs, qint64 count)
{
    qint64 findings = 0;
    for (qint64 i = 0; i < count; ++i) {
        const CheckInput &input = inputs.at(i % inputs.size());
        const Core::PreparedSource source = checker.prepare(input.entry);
        for (const Core::SegmentText &segment : input.segments) {
            findings += checker.check(segment, source).size();
        }
    }
    return findings;
}

BenchStats measureChecks(
    const QString &name, const Core::ReviewChecker &checker, const QList<CheckInput> &inputs, qint64 papers, int runs)
{
    qint64 findings = 0;
    BenchStats stats = BenchStats::measure(name, runs, 0, [&] {
        findings = checkAll(checker, inputs, papers);
    });
    qint64 segments = 0;
    for (qint64 i = 0; i < papers; ++i) {
        segments += inputs.at(i % inputs.size()).segments.size();
    }
    stats.extra().insert(QStringLiteral("papers"), papers);
    stats.extra().insert(QStringLiteral("distinct_papers"), static_cast<qint64>(inputs.size()));
    stats.extra().insert(QStringLiteral("segments"), segments);
    stats.extra().insert(QStringLiteral("findings"), findings);
    stats.extra().insert(QStringLiteral("us_per_paper"), stats.median() * 1000.0 / static_cast<double>(papers));
    return stats;
}

/// Forty terms of the fields the digests cover, each with one or two wrong
/// renderings: the glossary store's starter list is not on this branch, and the
/// cost of the glossary check grows with the number of terms.
QList<Core::GlossaryTerm> benchGlossary()
{
    const QList<std::pair<const char16_t *, const char16_t *>> terms = {
        {u"Gaussian Splatting", u"高斯溅射"},
        {u"neural radiance field", u"神经辐射场"},
        {u"diffusion model", u"扩散模型"},
        {u"transformer", u"Transformer"},
        {u"point cloud", u"点云"},
        {u"novel view synthesis", u"新视角合成"},
        {u"talking head", u"说话人头像"},
        {u"avatar", u"数字人"},
        {u"mesh", u"网格"},
        {u"latent space", u"潜空间"},
        {u"denoising", u"去噪"},
        {u"score distillation", u"分数蒸馏"},
        {u"text-to-image", u"文生图"},
        {u"text-to-3D", u"文本到3D"},
        {u"segmentation", u"分割"},
        {u"depth estimation", u"深度估计"},
        {u"rendering", u"渲染"},
        {u"rasterization", u"光栅化"},
        {u"ray tracing", u"光线追踪"},
        {u"signed distance function", u"有符号距离函数"},
        {u"fine-tuning", u"微调"},
        {u"benchmark", u"基准"},
        {u"ablation", u"消融"},
        {u"backbone", u"骨干网络"},
        {u"encoder", u"编码器"},
        {u"decoder", u"解码器"},
        {u"attention", u"注意力"},
        {u"cross-attention", u"交叉注意力"},
        {u"optical flow", u"光流"},
        {u"pose estimation", u"姿态估计"},
        {u"lip sync", u"唇形同步"},
        {u"photorealistic", u"照片级真实感"},
        {u"sparse view", u"稀疏视角"},
        {u"inpainting", u"修复"},
        {u"super-resolution", u"超分辨率"},
        {u"medical image", u"医学图像"},
        {u"zero-shot", u"零样本"},
        {u"few-shot", u"少样本"},
        {u"real-time", u"实时"},
        {u"large language model", u"大语言模型"},
    };
    QList<Core::GlossaryTerm> glossary;
    for (const auto &[term, preferred] : terms) {
        Core::GlossaryTerm entry;
        entry.term = QString::fromUtf16(term);
        entry.preferred = QString::fromUtf16(preferred);
        entry.wrong = {entry.preferred + QStringLiteral("法"), QStringLiteral("误译") + entry.preferred};
        glossary.append(entry);
    }
    return glossary;
}

} // namespace

int checksBench(const QCommandLineParser &parser)
{
    const int runs = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toInt() : 3;
    const qint64 papers = parser.isSet(QStringLiteral("papers")) ? parser.value(QStringLiteral("papers")).toLongLong()
                                                                 : 100'000;
    const Core::ReviewChecker checker(benchGlossary());
    QList<BenchStats> results;

    const QString root = qEnvironmentVariable("PAPERSHELF_CORPUS");
    if (!root.isEmpty()) {
        QList<CheckInput> corpus;
        QDirIterator it(root, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            for (Core::DigestEntry &entry : Core::DigestParser::parse(file.readAll(), file.fileName()).entries) {
                corpus.append(toInput(std::move(entry)));
            }
        }
        if (!corpus.isEmpty()) {
            results.append(measureChecks(QStringLiteral("checks_corpus"), checker, corpus, corpus.size(), runs));
        }
    }

    SyntheticLibrary library(1);
    QList<CheckInput> synthetic;
    for (const Core::DigestEntry &entry : library.papers(0, static_cast<int>(std::min<qint64>(papers, 10'000)))) {
        synthetic.append(toInput(entry));
    }
    results.append(measureChecks(QStringLiteral("checks_synthetic"), checker, synthetic, papers, runs));

    QJsonArray array;
    for (const BenchStats &stats : results) {
        array.append(stats.toJson());
    }
    const QJsonObject report{{QStringLiteral("benchmarks"), array}, {QStringLiteral("peak_rss_mb"), peakRssMb()}};
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}

} // namespace PaperShelf::Bench
