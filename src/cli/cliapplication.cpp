#include "cli/cliapplication.h"

#include "cli/backupcommand.h"
#include "cli/checkcommand.h"
#include "cli/clicontext.h"
#include "cli/exportannotationscommand.h"
#include "cli/exportcommand.h"
#include "cli/fetcharxivcommand.h"
#include "cli/fetchimagescommand.h"
#include "cli/fetchpdfcommand.h"
#include "cli/glossarycommand.h"
#include "cli/importannotationscommand.h"
#include "cli/importcommand.h"
#include "cli/lintcommand.h"
#include "cli/listcommand.h"
#include "cli/progresscommand.h"
#include "cli/reportcommand.h"
#include "cli/restorecommand.h"
#include "cli/shelvescommand.h"
#include "cli/showcommand.h"
#include "cli/statscommand.h"
#include "cli/tagscommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace PaperShelf::Cli {

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ListCommand>());
    m_commands.push_back(std::make_unique<ShowCommand>());
    m_commands.push_back(std::make_unique<TagsCommand>());
    m_commands.push_back(std::make_unique<ShelvesCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<FetchImagesCommand>());
    m_commands.push_back(std::make_unique<StatsCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<LintCommand>());
    m_commands.push_back(std::make_unique<ProgressCommand>());
    m_commands.push_back(std::make_unique<ExportAnnotationsCommand>());
    m_commands.push_back(std::make_unique<ImportAnnotationsCommand>());
    m_commands.push_back(std::make_unique<FetchArxivCommand>());
    m_commands.push_back(std::make_unique<FetchPdfCommand>());
    m_commands.push_back(std::make_unique<GlossaryCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
}

CliApplication::~CliApplication() = default;

QStringList CliApplication::commandNames() const
{
    QStringList names;
    for (const auto &command : m_commands) {
        names.append(command->name());
    }
    return names;
}

Command *CliApplication::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

QString CliApplication::overview() const
{
    QString text = QStringLiteral("Usage: papershelf-cli [--library FILE] COMMAND [options]\n\n"
                                  "PaperShelf: a local library of AI-written arXiv digests.\n\n"
                                  "Global options:\n"
                                  "  --library FILE   library file (default: $PAPERSHELF_LIBRARY, else the GUI's\n"
                                  "                   default library)\n"
                                  "  --read-only      open the library read-only; commands that write exit with 3\n"
                                  "  -h, --help       this help; `papershelf-cli COMMAND --help` for a command\n"
                                  "  -v, --version    print the version\n\n"
                                  "Commands:\n");
    qsizetype width = 0;
    for (const auto &command : m_commands) {
        width = std::max(width, command->name().size());
    }
    for (const auto &command : m_commands) {
        // Names padded to the longest, so that every summary starts in one column.
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -static_cast<int>(width)).arg(command->summary());
    }
    text += QStringLiteral("\nExit codes: 0 success (warnings and skipped files included), 1 a file or item failed,\n"
                           "2 usage error, 3 the library cannot be opened, 4 not found.\n");
    return text;
}

int CliApplication::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString library;
    bool readOnly = false;
    int i = 1;
    // Global options come before the command name.
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--library") || arg == QLatin1String("-library")) {
            if (i + 1 >= arguments.size()) {
                err << QStringLiteral("papershelf-cli: --library needs a FILE\n");
                return static_cast<int>(ExitCode::Usage);
            }
            library = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--library="))) {
            library = arg.mid(10);
        } else if (arg == QLatin1String("--read-only")) {
            readOnly = true;
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help") || arg == QLatin1String("help")) {
            if (i + 1 < arguments.size() && find(arguments.at(i + 1))) {
                CliContext context(out, err, library);
                return static_cast<int>(
                    find(arguments.at(i + 1))->run({arguments.at(i + 1), QStringLiteral("--help")}, context));
            }
            out << overview();
            return static_cast<int>(ExitCode::Success);
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            out << QStringLiteral("papershelf-cli %1\n").arg(QCoreApplication::applicationVersion());
            return static_cast<int>(ExitCode::Success);
        } else if (arg.startsWith(QLatin1Char('-'))) {
            err << QStringLiteral("papershelf-cli: unknown option %1 (see papershelf-cli --help)\n").arg(arg);
            return static_cast<int>(ExitCode::Usage);
        } else {
            break;
        }
    }
    if (i >= arguments.size()) {
        err << overview();
        return static_cast<int>(ExitCode::Usage);
    }
    Command *command = find(arguments.at(i));
    if (!command) {
        err << QStringLiteral("papershelf-cli: unknown command \"%1\" (see papershelf-cli --help)\n")
                   .arg(arguments.at(i));
        return static_cast<int>(ExitCode::Usage);
    }
    CliContext context(out, err, library);
    context.setReadOnly(readOnly);
    return static_cast<int>(command->run(arguments.mid(i), context));
}

} // namespace PaperShelf::Cli
