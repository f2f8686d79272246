#pragma once

#include <QList>
#include <QString>

namespace PaperShelf::Core {

/// The outcome of one import run over files and folders; the CLI prints it as
/// JSON and the GUI as a summary the user can copy.
struct ImportReport
{
    struct Skipped
    {
        QString path;
        QString reason;
    };

    struct Warning
    {
        QString path;
        int line = 0;
        QString message;
    };

    struct Failure
    {
        QString path;
        QString message;
    };

    int files = 0;   ///< Markdown files looked at
    int digests = 0; ///< files that were digests and were stored (or already present)
    int entries = 0; ///< paper sections read from those digests
    int papersAdded = 0;
    int papersUpdated = 0;
    int papersUnchanged = 0;
    int appearancesAdded = 0;
    int screenshots = 0; ///< screenshot URLs in the entries read
    QList<Skipped> skipped;
    QList<Warning> warnings;
    QList<Failure> errors;
    qint64 elapsedMs = 0;
    bool cancelled = false;
    qint64 bytes = 0; ///< bytes of Markdown read
};

} // namespace PaperShelf::Core
