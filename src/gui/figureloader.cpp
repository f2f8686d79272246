#include "gui/figureloader.h"

#include "core/db/database.h"

#include <QtConcurrent>

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

quint64 FigureLoader::start(std::function<Core::Result<QList<Core::Figure>>(Core::FigureCatalog &)> query)
{
    const quint64 generation = ++m_generation;
    const QString path = m_libraryPath;
    QtConcurrent::run(&m_pool, [path, query = std::move(query)]() {
        Outcome outcome;
        Core::Database::Options options;
        options.create = false;
        options.readOnly = true;
        Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(path, options);
        if (!db) {
            outcome.error = db.errorMessage();
            return outcome;
        }
        Core::FigureCatalog catalog((*db)->connection(), path);
        Core::Result<QList<Core::Figure>> figures = query(catalog);
        if (figures) {
            outcome.figures = std::move(*figures);
        } else {
            outcome.error = figures.errorMessage();
        }
        return outcome;
    }).then(this, [this, generation](const Outcome &outcome) {
        if (generation != m_generation) {
            return; // superseded
        }
        if (outcome.error.isEmpty()) {
            Q_EMIT loaded(generation, outcome.figures);
        } else {
            Q_EMIT failed(generation, outcome.error);
        }
    });
    return generation;
}

} // namespace PaperShelf::Gui
