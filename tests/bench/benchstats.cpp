#include "benchstats.h"

#include <QElapsedTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>

namespace PaperShelf::Bench {

BenchStats::BenchStats(QString name)
    : m_name(std::move(name))
{
}

BenchStats BenchStats::measure(const QString &name, int runs, int warmup, const std::function<void()> &body)
{
    BenchStats stats(name);
    for (int i = 0; i < warmup; ++i) {
        body();
    }
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        body();
        stats.add(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return stats;
}

double BenchStats::percentile(double fraction) const
{
    if (m_samples.isEmpty()) {
        return 0;
    }
    QList<double> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    // Nearest-rank percentile: the smallest sample with at least `fraction` of samples at or below it.
    const auto rank = static_cast<qsizetype>(std::ceil(fraction * static_cast<double>(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

double BenchStats::median() const
{
    return percentile(0.5);
}

double BenchStats::p95() const
{
    return percentile(0.95);
}

QJsonObject BenchStats::toJson() const
{
    QJsonObject object = m_extra;
    object.insert(QStringLiteral("name"), m_name);
    object.insert(QStringLiteral("median_ms"), std::round(median() * 100) / 100);
    object.insert(QStringLiteral("p95_ms"), std::round(p95() * 100) / 100);
    object.insert(QStringLiteral("runs"), runs());
    return object;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

} // namespace PaperShelf::Bench
