#include "core/db/database.h"
#include "core/util/appidentity.h"
#include "gui/fontfallback.h"
#include "gui/languagemanager.h"
#include "gui/libraryopener.h"
#include "gui/mainwindow.h"
#include "gui/windowhost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>

#include <memory>

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
    const QCommandLineOption
        readOnlyOption(QStringLiteral("read-only"),
                       QApplication::translate("main",
                                               "Open the library read-only (also with $PAPERSHELF_READ_ONLY=1)."));
    parser.addOption(readOnlyOption);
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
    // The session's main connection: opened (and checked when it was not closed
    // cleanly) off the GUI thread, with dialogs for a damaged, locked or read-only
    // library; it stays open until the window is gone. The window's workers open
    // their own connections. The host replaces the window when a restore must
    // close the library everywhere, the main connection included.
    PaperShelf::Gui::LibraryOpener opener(path);
    opener.setReadOnlyRequested(parser.isSet(readOnlyOption)
                                || qEnvironmentVariableIntValue("PAPERSHELF_READ_ONLY") == 1);
    std::unique_ptr<PaperShelf::Gui::WindowHost> host;
    QObject::connect(&opener, &PaperShelf::Gui::LibraryOpener::opened, &app, [&]() {
        if (host) {
            return; // reopened after a restore; the host has made the new window
        }
        host = std::make_unique<PaperShelf::Gui::WindowHost>(path, languages, opener.readOnlyReason());
        host->setLibraryHolder(
            [&opener]() {
            opener.close();
            },
            [&opener]() {
            opener.start();
        });
        host->show();
    });
    QObject::connect(&opener, &PaperShelf::Gui::LibraryOpener::abandoned, &app, []() {
        QApplication::exit(3);
    });
    opener.start();
    const int status = QApplication::exec();
    host.reset(); // the workers' connections close before the main one
    return status;
}
