#include "gui/figureloader.h"

#include "core/db/database.h"

#include <QDebug>

namespace PaperShelf::Gui {

namespace {

struct Outcome
{
    QList<Core::Figure> figures;
    QString error; ///< empty on success
};

} // namespace

FigureLoader::FigureLoader(QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
{
    m_pool.setMaxThreadCount(1); // one query at a time; newer requests wait and win
}

FigureLoader::~FigureLoader()
{
    m_pool.waitForDone();
}

quint64 FigureLoader::loadPaper(qint64 paperId)
{
    return start([paperId](Core::FigureCatalog &catalog) {
        return catalog.figuresOfPaper(paperId);
    });
}

quint64 FigureLoader::loadFilter(const Core::PaperFilter &filter)
{
    return start([filter](Core::FigureCatalog &catalog) {
        return catalog.figuresOf(filter);
    });
}

void FigureLoader::deliver(quint64 generation, const QList<Core::Figure> &figures, const QString &error)
{
    if (generation != m_generation) {
        return; // superseded
    }
    if (error.isEmpty()) {
        Q_EMIT loaded(generation, figures);
    } else {
        qWarning() << "figures could not be read:" << error;
        Q_EMIT failed(generation, error);
    }
}

quint64 FigureLoader::start(std::function<Core::Result<QList<Core::Figure>>(Core::FigureCatalog &)> query)
{
    const quint64 generation = ++m_generation;
    const QString path = m_libraryPath;
    // The destructor waits for the pool, so `this` outlives the task; a result
    // posted after destruction is discarded with the object's pending events.
    m_pool.start([this, generation, path, query = std::move(query)]() {
        Outcome outcome;
        Core::Database::Options options;
        options.create = false;
        options.readOnly = true;
        Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(path, options);
        if (!db) {
            outcome.error = db.errorMessage();
        } else {
            Core::FigureCatalog catalog((*db)->connection(), path);
            Core::Result<QList<Core::Figure>> figures = query(catalog);
            if (figures) {
                outcome.figures = std::move(*figures);
            } else {
                outcome.error = figures.errorMessage();
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, outcome = std::move(outcome)]() {
            deliver(generation, outcome.figures, outcome.error);
            },
            Qt::QueuedConnection);
    });
    return generation;
}

} // namespace PaperShelf::Gui
