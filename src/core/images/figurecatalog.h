#pragma once

#include "core/search/paperfilter.h"
#include "core/util/result.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace PaperShelf::Core {

/// Cache state of one screenshot URL (image_cache.state; no row reads as Missing).
enum class FigureState {
    Missing,
    Cached,
    Failed,
};

/// One screenshot of one paper with what the image cache knows about it.
struct Figure
{
    qint64 paperId = 0; ///< papers.id
    QString paperTitle;
    int position = 0; ///< 0-based order within the paper
    QString url;
    FigureState state = FigureState::Missing;
    QString file; ///< absolute path of the cached image ("" unless cached)
    int width = 0;
    int height = 0;
    QString error; ///< why the download failed (state Failed)

    friend bool operator==(const Figure &, const Figure &) = default;
};

/// Reads figures and their cache state straight from the library: screenshots
/// LEFT JOIN image_cache, with files resolved against LibraryPaths::imageDir().
///
/// Each call is one query (the set form adds the filter's id query), so a
/// gallery of 10,000 figures is one pass over the screenshots table. The
/// connection belongs to the caller's thread; run this off the GUI thread.
class FigureCatalog final
{
public:
    FigureCatalog(const QSqlDatabase &db, const QString &libraryPath);

    /// The figures of one paper, in their order.
    Result<QList<Figure>> figuresOfPaper(qint64 paperId);
    /// The figures of every paper that passes `filter`, papers in `sort` order
    /// (as the paper list shows them), each paper's figures in their order.
    /// An empty filter means the whole library.
    Result<QList<Figure>> figuresOf(const PaperFilter &filter, std::optional<SortOrder> sort = std::nullopt);

private:
    Result<QList<Figure>> select(const QString &where, const QVariantList &values);

    QSqlDatabase m_db;
    QString m_imageDir;
};

} // namespace PaperShelf::Core

Q_DECLARE_METATYPE(PaperShelf::Core::Figure)
