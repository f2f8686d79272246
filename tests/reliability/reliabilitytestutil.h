#pragma once

#include "../core/backuptestutil.h"
#include "core/backup/librarybackup.h"
#include "core/db/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <memory>

namespace PaperShelf::Tests {

/// A library with the fixtures of tests/data/cli and user work on them,
/// opened as a session's main connection (so closing it records a clean close).
inline std::unique_ptr<Core::Database> workedSessionLibrary(const QString &path)
{
    Core::Database::Options options;
    options.verify = Core::Database::Options::Verify::IfNotClosedCleanly;
    Core::Result<std::unique_ptr<Core::Database>> opened = Core::Database::open(path, options);
    if (!opened || !importCliFixtures(**opened) || !addUserWork(**opened)) {
        return nullptr;
    }
    return std::move(*opened);
}

/// Overwrites one whole page in the middle of the file (never page 1) with
/// garbage, as a failing disk would; the page size comes from the header.
inline bool scribbleMiddlePage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        return false;
    }
    const QByteArray header = file.read(100);
    if (header.size() < 100) {
        return false;
    }
    qint64 pageSize = (static_cast<uchar>(header.at(16)) << 8) | static_cast<uchar>(header.at(17));
    if (pageSize == 1) {
        pageSize = 65536;
    }
    const qint64 pages = file.size() / pageSize;
    const qint64 page = pages / 2; // 0-based: page 1 of SQLite is index 0
    if (pages < 3 || page < 1) {
        return false;
    }
    QByteArray garbage(static_cast<int>(pageSize), '\0');
    for (int i = 0; i < garbage.size(); ++i) {
        garbage[i] = static_cast<char>((i * 37 + 11) & 0xff);
    }
    return file.seek(page * pageSize) && file.write(garbage) == garbage.size();
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

/// The library files beside `library` that LibraryBackup::restore() moved aside
/// (without the -wal and -shm files that went with them).
inline QStringList replacedFiles(const QString &library)
{
    const QFileInfo info(library);
    return QDir(info.absolutePath())
        .entryList({info.completeBaseName() + QStringLiteral("-replaced-*.") + info.suffix()}, QDir::Files, QDir::Name);
}

/// Another process (reliability_lockholder) holding the library's write lock
/// from construction until destruction (or release()).
class LockHolder final
{
public:
    explicit LockHolder(const QString &library)
    {
        m_process.start(QStringLiteral(PAPERSHELF_LOCK_HOLDER), {library});
        m_locked = m_process.waitForStarted() && m_process.waitForReadyRead(30'000)
                && m_process.readLine().trimmed() == "locked";
    }

    ~LockHolder() { release(); }

    bool isLocked() const { return m_locked; }

    void release()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel();
            if (!m_process.waitForFinished(30'000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
        m_locked = false;
    }

private:
    QProcess m_process;
    bool m_locked = false;
};

} // namespace PaperShelf::Tests
