#include "gui/filedialog.h"

#include <QFileDialog>
#include <QStandardPaths>

#include <optional>

namespace PaperShelf::Gui {

namespace {

std::optional<QStringList> nextResult; // test seam; only tests set it

QString startFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
}

} // namespace

bool FileDialog::takeNext(QStringList *paths)
{
    if (!nextResult) {
        return false;
    }
    *paths = *nextResult;
    nextResult.reset();
    return true;
}

QStringList FileDialog::getOpenFileNames(QWidget *parent, const QString &caption, const QString &filter)
{
    QStringList paths;
    if (takeNext(&paths)) {
        return paths;
    }
    return QFileDialog::getOpenFileNames(parent, caption, startFolder(), filter);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption)
{
    QStringList paths;
    if (takeNext(&paths)) {
        return paths.value(0);
    }
    return QFileDialog::getExistingDirectory(parent, caption, startFolder());
}

QString FileDialog::getSaveFileName(QWidget *parent,
                                    const QString &caption,
                                    const QString &suggested,
                                    const QString &filter)
{
    QStringList paths;
    if (takeNext(&paths)) {
        return paths.value(0);
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void FileDialog::setNextResult(const QStringList &paths)
{
    nextResult = paths;
}

} // namespace PaperShelf::Gui
