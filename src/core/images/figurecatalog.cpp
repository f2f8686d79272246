#include "core/images/figurecatalog.h"

#include "core/db/database.h"
#include "core/db/sqlquery.h"
#include "core/search/papersearch.h"
#include "core/util/librarypaths.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace PaperShelf::Core {

namespace {

FigureState parseState(const QString &text)
{
    if (text == QLatin1String("cached")) {
        return FigureState::Cached;
    }
    if (text == QLatin1String("failed")) {
        return FigureState::Failed;
    }
    return FigureState::Missing;
}

// A relative path that stays inside its folder (checked by text: this runs for every figure).
bool isInsideFolder(const QString &file)
{
    if (file.isEmpty() || file.startsWith(QLatin1Char('/')) || file.contains(QLatin1Char('\\'))) {
        return false;
    }
    for (const QStringView part : QStringView(file).split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String("..") || part == QLatin1String(".")) {
            return false;
        }
    }
    return true;
}

} // namespace

FigureCatalog::FigureCatalog(const QSqlDatabase &db, const QString &libraryPath)
    : m_db(db)
    , m_imageDir(LibraryPaths(libraryPath).imageDir())
{
}

Result<QList<Figure>> FigureCatalog::figuresOfPaper(qint64 paperId)
{
    return select(QStringLiteral("s.paper_id = ?"), {paperId});
}

Result<QList<Figure>> FigureCatalog::figuresOf(const PaperFilter &filter, std::optional<SortOrder> sort)
{
    PaperSearch search(m_db);
    Result<QList<qint64>> ids = search.ids(filter, sort);
    if (!ids) {
        return ids.error();
    }
    if (ids->isEmpty()) {
        return QList<Figure>();
    }
    Result<QList<Figure>> figures = filter.isEmpty() ? select(QString(), {}) : [&]() {
        // One bound JSON array instead of thousands of placeholders.
        QJsonArray array;
        for (qint64 id : std::as_const(*ids)) {
            array.append(id);
        }
        return select(QStringLiteral("s.paper_id IN (SELECT value FROM json_each(?))"),
                      {QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))});
    }();
    if (!figures) {
        return figures;
    }
    // The rows come in (paper, position) order; a stable sort by the paper's
    // rank in the list keeps each paper's figures in theirs.
    QHash<qint64, int> rank;
    rank.reserve(ids->size());
    for (int i = 0; i < ids->size(); ++i) {
        rank.insert(ids->at(i), i);
    }
    QList<Figure> &list = *figures;
    std::stable_sort(list.begin(), list.end(), [&rank](const Figure &a, const Figure &b) {
        return rank.value(a.paperId) < rank.value(b.paperId);
    });
    return figures;
}

Result<QList<Figure>> FigureCatalog::select(const QString &where, const QVariantList &values)
{
    QString sql = QStringLiteral("SELECT s.paper_id, p.title, s.position, s.url, c.state, c.file, c.width, c.height,"
                                 " c.error FROM screenshots s JOIN papers p ON p.id = s.paper_id"
                                 " LEFT JOIN image_cache c ON c.url = s.url");
    if (!where.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + where;
    }
    sql += QStringLiteral(" ORDER BY s.paper_id, s.position");
    SqlQuery query(m_db, sql);
    for (const QVariant &value : values) {
        query.add(value);
    }
    query.query().setForwardOnly(true);
    if (Result<void> done = query.exec(); !done) {
        return done.error();
    }
    const QString prefix = m_imageDir + QLatin1Char('/');
    QList<Figure> figures;
    QString lastTitle;
    while (query.next()) {
        Figure figure;
        figure.paperId = query.value(0).toLongLong();
        figure.paperTitle = query.value(1).toString();
        if (figure.paperTitle == lastTitle) {
            figure.paperTitle = lastTitle; // share the string between a paper's figures
        }
        lastTitle = figure.paperTitle;
        figure.position = query.value(2).toInt();
        figure.url = query.value(3).toString();
        figure.state = parseState(query.value(4).toString());
        if (figure.state == FigureState::Cached) {
            const QString file = query.value(5).toString();
            if (isInsideFolder(file)) {
                figure.file = prefix + file;
            } else {
                figure.state = FigureState::Missing; // a cached row must name a file inside the image folder
            }
        }
        figure.width = query.value(6).toInt();
        figure.height = query.value(7).toInt();
        figure.error = query.value(8).toString();
        figures.append(std::move(figure));
    }
    return figures;
}

} // namespace PaperShelf::Core
