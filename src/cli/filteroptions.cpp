#include "cli/filteroptions.h"

namespace PaperShelf::Cli {

namespace {

QList<Core::TagSelector> selectors(const QStringList &values)
{
    QList<Core::TagSelector> list;
    for (const QString &value : values) {
        list.append(Core::TagSelector::parse(value));
    }
    return list;
}

} // namespace

FilterOptions::FilterOptions()
    : m_query(QStringLiteral("query"),
              QStringLiteral(
                  "Full-text search: words, prefix*, \"phrases\", -excluded; Chinese terms of 2+ characters."),
              QStringLiteral("TEXT"))
    , m_tag(QStringLiteral("tag"),
            QStringLiteral("Papers with this tag (repeatable: all of them)."),
            QStringLiteral("T"))
    , m_anyTag(QStringLiteral("any-tag"),
               QStringLiteral("Papers with at least one of these tags (repeatable)."),
               QStringLiteral("T"))
    , m_notTag(QStringLiteral("not-tag"), QStringLiteral("Papers without this tag (repeatable)."), QStringLiteral("T"))
    , m_status(QStringLiteral("status"),
               QStringLiteral("Papers with this reading status: unread, to-read, reading or read (repeatable or "
                              "comma-separated: any of them)."),
               QStringLiteral("S"))
    , m_favourites(QStringLiteral("favourites"), QStringLiteral("Only favourite papers."))
    , m_withNotes(QStringLiteral("with-notes"), QStringLiteral("Only papers with notes."))
    , m_latestDigest(QStringLiteral("latest-digest"),
                     QStringLiteral("Only papers new in the latest digest (first seen on the latest digest date)."))
{
}

void FilterOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_query);
    parser.addOption(m_tag);
    parser.addOption(m_anyTag);
    parser.addOption(m_notTag);
    parser.addOption(m_status);
    parser.addOption(m_favourites);
    parser.addOption(m_withNotes);
    parser.addOption(m_latestDigest);
}

Core::Result<Core::PaperFilter> FilterOptions::filter(const QCommandLineParser &parser) const
{
    Core::PaperFilter filter;
    filter.text = parser.values(m_query).join(QLatin1Char(' '));
    filter.allOf = selectors(parser.values(m_tag));
    filter.anyOf = selectors(parser.values(m_anyTag));
    filter.noneOf = selectors(parser.values(m_notTag));
    for (const QString &value : parser.values(m_status)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            // The command line spells "to_read" with a hyphen; both are accepted.
            QString name = part.trimmed().toLower();
            name.replace(QLatin1Char('-'), QLatin1Char('_'));
            Core::ReadingStatus status = Core::ReadingStatus::Unread;
            if (!Core::parseReadingStatus(name, &status)) {
                return Core::Error{
                    QStringLiteral("--status must be unread, to-read, reading or read, not \"%1\"").arg(part)};
            }
            if (!filter.statuses.contains(status)) {
                filter.statuses.append(status);
            }
        }
    }
    filter.favouritesOnly = parser.isSet(m_favourites);
    filter.withNotesOnly = parser.isSet(m_withNotes);
    filter.latestDigestOnly = parser.isSet(m_latestDigest);
    return filter;
}

Core::Result<Core::PaperFilter> FilterOptions::narrow(const Core::PaperFilter &base, const Core::PaperFilter &options)
{
    Core::PaperFilter filter = base;
    if (!options.text.trimmed().isEmpty()) {
        filter.text = base.text.trimmed().isEmpty() ? options.text : base.text + QLatin1Char(' ') + options.text;
    }
    filter.allOf += options.allOf;
    filter.noneOf += options.noneOf;
    if (!options.anyOf.isEmpty()) {
        if (!base.anyOf.isEmpty()) {
            return Core::Error{QStringLiteral("--any-tag cannot narrow a shelf that has any-of tags of its own")};
        }
        filter.anyOf = options.anyOf;
    }
    if (options.statusMask() != 0) {
        if (base.statusMask() == 0) {
            filter.statuses = options.statuses;
        } else {
            filter.statuses.clear();
            for (const Core::ReadingStatus status : base.statuses) {
                if (options.statuses.contains(status) && !filter.statuses.contains(status)) {
                    filter.statuses.append(status);
                }
            }
            if (filter.statuses.isEmpty()) {
                return Core::Error{QStringLiteral("--status has no status in common with the shelf's")};
            }
        }
    }
    filter.favouritesOnly = base.favouritesOnly || options.favouritesOnly;
    filter.withNotesOnly = base.withNotesOnly || options.withNotesOnly;
    filter.latestDigestOnly = base.latestDigestOnly || options.latestDigestOnly;
    return filter;
}

} // namespace PaperShelf::Cli
