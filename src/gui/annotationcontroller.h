#pragma once

#include "core/annotations/highlightstore.h"
#include "core/annotations/usertagstore.h"
#include "core/db/records.h"
#include "core/search/shelfstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QMenu;
class QUndoCommand;
class QUndoStack;
class QWidget;

namespace PaperShelf::Gui {

class AnnotationClient;

/// The user's edits of their own work (status, rating, favourite, notes,
/// highlights, own tags): each one is a command on the undo stack whose write
/// runs on the AnnotationClient's thread. The controller owns the stack, the
/// client of the current library and the actions of the Annotate menu; it tells
/// the views what changed once a write committed (papersChanged(), ...).
class AnnotationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationController)

public:
    explicit AnnotationController(QObject *parent = nullptr);
    ~AnnotationController() override;

    /// Works on the library at `path` from now on; the undo history is cleared
    /// (after every pending write of the previous library has finished).
    void setLibrary(const QString &path);

    AnnotationClient *client() const { return m_client.get(); }

    QUndoStack *undoStack() const { return m_undoStack; }

    /// Who the actions work on: the selected papers' ids, and what the list
    /// knows of a paper (status, rating, favourite, own tags).
    void setSelectionProvider(std::function<QList<qint64>()> provider);
    void setFavouriteProvider(std::function<bool(qint64)> provider);
    void setUserTagProvider(std::function<QStringList(qint64)> provider);

    // --- edits (each pushes one undo command) ---
    void setStatus(const QList<qint64> &paperIds, Core::ReadingStatus status);
    void setRating(const QList<qint64> &paperIds, int rating);
    void setFavourite(const QList<qint64> &paperIds, bool favourite);
    /// Flips favourite: on for all when any of them is not a favourite, else off.
    void toggleFavourite(const QList<qint64> &paperIds);
    void editNotes(qint64 paperId, const QString &before, const QString &after, int session);
    void addHighlight(qint64 paperId,
                      const QString &field,
                      qsizetype start,
                      qsizetype length,
                      const QString &color,
                      const QString &comment);
    void removeHighlight(const Core::Highlight &highlight);
    void editHighlight(const Core::Highlight &highlight, const QString &color, const QString &comment);
    void renameColorMeaning(const QString &key, const QString &meaning);
    void addTag(const QList<qint64> &paperIds, const QString &name);
    void removeTag(const QList<qint64> &paperIds, const QString &name);
    void renameTag(const QString &name, const QString &newName);
    void mergeTags(const QString &from, const QString &into);
    void deleteTag(const QString &name);
    void setTagColor(const QString &name, const QString &color);

    /// Saves `shelf` (its name, filter and sort) as a new shelf.
    void saveShelf(const Core::Shelf &shelf);
    void removeShelf(const Core::Shelf &shelf);
    void renameShelf(const Core::Shelf &shelf, const QString &newName);

    // --- reads, answered by signals ---
    void loadHighlights(qint64 paperId);
    void loadLibraryHighlights();
    void loadUserTags();
    void loadShelves();

    /// The own tags the list shows for a paper (empty when its row is not loaded).
    QStringList userTagsOf(qint64 paperId) const { return m_userTagsOf ? m_userTagsOf(paperId) : QStringList(); }

    /// The notes of a paper as last edited here, which a read may not show yet.
    std::optional<QString> editedNotes(qint64 paperId) const;

    /// Status, rating, favourite and tag actions for the Annotate menu and
    /// the list's context menu; undo and redo for the Edit menu.
    QMenu *createMenu(QWidget *parent);

    /// The interface language changed: the actions and the Annotate menu are
    /// named again. Commands already on the undo stack keep the text they were
    /// made with ("Undo …" shows it in the old language until they are gone).
    void retranslate();

    QAction *undoAction() const { return m_undoAction; }

    QAction *redoAction() const { return m_redoAction; }

    QList<QAction *> shortcutActions() const;

    QAction *addTagAction() const { return m_addTagAction; }

    QAction *removeTagAction() const { return m_removeTagAction; }

    QAction *manageTagsAction() const { return m_manageTagsAction; }

    QAction *favouriteAction() const { return m_favouriteAction; }

    QAction *ratingAction(int rating) const { return m_ratingActions.value(rating); }

    QAction *statusAction(Core::ReadingStatus status) const { return m_statusActions.value(static_cast<int>(status)); }

    // --- called by the commands once a write committed ---
    void notifyPapersChanged(const QList<qint64> &paperIds);
    void notifyNotesChanged(qint64 paperId, const QString &notes);
    void notifyHighlightsChanged(qint64 paperId);
    /// `paperIds` empty: a rename, merge, delete or colour that may touch any paper.
    void notifyTagsChanged(const QList<qint64> &paperIds);
    void notifyShelvesChanged();

Q_SIGNALS:
    /// Status, rating, favourite or notes of these papers changed on disk.
    void papersChanged(const QList<qint64> &paperIds);
    /// The list rows of papers an edit changed, read back right after the write
    /// (on the annotation thread, so no other query delays them).
    void rowsChanged(const QList<Core::PaperSummary> &rows);
    /// Undo or redo changed a paper's notes (shown at once, written soon).
    void notesChanged(qint64 paperId, const QString &notes);
    /// Highlights of a paper changed (0: colour meanings, any paper).
    void highlightsChanged(qint64 paperId);
    /// Own tags changed; `paperIds` empty when any paper may be touched.
    void tagsChanged(const QList<qint64> &paperIds);
    void highlightsLoaded(qint64 paperId,
                          const QList<Core::Highlight> &highlights,
                          const QList<Core::HighlightColor> &colors);
    void libraryHighlightsLoaded(const QList<Core::Highlight> &highlights,
                                 const QHash<qint64, QString> &paperTitles,
                                 const QList<Core::HighlightColor> &colors);
    void userTagsLoaded(const QList<Core::UserTag> &tags);
    void shelvesChanged();
    void shelvesLoaded(const QList<Core::Shelf> &shelves);
    /// A write failed; the edit is kept for retryFailedWrites().
    void writeFailed(const QString &what, const QString &message);
    /// An action asks for the tag dialogs (the window shows them).
    void addTagRequested(const QList<qint64> &paperIds);
    void removeTagRequested(const QList<qint64> &paperIds);
    void manageTagsRequested();

private:
    void createActions();
    void updateUndoRedoTexts();
    void push(QUndoCommand *command);
    /// Reads the list rows of these papers back (right after the write that changed them).
    void readBackRows(const QList<qint64> &paperIds);
    QList<qint64> selection() const;

    std::unique_ptr<AnnotationClient> m_client;
    QUndoStack *m_undoStack;
    std::function<QList<qint64>()> m_selection;
    std::function<bool(qint64)> m_isFavourite;
    std::function<QStringList(qint64)> m_userTagsOf;
    QHash<qint64, QString> m_editedNotes;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QActionGroup *m_statusGroup = nullptr;
    QList<QAction *> m_statusActions;
    QList<QAction *> m_ratingActions;
    QAction *m_favouriteAction = nullptr;
    QAction *m_addTagAction = nullptr;
    QAction *m_removeTagAction = nullptr;
    QAction *m_manageTagsAction = nullptr;
    QPointer<QMenu> m_menu; ///< createMenu()'s, owned by its parent
    QPointer<QMenu> m_statusMenu;
    QPointer<QMenu> m_ratingMenu;
};

} // namespace PaperShelf::Gui
