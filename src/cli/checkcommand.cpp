#include "cli/checkcommand.h"

#include "cli/clicontext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));

} // namespace

QString CheckCommand::summary() const
{
    return QStringLiteral("Check the integrity of the library file, its foreign keys and its full-text index.");
}

void CheckCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(JsonOption);
}

ExitCode CheckCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    ExitCode openFailure = ExitCode::Success;
    const std::unique_ptr<Core::Database> database = context.openLibrary(CliContext::Access::Read, &openFailure);
    if (!database) {
        return openFailure;
    }
    const QStringList problems = database->integrityProblems();
    if (parser.isSet(JsonOption)) {
        context.printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("ok"), problems.isEmpty()},
                                      {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}}));
    } else if (problems.isEmpty()) {
        context.out() << QStringLiteral("ok: %1 passed all checks\n").arg(database->path());
    } else {
        for (const QString &problem : problems) {
            context.out() << QStringLiteral("problem: ") << problem << QLatin1Char('\n');
        }
    }
    context.out().flush();
    return problems.isEmpty() ? ExitCode::Success : ExitCode::ItemFailed;
}

} // namespace PaperShelf::Cli
