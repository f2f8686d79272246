#pragma once

#include "core/annotations/annotationstore.h"
#include "core/annotations/highlightstore.h"
#include "core/annotations/usertagstore.h"
#include "core/search/shelfstore.h"
#include "gui/annotationclient.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace PaperShelf::Gui {

class AnnotationController;

/// The undo commands of the user's work, one per kind of edit (as in Qt's undo
/// framework example, the family shares this file). redo() and undo() submit a
/// job to the AnnotationClient and return at once; jobs run in submission
/// order, so what a redo job records (the values it replaced, the ids it made)
/// is there when the matching undo job runs. The controller is told what
/// changed once the write has committed, and refreshes the views.
class AnnotationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Gui::AnnotationCommand)

public:
    /// Ids for mergeWith().
    enum Id {
        NotesId = 1,
    };

protected:
    AnnotationCommand(AnnotationController *controller, const QString &text);
    /// Submits `job` under this command's text; `succeeded` runs after it committed.
    void submit(AnnotationClient::WriteJob job, std::function<void()> succeeded);

    AnnotationController *controller() const { return m_controller; }

private:
    AnnotationController *m_controller;
};

/// Status, rating or favourite of one or many papers.
class SetAnnotationCommand final : public AnnotationCommand
{
public:
    enum class Field {
        Status,
        Rating,
        Favourite,
    };

    SetAnnotationCommand(AnnotationController *controller, const QList<qint64> &paperIds, Field field, int value);

    void redo() override;
    void undo() override;

private:
    QList<qint64> m_paperIds;
    Field m_field;
    int m_value;
    std::shared_ptr<QList<Core::Annotation>> m_before; ///< filled by the first redo job
};

/// The notes of one paper during one editing session; consecutive saves of the
/// same session merge into one command.
class EditNotesCommand final : public AnnotationCommand
{
    // Each command has a context of its own: lupdate files the tr() calls in its
    // members under it, so runtime look-ups must use the same one.
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Gui::EditNotesCommand)

public:
    EditNotesCommand(
        AnnotationController *controller, qint64 paperId, const QString &before, const QString &after, int session);

    int id() const override { return NotesId; }

    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

    qint64 paperId() const { return m_paperId; }

private:
    void apply(const QString &notes);

    qint64 m_paperId;
    QString m_before;
    QString m_after;
    int m_session;
};

/// A new highlight.
class AddHighlightCommand final : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Gui::AddHighlightCommand)

public:
    struct Request
    {
        qint64 paperId = 0;
        QString field;
        qsizetype start = 0;
        qsizetype length = 0;
        QString color;
        QString comment;
    };

    AddHighlightCommand(AnnotationController *controller, const Request &request);

    void redo() override;
    void undo() override;

private:
    Request m_request;
    std::shared_ptr<std::optional<Core::Highlight>> m_made; ///< what the first redo created
};

/// Deletes a highlight (undo puts it back with its id).
class RemoveHighlightCommand final : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Gui::RemoveHighlightCommand)

public:
    RemoveHighlightCommand(AnnotationController *controller, const Core::Highlight &highlight);

    void redo() override;
    void undo() override;

private:
    Core::Highlight m_highlight;
};

/// Colour and comment of a highlight.
class EditHighlightCommand final : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Gui::EditHighlightCommand)

public:
    EditHighlightCommand(AnnotationController *controller,
                         const Core::Highlight &before,
                         const QString &color,
                         const QString &comment);

    void redo() override;
    void undo() override;

private:
    void apply(const QString &color, const QString &comment);

    Core::Highlight m_before;
    QString m_color;
    QString m_comment;
};

/// What the user calls a highlight colour.
class RenameColorMeaningCommand final : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Gui::RenameColorMeaningCommand)

public:
    RenameColorMeaningCommand(AnnotationController *controller, const QString &key, const QString &meaning);

    void redo() override;
    void undo() override;

private:
    QString m_key;
    QString m_meaning;
    std::shared_ptr<QString> m_before;
};

/// Puts an own tag on papers (creating the tag when needed).
class AddTagCommand final : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Gui::AddTagCommand)

public:
    AddTagCommand(AnnotationController *controller, const QList<qint64> &paperIds, const QString &name);

    void redo() override;
    void undo() override;

private:
    struct State
    {
        bool recorded = false;
        bool existed = false;
        QList<qint64> added;
    };

    QList<qint64> m_paperIds;
    QString m_name;
    std::shared_ptr<State> m_state;
};

/// Takes an own tag off papers.
class RemoveTagCommand final : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Gui::RemoveTagCommand)

public:
    RemoveTagCommand(AnnotationController *controller, const QList<qint64> &paperIds, const QString &name);

    void redo() override;
    void undo() override;

private:
    QList<qint64> m_paperIds;
    QString m_name;
    std::shared_ptr<QList<qint64>> m_removed;
};

/// Renames an own tag.
class RenameTagCommand final : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Gui::RenameTagCommand)

public:
    RenameTagCommand(AnnotationController *controller, const QString &name, const QString &newName);

    void redo() override;
    void undo() override;

private:
    QString m_name;
    QString m_newName;
};

/// Merges one own tag into another.
class MergeTagsCommand final : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Gui::MergeTagsCommand)

public:
    MergeTagsCommand(AnnotationController *controller, const QString &from, const QString &into);

    void redo() override;
    void undo() override;

private:
    struct State
    {
        Core::UserTag from;
        QList<qint64> fromPapers; ///< every paper that carried `from`
        QList<qint64> moved;      ///< those that did not carry `into`
    };

    QString m_from;
    QString m_into;
    std::shared_ptr<State> m_state;
};

/// Deletes an own tag from the library.
class DeleteTagCommand final : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Gui::DeleteTagCommand)

public:
    DeleteTagCommand(AnnotationController *controller, const QString &name);

    void redo() override;
    void undo() override;

private:
    struct State
    {
        Core::UserTag tag;
        QList<qint64> papers;
    };

    QString m_name;
    std::shared_ptr<State> m_state;
};

/// The colour of an own tag.
class SetTagColorCommand final : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Gui::SetTagColorCommand)

public:
    SetTagColorCommand(AnnotationController *controller, const QString &name, const QString &color);

    void redo() override;
    void undo() override;

private:
    QString m_name;
    QString m_color;
    std::shared_ptr<std::optional<QString>> m_before;
};

/// Saves the current search as a shelf.
class SaveShelfCommand final : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Gui::SaveShelfCommand)

public:
    SaveShelfCommand(AnnotationController *controller, const Core::Shelf &shelf);

    void redo() override;
    void undo() override;

private:
    Core::Shelf m_shelf;
    std::shared_ptr<std::optional<Core::Shelf>> m_saved; ///< with its id, once saved
};

/// Removes a saved shelf (undo puts it back where it was).
class RemoveShelfCommand final : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Gui::RemoveShelfCommand)

public:
    RemoveShelfCommand(AnnotationController *controller, const Core::Shelf &shelf);

    void redo() override;
    void undo() override;

private:
    Core::Shelf m_shelf;
};

/// Renames a saved shelf.
class RenameShelfCommand final : public AnnotationCommand
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Gui::RenameShelfCommand)

public:
    RenameShelfCommand(AnnotationController *controller, const Core::Shelf &shelf, const QString &newName);

    void redo() override;
    void undo() override;

private:
    Core::Shelf m_shelf;
    QString m_newName;
};

} // namespace PaperShelf::Gui
