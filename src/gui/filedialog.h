#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace PaperShelf::Gui {

/// File pickers of the application; tests pre-answer them (see the hooks).
class FileDialog final
{
public:
    static QStringList getOpenFileNames(QWidget *parent, const QString &caption, const QString &filter);
    static QString getExistingDirectory(QWidget *parent, const QString &caption);
    static QString getSaveFileName(QWidget *parent,
                                   const QString &caption,
                                   const QString &suggested,
                                   const QString &filter);

    /// Test hook: the next picker is not shown and returns `paths` (one path for
    /// the single-path pickers; an empty list means "cancelled").
    static void setNextResult(const QStringList &paths);

private:
    static bool takeNext(QStringList *paths);
};

} // namespace PaperShelf::Gui
