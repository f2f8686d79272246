// A separate process that holds a library's write lock, for the tests of a locked
// library: opens it with QSQLITE, runs BEGIN IMMEDIATE, prints "locked" and keeps
// the lock until its standard input closes (or it is killed).
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: reliability_lockholder LIBRARY\n", stderr);
        return 2;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
    if (!db.open()) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(db.lastError().text()));
        return 1;
    }
    QSqlQuery lock(db);
    if (!lock.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        std::fprintf(stderr, "cannot lock: %s\n", qPrintable(lock.lastError().text()));
        return 1;
    }
    std::fputs("locked\n", stdout);
    std::fflush(stdout);
    // Hold the lock until the test closes our standard input.
    while (std::fgetc(stdin) != EOF) {
    }
    lock.exec(QStringLiteral("ROLLBACK"));
    return 0;
}
