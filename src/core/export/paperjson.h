#pragma once

#include "core/db/records.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace PaperShelf::Core {

/// The canonical JSON form of a paper, shared by `papershelf-cli show --json`
/// and `export --format json`. Scripts depend on it, so the key set is fixed:
///
///     id, arxiv_id, arxiv_version, title, authors, abstract, pdf_url, comment,
///     links, summary_zh, takeaways_zh,
///     structured {title_zh, authors, affiliation, keywords, urls, summary, methods, conclusion},
///     topics, tags, appearances [{date, topic, source}], screenshots [{url, cached}],
///     status, rating, notes
///
/// Every key is always present. `arxiv_id` is null (not "") for a paper that
/// has no arXiv id, so that "unknown" cannot be confused with an id;
/// `arxiv_version` is then 0. Other text fields are "" when empty, list fields
/// []. `topics` and `tags` ("kind:name") are sorted by code point; dates are
/// ISO `YYYY-MM-DD` (null if a stored date is invalid); `status` is the
/// readingStatusName() string. The favourite flag and internal row ids are
/// deliberately not part of the format.
class PaperJson final
{
public:
    static QJsonObject toJson(const PaperDetails &paper);

    /// A JSON array of toJson() objects in input order, indented, UTF-8
    /// (non-ASCII characters are written as-is, not as \u escapes).
    static QByteArray exportPapers(const QList<PaperDetails> &papers);
};

} // namespace PaperShelf::Core
