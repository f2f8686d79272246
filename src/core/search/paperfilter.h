#pragma once

#include "core/db/records.h"

#include <QList>
#include <QString>

#include <optional>

namespace PaperShelf::Core {

/// A tag named by the user: "name" matches that name in any kind, "kind:name"
/// (topic:, keyword:, user:) only in that kind. Names compare case-insensitively.
struct TagSelector
{
    QString name;
    std::optional<TagKind> kind;

    static TagSelector parse(const QString &text);
    QString toString() const;
    friend bool operator==(const TagSelector &, const TagSelector &) = default;
};

/// Which papers to show: a search text (see TextQuery) and tag conditions.
struct PaperFilter
{
    QString text;
    QList<TagSelector> allOf;  ///< every one of these (AND)
    QList<TagSelector> anyOf;  ///< at least one of these (OR)
    QList<TagSelector> noneOf; ///< none of these (NOT)

    bool isEmpty() const;
};

enum class SortOrder {
    Relevance, ///< bm25 rank of the text search; date without a text
    Date,      ///< latest appearance, newest first
    Title,
};

struct ListRequest
{
    PaperFilter filter;
    std::optional<SortOrder> sort; ///< default: relevance with a text, else date
    int limit = 50;                ///< 0 = no limit
    int offset = 0;
};

struct PaperPage
{
    int total = 0; ///< all matches, not just this page
    QList<PaperSummary> papers;
};

} // namespace PaperShelf::Core
