#include "backupbench.h"

#include "benchstats.h"
#include "core/annotations/annotationarchive.h"
#include "core/backup/librarybackup.h"
#include "core/db/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace PaperShelf::Bench {

int backupBench(const QCommandLineParser &parser)
{
    const QString library = QFileInfo(parser.value(QStringLiteral("library"))).absoluteFilePath();
    const int runs = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toInt() : 3;
    QTextStream err(stderr);
    if (!QFileInfo(library).isFile() || runs < 1) {
        err << "papershelf-bench: backup needs --library FILE (an existing library)\n";
        return 1;
    }
    // The backups go to <temporary dir>/lib.papershelf.backups: the library is reached through a symlink.
    QTemporaryDir dir(QFileInfo(library).absolutePath() + QStringLiteral("/backup-bench-XXXXXX"));
    const QString link = dir.filePath(QStringLiteral("lib.papershelf"));
    if (!dir.isValid() || !QFile::link(library, link)) {
        err << "papershelf-bench: cannot make a temporary folder beside the library\n";
        return 1;
    }
    Core::Database::Options options;
    options.readOnly = true;
    options.create = false;
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(link, options);
    if (!db) {
        err << "papershelf-bench: " << db.errorMessage() << '\n';
        return 1;
    }
    const QSqlDatabase connection = (*db)->connection();

    QString failure;
    BenchStats quickCheck = BenchStats::measure(QStringLiteral("quick_check"), runs, 0, [&] {
        QSqlQuery query(connection);
        if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
            || query.value(0).toString() != QLatin1String("ok")) {
            failure = QStringLiteral("quick_check did not say ok");
        }
    });
    // What the app runs after an unclean close: the check at open, on a fresh connection.
    Core::Database::Options verifying = options;
    verifying.verify = Core::Database::Options::Verify::Always;
    BenchStats openCheck = BenchStats::measure(QStringLiteral("quick_check at open (Database::open, Verify::Always)"),
                                               runs,
                                               0,
                                               [&] {
        if (!Core::Database::open(link, verifying)) {
            failure = QStringLiteral("the library did not open with its check");
        }
    });
    qint64 backupBytes = 0;
    Core::LibraryBackup backup(link);
    BenchStats make(QStringLiteral("backup (online backup API page copy, quick_check of the copy, sidecar)"));
    for (int run = 0; run < runs && failure.isEmpty(); ++run) {
        QElapsedTimer timer;
        timer.start();
        const Core::Result<Core::BackupEntry> made = backup.make(connection, Core::BackupReason::Manual);
        make.add(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!made) {
            failure = made.errorMessage();
            break;
        }
        backupBytes = made->bytes;
        // Untimed: deleting the multi-GB copy took about 1 s, and it is the bench's doing, not the backup's.
        QFile::remove(made->path);
        QFile::remove(made->annotationsPath);
    }
    BenchStats sidecar = BenchStats::measure(QStringLiteral("(part of the backup) annotation sidecar export"),
                                             runs,
                                             0,
                                             [&] {
        if (!Core::AnnotationArchive(connection).exportAll()) {
            failure = QStringLiteral("the annotation sidecar could not be exported");
        }
    });
    BenchStats signature = BenchStats::measure(QStringLiteral("content signature (backupIfDue)"), runs, 0, [&] {
        Core::LibraryBackup::contentSignature(connection);
    });
    if (!failure.isEmpty()) {
        err << "papershelf-bench: " << failure << '\n';
        return 1;
    }
    make.extra().insert(QStringLiteral("backup_mb"), static_cast<double>(backupBytes) / 1e6);
    quickCheck.extra().insert(QStringLiteral("library_mb"), static_cast<double>(QFileInfo(library).size()) / 1e6);
    QJsonArray array;
    for (const BenchStats &stats : {quickCheck, openCheck, make, sidecar, signature}) {
        array.append(stats.toJson());
    }
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("benchmarks"), array}}).toJson();
    return 0;
}

} // namespace PaperShelf::Bench
