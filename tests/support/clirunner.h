#pragma once

#include <QByteArray>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

// papershelf-cli as a child process, for the tests that drive it (tests/cli,
// tests/reliability). Each of their targets defines PAPERSHELF_CLI, the path of
// the program it depends on.
namespace PaperShelf::Tests {

/// How a CLI child is started.
struct CliLaunch
{
    QStringList wrapper;                 ///< runs the CLI as its command (strace with its options)
    std::function<void()> modifier;      ///< runs in the child between fork and exec
    QHash<QString, QString> environment; ///< set on top of the test's own
    int timeoutMs = 300'000;             ///< then the child is killed (runCliBytes)
};

/// The outcome of one run, as bytes; exitCode is -1 when it did not end in time,
/// -2 when it crashed or was killed.
struct CliBytes
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// The same outcome as text (the CLI writes UTF-8).
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Starts papershelf-cli `arguments` on `library` in `process` (not waiting for it to end).
inline void startCli(QProcess &process,
                     const QString &library,
                     const QStringList &arguments,
                     const CliLaunch &launch = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PAPERSHELF_LIBRARY"), library);
    for (auto it = launch.environment.cbegin(); it != launch.environment.cend(); ++it) {
        environment.insert(it.key(), it.value());
    }
    if (!launch.wrapper.isEmpty()) {
        // In the sanitizer build: LeakSanitizer cannot run under ptrace (strace) and
        // would end the traced CLI with a fatal error of its own.
        const QString asan = environment.value(QStringLiteral("ASAN_OPTIONS"));
        environment.insert(QStringLiteral("ASAN_OPTIONS"),
                           asan.isEmpty() ? QStringLiteral("detect_leaks=0")
                                          : asan + QStringLiteral(":detect_leaks=0"));
    }
    process.setProcessEnvironment(environment);
    if (launch.modifier) {
        process.setChildProcessModifier(launch.modifier);
    }
    if (launch.wrapper.isEmpty()) {
        process.start(QStringLiteral(PAPERSHELF_CLI), arguments);
    } else {
        process.start(launch.wrapper.first(),
                      launch.wrapper.mid(1) + QStringList{QStringLiteral(PAPERSHELF_CLI)} + arguments);
    }
}

/// Runs papershelf-cli to its end and keeps what it wrote as bytes.
inline CliBytes runCliBytes(const QString &library, const QStringList &arguments, const CliLaunch &launch = {})
{
    QProcess process;
    startCli(process, library, arguments, launch);
    CliBytes run;
    if (!process.waitForFinished(launch.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// Runs papershelf-cli to its end and keeps what it wrote as text.
inline CliRun runCli(const QString &library, const QStringList &arguments, const CliLaunch &launch = {})
{
    const CliBytes bytes = runCliBytes(library, arguments, launch);
    return {bytes.exitCode, QString::fromUtf8(bytes.out), QString::fromUtf8(bytes.err)};
}

} // namespace PaperShelf::Tests
