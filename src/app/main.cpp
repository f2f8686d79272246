#include "core/db/database.h"
#include "core/util/appidentity.h"
#include "gui/fontfallback.h"
#include "gui/languagemanager.h"
#include "gui/windowhost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    PaperShelf::Core::AppIdentity::apply();
    // Chinese text renders in a Chinese font wherever the UI font lacks the glyphs.
    QApplication::setFont(PaperShelf::Gui::FontFallback::withCjkFallback(QApplication::font()));
    // The interface language: the one chosen in Preferences, else the system's.
    auto *languages = new PaperShelf::Gui::LanguageManager(&app);
    languages->setLanguage(QSettings().value(PaperShelf::Gui::LanguageManager::settingsKey()).toString());

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

    // --library, else $PAPERSHELF_LIBRARY, else the library used last time, else the default one.
    QString path = parser.value(libraryOption);
    if (path.isEmpty() && qEnvironmentVariableIsEmpty("PAPERSHELF_LIBRARY")) {
        const QString last = QSettings().value(QStringLiteral("library/last")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last)) {
            path = last;
        }
    }
    path = PaperShelf::Core::AppIdentity::resolveLibraryPath(path);
    {
        // Open once here: creates or migrates the file and turns any problem into a clear
        // message before the window appears. The window's workers open their own connections.
        PaperShelf::Core::Result<std::unique_ptr<PaperShelf::Core::Database>>
            database = PaperShelf::Core::Database::open(path);
        if (!database) {
            QMessageBox::critical(nullptr,
                                  QApplication::translate("main", "PaperShelf"),
                                  QApplication::translate("main", "The library cannot be opened:\n%1")
                                      .arg(database.errorMessage()));
            return 3;
        }
    }
    // The host replaces the window when a restore must close the library everywhere.
    PaperShelf::Gui::WindowHost host(path, languages);
    host.show();
    return QApplication::exec();
}
