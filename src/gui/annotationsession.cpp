#include "gui/annotationsession.h"

#include "core/annotations/annotationstore.h"
#include "core/annotations/highlightstore.h"
#include "core/annotations/usertagstore.h"
#include "core/db/database.h"
#include "core/search/shelfstore.h"

namespace PaperShelf::Gui {

AnnotationSession::AnnotationSession(QString libraryPath)
    : m_libraryPath(std::move(libraryPath))
{
}

AnnotationSession::~AnnotationSession() = default;

Core::Result<void> AnnotationSession::ensureOpen()
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
    const QSqlDatabase db = m_database->connection();
    m_annotations = std::make_unique<Core::AnnotationStore>(db);
    m_userTags = std::make_unique<Core::UserTagStore>(db);
    m_highlights = std::make_unique<Core::HighlightStore>(db);
    m_shelves = std::make_unique<Core::ShelfStore>(db);
    return {};
}

QSqlDatabase AnnotationSession::connection() const
{
    return m_database ? m_database->connection() : QSqlDatabase();
}

} // namespace PaperShelf::Gui
