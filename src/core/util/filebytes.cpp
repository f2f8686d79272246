#include "core/util/filebytes.h"

#include <QFile>
#include <QSaveFile>

namespace PaperShelf::Core {

Result<QByteArray> FileBytes::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    }
    return file.readAll();
}

Result<void> FileBytes::writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        // QSaveFile discards its temporary file when it is not committed.
        return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    }
    return {};
}

} // namespace PaperShelf::Core
