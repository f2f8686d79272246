#include "core/annotations/annotationstore.h"
#include "core/annotations/usertagstore.h"
#include "core/backup/librarybackup.h"
#include "core/db/database.h"
#include "core/db/paperrepository.h"
#include "core/digest/digestparser.h"
#include "core/export/correcteddigestexport.h"
#include "core/export/paperexport.h"
#include "core/import/importer.h"
#include "core/review/glossarycodec.h"
#include "core/review/reviewreport.h"
#include "core/review/reviewstore.h"
#include "librarytestutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace PaperShelf;
using namespace PaperShelf::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Every QString::arg() placeholder form, a literal percent, an ampersand and markup.
const QString Hostile = u"%1 %2F %n %L1 %% & <b>x</b>"_s;
const QString Folder = QStringLiteral(PAPERSHELF_TEST_DATA "/formatstrings");
const QString Title = u"Title "_s + Hostile + u" Fields"_s;
const QString Topic = u"Topic "_s + Hostile;
const QString Notes = u"Notes "_s + Hostile + u"\nsecond line %2"_s;
const QString UserTagName = u"Tag "_s + Hostile;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Issue 8, format strings: text from digests and from the user that looks like a
// QString::arg() placeholder, markup or a mnemonic stays exactly that text through
// the library, every exporter and the messages that quote it.
class TestFormatStrings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importKeepsEveryFieldVerbatim();
    void singleFileExportsKeepTheText_data();
    void singleFileExportsKeepTheText();
    void obsidianNotesKeepTheText();
    void correctedDigestKeepsTheTextAndFileNames();
    void reviewReportKeepsTheText();
    void messagesQuotingPathsKeepThem();
    void glossaryMessagesKeepTheTerm();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_paper = 0;
    PaperDetails m_details;
};

void TestFormatStrings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Database>> db = Database::open(m_dir->filePath(u"format.papershelf"_s));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(*db);
    const ImportReport report = Importer(*m_db).importPaths({Folder});
    QVERIFY(report.errors.isEmpty());
    QCOMPARE(report.digests, 1);
    m_paper = Tests::scalar(m_db->connection(), u"SELECT id FROM papers"_s).toLongLong();
    QVERIFY(m_paper > 0);
    QVERIFY(AnnotationStore(m_db->connection()).setNotes(m_paper, Notes));
    QVERIFY(UserTagStore(m_db->connection()).addTag({m_paper}, UserTagName));
    const Result<std::optional<PaperDetails>> details = PaperRepository(m_db->connection()).paper(m_paper);
    QVERIFY(details && *details);
    m_details = **details;
}

void TestFormatStrings::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestFormatStrings::importKeepsEveryFieldVerbatim()
{
    const DigestEntry &text = m_details.text;
    QCOMPARE(text.title, Title);
    QCOMPARE(m_details.topics, QStringList{Topic});
    QCOMPARE(text.authors, QStringList({u"Ada %1 Lovelace"_s, u"Bob %2F & <b>x</b> Byron"_s}));
    QCOMPARE(text.abstract, u"Abstract "_s + Hostile + u" keeps every placeholder as text."_s);
    QVERIFY2(text.comment.startsWith(u"Comment "_s + Hostile), qPrintable(text.comment));
    QVERIFY2(text.links.contains(u"https://code.example.org/%2Fsrc?q=%1&r=%n"_s), qPrintable(text.links.join(u' ')));
    QCOMPARE(text.summaryZh, u"摘要 "_s + Hostile + u" 原样显示。"_s);
    QCOMPARE(text.takeawaysZh.value(0), u"要点 "_s + Hostile + u" 一。"_s);
    // The structured summary is HTML in many digests: its markup is dropped, the rest kept.
    QCOMPARE(text.structured.titleZh, u"标题 %1 %2F %n %L1 %% & x"_s);
    QCOMPARE(text.structured.affiliation, u"单位 %1 %2F %n %L1 %% & x"_s);
    QCOMPARE(m_details.notes, Notes);
    QStringList tagNames;
    for (const Tag &tag : m_details.tags) {
        tagNames.append(tag.name);
    }
    QVERIFY2(tagNames.contains(Topic), qPrintable(tagNames.join(u" | "_s)));
    QVERIFY2(tagNames.contains(UserTagName), qPrintable(tagNames.join(u" | "_s)));
}

void TestFormatStrings::singleFileExportsKeepTheText_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QStringList>("expected");
    // JSON, CSV and RIS carry the text as it is; Markdown writes '<' as "&lt;"
    // so that it shows as a character (and parses back, below); BibTeX escapes
    // the characters TeX would read as a comment, a tab or a group.
    const QStringList plain = {Title, Hostile + u" 原样显示"_s, u"Ada %1 Lovelace"_s};
    QTest::newRow("json") << ExportFormat::Json << plain;
    QTest::newRow("csljson") << ExportFormat::CslJson
                             << QStringList{u"\"title\": \""_s + Title + u'"', u"\"given\": \"Bob %2F & <b>x</b>\""_s};
    QTest::newRow("csv") << ExportFormat::Csv << (plain + QStringList{UserTagName, Topic});
    QTest::newRow("ris") << ExportFormat::Ris
                         << QStringList{u"TI  - "_s + Title,
                                        u"AU  - Byron, Bob %2F & <b>x</b>"_s,
                                        u"KW  - "_s + UserTagName};
    QTest::newRow("markdown") << ExportFormat::Markdown
                              << QStringList{u"## Title %1 %2F %n %L1 %% & &lt;b>x&lt;/b> Fields"_s,
                                             u"摘要 %1 %2F %n %L1 %% & &lt;b>x&lt;/b> 原样显示"_s};
    QTest::newRow("bibtex") << ExportFormat::BibTeX
                            << QStringList{u"Title \\%1 \\%2F \\%n \\%L1 \\%\\% \\& <b>x</b> Fields"_s};
}

void TestFormatStrings::singleFileExportsKeepTheText()
{
    QFETCH(ExportFormat, format);
    QFETCH(QStringList, expected);
    const QString path = m_dir->filePath(u"export."_s + PaperExport::name(format));
    const Result<int> written = PaperExport(m_db->connection()).write({m_details}, format, path);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    const QString output = QString::fromUtf8(readAll(path));
    for (const QString &text : expected) {
        QVERIFY2(output.contains(text), qPrintable(text + u"\n---\n"_s + output));
    }
    if (format == ExportFormat::Json) {
        const QJsonArray papers = QJsonDocument::fromJson(output.toUtf8()).array();
        QCOMPARE(papers.size(), 1);
        QCOMPARE(papers.at(0)[u"title"_s].toString(), Title);
        QCOMPARE(papers.at(0)[u"notes"_s].toString(), Notes);
    }
    if (format == ExportFormat::Markdown) {
        const ParsedDigest digest = DigestParser::parse(output.toUtf8(), QString());
        QCOMPARE(digest.entries.size(), 1);
        // The placeholders come back as they were; '<' stays "&lt;" (see MarkdownExporter).
        QCOMPARE(digest.entries.at(0).title, u"Title %1 %2F %n %L1 %% & &lt;b>x&lt;/b> Fields"_s);
        QCOMPARE(digest.entries.at(0).authors.value(0), u"Ada %1 Lovelace"_s);
    }
}

void TestFormatStrings::obsidianNotesKeepTheText()
{
    const QString folder = m_dir->filePath(u"vault"_s);
    const Result<int> written = PaperExport(m_db->connection()).write({m_details}, ExportFormat::Obsidian, folder);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    QCOMPARE(*written, 1);
    const QStringList notes = QDir(folder).entryList({u"*.md"_s}, QDir::Files);
    QCOMPARE(notes.size(), 1);
    const QString note = QString::fromUtf8(readAll(QDir(folder).filePath(notes.at(0))));
    QVERIFY2(note.contains(u"title: \""_s + Title + u"\"\n"_s), qPrintable(note));
    QVERIFY2(note.contains(u"\n# Title %1 %2F %n %L1 %% & &lt;b>x&lt;/b> Fields\n"_s), qPrintable(note));
    QVERIFY2(note.contains(Notes), qPrintable(note));
}

void TestFormatStrings::correctedDigestKeepsTheTextAndFileNames()
{
    // The digest on two more days, under a name full of placeholders in two
    // folders: the second file gets " (2)", and the placeholders stay in both names.
    const QByteArray bytes = readAll(Folder + u"/2024-03-05/Hostile.md"_s);
    QVERIFY(!bytes.isEmpty());
    QStringList paths;
    for (const QString &day : QStringList{u"2024-03-06"_s, u"2024-03-07"_s}) {
        QVERIFY(QDir().mkpath(m_dir->filePath(day)));
        QFile file(m_dir->filePath(day + u"/%1 %2F %L1.md"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray dated = bytes;
        dated.replace("2024-03-05", day.toUtf8());
        QCOMPARE(file.write(dated), dated.size());
        paths.append(file.fileName());
    }
    const ImportReport report = Importer(*m_db).importPaths(paths);
    QVERIFY(report.errors.isEmpty());
    const QString folder = m_dir->filePath(u"corrected"_s);
    const Result<CorrectedDigestReport> written = CorrectedDigestExport(m_db->connection())
                                                      .writePapers({m_paper}, folder);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    // The paper's current text, in a file named after its date and topic.
    QCOMPARE(written->files.size(), 1);
    QCOMPARE(QFileInfo(written->files.at(0)).fileName(), u"2024-03-07 Topic %1 %2F %n %L1 %% & _b_x__b_.md"_s);
    QStringList names;
    const Result<CorrectedDigestReport> all = CorrectedDigestExport(m_db->connection())
                                                  .writeDigests({}, m_dir->filePath(u"digests"_s));
    QVERIFY2(all, qPrintable(all.errorMessage()));
    names.clear();
    for (const QString &file : all->files) {
        names.append(QFileInfo(file).fileName());
    }
    QCOMPARE(names, QStringList({u"Hostile.md"_s, u"%1 %2F %L1.md"_s, u"%1 %2F %L1 (2).md"_s}));
    for (const QString &file : all->files) {
        const ParsedDigest digest = DigestParser::parse(readAll(file), QString());
        QCOMPARE(digest.topic, Topic);
        QCOMPARE(digest.entries.size(), 1);
        QCOMPARE(digest.entries.at(0).title, Title);
        QCOMPARE(digest.entries.at(0).authors, m_details.text.authors);
    }
}

void TestFormatStrings::reviewReportKeepsTheText()
{
    ReviewStore store(m_db->connection());
    const Result<QList<ReviewSegment>> segments = store.segments(m_paper);
    QVERIFY2(segments && !segments->isEmpty(), qPrintable(segments.errorMessage()));
    const QString correction = u"更正 "_s + Hostile;
    QVERIFY(store.correct(segments->at(0).id, correction, u"reviewer %1"_s));
    QVERIFY(store.flag(segments->at(1).id, u"reason "_s + Hostile, u"reviewer %1"_s));
    const Result<QList<ReviewSegment>> worked = store.segments(m_paper);
    QVERIFY(worked);
    QList<qint64> ids;
    for (const ReviewSegment &segment : *worked) {
        ids.append(segment.id);
    }
    const Result<QHash<qint64, QList<ReviewHistoryEntry>>> history = store.histories(ids);
    QVERIFY(history);
    const QList<ReviewReportPaper> papers = {{m_details.id, Title, *worked, *history}};
    const QString csv = ReviewReport::render(ReviewReportFormat::Csv, papers, ReviewReportScope::Worked);
    QVERIFY2(csv.contains(Title), qPrintable(csv));
    QVERIFY2(csv.contains(correction), qPrintable(csv));
    QVERIFY2(csv.contains(u"reason "_s + Hostile), qPrintable(csv));
    QVERIFY2(csv.contains(u"reviewer %1"_s), qPrintable(csv));
    const QString markdown = ReviewReport::render(ReviewReportFormat::Markdown, papers, ReviewReportScope::Worked);
    QVERIFY2(markdown.contains(ReviewReport::markdownText(Title)), qPrintable(markdown));
    QVERIFY2(markdown.contains(ReviewReport::markdownText(correction)), qPrintable(markdown));
    // The summary line counts with numbers and names the states; nothing of the
    // text above leaks into it.
    QVERIFY2(markdown.contains(u"2 segment(s) of 1 paper(s): "_s), qPrintable(markdown));
}

void TestFormatStrings::messagesQuotingPathsKeepThem()
{
    // A library from a newer version, under a name with placeholders: the
    // message names the file as it is, then the versions.
    const QString path = m_dir->filePath(u"%1 %2 %L1 & <b>x</b>.papershelf"_s);
    {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(u"PRAGMA user_version = 999"_s));
    }
    const Result<std::unique_ptr<Database>> newer = Database::open(path);
    QVERIFY(!newer);
    QVERIFY2(newer.errorMessage().startsWith(QFileInfo(path).absoluteFilePath() + u" was written by a newer"_s),
             qPrintable(newer.errorMessage()));
    QVERIFY2(newer.errorMessage().contains(u"(schema 999, "_s), qPrintable(newer.errorMessage()));

    // Backups of a library whose name has placeholders keep the name, also
    // when two are made in the same second and the second gets a number.
    const QString library = m_dir->filePath(u"lib %1 %2.papershelf"_s);
    {
        Result<std::unique_ptr<Database>> db = Database::open(library);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        LibraryBackup backup(library, []() {
            return QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
        });
        const Result<BackupEntry> first = backup.make((*db)->connection(), BackupReason::Manual);
        const Result<BackupEntry> second = backup.make((*db)->connection(), BackupReason::Manual);
        QVERIFY2(first && second, qPrintable(first.errorMessage() + second.errorMessage()));
        QVERIFY2(QFileInfo(first->path).fileName().startsWith(u"lib %1 %2-"_s), qPrintable(first->path));
        QVERIFY2(QFileInfo(second->path).fileName().startsWith(u"lib %1 %2-"_s), qPrintable(second->path));
        QVERIFY2(QFileInfo(second->path).fileName().endsWith(u"-2.papershelf"_s), qPrintable(second->path));
    }
}

void TestFormatStrings::glossaryMessagesKeepTheTerm()
{
    const Result<QList<GlossaryTerm>>
        parsed = GlossaryCodec::read(QByteArray("term\tpreferred\n%1 & <b>x</b>\t甲\n%1 & <b>x</b>\t乙\n"),
                                     GlossaryFormat::Tsv);
    QVERIFY(!parsed);
    QCOMPARE(parsed.errorMessage(), u"line 3: \"%1 & <b>x</b>\" is already on line 2"_s);
}

QTEST_GUILESS_MAIN(TestFormatStrings)
#include "tst_formatstrings.moc"
