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
{
}

void FilterOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_query);
    parser.addOption(m_tag);
    parser.addOption(m_anyTag);
    parser.addOption(m_notTag);
}

Core::PaperFilter FilterOptions::filter(const QCommandLineParser &parser) const
{
    Core::PaperFilter filter;
    filter.text = parser.values(m_query).join(QLatin1Char(' '));
    filter.allOf = selectors(parser.values(m_tag));
    filter.anyOf = selectors(parser.values(m_anyTag));
    filter.noneOf = selectors(parser.values(m_notTag));
    return filter;
}

} // namespace PaperShelf::Cli
