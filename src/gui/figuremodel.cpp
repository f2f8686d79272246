#include "gui/figuremodel.h"

#include "gui/plaintext.h"
#include "gui/thumbnailer.h"

#include <QSet>

#include <algorithm>

namespace PaperShelf::Gui {

FigureModel::FigureModel(Thumbnailer *thumbnailer, QSize thumbnailSize, QObject *parent)
    : QAbstractListModel(parent)
    , m_thumbnailer(thumbnailer)
    , m_thumbnailSize(thumbnailSize)
{
    if (m_thumbnailer) {
        connect(m_thumbnailer, &Thumbnailer::thumbnailReady, this, &FigureModel::onThumbnailReady);
        connect(m_thumbnailer, &Thumbnailer::thumbnailFailed, this, &FigureModel::onThumbnailFailed);
    }
}

FigureModel::~FigureModel() = default;

void FigureModel::setFigures(const QList<Core::Figure> &figures)
{
    beginResetModel();
    m_figures = figures;
    m_failures.clear();
    rebuildIndex();
    endResetModel();
}

void FigureModel::updateFigures(const QList<Core::Figure> &figures)
{
    bool same = figures.size() == m_figures.size();
    for (int i = 0; same && i < figures.size(); ++i) {
        same = figures.at(i).url == m_figures.at(i).url && figures.at(i).paperId == m_figures.at(i).paperId;
    }
    if (!same) {
        setFigures(figures);
        return;
    }
    for (int i = 0; i < figures.size(); ++i) {
        if (figures.at(i) == m_figures.at(i)) {
            continue;
        }
        const QString oldKey = Thumbnailer::key(m_figures.at(i).file, m_thumbnailSize);
        m_rowsByKey.remove(oldKey, i);
        m_failures.remove(oldKey);
        m_figures[i] = figures.at(i);
        if (!m_figures.at(i).file.isEmpty()) {
            const QString key = Thumbnailer::key(m_figures.at(i).file, m_thumbnailSize);
            m_failures.remove(key);
            m_rowsByKey.insert(key, i);
        }
        Q_EMIT dataChanged(index(i), index(i));
    }
}

void FigureModel::setOffline(bool offline)
{
    if (m_offline == offline) {
        return;
    }
    m_offline = offline;
    if (!m_figures.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {ReasonRole, Qt::ToolTipRole});
    }
}

void FigureModel::retranslate()
{
    if (!m_figures.isEmpty()) {
        Q_EMIT dataChanged(index(0),
                           index(rowCount() - 1),
                           {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole, ReasonRole});
    }
}

QString FigureModel::reasonFor(const Core::Figure &figure, bool offline)
{
    switch (figure.state) {
    case Core::FigureState::Cached:
        return QString();
    case Core::FigureState::Failed:
        return tr("Download failed: %1").arg(figure.error.isEmpty() ? tr("unknown error") : figure.error);
    case Core::FigureState::Missing:
        break;
    }
    return offline ? tr("Not downloaded (offline)") : tr("Not downloaded yet");
}

QStringList FigureModel::uncachedUrls() const
{
    QStringList urls;
    QSet<QString> seen;
    for (const Core::Figure &figure : m_figures) {
        if (figure.state != Core::FigureState::Cached && !seen.contains(figure.url)) {
            seen.insert(figure.url);
            urls.append(figure.url);
        }
    }
    return urls;
}

int FigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_figures.size());
}

QVariant FigureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Core::Figure &figure = m_figures.at(index.row());
    const int number = figure.position + 1;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("Figure %1 of “%2”").arg(QString::number(number), figure.paperTitle);
    case Qt::ToolTipRole: {
        const QString reason = data(index, ReasonRole).toString();
        return PlainText::toolTip(reason.isEmpty() ? figure.url : tr("%1\n%2").arg(figure.url, reason));
    }
    case Qt::DecorationRole: {
        if (figure.state != Core::FigureState::Cached || !m_thumbnailer) {
            return {};
        }
        const QImage image = m_thumbnailer->cached(figure.file, m_thumbnailSize);
        if (image.isNull() && !m_failures.contains(Thumbnailer::key(figure.file, m_thumbnailSize))) {
            m_thumbnailer->request(figure.file, m_thumbnailSize);
        }
        return image.isNull() ? QVariant() : QVariant(image);
    }
    case FigureRole:
        return QVariant::fromValue(figure);
    case PaperIdRole:
        return figure.paperId;
    case PaperTitleRole:
        return figure.paperTitle;
    case UrlRole:
        return figure.url;
    case StateRole:
        return static_cast<int>(figure.state);
    case ReasonRole: {
        if (figure.state == Core::FigureState::Cached) {
            const QString error = m_failures.value(Thumbnailer::key(figure.file, m_thumbnailSize));
            return error.isEmpty() ? QString() : tr("The cached image cannot be read: %1").arg(error);
        }
        return reasonFor(figure, m_offline);
    }
    case FirstOfPaperRole:
        return index.row() == 0 || m_figures.at(index.row() - 1).paperId != figure.paperId;
    case PaperGroupRole:
        return m_groups.value(index.row());
    case FigureNumberRole:
        return number;
    default:
        return {};
    }
}

void FigureModel::rebuildIndex()
{
    m_rowsByKey.clear();
    m_groups.clear();
    m_groups.reserve(m_figures.size());
    int group = -1;
    for (int i = 0; i < m_figures.size(); ++i) {
        const Core::Figure &figure = m_figures.at(i);
        if (i == 0 || m_figures.at(i - 1).paperId != figure.paperId) {
            ++group;
        }
        m_groups.append(group);
        if (!figure.file.isEmpty()) {
            m_rowsByKey.insert(Thumbnailer::key(figure.file, m_thumbnailSize), i);
        }
    }
}

void FigureModel::onThumbnailReady(const QString &key)
{
    const QList<int> rows = m_rowsByKey.values(key);
    if (rows.isEmpty()) {
        return;
    }
    // One notification for all rows showing this image (a file can back many figures).
    const auto [first, last] = std::minmax_element(rows.cbegin(), rows.cend());
    Q_EMIT dataChanged(index(*first), index(*last), {Qt::DecorationRole});
}

void FigureModel::onThumbnailFailed(const QString &key, const QString &error)
{
    const QList<int> rows = m_rowsByKey.values(key);
    if (rows.isEmpty()) {
        return;
    }
    m_failures.insert(key, error);
    const auto [first, last] = std::minmax_element(rows.cbegin(), rows.cend());
    Q_EMIT dataChanged(index(*first), index(*last), {Qt::DecorationRole, ReasonRole, Qt::ToolTipRole});
}

} // namespace PaperShelf::Gui
