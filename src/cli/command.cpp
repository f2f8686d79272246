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

    if (!parser.parse(arguments)) {
        context.error(QStringLiteral("%1: %2 (see papershelf-cli %1 --help)").arg(name(), parser.errorText()));
        return ExitCode::Usage;
    }
    if (parser.isSet(helpOption)) {
        // helpText() names the program by its path; the usage line names the command.
        QString help = parser.helpText();
        const qsizetype options = help.indexOf(QLatin1String(" [options]"));
        if (help.startsWith(QLatin1String("Usage: ")) && options > 0) {
            help.replace(0, options, QStringLiteral("Usage: papershelf-cli ") + name());
        }
        context.out() << help;
        context.out().flush();
        return ExitCode::Success;
    }
    if (parser.isSet(libraryOption)) {
        context.setLibraryOption(parser.value(libraryOption));
    }
    return execute(parser, context);
}

} // namespace PaperShelf::Cli
