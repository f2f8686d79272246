#include "cli/glossarycommand.h"

#include "cli/clicontext.h"
#include "core/review/glossarycodec.h"
#include "core/review/glossarystore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
const QCommandLineOption WrongOption(QStringLiteral("wrong"),
                                     QStringLiteral("add: known wrong renderings, separated by | (repeatable)."),
                                     QStringLiteral("A|B"));
const QCommandLineOption NoteOption(QStringLiteral("note"),
                                    QStringLiteral("add: a note on the term."),
                                    QStringLiteral("TEXT"));

ExitCode exitCodeOf(const Core::Error &error)
{
    switch (static_cast<Core::GlossaryStore::ErrorCode>(error.code)) {
    case Core::GlossaryStore::ErrorCode::Invalid:
        return ExitCode::Usage;
    case Core::GlossaryStore::ErrorCode::NotFound:
        return ExitCode::NotFound;
    case Core::GlossaryStore::ErrorCode::TermTaken:
        break;
    }
    return ExitCode::ItemFailed;
}

QJsonObject toJson(const Core::GlossaryTerm &term)
{
    return QJsonObject{{QStringLiteral("id"), term.id},
                       {QStringLiteral("term"), term.term},
                       {QStringLiteral("preferred"), term.preferred},
                       {QStringLiteral("wrong"), QJsonArray::fromStringList(term.wrong)},
                       {QStringLiteral("note"), term.note}};
}

// How many positional arguments each action takes, the action included; -1 for an unknown action.
qsizetype expectedArguments(const QString &action)
{
    if (action.isEmpty() || action == QLatin1String("list")) {
        return action.isEmpty() ? 0 : 1;
    }
    if (action == QLatin1String("add")) {
        return 3;
    }
    if (action == QLatin1String("remove") || action == QLatin1String("import") || action == QLatin1String("export")) {
        return 2;
    }
    return -1;
}

} // namespace

QString GlossaryCommand::summary() const
{
    return QStringLiteral("List the review glossary (term, agreed Chinese, wrong renderings); add, remove, import or "
                          "export terms.");
}

void GlossaryCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("list (the default); add TERM PREFERRED; remove TERM; import FILE; "
                                                "export FILE (.csv or .tsv). Files have the header row "
                                                "term,preferred,wrong,note."),
                                 QStringLiteral("[list|add|remove|import|export ARGS...]"));
    parser.addOption(JsonOption);
    parser.addOption(WrongOption);
    parser.addOption(NoteOption);
}

ExitCode GlossaryCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    const qsizetype expected = expectedArguments(action);
    if (expected < 0) {
        context.error(
            QStringLiteral("glossary: unknown action \"%1\" (list, add, remove, import or export)").arg(action));
        return ExitCode::Usage;
    }
    if (arguments.size() != expected) {
        context.error(QStringLiteral("glossary: %1 takes %2 argument(s)").arg(action).arg(expected - 1));
        return ExitCode::Usage;
    }
    const bool adding = action == QLatin1String("add");
    if (!adding && (parser.isSet(WrongOption) || parser.isSet(NoteOption))) {
        context.error(QStringLiteral("glossary: --wrong and --note only go with add"));
        return ExitCode::Usage;
    }
    if (action == QLatin1String("export") && !Core::GlossaryCodec::formatOfPath(arguments.at(1))) {
        context.error(QStringLiteral("glossary: export FILE must end in .csv or .tsv"));
        return ExitCode::Usage;
    }
    const bool reading = expected <= 1 || action == QLatin1String("export");

    ExitCode openFailure = ExitCode::Success;
    const std::unique_ptr<Core::Database> database = context.openLibrary(reading ? CliContext::Access::Read
                                                                                 : CliContext::Access::Write,
                                                                         &openFailure);
    if (!database) {
        return openFailure;
    }
    Core::GlossaryStore store(database->connection());

    if (adding) {
        Core::GlossaryTerm term;
        term.term = arguments.at(1);
        term.preferred = arguments.at(2);
        for (const QString &wrong : parser.values(WrongOption)) {
            term.wrong += Core::GlossaryCodec::splitWrong(wrong);
        }
        term.note = parser.value(NoteOption);
        const Core::Result<qint64> saved = store.save(term);
        if (!saved) {
            context.error(QStringLiteral("glossary: %1").arg(saved.errorMessage()));
            return exitCodeOf(saved.error());
        }
        const Core::Result<Core::GlossaryTerm> stored = store.find(term.term);
        if (!stored) {
            context.error(QStringLiteral("glossary: %1").arg(stored.errorMessage()));
            return ExitCode::ItemFailed;
        }
        if (parser.isSet(JsonOption)) {
            context.printJson(QJsonDocument(toJson(*stored)));
        } else {
            context.err() << QStringLiteral("saved term \"%1\" → %2\n").arg(stored->term, stored->preferred);
            context.err().flush();
        }
        return ExitCode::Success;
    }
    if (action == QLatin1String("remove")) {
        const Core::Result<Core::GlossaryTerm> term = store.find(arguments.at(1));
        if (!term) {
            context.error(QStringLiteral("glossary: %1").arg(term.errorMessage()));
            return exitCodeOf(term.error());
        }
        if (const Core::Result<void> removed = store.remove(term->id); !removed) {
            context.error(QStringLiteral("glossary: %1").arg(removed.errorMessage()));
            return exitCodeOf(removed.error());
        }
        if (parser.isSet(JsonOption)) {
            context.printJson(QJsonDocument(toJson(*term)));
        } else {
            context.err() << QStringLiteral("removed term \"%1\"\n").arg(term->term);
            context.err().flush();
        }
        return ExitCode::Success;
    }
    if (action == QLatin1String("import")) {
        const Core::Result<QList<Core::GlossaryTerm>> terms = Core::GlossaryCodec::readFile(arguments.at(1));
        if (!terms) {
            context.error(QStringLiteral("glossary: %1; nothing imported").arg(terms.errorMessage()));
            return ExitCode::ItemFailed;
        }
        const Core::Result<int> imported = store.importTerms(*terms);
        if (!imported) {
            context.error(QStringLiteral("glossary: %1; nothing imported").arg(imported.errorMessage()));
            return ExitCode::ItemFailed;
        }
        if (parser.isSet(JsonOption)) {
            context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("imported"), *imported}}));
        } else {
            context.err() << QStringLiteral("imported %1 term(s) from %2\n").arg(*imported).arg(arguments.at(1));
            context.err().flush();
        }
        return ExitCode::Success;
    }

    const Core::Result<QList<Core::GlossaryTerm>> terms = store.terms();
    if (!terms) {
        context.error(QStringLiteral("glossary: %1").arg(terms.errorMessage()));
        return ExitCode::ItemFailed;
    }
    if (action == QLatin1String("export")) {
        if (const Core::Result<void> written = Core::GlossaryCodec::writeFile(arguments.at(1), *terms); !written) {
            context.error(QStringLiteral("glossary: %1").arg(written.errorMessage()));
            return ExitCode::ItemFailed;
        }
        context.err() << QStringLiteral("exported %1 term(s) to %2\n").arg(terms->size()).arg(arguments.at(1));
        context.err().flush();
        return ExitCode::Success;
    }
    if (parser.isSet(JsonOption)) {
        QJsonArray array;
        for (const Core::GlossaryTerm &term : *terms) {
            array.append(toJson(term));
        }
        context.printJson(QJsonDocument(array));
        return ExitCode::Success;
    }
    qsizetype width = 0;
    for (const Core::GlossaryTerm &term : *terms) {
        width = std::max(width, term.term.size());
    }
    for (const Core::GlossaryTerm &term : *terms) {
        // Terms padded to the longest, so that the renderings start in one column.
        QString line = term.term.leftJustified(width) + QStringLiteral("  ") + term.preferred;
        if (!term.wrong.isEmpty()) {
            line += QStringLiteral("  (wrong: %1)").arg(term.wrong.join(QStringLiteral(", ")));
        }
        context.out() << line << '\n';
    }
    context.out().flush();
    return ExitCode::Success;
}

} // namespace PaperShelf::Cli
