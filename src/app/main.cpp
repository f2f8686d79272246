#include "core/db/database.h"
#include "core/util/appidentity.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    PaperShelf::Core::AppIdentity::apply();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "PaperShelf: a local library of arXiv digests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption
        libraryOption(QStringLiteral("library"),
                      QApplication::
                          translate("main",
                                    "Open this library file (default: $PAPERSHELF_LIBRARY, else the default library)."),
                      QStringLiteral("FILE"));
    parser.addOption(libraryOption);
    parser.process(app);

    const QString path = PaperShelf::Core::AppIdentity::resolveLibraryPath(parser.value(libraryOption));
    PaperShelf::Core::Result<std::unique_ptr<PaperShelf::Core::Database>> database = PaperShelf::Core::Database::open(
        path);
    if (!database) {
        QMessageBox::critical(nullptr,
                              QApplication::translate("main", "PaperShelf"),
                              QApplication::translate("main", "The library cannot be opened:\n%1")
                                  .arg(database.errorMessage()));
        return 3;
    }
    PaperShelf::Gui::MainWindow window(**database);
    window.show();
    return QApplication::exec();
}
