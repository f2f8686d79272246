#pragma once

#include "core/search/paperfilter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace PaperShelf::Cli {

/// The filter options shared by list, tags and export:
/// --query TEXT, --tag T, --any-tag T, --not-tag T (repeatable; T is "name" or "kind:name").
class FilterOptions final
{
public:
    FilterOptions();

    void addTo(QCommandLineParser &parser) const;
    Core::PaperFilter filter(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_query;
    QCommandLineOption m_tag;
    QCommandLineOption m_anyTag;
    QCommandLineOption m_notTag;
};

} // namespace PaperShelf::Cli
