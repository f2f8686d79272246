#pragma once

#include "core/arxiv/arxivrecord.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>

namespace PaperShelf::Core {

/// The content of one arXiv API response (an Atom feed).
struct ArxivFeed
{
    QList<ArxivRecord> records;
    /// Error entries (`<id>` under `/api/errors`): their `<summary>`, e.g.
    /// "incorrect id format for 1234". The API reports them with HTTP 200 or 400.
    QStringList errors;
};

/// Parses the arXiv API's Atom feed with QXmlStreamReader. Pure: no I/O.
class ArxivFeedParser final
{
public:
    /// Parses `xml`; an error when it is not well-formed XML or not an Atom feed.
    static Result<ArxivFeed> parse(const QByteArray &xml);

    /// Splits an entry id ("http://arxiv.org/abs/2402.11111v3") or a bare id
    /// ("2402.11111v3") into the id without version and the version (0: none).
    static std::pair<QString, int> splitId(QStringView idOrUrl);
};

} // namespace PaperShelf::Core
