#pragma once

#include "core/images/figurecatalog.h"
#include "core/search/paperfilter.h"

#include <QObject>
#include <QThreadPool>

namespace PaperShelf::Gui {

/// Runs FigureCatalog queries on a pool thread, each on a connection of its
/// own, and delivers the figures on the GUI thread. Only the newest request's
/// result is delivered; older ones are dropped when they finish.
class FigureLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureLoader)

public:
    explicit FigureLoader(QString libraryPath, QObject *parent = nullptr);
    ~FigureLoader() override;

    const QString &libraryPath() const { return m_libraryPath; }

    /// Loads the figures of one paper; returns the request's generation.
    quint64 loadPaper(qint64 paperId);
    /// Loads the figures of every paper passing `filter`, in list order.
    quint64 loadFilter(const Core::PaperFilter &filter);

Q_SIGNALS:
    void loaded(quint64 generation, const QList<Core::Figure> &figures);
    void failed(quint64 generation, const QString &message);

private:
    void deliver(quint64 generation, const QList<Core::Figure> &figures, const QString &error);
    quint64 start(std::function<Core::Result<QList<Core::Figure>>(Core::FigureCatalog &)> query);

    QString m_libraryPath;
    QThreadPool m_pool;
    quint64 m_generation = 0;
};

} // namespace PaperShelf::Gui
