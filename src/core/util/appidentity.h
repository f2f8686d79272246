#pragma once

#include <QString>

namespace PaperShelf::Core {

/// Names shared by every PaperShelf executable, so that the GUI and the CLI
/// agree on settings and on the default library location.
class AppIdentity final
{
public:
    /// Sets the organisation, application name and version on QCoreApplication.
    static void apply();

    /// The library used when neither `--library` nor $PAPERSHELF_LIBRARY is given:
    /// `library.papershelf` under QStandardPaths::AppDataLocation. Call apply() first.
    static QString defaultLibraryPath();

    /// `explicitPath` when not empty, else $PAPERSHELF_LIBRARY when set, else the default.
    static QString resolveLibraryPath(const QString &explicitPath);
};

} // namespace PaperShelf::Core
