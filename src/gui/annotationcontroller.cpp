#include "gui/annotationcontroller.h"

#include "core/search/papersearch.h"
#include "gui/annotationclient.h"
#include "gui/annotationcommands.h"
#include "gui/plaintext.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSet>
#include <QUndoStack>

namespace PaperShelf::Gui {

namespace {

/// Everything the highlights panel of the whole library needs, read in one job.
struct LibraryHighlights
{
    QList<Core::Highlight> highlights;
    QHash<qint64, QString> titles;
    QList<Core::HighlightColor> colors;
};

struct PaperHighlights
{
    QList<Core::Highlight> highlights;
    QList<Core::HighlightColor> colors;
};

} // namespace

AnnotationController::AnnotationController(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    createActions();
}

AnnotationController::~AnnotationController() = default;

void AnnotationController::setLibrary(const QString &path)
{
    m_undoStack->clear();
    m_editedNotes.clear();
    m_client.reset(); // waits for the previous library's writes
    m_client = std::make_unique<AnnotationClient>(path);
    connect(m_client.get(), &AnnotationClient::writeFailed, this, &AnnotationController::writeFailed);
}

void AnnotationController::setSelectionProvider(std::function<QList<qint64>()> provider)
{
    m_selection = std::move(provider);
}

void AnnotationController::setFavouriteProvider(std::function<bool(qint64)> provider)
{
    m_isFavourite = std::move(provider);
}

void AnnotationController::setUserTagProvider(std::function<QStringList(qint64)> provider)
{
    m_userTagsOf = std::move(provider);
}

QList<qint64> AnnotationController::selection() const
{
    return m_selection ? m_selection() : QList<qint64>();
}

void AnnotationController::push(QUndoCommand *command)
{
    if (!m_client) {
        delete command;
        return;
    }
    m_undoStack->push(command);
}

void AnnotationController::setStatus(const QList<qint64> &paperIds, Core::ReadingStatus status)
{
    if (!paperIds.isEmpty()) {
        push(new SetAnnotationCommand(this, paperIds, SetAnnotationCommand::Field::Status, static_cast<int>(status)));
    }
}

void AnnotationController::setRating(const QList<qint64> &paperIds, int rating)
{
    if (!paperIds.isEmpty() && rating >= 0 && rating <= 5) {
        push(new SetAnnotationCommand(this, paperIds, SetAnnotationCommand::Field::Rating, rating));
    }
}

void AnnotationController::setFavourite(const QList<qint64> &paperIds, bool favourite)
{
    if (!paperIds.isEmpty()) {
        push(new SetAnnotationCommand(this, paperIds, SetAnnotationCommand::Field::Favourite, favourite ? 1 : 0));
    }
}

void AnnotationController::toggleFavourite(const QList<qint64> &paperIds)
{
    bool allFavourite = !paperIds.isEmpty();
    for (const qint64 id : paperIds) {
        if (!m_isFavourite || !m_isFavourite(id)) {
            allFavourite = false;
            break;
        }
    }
    setFavourite(paperIds, !allFavourite);
}

void AnnotationController::editNotes(qint64 paperId, const QString &before, const QString &after, int session)
{
    if (before != after) {
        push(new EditNotesCommand(this, paperId, before, after, session));
    }
}

void AnnotationController::addHighlight(qint64 paperId,
                                        const QString &field,
                                        qsizetype start,
                                        qsizetype length,
                                        const QString &color,
                                        const QString &comment)
{
    if (length > 0) {
        push(new AddHighlightCommand(this, {paperId, field, start, length, color, comment}));
    }
}

void AnnotationController::removeHighlight(const Core::Highlight &highlight)
{
    push(new RemoveHighlightCommand(this, highlight));
}

void AnnotationController::editHighlight(const Core::Highlight &highlight, const QString &color, const QString &comment)
{
    if (highlight.color != color || highlight.comment != comment) {
        push(new EditHighlightCommand(this, highlight, color, comment));
    }
}

void AnnotationController::renameColorMeaning(const QString &key, const QString &meaning)
{
    push(new RenameColorMeaningCommand(this, key, meaning));
}

void AnnotationController::addTag(const QList<qint64> &paperIds, const QString &name)
{
    if (!paperIds.isEmpty() && !name.trimmed().isEmpty()) {
        push(new AddTagCommand(this, paperIds, name.trimmed()));
    }
}

void AnnotationController::removeTag(const QList<qint64> &paperIds, const QString &name)
{
    if (!paperIds.isEmpty() && !name.trimmed().isEmpty()) {
        push(new RemoveTagCommand(this, paperIds, name.trimmed()));
    }
}

void AnnotationController::renameTag(const QString &name, const QString &newName)
{
    if (!newName.trimmed().isEmpty() && name != newName.trimmed()) {
        push(new RenameTagCommand(this, name, newName.trimmed()));
    }
}

void AnnotationController::mergeTags(const QString &from, const QString &into)
{
    if (from.compare(into, Qt::CaseInsensitive) != 0) {
        push(new MergeTagsCommand(this, from, into));
    }
}

void AnnotationController::deleteTag(const QString &name)
{
    push(new DeleteTagCommand(this, name));
}

void AnnotationController::setTagColor(const QString &name, const QString &color)
{
    push(new SetTagColorCommand(this, name, color));
}

void AnnotationController::saveShelf(const Core::Shelf &shelf)
{
    push(new SaveShelfCommand(this, shelf));
}

void AnnotationController::removeShelf(const Core::Shelf &shelf)
{
    if (!shelf.builtIn) {
        push(new RemoveShelfCommand(this, shelf));
    }
}

void AnnotationController::renameShelf(const Core::Shelf &shelf, const QString &newName)
{
    if (!shelf.builtIn && !newName.trimmed().isEmpty() && newName.trimmed() != shelf.name) {
        push(new RenameShelfCommand(this, shelf, newName.trimmed()));
    }
}

void AnnotationController::loadShelves()
{
    if (!m_client) {
        return;
    }
    m_client->read<QList<Core::Shelf>>(
        [](AnnotationSession &session) {
        return session.shelves().shelves();
        },
        this,
        [this](const Core::Result<QList<Core::Shelf>> &result) {
        if (result) {
            Q_EMIT shelvesLoaded(*result);
        }
    });
}

void AnnotationController::loadHighlights(qint64 paperId)
{
    if (!m_client) {
        return;
    }
    m_client->read<PaperHighlights>(
        [paperId](AnnotationSession &session) -> Core::Result<PaperHighlights> {
            Core::Result<QList<Core::Highlight>> highlights = session.highlights().forPaper(paperId);
            if (!highlights) {
                return highlights.error();
            }
            Core::Result<QList<Core::HighlightColor>> colors = session.highlights().colors();
            if (!colors) {
                return colors.error();
            }
            return PaperHighlights{*highlights, *colors};
        },
        this,
        [this, paperId](const Core::Result<PaperHighlights> &result) {
        if (result) {
            Q_EMIT highlightsLoaded(paperId, result->highlights, result->colors);
        }
        });
}

void AnnotationController::loadLibraryHighlights()
{
    if (!m_client) {
        return;
    }
    m_client->read<LibraryHighlights>(
        [](AnnotationSession &session) -> Core::Result<LibraryHighlights> {
            LibraryHighlights all;
            Core::Result<QList<Core::Highlight>> highlights = session.highlights().all();
            if (!highlights) {
                return highlights.error();
            }
            Core::Result<QList<Core::HighlightColor>> colors = session.highlights().colors();
            if (!colors) {
                return colors.error();
            }
            QSet<qint64> seen;
            QList<qint64> paperIds;
            for (const Core::Highlight &highlight : std::as_const(*highlights)) {
                if (!seen.contains(highlight.paperId)) {
                    seen.insert(highlight.paperId);
                    paperIds.append(highlight.paperId);
                }
            }
            Core::PaperSearch search(session.connection());
            Core::Result<QList<Core::PaperSummary>> papers = search.summaries(paperIds, false);
            if (!papers) {
                return papers.error();
            }
            for (const Core::PaperSummary &paper : std::as_const(*papers)) {
                all.titles.insert(paper.rowId, paper.title);
            }
            all.highlights = std::move(*highlights);
            all.colors = std::move(*colors);
            return all;
        },
        this,
        [this](const Core::Result<LibraryHighlights> &result) {
        if (result) {
            Q_EMIT libraryHighlightsLoaded(result->highlights, result->titles, result->colors);
        }
        });
}

void AnnotationController::loadUserTags()
{
    if (!m_client) {
        return;
    }
    m_client->read<QList<Core::UserTag>>(
        [](AnnotationSession &session) {
        return session.userTags().tags();
        },
        this,
        [this](const Core::Result<QList<Core::UserTag>> &result) {
        if (result) {
            Q_EMIT userTagsLoaded(*result);
        }
    });
}

std::optional<QString> AnnotationController::editedNotes(qint64 paperId) const
{
    const auto found = m_editedNotes.constFind(paperId);
    if (found == m_editedNotes.constEnd()) {
        return std::nullopt;
    }
    return *found;
}

void AnnotationController::notifyPapersChanged(const QList<qint64> &paperIds)
{
    readBackRows(paperIds);
    Q_EMIT papersChanged(paperIds);
}

void AnnotationController::readBackRows(const QList<qint64> &paperIds)
{
    if (!m_client || paperIds.isEmpty()) {
        return;
    }
    m_client->read<QList<Core::PaperSummary>>(
        [paperIds](AnnotationSession &session) {
        return Core::PaperSearch(session.connection()).summaries(paperIds);
        },
        this,
        [this](const Core::Result<QList<Core::PaperSummary>> &rows) {
        if (rows) {
            Q_EMIT rowsChanged(*rows);
        }
    });
}

void AnnotationController::notifyNotesChanged(qint64 paperId, const QString &notes)
{
    m_editedNotes.insert(paperId, notes);
    Q_EMIT notesChanged(paperId, notes);
}

void AnnotationController::notifyHighlightsChanged(qint64 paperId)
{
    Q_EMIT highlightsChanged(paperId);
}

void AnnotationController::notifyShelvesChanged()
{
    Q_EMIT shelvesChanged();
}

void AnnotationController::notifyTagsChanged(const QList<qint64> &paperIds)
{
    readBackRows(paperIds);
    Q_EMIT tagsChanged(paperIds);
}

void AnnotationController::createActions()
{
    // Not QUndoStack::createUndoAction(): its prefix is fixed when it is made,
    // and these texts must follow the interface language.
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(m_undoStack->canUndo());
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_redoAction->setEnabled(m_undoStack->canRedo());
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &AnnotationController::updateUndoRedoTexts);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, &AnnotationController::updateUndoRedoTexts);

    // Texts: retranslate().
    m_statusGroup = new QActionGroup(this);
    for (const Core::ReadingStatus status : {Core::ReadingStatus::Unread,
                                             Core::ReadingStatus::ToRead,
                                             Core::ReadingStatus::Reading,
                                             Core::ReadingStatus::Read}) {
        auto *action = new QAction(this);
        const int number = static_cast<int>(status) + 1;
        action->setObjectName(QStringLiteral("statusAction%1").arg(number));
        action->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_0 + number)));
        m_statusGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, status]() {
            setStatus(selection(), status);
        });
        m_statusActions.append(action);
    }
    for (int rating = 0; rating <= 5; ++rating) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("ratingAction%1").arg(rating));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + rating)));
        connect(action, &QAction::triggered, this, [this, rating]() {
            setRating(selection(), rating);
        });
        m_ratingActions.append(action);
    }
    m_favouriteAction = new QAction(this);
    m_favouriteAction->setObjectName(QStringLiteral("favouriteAction"));
    m_favouriteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_favouriteAction, &QAction::triggered, this, [this]() {
        toggleFavourite(selection());
    });
    m_addTagAction = new QAction(this);
    m_addTagAction->setObjectName(QStringLiteral("addTagAction"));
    m_addTagAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_addTagAction, &QAction::triggered, this, [this]() {
        if (const QList<qint64> ids = selection(); !ids.isEmpty()) {
            Q_EMIT addTagRequested(ids);
        }
    });
    m_removeTagAction = new QAction(this);
    m_removeTagAction->setObjectName(QStringLiteral("removeTagAction"));
    m_removeTagAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_removeTagAction, &QAction::triggered, this, [this]() {
        if (const QList<qint64> ids = selection(); !ids.isEmpty()) {
            Q_EMIT removeTagRequested(ids);
        }
    });
    m_manageTagsAction = new QAction(this);
    m_manageTagsAction->setObjectName(QStringLiteral("manageTagsAction"));
    connect(m_manageTagsAction, &QAction::triggered, this, &AnnotationController::manageTagsRequested);
    retranslate();
}

void AnnotationController::retranslate()
{
    updateUndoRedoTexts();
    const QStringList statuses = {tr("&Unread"), tr("&To Read"), tr("R&eading"), tr("&Read")};
    for (int i = 0; i < m_statusActions.size(); ++i) {
        m_statusActions.at(i)->setText(statuses.value(i));
    }
    for (int rating = 0; rating < m_ratingActions.size(); ++rating) {
        m_ratingActions.at(rating)->setText(rating == 0 ? tr("No Rating") : tr("%Ln Star(s)", nullptr, rating));
    }
    m_favouriteAction->setText(tr("&Favourite"));
    m_favouriteAction->setToolTip(tr("Add the selected papers to the favourites, or take them off"));
    m_addTagAction->setText(tr("&Add Tag…"));
    m_removeTagAction->setText(tr("R&emove Tag…"));
    m_manageTagsAction->setText(tr("&Manage Own Tags…"));
    if (m_menu) {
        m_menu->setTitle(tr("&Annotate"));
    }
    if (m_statusMenu) {
        m_statusMenu->setTitle(tr("Reading &Status"));
    }
    if (m_ratingMenu) {
        m_ratingMenu->setTitle(tr("&Rating"));
    }
}

void AnnotationController::updateUndoRedoTexts()
{
    const QString undo = m_undoStack->undoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(PlainText::actionText(undo)));
    const QString redo = m_undoStack->redoText();
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(PlainText::actionText(redo)));
}

QList<QAction *> AnnotationController::shortcutActions() const
{
    QList<QAction *> actions = m_statusActions + m_ratingActions;
    actions << m_favouriteAction << m_addTagAction << m_removeTagAction;
    return actions;
}

QMenu *AnnotationController::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("annotateMenu"));
    QMenu *status = menu->addMenu(QString());
    status->addActions(m_statusActions);
    QMenu *rating = menu->addMenu(QString());
    rating->addActions(m_ratingActions);
    menu->addAction(m_favouriteAction);
    menu->addSeparator();
    menu->addAction(m_addTagAction);
    menu->addAction(m_removeTagAction);
    menu->addAction(m_manageTagsAction);
    m_menu = menu;
    m_statusMenu = status;
    m_ratingMenu = rating;
    retranslate();
    return menu;
}

} // namespace PaperShelf::Gui
