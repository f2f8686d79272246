#include "gui/annotationcommands.h"

#include "gui/annotationcontroller.h"

namespace PaperShelf::Gui {

namespace {

using Core::Result;

/// Runs `steps` in order and stops at the first failure.
Result<void> firstFailure(std::initializer_list<std::function<Result<void>()>> steps)
{
    for (const std::function<Result<void>()> &step : steps) {
        if (Result<void> ok = step(); !ok) {
            return ok;
        }
    }
    return {};
}

template<typename T>
Result<void> justError(const Result<T> &result)
{
    if (!result) {
        return result.error();
    }
    return {};
}

} // namespace

AnnotationCommand::AnnotationCommand(AnnotationController *controller, const QString &text)
    : QUndoCommand(text)
    , m_controller(controller)
{
}

void AnnotationCommand::submit(AnnotationClient::WriteJob job, std::function<void()> succeeded)
{
    m_controller->client()->write(text(), std::move(job), std::move(succeeded));
}

// --- status, rating, favourite ---------------------------------------------

namespace {

QString annotationText(SetAnnotationCommand::Field field, int value, qsizetype papers)
{
    const int n = static_cast<int>(papers);
    switch (field) {
    case SetAnnotationCommand::Field::Status:
        return AnnotationCommand::tr("Set Status of %Ln Paper(s)", nullptr, n);
    case SetAnnotationCommand::Field::Rating:
        return AnnotationCommand::tr("Rate %Ln Paper(s) %1", nullptr, n).arg(value);
    case SetAnnotationCommand::Field::Favourite:
        return value != 0 ? AnnotationCommand::tr("Add %Ln Paper(s) to Favourites", nullptr, n)
                          : AnnotationCommand::tr("Remove %Ln Paper(s) from Favourites", nullptr, n);
    }
    return {};
}

} // namespace

SetAnnotationCommand::SetAnnotationCommand(AnnotationController *controller,
                                           const QList<qint64> &paperIds,
                                           Field field,
                                           int value)
    : AnnotationCommand(controller, annotationText(field, value, paperIds.size()))
    , m_paperIds(paperIds)
    , m_field(field)
    , m_value(value)
    , m_before(std::make_shared<QList<Core::Annotation>>())
{
}

void SetAnnotationCommand::redo()
{
    submit(
        [ids = m_paperIds, field = m_field, value = m_value, before = m_before](AnnotationSession &session) {
        Core::AnnotationStore &store = session.annotations();
        if (before->isEmpty()) {
            Result<QList<Core::Annotation>> saved = store.annotations(ids);
            if (!saved) {
                return Result<void>(saved.error());
            }
            *before = std::move(*saved);
        }
        switch (field) {
        case Field::Status:
            return store.setStatus(ids, static_cast<Core::ReadingStatus>(value));
        case Field::Rating:
            return store.setRating(ids, value);
        case Field::Favourite:
            return store.setFavourite(ids, value != 0);
        }
        return Result<void>();
        },
        [controller = controller(), ids = m_paperIds]() {
        controller->notifyPapersChanged(ids);
    });
}

void SetAnnotationCommand::undo()
{
    submit(
        [before = m_before](AnnotationSession &session) {
        return session.annotations().restore(*before);
        },
        [controller = controller(), ids = m_paperIds]() {
        controller->notifyPapersChanged(ids);
    });
}

// --- notes -----------------------------------------------------------------

EditNotesCommand::EditNotesCommand(
    AnnotationController *controller, qint64 paperId, const QString &before, const QString &after, int session)
    : AnnotationCommand(controller, tr("Edit Notes"))
    , m_paperId(paperId)
    , m_before(before)
    , m_after(after)
    , m_session(session)
{
}

bool EditNotesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditNotesCommand *>(other);
    if (next->m_paperId != m_paperId || next->m_session != m_session) {
        return false;
    }
    m_after = next->m_after;
    return true;
}

void EditNotesCommand::redo()
{
    apply(m_after);
}

void EditNotesCommand::undo()
{
    apply(m_before);
}

void EditNotesCommand::apply(const QString &notes)
{
    controller()->notifyNotesChanged(m_paperId, notes);
    submit(
        [paperId = m_paperId, notes](AnnotationSession &session) {
        return session.annotations().setNotes(paperId, notes);
        },
        [controller = controller(), paperId = m_paperId]() {
        controller->notifyPapersChanged({paperId});
    });
}

// --- highlights ------------------------------------------------------------

AddHighlightCommand::AddHighlightCommand(AnnotationController *controller, const Request &request)
    : AnnotationCommand(controller, tr("Add Highlight"))
    , m_request(request)
    , m_made(std::make_shared<std::optional<Core::Highlight>>())
{
}

void AddHighlightCommand::redo()
{
    submit(
        [request = m_request, made = m_made](AnnotationSession &session) {
        Core::HighlightStore &store = session.highlights();
        if (made->has_value()) {
            return store.restore(**made);
        }
        Result<Core::Highlight> added = store.add(request.paperId,
                                                  request.field,
                                                  request.start,
                                                  request.length,
                                                  request.color,
                                                  request.comment);
        if (!added) {
            return Result<void>(added.error());
        }
        *made = *added;
        return Result<void>();
        },
        [controller = controller(), paperId = m_request.paperId]() {
        controller->notifyHighlightsChanged(paperId);
    });
}

void AddHighlightCommand::undo()
{
    submit(
        [made = m_made](AnnotationSession &session) {
        if (!made->has_value()) {
            return Result<void>(); // the add itself failed: nothing to take back
        }
        return justError(session.highlights().remove((*made)->id));
        },
        [controller = controller(), paperId = m_request.paperId]() {
        controller->notifyHighlightsChanged(paperId);
    });
}

RemoveHighlightCommand::RemoveHighlightCommand(AnnotationController *controller, const Core::Highlight &highlight)
    : AnnotationCommand(controller, tr("Remove Highlight"))
    , m_highlight(highlight)
{
}

void RemoveHighlightCommand::redo()
{
    submit(
        [id = m_highlight.id](AnnotationSession &session) {
        return justError(session.highlights().remove(id));
        },
        [controller = controller(), paperId = m_highlight.paperId]() {
        controller->notifyHighlightsChanged(paperId);
    });
}

void RemoveHighlightCommand::undo()
{
    submit(
        [highlight = m_highlight](AnnotationSession &session) {
        return session.highlights().restore(highlight);
        },
        [controller = controller(), paperId = m_highlight.paperId]() {
        controller->notifyHighlightsChanged(paperId);
    });
}

EditHighlightCommand::EditHighlightCommand(AnnotationController *controller,
                                           const Core::Highlight &before,
                                           const QString &color,
                                           const QString &comment)
    : AnnotationCommand(controller, tr("Edit Highlight"))
    , m_before(before)
    , m_color(color)
    , m_comment(comment)
{
}

void EditHighlightCommand::redo()
{
    apply(m_color, m_comment);
}

void EditHighlightCommand::undo()
{
    apply(m_before.color, m_before.comment);
}

void EditHighlightCommand::apply(const QString &color, const QString &comment)
{
    submit(
        [id = m_before.id, color, comment](AnnotationSession &session) {
        return session.highlights().update(id, color, comment);
        },
        [controller = controller(), paperId = m_before.paperId]() {
        controller->notifyHighlightsChanged(paperId);
    });
}

RenameColorMeaningCommand::RenameColorMeaningCommand(AnnotationController *controller,
                                                     const QString &key,
                                                     const QString &meaning)
    : AnnotationCommand(controller, tr("Rename Highlight Colour"))
    , m_key(key)
    , m_meaning(meaning)
    , m_before(std::make_shared<QString>())
{
}

void RenameColorMeaningCommand::redo()
{
    submit(
        [key = m_key, meaning = m_meaning, before = m_before](AnnotationSession &session) {
        Core::HighlightStore &store = session.highlights();
        Result<QList<Core::HighlightColor>> colors = store.colors();
        if (!colors) {
            return Result<void>(colors.error());
        }
        for (const Core::HighlightColor &color : std::as_const(*colors)) {
            if (color.key == key) {
                *before = color.meaning;
            }
        }
        return store.setColorMeaning(key, meaning);
        },
        [controller = controller()]() {
        controller->notifyHighlightsChanged(0);
    });
}

void RenameColorMeaningCommand::undo()
{
    submit(
        [key = m_key, before = m_before](AnnotationSession &session) {
        return session.highlights().setColorMeaning(key, *before);
        },
        [controller = controller()]() {
        controller->notifyHighlightsChanged(0);
    });
}

// --- own tags --------------------------------------------------------------

AddTagCommand::AddTagCommand(AnnotationController *controller, const QList<qint64> &paperIds, const QString &name)
    : AnnotationCommand(controller, tr("Tag %Ln Paper(s) “%1”", nullptr, static_cast<int>(paperIds.size())).arg(name))
    , m_paperIds(paperIds)
    , m_name(name)
    , m_state(std::make_shared<State>())
{
}

void AddTagCommand::redo()
{
    submit(
        [ids = m_paperIds, name = m_name, state = m_state](AnnotationSession &session) {
        Core::UserTagStore &tags = session.userTags();
        if (!state->recorded) {
            Result<std::optional<Core::UserTag>> existing = tags.tag(name);
            if (!existing) {
                return Result<void>(existing.error());
            }
            state->existed = existing->has_value();
            state->recorded = true;
        }
        Result<QList<qint64>> added = tags.addTag(ids, name);
        if (!added) {
            return Result<void>(added.error());
        }
        state->added = *added;
        return Result<void>();
        },
        [controller = controller(), ids = m_paperIds]() {
        controller->notifyTagsChanged(ids);
    });
}

void AddTagCommand::undo()
{
    submit(
        [name = m_name, state = m_state](AnnotationSession &session) {
        Core::UserTagStore &tags = session.userTags();
        if (!state->existed) {
            return justError(tags.deleteTag(name));
        }
        return justError(tags.removeTag(state->added, name));
        },
        [controller = controller(), ids = m_paperIds]() {
        controller->notifyTagsChanged(ids);
    });
}

RemoveTagCommand::RemoveTagCommand(AnnotationController *controller, const QList<qint64> &paperIds, const QString &name)
    : AnnotationCommand(controller, tr("Untag %Ln Paper(s) “%1”", nullptr, static_cast<int>(paperIds.size())).arg(name))
    , m_paperIds(paperIds)
    , m_name(name)
    , m_removed(std::make_shared<QList<qint64>>())
{
}

void RemoveTagCommand::redo()
{
    submit(
        [ids = m_paperIds, name = m_name, removed = m_removed](AnnotationSession &session) {
        Result<QList<qint64>> taken = session.userTags().removeTag(ids, name);
        if (!taken) {
            return Result<void>(taken.error());
        }
        *removed = *taken;
        return Result<void>();
        },
        [controller = controller(), ids = m_paperIds]() {
        controller->notifyTagsChanged(ids);
    });
}

void RemoveTagCommand::undo()
{
    submit(
        [name = m_name, removed = m_removed](AnnotationSession &session) {
        return justError(session.userTags().addTag(*removed, name));
        },
        [controller = controller(), ids = m_paperIds]() {
        controller->notifyTagsChanged(ids);
    });
}

RenameTagCommand::RenameTagCommand(AnnotationController *controller, const QString &name, const QString &newName)
    : AnnotationCommand(controller, tr("Rename Tag “%1” to “%2”").arg(name, newName))
    , m_name(name)
    , m_newName(newName)
{
}

void RenameTagCommand::redo()
{
    submit(
        [name = m_name, newName = m_newName](AnnotationSession &session) {
        return session.userTags().rename(name, newName);
        },
        [controller = controller()]() {
        controller->notifyTagsChanged({});
    });
}

void RenameTagCommand::undo()
{
    submit(
        [name = m_name, newName = m_newName](AnnotationSession &session) {
        return session.userTags().rename(newName, name);
        },
        [controller = controller()]() {
        controller->notifyTagsChanged({});
    });
}

MergeTagsCommand::MergeTagsCommand(AnnotationController *controller, const QString &from, const QString &into)
    : AnnotationCommand(controller, tr("Merge Tag “%1” into “%2”").arg(from, into))
    , m_from(from)
    , m_into(into)
    , m_state(std::make_shared<State>())
{
}

void MergeTagsCommand::redo()
{
    submit(
        [from = m_from, into = m_into, state = m_state](AnnotationSession &session) {
        Core::UserTagStore &tags = session.userTags();
        Result<std::optional<Core::UserTag>> tag = tags.tag(from);
        if (!tag) {
            return Result<void>(tag.error());
        }
        if (!tag->has_value()) {
            return Result<void>(Core::Error{tr("There is no tag “%1”.").arg(from)});
        }
        Result<QList<qint64>> papers = tags.papersWith(from);
        if (!papers) {
            return Result<void>(papers.error());
        }
        Result<QList<qint64>> moved = tags.merge(from, into);
        if (!moved) {
            return Result<void>(moved.error());
        }
        state->from = **tag;
        state->fromPapers = *papers;
        state->moved = *moved;
        return Result<void>();
        },
        [controller = controller()]() {
        controller->notifyTagsChanged({});
    });
}

void MergeTagsCommand::undo()
{
    submit(
        [into = m_into, state = m_state](AnnotationSession &session) {
        Core::UserTagStore &tags = session.userTags();
        return firstFailure({
            [&] {
            return justError(tags.addTag(state->fromPapers, state->from.name));
            },
            [&] {
            return tags.setColor(state->from.name, state->from.color);
        },
                            [&] {
            return justError(tags.removeTag(state->moved, into));
        },
            });
        },
        [controller = controller()]() {
        controller->notifyTagsChanged({});
    });
}

DeleteTagCommand::DeleteTagCommand(AnnotationController *controller, const QString &name)
    : AnnotationCommand(controller, tr("Delete Tag “%1”").arg(name))
    , m_name(name)
    , m_state(std::make_shared<State>())
{
}

void DeleteTagCommand::redo()
{
    submit(
        [name = m_name, state = m_state](AnnotationSession &session) {
        Core::UserTagStore &tags = session.userTags();
        Result<QList<qint64>> papers = tags.papersWith(name);
        if (!papers) {
            return Result<void>(papers.error());
        }
        Result<Core::UserTag> deleted = tags.deleteTag(name);
        if (!deleted) {
            return Result<void>(deleted.error());
        }
        state->papers = *papers;
        state->tag = *deleted;
        return Result<void>();
        },
        [controller = controller()]() {
        controller->notifyTagsChanged({});
    });
}

void DeleteTagCommand::undo()
{
    submit(
        [state = m_state](AnnotationSession &session) {
        Core::UserTagStore &tags = session.userTags();
        return firstFailure({
            [&] {
            return justError(tags.addTag(state->papers, state->tag.name));
            },
            [&] {
            return tags.setColor(state->tag.name, state->tag.color);
        },
            });
        },
        [controller = controller()]() {
        controller->notifyTagsChanged({});
    });
}

SetTagColorCommand::SetTagColorCommand(AnnotationController *controller, const QString &name, const QString &color)
    : AnnotationCommand(controller, tr("Colour Tag “%1”").arg(name))
    , m_name(name)
    , m_color(color)
    , m_before(std::make_shared<std::optional<QString>>())
{
}

void SetTagColorCommand::redo()
{
    submit(
        [name = m_name, color = m_color, before = m_before](AnnotationSession &session) {
        Core::UserTagStore &tags = session.userTags();
        if (!before->has_value()) {
            Result<std::optional<Core::UserTag>> tag = tags.tag(name);
            if (!tag) {
                return Result<void>(tag.error());
            }
            *before = tag->has_value() ? (*tag)->color : QString();
        }
        return tags.setColor(name, color);
        },
        [controller = controller()]() {
        controller->notifyTagsChanged({});
    });
}

void SetTagColorCommand::undo()
{
    submit(
        [name = m_name, before = m_before](AnnotationSession &session) {
        return session.userTags().setColor(name, before->value_or(QString()));
        },
        [controller = controller()]() {
        controller->notifyTagsChanged({});
    });
}

// --- shelves ----------------------------------------------------------------

SaveShelfCommand::SaveShelfCommand(AnnotationController *controller, const Core::Shelf &shelf)
    : AnnotationCommand(controller, tr("Save Shelf “%1”").arg(shelf.name))
    , m_shelf(shelf)
    , m_saved(std::make_shared<std::optional<Core::Shelf>>())
{
}

void SaveShelfCommand::redo()
{
    submit(
        [shelf = m_shelf, saved = m_saved](AnnotationSession &session) {
        Core::ShelfStore &shelves = session.shelves();
        if (saved->has_value()) {
            return shelves.restore(**saved);
        }
        Result<Core::Shelf> made = shelves.save(shelf.name, shelf.filter, shelf.sort, shelf.reversed);
        if (!made) {
            return Result<void>(made.error());
        }
        *saved = *made;
        return Result<void>();
        },
        [controller = controller()]() {
        controller->notifyShelvesChanged();
    });
}

void SaveShelfCommand::undo()
{
    submit(
        [saved = m_saved](AnnotationSession &session) {
        if (!saved->has_value()) {
            return Result<void>();
        }
        return justError(session.shelves().remove((*saved)->id));
        },
        [controller = controller()]() {
        controller->notifyShelvesChanged();
    });
}

RemoveShelfCommand::RemoveShelfCommand(AnnotationController *controller, const Core::Shelf &shelf)
    : AnnotationCommand(controller, tr("Remove Shelf “%1”").arg(shelf.name))
    , m_shelf(shelf)
{
}

void RemoveShelfCommand::redo()
{
    submit(
        [id = m_shelf.id](AnnotationSession &session) {
        return justError(session.shelves().remove(id));
        },
        [controller = controller()]() {
        controller->notifyShelvesChanged();
    });
}

void RemoveShelfCommand::undo()
{
    submit(
        [shelf = m_shelf](AnnotationSession &session) {
        return session.shelves().restore(shelf);
        },
        [controller = controller()]() {
        controller->notifyShelvesChanged();
    });
}

RenameShelfCommand::RenameShelfCommand(AnnotationController *controller,
                                       const Core::Shelf &shelf,
                                       const QString &newName)
    : AnnotationCommand(controller, tr("Rename Shelf “%1” to “%2”").arg(shelf.name, newName))
    , m_shelf(shelf)
    , m_newName(newName)
{
}

void RenameShelfCommand::redo()
{
    submit(
        [id = m_shelf.id, name = m_newName](AnnotationSession &session) {
        return session.shelves().rename(id, name);
        },
        [controller = controller()]() {
        controller->notifyShelvesChanged();
    });
}

void RenameShelfCommand::undo()
{
    submit(
        [id = m_shelf.id, name = m_shelf.name](AnnotationSession &session) {
        return session.shelves().rename(id, name);
        },
        [controller = controller()]() {
        controller->notifyShelvesChanged();
    });
}

} // namespace PaperShelf::Gui
