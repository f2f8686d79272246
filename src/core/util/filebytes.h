#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

namespace PaperShelf::Core {

/// Whole-file reads and atomic writes for exports and archives. Messages are
/// one line, "cannot read PATH: reason" / "cannot write PATH: reason", for the
/// caller to prefix or translate around.
class FileBytes final
{
public:
    static Result<QByteArray> read(const QString &path);

    /// Writes through QSaveFile: `path` afterwards holds all of `bytes` or is
    /// exactly as before (a failure never leaves a partial file).
    static Result<void> writeAtomically(const QString &path, const QByteArray &bytes);
};

} // namespace PaperShelf::Core
