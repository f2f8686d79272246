#pragma once

#include <QRandomGenerator>
#include <QUrl>

#include <chrono>

namespace PaperShelf::Net {

/// Limits and retry rules for downloading many files (screenshots, PDFs). The
/// defaults are the product's; tests shorten the times so that faults stay fast.
struct FetchPolicy
{
    int concurrency = 6; ///< requests in flight at once
    int perHost = 2;     ///< requests in flight to one host
    /// Abort when no byte arrives for this long (QNetworkRequest::setTransferTimeout).
    std::chrono::milliseconds inactivityTimeout{15'000};
    /// Abort a file that has not completed this long after its request started.
    std::chrono::milliseconds deadline{60'000};
    int maxRedirects = 5;
    qint64 maxBytes = 20 * 1024 * 1024; ///< per file; enforced while reading
    int retries = 3;                    ///< extra attempts after a transient failure
    /// Backoff before retry n (1-based): base * 2^(n-1), plus up to 50 % jitter.
    std::chrono::milliseconds retryBaseDelay{1'000};
    /// Longest Retry-After honoured; a server asking for more is treated as this.
    std::chrono::milliseconds maxRetryAfter{60'000};
    /// Consecutive connection failures (refused, unknown host, network down) with
    /// no success in between after which the fetcher switches to offline mode.
    int offlineAfterFailures = 8;

    /// Whether a redirect from `from` to `to` may be followed: only to http(s),
    /// and never from https to plain http.
    static bool allowsRedirect(const QUrl &from, const QUrl &to)
    {
        const QString target = to.scheme().toLower();
        if (target != QLatin1String("http") && target != QLatin1String("https")) {
            return false;
        }
        return !(from.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
                 && target == QLatin1String("http"));
    }

    /// The wait before retry `attempt` (1-based). `retryAfter` is the server's
    /// Retry-After (zero when absent); `random` supplies the jitter.
    std::chrono::milliseconds retryDelay(int attempt,
                                         std::chrono::milliseconds retryAfter,
                                         QRandomGenerator &random) const
    {
        const qint64 base = retryBaseDelay.count() << qBound(0, attempt - 1, 20);
        const qint64 jitter = base > 0 ? static_cast<qint64>(random.bounded(static_cast<double>(base) / 2.0)) : 0;
        const qint64 asked = qMin(retryAfter.count(), maxRetryAfter.count());
        return std::chrono::milliseconds(qMax(base + jitter, asked));
    }
};

} // namespace PaperShelf::Net
