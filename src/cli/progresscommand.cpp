#include "cli/progresscommand.h"

#include "cli/clicontext.h"
#include "core/db/database.h"
#include "core/review/reviewstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace PaperShelf::Cli {

namespace {

const QCommandLineOption JsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));

QJsonObject toJson(const Core::ReviewProgress &progress)
{
    return {{QStringLiteral("reviewed"), progress.reviewed},
            {QStringLiteral("flagged"), progress.flagged},
            {QStringLiteral("segments"), progress.total}};
}

QString percent(const Core::ReviewProgress &progress)
{
    return progress.total == 0 ? QStringLiteral("-")
                               : QStringLiteral("%1%").arg(100.0 * progress.reviewed / progress.total, 0, 'f', 1);
}

} // namespace

QString ProgressCommand::summary() const
{
    return QStringLiteral("Show review progress (reviewed segments) of the library and of each digest.");
}

void ProgressCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(JsonOption);
}

ExitCode ProgressCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.positionalArguments().isEmpty()) {
        context.error(QStringLiteral("progress: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
        return ExitCode::Usage;
    }
    ExitCode openFailure = ExitCode::Success;
    const std::unique_ptr<Core::Database> database = context.openLibrary(CliContext::Access::Read, &openFailure);
    if (!database) {
        return openFailure;
    }
    const Core::ReviewStore store(database->connection());
    const Core::Result<Core::ReviewProgress> total = store.totalProgress();
    const Core::Result<QList<Core::DigestReviewProgress>> digests = store.progressByDigest();
    if (!total || !digests) {
        context.error(QStringLiteral("progress: %1").arg(total ? digests.errorMessage() : total.errorMessage()));
        return ExitCode::ItemFailed;
    }
    if (parser.isSet(JsonOption)) {
        QJsonArray list;
        for (const Core::DigestReviewProgress &digest : *digests) {
            QJsonObject object = toJson(digest.progress);
            object.insert(QStringLiteral("source"), digest.source);
            object.insert(QStringLiteral("topic"), digest.topic);
            object.insert(QStringLiteral("date"), digest.date.toString(Qt::ISODate));
            list.append(object);
        }
        QJsonObject object = toJson(*total);
        object.insert(QStringLiteral("digests"), list);
        context.printJson(QJsonDocument(object));
        return ExitCode::Success;
    }
    context.out() << QStringLiteral("Library: %1 of %2 segments reviewed (%3), %4 flagged\n")
                         .arg(total->reviewed)
                         .arg(total->total)
                         .arg(percent(*total))
                         .arg(total->flagged);
    for (const Core::DigestReviewProgress &digest : *digests) {
        context.out() << QStringLiteral("%1\t%2\t%3/%4\t%5\t%6 flagged\t%7\n")
                             .arg(digest.date.toString(Qt::ISODate),
                                  digest.topic,
                                  QString::number(digest.progress.reviewed),
                                  QString::number(digest.progress.total),
                                  percent(digest.progress),
                                  QString::number(digest.progress.flagged),
                                  digest.source);
    }
    context.out().flush();
    return ExitCode::Success;
}

} // namespace PaperShelf::Cli
