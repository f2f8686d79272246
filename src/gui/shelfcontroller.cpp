#include "gui/shelfcontroller.h"

#include "gui/annotationcontroller.h"
#include "gui/inputdialog.h"
#include "gui/libraryclient.h"
#include "gui/messagebox.h"
#include "gui/shelfpanel.h"

#include <QAction>
#include <QHash>

namespace PaperShelf::Gui {

ShelfController::ShelfController(AnnotationController *annotations,
                                 ShelfPanel *panel,
                                 QWidget *window,
                                 std::function<Core::Shelf()> currentSearch)
    : QObject(window)
    , m_annotations(annotations)
    , m_panel(panel)
    , m_window(window)
    , m_currentSearch(std::move(currentSearch))
{
    connect(panel, &ShelfPanel::saveRequested, this, &ShelfController::saveCurrentSearch);
    connect(panel, &ShelfPanel::removeRequested, annotations, &AnnotationController::removeShelf);
    connect(panel, &ShelfPanel::renameRequested, this, [this](const Core::Shelf &shelf) {
        const std::optional<QString> name = InputDialog::getText(m_window,
                                                                 tr("Rename Shelf"),
                                                                 tr("New name of the shelf “%1”:")
                                                                     .arg(shelf.displayName()),
                                                                 shelf.name);
        if (name) {
            m_annotations->renameShelf(shelf, *name);
        }
    });
    connect(annotations, &AnnotationController::shelvesChanged, annotations, &AnnotationController::loadShelves);
    connect(annotations, &AnnotationController::shelvesLoaded, this, [this](const QList<Core::Shelf> &shelves) {
        m_panel->setShelves(shelves);
        countShelves();
    });
    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(QStringLiteral("saveShelfAction"));
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAction, &QAction::triggered, this, &ShelfController::saveCurrentSearch);
    retranslate();
}

ShelfController::~ShelfController() = default;

void ShelfController::retranslate()
{
    m_saveAction->setText(tr("Save Search as &Shelf…"));
}

void ShelfController::setLibraryClient(LibraryClient *client)
{
    m_client = client;
    connect(client, &LibraryClient::filtersCounted, this, &ShelfController::onFiltersCounted);
}

void ShelfController::countShelves()
{
    const QList<Core::Shelf> &shelves = m_panel->shelves();
    if (shelves.isEmpty() || !m_client) {
        return;
    }
    QList<Core::PaperFilter> filters;
    for (const Core::Shelf &shelf : shelves) {
        filters.append(shelf.filter);
    }
    m_client->countFilters(filters);
}

void ShelfController::onFiltersCounted(const QList<Core::PaperFilter> &filters, const QList<int> &counts)
{
    const QList<Core::Shelf> &shelves = m_panel->shelves();
    QHash<qint64, int> byId;
    for (qsizetype i = 0; i < shelves.size() && i < filters.size() && i < counts.size(); ++i) {
        // Shelves changed meanwhile: only counts of the same filter are shown.
        if (shelves.at(i).filter == filters.at(i) && counts.at(i) >= 0) {
            byId.insert(shelves.at(i).id, counts.at(i));
        }
    }
    m_panel->setCounts(byId);
}

void ShelfController::saveCurrentSearch()
{
    const std::optional<QString> name = InputDialog::getText(m_window,
                                                             tr("Save Search as Shelf"),
                                                             tr("Name of the new shelf:"),
                                                             QString());
    if (!name || name->trimmed().isEmpty()) {
        return;
    }
    for (const Core::Shelf &existing : m_panel->shelves()) {
        if (existing.name.compare(name->trimmed(), Qt::CaseInsensitive) == 0
            || existing.displayName().compare(name->trimmed(), Qt::CaseInsensitive) == 0) {
            MessageBox::warning(m_window,
                                tr("Save Search as Shelf"),
                                tr("There is already a shelf called “%1”. Choose another name.")
                                    .arg(existing.displayName()));
            return;
        }
    }
    Core::Shelf shelf = m_currentSearch();
    shelf.name = name->trimmed();
    m_annotations->saveShelf(shelf);
}

} // namespace PaperShelf::Gui
