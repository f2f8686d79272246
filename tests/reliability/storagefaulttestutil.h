#pragma once

#include "../bench/syntheticlibrary.h"
#include "../core/librarytestutil.h"
#include "../support/clirunner.h"
#include "core/backup/librarybackup.h"
#include "core/db/database.h"
#include "core/db/paperwriter.h"
#include "core/digest/digestparser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStringList>

#include <functional>
#include <memory>

// Helpers shared by the storage-fault tests (issue 8): a digest set large enough
// that faults land mid-import, papershelf-cli runs under a wrapper or a child
// modifier, and checks of what a library holds after a fault.
namespace PaperShelf::Tests {

/// strace, or an empty string where it is not installed (tests then skip).
inline QString straceProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("strace"));
}

/// One write or sync of a traced run: the system call and the path of its file.
struct TracedCall
{
    QString syscall;
    QString path;
};

/// Runs papershelf-cli under strace (pwrite64, fdatasync and fsync, logged to
/// `log`) and returns the calls of the thread that writes `library`, in order:
/// the numbering that strace's `inject=...:when=N` counts in (per thread and
/// system call). Empty when the run fails.
inline QList<TracedCall> traceCli(const QString &library, const QStringList &arguments, const QString &log)
{
    CliLaunch launch;
    launch.wrapper = {straceProgram(),
                      QStringLiteral("-f"),
                      QStringLiteral("-qq"),
                      QStringLiteral("-y"),
                      QStringLiteral("-o"),
                      log,
                      QStringLiteral("-e"),
                      QStringLiteral("trace=pwrite64,fdatasync,fsync")};
    const CliRun run = runCli(library, arguments, launch);
    QFile file(log);
    if (run.exitCode != 0 || !file.open(QIODevice::ReadOnly)) {
        qWarning("traced run failed: %s", qPrintable(run.out + run.err));
        return {};
    }
    // "1234 pwrite64(5</tmp/x/library.papershelf-wal>, ..." per call, prefixed by the thread id.
    static const QRegularExpression line(QStringLiteral(R"(^(\d+)\s+(pwrite64|fdatasync|fsync)\(\d+<([^>]*)>)"));
    QHash<QString, QList<TracedCall>> byThread;
    QString writer;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &text : lines) {
        const QRegularExpressionMatch match = line.match(text);
        if (!match.hasMatch()) {
            continue;
        }
        byThread[match.captured(1)].append({match.captured(2), match.captured(3)});
        if (writer.isEmpty() && match.captured(3).startsWith(library)) {
            writer = match.captured(1); // the thread that owns the connection
        }
    }
    return byThread.value(writer);
}

/// The number (1-based, among the calls of `syscall`) of a call on a file whose
/// path ends with `suffix`: `pick` 0 is the first such call, 0.5 the middle one.
/// 0 when there is none.
inline int callNumber(const QList<TracedCall> &calls, const QString &syscall, const QString &suffix, double pick)
{
    QList<int> matching;
    int number = 0;
    for (const TracedCall &call : calls) {
        if (call.syscall != syscall) {
            continue;
        }
        ++number;
        if (call.path.endsWith(suffix)) {
            matching.append(number);
        }
    }
    if (matching.isEmpty()) {
        return 0;
    }
    return matching.at(std::min<qsizetype>(matching.size() - 1, static_cast<qsizetype>(pick * matching.size())));
}

/// Runs the CLI under strace failing `syscall` with `error` (e.g. EIO) at `when` (strace syntax: "5", "5+").
inline CliLaunch injecting(const QString &syscall, const QString &error, const QString &when)
{
    CliLaunch launch;
    launch.wrapper = {straceProgram(),
                      QStringLiteral("-f"),
                      QStringLiteral("-qq"),
                      QStringLiteral("-o"),
                      QStringLiteral("/dev/null"),
                      QStringLiteral("-e"),
                      QStringLiteral("trace=%1").arg(syscall),
                      QStringLiteral("-e"),
                      QStringLiteral("inject=%1:error=%2:when=%3").arg(syscall, error, when)};
    return launch;
}

/// Writes `days` days of synthetic digests (about `papersPerDay` papers each, one
/// file per topic and day) as Markdown under `folder`; returns the number of files.
inline int writeSyntheticDigests(const QString &folder, int days, int papersPerDay, quint64 seed, int firstDay = 0)
{
    Bench::SyntheticLibrary generator(seed);
    QDir().mkpath(folder);
    int files = 0;
    for (int day = firstDay; day < firstDay + days; ++day) {
        const QList<Core::ParsedDigest> digests = generator.day(day, day * papersPerDay, papersPerDay);
        for (const Core::ParsedDigest &digest : digests) {
            QFile file(
                QDir(folder).filePath(QStringLiteral("day%1-%2.md").arg(day, 4, 10, QLatin1Char('0')).arg(files)));
            if (!file.open(QIODevice::WriteOnly)
                || file.write(Bench::SyntheticLibrary::toMarkdown(digest).toUtf8()) < 0) {
                return -1;
            }
            ++files;
        }
    }
    return files;
}

/// What the parser finds in each digest file of an import: canonical path ->
/// keys of the papers it lists (empty for files that are not digests).
inline QHash<QString, QSet<QString>> parsedDigests(const QStringList &paths)
{
    QHash<QString, QSet<QString>> parsed;
    QStringList files;
    for (const QString &path : paths) {
        if (QFileInfo(path).isFile()) {
            files.append(path);
            continue;
        }
        QDirIterator it(path, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files.append(it.next());
        }
    }
    for (const QString &file : std::as_const(files)) {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QString canonical = QFileInfo(file).canonicalFilePath();
        const Core::ParsedDigest digest = Core::DigestParser::parse(input.readAll(), canonical);
        QSet<QString> keys;
        if (digest.isDigest) {
            for (const Core::DigestEntry &entry : digest.entries) {
                keys.insert(Core::PaperWriter::paperKey(entry));
            }
        }
        parsed.insert(canonical, keys);
    }
    return parsed;
}

/// Entries stored per digest path (absent digests are missing from the map).
inline QHash<QString, int> storedEntryCounts(const QSqlDatabase &db)
{
    QHash<QString, int> counts;
    QSqlQuery query(db);
    query.exec(
        QStringLiteral("SELECT d.path, (SELECT count(*) FROM entries e WHERE e.digest_id = d.id) FROM digests d"));
    while (query.next()) {
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return counts;
}

/// Problems with "each digest is fully present or absent": a stored digest must
/// hold exactly the papers the parser finds in its file and as many entries as a
/// clean import stored (`reference`); a digest a clean import did not store must
/// be absent; no paper may be left without an entry. Empty when all is well.
inline QStringList digestAtomicityProblems(const QSqlDatabase &db,
                                           const QHash<QString, QSet<QString>> &parsed,
                                           const QHash<QString, int> &reference)
{
    QStringList problems;
    const QHash<QString, int> stored = storedEntryCounts(db);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!parsed.contains(it.key())) {
            problems.append(QStringLiteral("unexpected digest %1").arg(it.key()));
            continue;
        }
        if (!reference.contains(it.key())) {
            problems.append(QStringLiteral("%1 is stored, a clean import skips it").arg(it.key()));
            continue;
        }
        if (it.value() != reference.value(it.key())) {
            problems.append(
                QStringLiteral("%1 has %2 of %3 entries")
                    .arg(it.key(), QString::number(it.value()), QString::number(reference.value(it.key()))));
        }
        QSqlQuery keys(db);
        keys.prepare(QStringLiteral("SELECT DISTINCT p.key FROM entries e JOIN papers p ON p.id = e.paper_id"
                                    " JOIN digests d ON d.id = e.digest_id WHERE d.path = ?"));
        keys.addBindValue(it.key());
        keys.exec();
        QSet<QString> found;
        while (keys.next()) {
            found.insert(keys.value(0).toString());
        }
        if (found != parsed.value(it.key())) {
            problems.append(
                QStringLiteral("%1 holds %2 papers, its file lists %3")
                    .arg(it.key(), QString::number(found.size()), QString::number(parsed.value(it.key()).size())));
        }
    }
    QSqlQuery orphans(db);
    orphans.exec(QStringLiteral("SELECT count(*) FROM papers WHERE id NOT IN (SELECT paper_id FROM entries)"));
    if (orphans.next() && orphans.value(0).toInt() != 0) {
        problems.append(QStringLiteral("%1 paper(s) without an entry").arg(orphans.value(0).toInt()));
    }
    return problems;
}

/// Every row of the machine and user tables, with row ids replaced by natural
/// keys (paper key, digest path, tag kind and name) and times of day left out,
/// sorted: equal for two libraries with the same content however their rows
/// were numbered (a run that failed halfway and was repeated numbers them differently).
inline QString contentDump(const QSqlDatabase &db)
{
    const auto names = [&db](const QString &sql) -> QHash<QString, QString> {
        QHash<QString, QString> map;
        QSqlQuery query(db);
        query.exec(sql);
        while (query.next()) {
            map.insert(query.value(0).toString(), query.value(1).toString());
        }
        return map;
    };
    const QHash<QString, QHash<QString, QString>> references = {
        {QStringLiteral("paper_id"), names(QStringLiteral("SELECT id, key FROM papers"))},
        {QStringLiteral("digest_id"), names(QStringLiteral("SELECT id, path FROM digests"))},
        {QStringLiteral("tag_id"), names(QStringLiteral("SELECT id, kind || ':' || norm FROM tags"))},
        {QStringLiteral("current_entry_id"),
         names(QStringLiteral(
             "SELECT e.id, d.path || '#' || e.line FROM entries e JOIN digests d ON d.id = e.digest_id"))},
    };
    const QStringList tables = {QStringLiteral("digests"),
                                QStringLiteral("papers"),
                                QStringLiteral("entries"),
                                QStringLiteral("tags"),
                                QStringLiteral("paper_tags"),
                                QStringLiteral("screenshots"),
                                QStringLiteral("annotations"),
                                QStringLiteral("highlights"),
                                QStringLiteral("review_segments"),
                                QStringLiteral("fts_pending")};
    QString dump;
    for (const QString &table : tables) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        QStringList rows;
        while (query.next()) {
            const QSqlRecord record = query.record();
            QStringList values;
            for (int c = 0; c < record.count(); ++c) {
                const QString column = record.fieldName(c);
                if (column == QLatin1String("id") || column.endsWith(QLatin1String("_at"))) {
                    continue;
                }
                const auto reference = references.constFind(column);
                values.append(reference == references.cend() ? query.value(c).toString()
                                                             : reference->value(query.value(c).toString()));
            }
            rows.append(values.join(QLatin1Char('|')));
        }
        rows.sort();
        dump += table + QLatin1Char('\n') + rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return dump;
}

/// A checksum of contentDump(), with the row counts of papers and digests in front.
inline QString contentChecksum(const QSqlDatabase &db)
{
    QSqlQuery counts(db);
    counts.exec(QStringLiteral("SELECT (SELECT count(*) FROM papers), (SELECT count(*) FROM digests)"));
    counts.next();
    return QStringLiteral("%1 papers, %2 digests, md5 %3")
        .arg(counts.value(0).toString(),
             counts.value(1).toString(),
             QString::fromLatin1(QCryptographicHash::hash(contentDump(db).toUtf8(), QCryptographicHash::Md5).toHex()));
}

/// Opens `path` as the app does after a crash (quick_check first); an error
/// message, or empty with `database` set.
inline QString openChecked(const QString &path, std::unique_ptr<Core::Database> &database)
{
    Core::Database::Options options;
    options.create = false;
    options.verify = Core::Database::Options::Verify::Always;
    Core::Result<std::unique_ptr<Core::Database>> opened = Core::Database::open(path, options);
    if (!opened) {
        return opened.errorMessage();
    }
    database = std::move(*opened);
    const QStringList problems = database->integrityProblems();
    return problems.join(QLatin1Char('\n'));
}

/// A library made by the CLI from tests/data/cli, backed up once: the state a
/// fault must leave intact.
struct BackedUpLibrary
{
    QString backup;         ///< the one backup's path
    QByteArray backupBytes; ///< its content
    QString checksum;       ///< contentChecksum() of the library
};

/// Imports tests/data/cli into `library` and backs it up, both through the CLI;
/// an error text in `*error` (empty on success).
inline BackedUpLibrary backedUpLibrary(const QString &library, QString *error)
{
    BackedUpLibrary made;
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("import"), QStringLiteral(PAPERSHELF_TEST_DATA "/cli")},
          QStringList{QStringLiteral("backup")}}) {
        const CliRun run = runCli(library, arguments);
        if (run.exitCode != 0) {
            *error = run.out + run.err;
            return made;
        }
    }
    const QList<Core::BackupEntry> backups = Core::LibraryBackup(library).list();
    if (backups.size() != 1) {
        *error = QStringLiteral("%1 backups instead of one").arg(backups.size());
        return made;
    }
    made.backup = backups.first().path;
    QFile backup(made.backup);
    if (!backup.open(QIODevice::ReadOnly)) {
        *error = backup.errorString();
        return made;
    }
    made.backupBytes = backup.readAll();
    std::unique_ptr<Core::Database> database;
    *error = openChecked(library, database);
    if (error->isEmpty()) {
        made.checksum = contentChecksum(database->connection());
    }
    return made;
}

/// Removes a library file with its -wal and -shm.
inline void removeLibrary(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

} // namespace PaperShelf::Tests
