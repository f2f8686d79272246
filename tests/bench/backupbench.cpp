#include "backupbench.h"

#include "benchstats.h"
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
    qint64 backupBytes = 0;
    Core::LibraryBackup backup(link);
    BenchStats make = BenchStats::measure(QStringLiteral(
                                              "backup (online backup API page copy, quick_check of the copy, sidecar)"),
                                          runs,
                                          0,
                                          [&] {
        const Core::Result<Core::BackupEntry> made = backup.make(connection, Core::BackupReason::Manual);
        if (!made) {
            failure = made.errorMessage();
            return;
        }
        backupBytes = made->bytes;
        QFile::remove(made->path);
        QFile::remove(made->annotationsPath);
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
    for (const BenchStats &stats : {quickCheck, make, signature}) {
        array.append(stats.toJson());
    }
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("benchmarks"), array}}).toJson();
    return 0;
}

} // namespace PaperShelf::Bench
