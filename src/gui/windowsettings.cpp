#include "gui/windowsettings.h"

#include "gui/papertablemodel.h"
#include "gui/readerwidget.h"
#include "gui/tagpanel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>

namespace PaperShelf::Gui {

namespace {

const QString SettingsGroup = QStringLiteral("mainWindow");

} // namespace

void WindowSettings::restore(const Parts &parts)
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    QMainWindow *window = parts.window;
    if (!window->restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()) && window->screen()) {
        // First start: most of the screen, the three panes in useful proportions.
        const QSize available = window->screen()->availableGeometry().size();
        window->resize(available.width() * 9 / 10, available.height() * 9 / 10);
        const int width = available.width() * 9 / 10;
        parts.mainSplitter->setSizes({width / 6, width / 2, width / 3});
    }
    window->restoreState(settings.value(QStringLiteral("state")).toByteArray());
    parts.mainSplitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    parts.header->restoreState(settings.value(QStringLiteral("columns")).toByteArray());
    parts.reader->restoreState(settings.value(QStringLiteral("reader")).toByteArray());
    parts.readerSplitter->restoreState(settings.value(QStringLiteral("readerAnnotationSplitter")).toByteArray());
    {
        // Restoring must not run one query per restored piece.
        const QSignalBlocker tagBlocker(parts.tagPanel);
        const QSignalBlocker searchBlocker(parts.search);
        parts.tagPanel->restoreState(settings.value(QStringLiteral("tagFilters")).toByteArray());
        parts.search->setText(settings.value(QStringLiteral("search")).toString());
    }
    const int sortColumn = settings.value(QStringLiteral("sortColumn"), -1).toInt();
    const auto sortOrder = static_cast<Qt::SortOrder>(settings.value(QStringLiteral("sortOrder"), 0).toInt());
    if (sortColumn >= 0 && sortColumn < PaperTableModel::ColumnCount) {
        const QSignalBlocker blocker(parts.header);
        parts.header->setSortIndicator(sortColumn, sortOrder);
        parts.papers->sort(sortColumn, sortOrder);
    }
    settings.endGroup();
}

void WindowSettings::save(const Parts &parts, const QString &libraryPath)
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(QStringLiteral("geometry"), parts.window->saveGeometry());
    settings.setValue(QStringLiteral("state"), parts.window->saveState());
    settings.setValue(QStringLiteral("splitter"), parts.mainSplitter->saveState());
    settings.setValue(QStringLiteral("columns"), parts.header->saveState());
    settings.setValue(QStringLiteral("sortColumn"), parts.header->sortIndicatorSection());
    settings.setValue(QStringLiteral("sortOrder"), static_cast<int>(parts.header->sortIndicatorOrder()));
    settings.setValue(QStringLiteral("reader"), parts.reader->saveState());
    settings.setValue(QStringLiteral("readerAnnotationSplitter"), parts.readerSplitter->saveState());
    settings.setValue(QStringLiteral("tagFilters"), parts.tagPanel->saveState());
    settings.setValue(QStringLiteral("search"), parts.search->text());
    settings.endGroup();
    if (!libraryPath.isEmpty()) {
        settings.setValue(QStringLiteral("library/last"), libraryPath);
    }
}

} // namespace PaperShelf::Gui
