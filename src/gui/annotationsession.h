#pragma once

#include "core/util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace PaperShelf::Core {
class AnnotationStore;
class Database;
class HighlightStore;
class ShelfStore;
class UserTagStore;
} // namespace PaperShelf::Core

namespace PaperShelf::Gui {

/// The annotation thread's own connection to the library and the stores that
/// write the user's work through it. Created and used only on that thread
/// (see AnnotationClient); the connection opens on first use.
class AnnotationSession final
{
public:
    explicit AnnotationSession(QString libraryPath);
    ~AnnotationSession();
    Q_DISABLE_COPY_MOVE(AnnotationSession)

    /// Opens the connection unless it is open; every job calls this first.
    Core::Result<void> ensureOpen();

    QSqlDatabase connection() const;

    Core::AnnotationStore &annotations() { return *m_annotations; }

    Core::UserTagStore &userTags() { return *m_userTags; }

    Core::HighlightStore &highlights() { return *m_highlights; }

    Core::ShelfStore &shelves() { return *m_shelves; }

private:
    QString m_libraryPath;
    std::unique_ptr<Core::Database> m_database;
    std::unique_ptr<Core::AnnotationStore> m_annotations;
    std::unique_ptr<Core::UserTagStore> m_userTags;
    std::unique_ptr<Core::HighlightStore> m_highlights;
    std::unique_ptr<Core::ShelfStore> m_shelves;
};

} // namespace PaperShelf::Gui
