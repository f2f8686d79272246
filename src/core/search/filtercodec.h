#pragma once

#include "core/search/paperfilter.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace PaperShelf::Core {

/// Writes a PaperFilter with its sort order as JSON and reads it back; shelves
/// store their search this way. The object carries "format": 1 and only the
/// conditions that are set:
///
///     {"format": 1, "text": "nerf \"light field\"",
///      "all_of": [{"name": "NeRF", "kind": "topic"}], "any_of": [...], "none_of": [{"name": "x"}],
///      "statuses": ["to_read", "reading"], "favourites_only": true, "with_notes_only": true,
///      "latest_digest_only": true, "sort": "title", "reversed": true}
///
/// A tag selector without "kind" matches the name in any kind. Reading is strict:
/// an unknown key, a value of the wrong type, an unknown status, kind or sort, or
/// a newer format is an error (a shelf written by a newer PaperShelf must not
/// silently show more papers than it was saved with).
class FilterCodec final
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Core::FilterCodec)

public:
    /// What a shelf remembers of the paper list.
    struct Search
    {
        PaperFilter filter;
        std::optional<SortOrder> sort; ///< nullopt: the list's default order
        bool reversed = false;

        friend bool operator==(const Search &, const Search &) = default;
    };

    static constexpr int Format = 1;

    static QJsonObject toJsonObject(const Search &search);
    /// Compact JSON text of toJsonObject().
    static QByteArray encode(const Search &search);

    static Result<Search> fromJsonObject(const QJsonObject &object);
    /// Reads encode()'s text; garbled text is an error.
    static Result<Search> decode(const QByteArray &json);

    /// "relevance", "date", "title", "topics", "status", "rating", "figures", "review_progress", "pdf".
    static QString sortOrderName(SortOrder sort);
    /// Parses sortOrderName()'s names; returns false for anything else.
    static bool parseSortOrder(QStringView text, SortOrder *sort);
};

} // namespace PaperShelf::Core
