#include "cli/command.h"

#include "cli/clicontext.h"

namespace PaperShelf::Cli {

ExitCode Command::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show help for this command."));
    const QCommandLineOption
        libraryOption(QStringLiteral("library"),
                      QStringLiteral("Library file (default: $PAPERSHELF_LIBRARY, else the GUI's default library)."),
                      QStringLiteral("FILE"));
    parser.addOption(helpOption);
    parser.addOption(libraryOption);
    addOptions(parser);

    // QCommandLineParser names the program from argv[0]; show "papershelf-cli <command>".
    QStringList args = arguments;
    args[0] = QStringLiteral("papershelf-cli ") + name();
    if (!parser.parse(args)) {
        context.error(QStringLiteral("%1: %2 (see papershelf-cli %1 --help)").arg(name(), parser.errorText()));
        return ExitCode::Usage;
    }
    if (parser.isSet(helpOption)) {
        context.out() << parser.helpText();
        context.out().flush();
        return ExitCode::Success;
    }
    if (parser.isSet(libraryOption)) {
        context.setLibraryOption(parser.value(libraryOption));
    }
    return execute(parser, context);
}

} // namespace PaperShelf::Cli
