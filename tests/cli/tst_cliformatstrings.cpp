#include "../core/librarytestutil.h"
#include "../support/clirunner.h"
#include "core/annotations/annotationstore.h"
#include "core/annotations/usertagstore.h"
#include "core/db/database.h"
#include "core/review/reviewstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace PaperShelf;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Hostile = u"%1 %2F %n %L1 %% & <b>x</b>"_s;
const QString Title = u"Title "_s + Hostile + u" Fields"_s;
const QString Topic = u"Topic "_s + Hostile;
const QString Notes = u"Notes "_s + Hostile;
const QString PaperId = u"2403.01111"_s;

} // namespace

// Issue 8, format strings, through the real papershelf-cli: digest text, user
// text and paths that look like QString::arg() placeholders print verbatim.
class TestCliFormatStrings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listPrintsTheTextVerbatim();
    void showPrintsTheTextVerbatim();
    void reportAndProgressPrintTheTextVerbatim();
    void exportMessagesNameTheFolderVerbatim();
    void restoreNamesThePathsVerbatim();
    void glossaryListPrintsTheTermVerbatim();

private:
    using Run = Tests::CliRun;

    Run cli(const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
};

void TestCliFormatStrings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The library's own path has placeholders too: messages name it.
    m_library = m_dir->filePath(u"lib %1 %2F.papershelf"_s);
    const Run imported = cli({u"import"_s, QStringLiteral(PAPERSHELF_TEST_DATA "/formatstrings")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(m_library);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    const qint64 paper = Tests::scalar((*db)->connection(), u"SELECT id FROM papers"_s).toLongLong();
    QVERIFY(Core::AnnotationStore((*db)->connection()).setNotes(paper, Notes));
    QVERIFY(Core::UserTagStore((*db)->connection()).addTag({paper}, u"Tag "_s + Hostile));
    Core::ReviewStore review((*db)->connection());
    const Core::Result<QList<Core::ReviewSegment>> segments = review.segments(paper);
    QVERIFY(segments && !segments->isEmpty());
    QVERIFY(review.correct(segments->first().id, u"更正 "_s + Hostile, u"reviewer"_s));
}

void TestCliFormatStrings::cleanup()
{
    m_dir.reset();
}

TestCliFormatStrings::Run TestCliFormatStrings::cli(const QStringList &arguments) const
{
    Tests::CliLaunch launch;
    launch.timeoutMs = 120'000;
    return Tests::runCli(m_library, arguments, launch);
}

void TestCliFormatStrings::listPrintsTheTextVerbatim()
{
    const Run human = cli({u"list"_s});
    QVERIFY2(human.exitCode == 0, qPrintable(human.err));
    QVERIFY2(human.out.contains(Title), qPrintable(human.out));
    QVERIFY2(human.out.contains(Topic), qPrintable(human.out));

    const Run json = cli({u"list"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject paper = QJsonDocument::fromJson(json.out.toUtf8())[u"papers"_s][0].toObject();
    QCOMPARE(paper.value(u"title"_s).toString(), Title);
    QCOMPARE(paper.value(u"topics"_s).toArray(), QJsonArray{Topic});

    // Filtering by the tags named with placeholders finds the paper.
    const Run tagged = cli({u"list"_s, u"--tag"_s, u"topic:"_s + Topic, u"--tag"_s, u"user:Tag "_s + Hostile});
    QCOMPARE(tagged.exitCode, 0);
    QVERIFY2(tagged.out.contains(Title), qPrintable(tagged.out + tagged.err));
    QVERIFY2(tagged.out.endsWith(u"1 of 1 paper(s) shown\n"_s), qPrintable(tagged.out));
}

void TestCliFormatStrings::showPrintsTheTextVerbatim()
{
    const Run human = cli({u"show"_s, PaperId});
    QVERIFY2(human.exitCode == 0, qPrintable(human.err));
    const QStringList lines = human.out.split(u'\n');
    QCOMPARE(lines.value(0), Title);
    for (const QString &text : QStringList{u"2403.01111v2"_s,
                                           u"Ada %1 Lovelace, Bob %2F & <b>x</b> Byron"_s,
                                           u"Comment "_s + Hostile,
                                           u"摘要 "_s + Hostile + u" 原样显示。"_s,
                                           Notes,
                                           u"Tag "_s + Hostile,
                                           Topic}) {
        QVERIFY2(human.out.contains(text), qPrintable(text + u"\n---\n"_s + human.out));
    }

    const Run json = cli({u"show"_s, u"--json"_s, PaperId});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject paper = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(paper.value(u"title"_s).toString(), Title);
    QCOMPARE(paper.value(u"notes"_s).toString(), Notes);
    QCOMPARE(paper.value(u"abstract"_s).toString(), u"Abstract "_s + Hostile + u" keeps every placeholder as text."_s);
}

void TestCliFormatStrings::reportAndProgressPrintTheTextVerbatim()
{
    const Run csv = cli({u"report"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QVERIFY2(csv.out.contains(Title), qPrintable(csv.out));
    QVERIFY2(csv.out.contains(u"更正 "_s + Hostile), qPrintable(csv.out));

    const Run markdown = cli({u"report"_s});
    QVERIFY2(markdown.exitCode == 0, qPrintable(markdown.err));
    QVERIFY2(markdown.out.startsWith(u"# Review report\n\n1 segment(s) of 1 paper(s): "_s), qPrintable(markdown.out));

    // One line per digest: date, topic, counts, source.
    const Run progress = cli({u"progress"_s});
    QVERIFY2(progress.exitCode == 0, qPrintable(progress.err));
    const QStringList lines = progress.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList fields = lines.at(1).split(u'\t');
    QCOMPARE(fields.size(), 6);
    QCOMPARE(fields.at(0), u"2024-03-05"_s);
    QCOMPARE(fields.at(1), Topic);
    QVERIFY2(fields.at(2).startsWith(u"1/"_s), qPrintable(lines.at(1)));
    QCOMPARE(fields.at(4), u"0 flagged"_s);
    QCOMPARE(fields.at(5), u"2024-03-05/Hostile.md"_s);
}

void TestCliFormatStrings::exportMessagesNameTheFolderVerbatim()
{
    const QString folder = m_dir->filePath(u"out %1 %2"_s);
    const Run digests = cli({u"export"_s, u"--format"_s, u"digest"_s, u"-o"_s, folder});
    QVERIFY2(digests.exitCode == 0, qPrintable(digests.err));
    QVERIFY2(digests.err.contains(u"exported 1 digest file(s) with 1 paper(s) to %1: 1 correction(s) applied, "
                                  u"0 flagged text(s) left out"_s.arg(folder)),
             qPrintable(digests.err));

    const QString file = m_dir->filePath(u"papers %1 %2.json"_s);
    const Run json = cli({u"export"_s, u"--format"_s, u"json"_s, u"-o"_s, file});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QCOMPARE(json.err, u"exported 1 paper(s) to %1\n"_s.arg(file));
}

void TestCliFormatStrings::restoreNamesThePathsVerbatim()
{
    const Run made = cli({u"backup"_s, u"--json"_s});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const QString backup = QJsonDocument::fromJson(made.out.toUtf8())[u"path"_s].toString();
    QVERIFY(QFileInfo(backup).fileName().startsWith(u"lib %1 %2F-"_s));
    const Run restored = cli({u"restore"_s, QFileInfo(backup).fileName()});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY2(restored.out.startsWith(
                 u"Restored %1 from %2 (1 papers)\n"_s.arg(QFileInfo(m_library).absoluteFilePath(), backup)),
             qPrintable(restored.out));
}

void TestCliFormatStrings::glossaryListPrintsTheTermVerbatim()
{
    const Run added = cli({u"glossary"_s, u"add"_s, u"%1 & <b>x</b>"_s, u"百分之一"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const Run listed = cli({u"glossary"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    const QRegularExpression line(u"^%1 +百分之一$"_s.arg(QRegularExpression::escape(u"%1 & <b>x</b>"_s)),
                                  QRegularExpression::MultilineOption);
    QVERIFY2(line.match(listed.out).hasMatch(), qPrintable(listed.out));
}

QTEST_GUILESS_MAIN(TestCliFormatStrings)
#include "tst_cliformatstrings.moc"
