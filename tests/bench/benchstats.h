#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace PaperShelf::Bench {

/// Timings of one benchmark: runs a body repeatedly and reports median and p95.
class BenchStats final
{
public:
    explicit BenchStats(QString name);

    /// Times `body` `runs` times (after `warmup` untimed runs).
    static BenchStats measure(const QString &name, int runs, int warmup, const std::function<void()> &body);

    void add(double milliseconds) { m_samples.append(milliseconds); }

    double median() const;
    double p95() const;

    int runs() const { return static_cast<int>(m_samples.size()); }

    /// {"name","median_ms","p95_ms","runs"} plus any extra fields.
    QJsonObject toJson() const;

    QJsonObject &extra() { return m_extra; }

private:
    double percentile(double fraction) const;

    QString m_name;
    QList<double> m_samples;
    QJsonObject m_extra;
};

/// Peak resident set size of this process so far, in MB.
double peakRssMb();

} // namespace PaperShelf::Bench
