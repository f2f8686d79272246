#include "gui/libraryworker.h"

#include "core/db/database.h"
#include "core/db/paperrepository.h"
#include "core/search/papersearch.h"
#include "core/search/tagindex.h"

namespace PaperShelf::Gui {

LibraryWorker::LibraryWorker(QString libraryPath)
    : m_libraryPath(std::move(libraryPath))
{
}

LibraryWorker::~LibraryWorker() = default;

Core::Result<void> LibraryWorker::ensureOpen()
{
    if (m_database) {
        return {};
    }
    Core::Database::Options options;
    options.create = false;
    Core::Result<std::unique_ptr<Core::Database>> opened = Core::Database::open(m_libraryPath, options);
    if (!opened) {
        return opened.error();
    }
    m_database = std::move(*opened);
    m_tags = std::make_unique<Core::TagIndex>(m_database->connection());
    return {};
}

QueryResult LibraryWorker::runQuery(const Core::ListRequest &request)
{
    QueryResult result;
    if (auto open = ensureOpen(); !open) {
        result.error = open.errorMessage();
        return result;
    }
    Core::PaperSearch search(m_database->connection(), m_tags.get());
    Core::Result<Core::PaperPage> page = search.list(request);
    if (!page) {
        result.error = page.errorMessage();
        return result;
    }
    result.page = std::move(*page);
    Core::Result<QList<Core::TagCount>> counts = search.tagCounts(request.filter);
    if (!counts) {
        result.error = counts.errorMessage();
        return result;
    }
    result.tagCounts = std::move(*counts);
    if (request.filter.isEmpty()) {
        result.libraryTotal = result.page.total;
    } else {
        Core::Result<int> all = m_tags->paperCount();
        result.libraryTotal = all ? *all : 0;
    }
    return result;
}

Core::Result<QList<Core::PaperSummary>> LibraryWorker::fetchRows(const Core::ListRequest &request)
{
    if (auto open = ensureOpen(); !open) {
        return open.error();
    }
    Core::PaperSearch search(m_database->connection());
    return search.rows(request);
}

Core::Result<std::optional<Core::PaperDetails>> LibraryWorker::loadPaper(qint64 rowId)
{
    if (auto open = ensureOpen(); !open) {
        return open.error();
    }
    Core::PaperRepository papers(m_database->connection());
    return papers.paper(rowId);
}

Core::Result<QList<Core::PaperSummary>> LibraryWorker::summaries(const QList<qint64> &rowIds)
{
    if (auto open = ensureOpen(); !open) {
        return open.error();
    }
    Core::PaperSearch search(m_database->connection());
    return search.summaries(rowIds);
}

QList<int> LibraryWorker::countFilters(const QList<Core::PaperFilter> &filters)
{
    QList<int> counts;
    if (auto open = ensureOpen(); !open) {
        counts.fill(-1, filters.size());
        return counts;
    }
    Core::PaperSearch search(m_database->connection(), m_tags.get());
    for (const Core::PaperFilter &filter : filters) {
        const Core::Result<int> count = search.count(filter);
        counts.append(count ? *count : -1);
    }
    return counts;
}

QueryResult LibraryWorker::runCounts(const Core::PaperFilter &filter)
{
    QueryResult result;
    if (auto open = ensureOpen(); !open) {
        result.error = open.errorMessage();
        return result;
    }
    Core::PaperSearch search(m_database->connection(), m_tags.get());
    Core::Result<QList<Core::TagCount>> counts = search.tagCounts(filter);
    Core::Result<int> all = m_tags->paperCount();
    if (!counts || !all) {
        result.error = !counts ? counts.errorMessage() : all.errorMessage();
        return result;
    }
    result.tagCounts = std::move(*counts);
    result.libraryTotal = *all;
    return result;
}

} // namespace PaperShelf::Gui
