#include "cli/showcommand.h"

#include "cli/clicontext.h"
#include "core/db/paperrepository.h"
#include "core/export/paperjson.h"

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));

void printField(QTextStream &out, const QString &label, const QString &value)
{
    if (!value.isEmpty()) {
        out << label << QStringLiteral(": ") << value << QLatin1Char('\n');
    }
}

void printHuman(QTextStream &out, const Core::PaperDetails &paper)
{
    const Core::DigestEntry &text = paper.text;
    out << text.title << QLatin1Char('\n');
    printField(out,
               QStringLiteral("Id"),
               paper.arxivId.isEmpty()
                   ? paper.id
                   : QStringLiteral("%1v%2").arg(paper.arxivId, QString::number(paper.arxivVersion)));
    printField(out, QStringLiteral("Authors"), text.authors.join(QStringLiteral(", ")));
    printField(out, QStringLiteral("PDF"), text.pdfUrl);
    printField(out, QStringLiteral("Comment"), text.comment);
    printField(out, QStringLiteral("Links"), text.links.join(QLatin1Char(' ')));
    printField(out, QStringLiteral("Topics"), paper.topics.join(QStringLiteral(", ")));
    QStringList tags;
    for (const Core::Tag &tag : paper.tags) {
        tags.append(Core::tagKindName(tag.kind) + QLatin1Char(':') + tag.name);
    }
    printField(out, QStringLiteral("Tags"), tags.join(QStringLiteral(", ")));
    out << QStringLiteral("\nAbstract:\n") << text.abstract << QLatin1Char('\n');
    printField(out, QStringLiteral("\n摘要 (summary)"), text.summaryZh);
    if (!text.takeawaysZh.isEmpty()) {
        out << QStringLiteral("\n要点 (key takeaways):\n");
        for (const QString &item : text.takeawaysZh) {
            out << QStringLiteral("  - ") << item << QLatin1Char('\n');
        }
    }
    const Core::StructuredSummary &s = text.structured;
    if (!s.isEmpty()) {
        out << QStringLiteral("\nStructured summary:\n");
        printField(out, QStringLiteral("  title_zh"), s.titleZh);
        printField(out, QStringLiteral("  authors"), s.authors);
        printField(out, QStringLiteral("  affiliation"), s.affiliation);
        printField(out, QStringLiteral("  keywords"), s.keywords.join(QStringLiteral(", ")));
        printField(out, QStringLiteral("  urls"), s.urls);
        printField(out, QStringLiteral("  summary"), s.summary);
        printField(out, QStringLiteral("  methods"), s.methods);
        printField(out, QStringLiteral("  conclusion"), s.conclusion);
    }
    out << QStringLiteral("\nAppearances:\n");
    for (const Core::Appearance &appearance : paper.appearances) {
        out << QStringLiteral("  %1  %2  %3\n")
                   .arg(appearance.date.toString(Qt::ISODate), appearance.topic, appearance.source);
    }
    out << QStringLiteral("Screenshots: %1\n").arg(paper.screenshots.size());
    out << QStringLiteral("Status: %1, rating: %2\n").arg(Core::readingStatusName(paper.status)).arg(paper.rating);
    printField(out, QStringLiteral("Notes"), paper.notes);
    out.flush();
}

} // namespace

QString ShowCommand::summary() const
{
    return QStringLiteral("Show one paper with all its fields.");
}

void ShowCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(JsonOption);
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("arXiv id (with or without version) or id."));
}

ExitCode ShowCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    if (parser.positionalArguments().size() != 1) {
        context.error(QStringLiteral("show: exactly one ID is needed (see papershelf-cli show --help)"));
        return ExitCode::Usage;
    }
    const QString id = parser.positionalArguments().first();
    ExitCode openFailure = ExitCode::Success;
    const std::unique_ptr<Core::Database> database = context.openLibrary(CliContext::Access::Read, &openFailure);
    if (!database) {
        return openFailure;
    }
    Core::PaperRepository papers(database->connection());
    const Core::Result<std::optional<Core::PaperDetails>> paper = papers.paper(id);
    if (!paper) {
        context.error(QStringLiteral("show: %1").arg(paper.errorMessage()));
        return ExitCode::ItemFailed;
    }
    if (!*paper) {
        context.error(QStringLiteral("show: no paper with id \"%1\"").arg(id));
        return ExitCode::NotFound;
    }
    if (parser.isSet(JsonOption)) {
        context.printJson(QJsonDocument(Core::PaperJson::toJson(**paper)));
    } else {
        printHuman(context.out(), **paper);
    }
    return ExitCode::Success;
}

} // namespace PaperShelf::Cli
