#include "storagefaulttestutil.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace PaperShelf;

// Issue 8, storage fault 1: papershelf-cli import SIGKILLed at random points.
// Each kill must leave a library that opens, passes quick_check and holds every
// digest file whole or not at all; importing again must finish the job, with
// the same content as one clean import. The seed is printed; set
// PAPERSHELF_CRASH_SEED to replay a run. With PAPERSHELF_CORPUS the real corpus
// is imported too.
class TestCrashImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImportsLeaveWholeDigestsAndResume();

private:
    QString checkAfterKill(const QString &library) const;

    static constexpr int Kills = 24;

    QTemporaryDir m_dir;
    QStringList m_importArguments;
    QHash<QString, QSet<QString>> m_parsed;
    QHash<QString, int> m_referenceEntries;
    QString m_referenceDump;
    qint64 m_referenceMs = 0;
    qint64 m_checkMs = 0; ///< time spent checking libraries after kills
};

void TestCrashImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The fixtures (digests and files that are not) plus enough synthetic
    // digests for several commits, so that kills land inside and between them.
    const QString digests = m_dir.filePath(QStringLiteral("digests"));
    QVERIFY(QDir().mkpath(digests + QStringLiteral("/fixtures")));
    const QDir fixtures(QStringLiteral(PAPERSHELF_TEST_DATA "/digests"));
    for (const QString &name : fixtures.entryList({QStringLiteral("*.md")}, QDir::Files)) {
        QVERIFY(QFile::copy(fixtures.filePath(name), digests + QStringLiteral("/fixtures/") + name));
    }
    QVERIFY(Tests::writeSyntheticDigests(digests + QStringLiteral("/synthetic"), 12, 12, 8) > 12);
    m_importArguments = {QStringLiteral("import"), digests};
    const QString corpus = qEnvironmentVariable("PAPERSHELF_CORPUS");
    if (!corpus.isEmpty() && QFileInfo(corpus).isDir()) {
        m_importArguments.append(corpus);
    }
    m_parsed = Tests::parsedDigests(m_importArguments.mid(1));

    const QString reference = m_dir.filePath(QStringLiteral("reference.papershelf"));
    QElapsedTimer timer;
    timer.start();
    const Tests::CliRun run = Tests::runCli(reference, m_importArguments);
    m_referenceMs = timer.elapsed();
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    std::unique_ptr<Core::Database> database;
    const QString problems = Tests::openChecked(reference, database);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    m_referenceEntries = Tests::storedEntryCounts(database->connection());
    m_referenceDump = Tests::contentDump(database->connection());
    QVERIFY(m_referenceEntries.size() > 40);
    qInfo("%lld digest files, a clean import takes %lld ms", static_cast<qint64>(m_parsed.size()), m_referenceMs);
}

// Empty when the library left by a kill is sound.
QString TestCrashImport::checkAfterKill(const QString &library) const
{
    if (!QFileInfo::exists(library)) {
        return QString(); // killed before the file was created
    }
    std::unique_ptr<Core::Database> database;
    QString problems = Tests::openChecked(library, database);
    if (!problems.isEmpty()) {
        return problems;
    }
    return Tests::digestAtomicityProblems(database->connection(), m_parsed, m_referenceEntries).join(QLatin1Char('\n'));
}

void TestCrashImport::killedImportsLeaveWholeDigestsAndResume()
{
    const quint64 seed = qEnvironmentVariableIsSet("PAPERSHELF_CRASH_SEED")
                           ? qEnvironmentVariable("PAPERSHELF_CRASH_SEED").toULongLong()
                           : QRandomGenerator::global()->generate64();
    qInfo("seed %llu (replay with PAPERSHELF_CRASH_SEED=%llu)", seed, seed);
    std::mt19937_64 rng(seed);
    // A kill anywhere from process start to the end of a clean import.
    std::uniform_int_distribution<int> delay(0, static_cast<int>(m_referenceMs));

    const QString library = m_dir.filePath(QStringLiteral("killed.papershelf"));
    int kills = 0;
    int completed = 0;
    // Kills come in pairs: one into an import on an empty library, one into the
    // import that resumes it (which skips the files stored already). An import
    // that finishes before its kill must equal the clean one.
    for (int round = 0; kills < Kills && round < 4 * Kills; ++round) {
        if (round % 2 == 0) {
            Tests::removeLibrary(library);
        }
        QProcess child;
        Tests::startCli(child, library, m_importArguments);
        QVERIFY(child.waitForStarted());
        // The resumed import has less to do: its kill comes sooner.
        const int after = round % 2 == 0 ? delay(rng) : delay(rng) / 2;
        if (!child.waitForFinished(after)) {
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished());
            ++kills;
            QElapsedTimer checking;
            checking.start();
            const QString problems = checkAfterKill(library);
            m_checkMs += checking.elapsed();
            QVERIFY2(problems.isEmpty(),
                     qPrintable(
                         QStringLiteral("after a kill at %1 ms (round %2): %3").arg(after).arg(round).arg(problems)));
            continue;
        }
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 child.readAllStandardError().constData());
        ++completed;
        std::unique_ptr<Core::Database> database;
        const QString problems = Tests::openChecked(library, database);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(Tests::contentDump(database->connection()), m_referenceDump);
    }
    QCOMPARE(kills, Kills);

    // Importing again completes what the last kill interrupted.
    const Tests::CliRun run = Tests::runCli(library, m_importArguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    std::unique_ptr<Core::Database> database;
    const QString problems = Tests::openChecked(library, database);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(Tests::contentDump(database->connection()), m_referenceDump);
    qInfo("%d kills, %d imports that finished before their kill, %lld ms of checks", kills, completed, m_checkMs);
}

QTEST_GUILESS_MAIN(TestCrashImport)
#include "tst_crashimport.moc"
