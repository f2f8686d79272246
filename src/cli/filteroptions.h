#pragma once

#include "core/search/paperfilter.h"
#include "core/util/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace PaperShelf::Cli {

/// The filter options shared by list, tags, export and the fetch commands:
/// --query TEXT, --tag T, --any-tag T, --not-tag T (repeatable; T is "name" or "kind:name"),
/// --status S (unread, to-read, reading, read; repeatable or comma-separated),
/// --favourites, --with-notes and --latest-digest.
class FilterOptions final
{
public:
    FilterOptions();

    void addTo(QCommandLineParser &parser) const;
    /// The filter the options give; an unknown --status is an error.
    Core::Result<Core::PaperFilter> filter(const QCommandLineParser &parser) const;

    /// `base` (a shelf's filter) narrowed by `options`: texts are joined, tag
    /// lists appended, flags combined; statuses given by both must overlap and
    /// any-of tags cannot come from both (that would widen the shelf).
    static Core::Result<Core::PaperFilter> narrow(const Core::PaperFilter &base, const Core::PaperFilter &options);

private:
    QCommandLineOption m_query;
    QCommandLineOption m_tag;
    QCommandLineOption m_anyTag;
    QCommandLineOption m_notTag;
    QCommandLineOption m_status;
    QCommandLineOption m_favourites;
    QCommandLineOption m_withNotes;
    QCommandLineOption m_latestDigest;
};

} // namespace PaperShelf::Cli
