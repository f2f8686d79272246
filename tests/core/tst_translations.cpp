#include "core/db/database.h"
#include "core/review/glossarycodec.h"
#include "core/review/reviewreport.h"
#include "core/search/filtercodec.h"
#include "core/search/shelfstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>

// Checks translations/papershelf_zh_CN.ts: every message translated, with the
// placeholders and accelerators of its source, and the file in step with the
// sources (lupdate, run here with the build's source list and options, finds
// exactly the messages the committed file has). Paths come from CMake:
// PAPERSHELF_TS_FILE, PAPERSHELF_LUPDATE, PAPERSHELF_LUPDATE_PROJECT (a JSON
// project listing the sources and include paths update_translations scans) and
// PAPERSHELF_LUPDATE_OPTIONS (space-separated), and the compiled file,
// PAPERSHELF_QM_FILE, whose core messages must be found at run time.

namespace {

const char *const HowToUpdate =
    "Run `cmake --build build/default --target update_translations && python3 scripts/fill_translations.py` "
    "(add the Chinese of new source texts to the ZH dict in scripts/fill_translations.py first; see "
    "translations/README.md) and commit translations/papershelf_zh_CN.ts.";

/// One <message> of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QString translation;
    QStringList numerusForms;

    QString key() const
    {
        return QStringLiteral("[%1] \"%2\"%3%4")
            .arg(context,
                 source,
                 comment.isEmpty() ? QString() : QStringLiteral(" (comment \"%1\")").arg(comment),
                 numerus ? QStringLiteral(" (numerus)") : QString());
    }

    /// The translated texts: the text, or each numerus form.
    QStringList texts() const { return numerus ? numerusForms : QStringList{translation}; }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
            continue; // descend
        }
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                Message message;
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"source") {
                        message.source = xml.readElementText();
                    } else if (xml.name() == u"comment") {
                        message.comment = xml.readElementText();
                    } else if (xml.name() == u"translation") {
                        message.type = xml.attributes().value(QLatin1String("type")).toString();
                        if (message.numerus) {
                            while (xml.readNextStartElement()) {
                                if (xml.name() == u"numerusform") {
                                    message.numerusForms.append(xml.readElementText());
                                } else {
                                    xml.skipCurrentElement();
                                }
                            }
                        } else {
                            message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                        }
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                ts.messages.append(message);
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError()) {
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    }
    return ts;
}

/// The distinct QString::arg() (%1 to %99, also %L1) and numerus (%n, %Ln)
/// placeholders of a text, without the L.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9][0-9]?|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text)) {
        found.insert(QLatin1Char('%') + match.captured(1));
    }
    QStringList sorted(found.cbegin(), found.cend());
    sorted.sort();
    return sorted;
}

/// The accelerator letters of a text ("&File" → F; "&&" is a plain ampersand
/// and "&amp;"-style entities are not accelerators), upper-cased.
QStringList accelerators(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("^&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);"));
    QStringList keys;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) {
            continue;
        }
        const QChar next = text.at(i + 1);
        if (next == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (next.isSpace() || entity.match(QStringView(text).mid(i)).hasMatch()) {
            continue;
        }
        keys.append(next.toUpper());
    }
    return keys;
}

QString listed(const QStringList &lines)
{
    return QStringLiteral("\n  ") + lines.join(QStringLiteral("\n  "));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void everyMessageIsFinished();
    void noTranslationIsEmpty();
    void translationsKeepThePlaceholders();
    void translationsKeepTheAccelerators();
    void checksCatchBrokenTranslations();
    void coreMessagesAreTranslatedAtRunTime();
    void lupdateKnowsEveryContext();
    void tsFileMatchesTheSources();

private:
    /// Runs lupdate once onto a copy of the committed file (m_updated).
    void runLupdate();

    /// Fails the test listing `problems` (one per line), if there are any.
    static void failOn(const QStringList &problems, const char *what);

    static QStringList unfinished(const QList<Message> &messages);
    static QStringList empty(const QList<Message> &messages);
    static QStringList placeholderMismatches(const QList<Message> &messages);
    static QStringList acceleratorMismatches(const QList<Message> &messages);

    TsFile m_ts; ///< the committed file
    QTemporaryDir m_dir;
    bool m_lupdateRan = false;
    bool m_lupdateWorked = false;
    QString m_lupdateOutput;
    TsFile m_updated; ///< the copy lupdate brought up to date
};

void TestTranslations::failOn(const QStringList &problems, const char *what)
{
    if (!problems.isEmpty()) {
        // One arg() call: `what` may itself contain %1.
        QFAIL(qPrintable(QStringLiteral("%1 (%2):%3\n%4")
                             .arg(QString::fromUtf8(what),
                                  QString::number(problems.size()),
                                  listed(problems),
                                  QString::fromUtf8(HowToUpdate))));
    }
}

QStringList TestTranslations::unfinished(const QList<Message> &messages)
{
    QStringList problems;
    for (const Message &message : messages) {
        if (!message.type.isEmpty()) {
            problems.append(QStringLiteral("%1 is %2").arg(message.key(), message.type));
        }
    }
    return problems;
}

QStringList TestTranslations::empty(const QList<Message> &messages)
{
    QStringList problems;
    for (const Message &message : messages) {
        const QStringList texts = message.texts();
        if (texts.isEmpty()) {
            problems.append(QStringLiteral("%1 has no numerus form").arg(message.key()));
        } else if (std::any_of(texts.cbegin(), texts.cend(), [](const QString &text) {
                       return text.trimmed().isEmpty();
                   })) {
            problems.append(QStringLiteral("%1 has an empty translation").arg(message.key()));
        }
    }
    return problems;
}

QStringList TestTranslations::placeholderMismatches(const QList<Message> &messages)
{
    QStringList problems;
    for (const Message &message : messages) {
        const QStringList wanted = placeholders(message.source);
        for (const QString &text : message.texts()) {
            const QStringList got = placeholders(text);
            if (got != wanted) {
                problems.append(QStringLiteral("%1: \"%2\" has %3 where the source has %4")
                                    .arg(message.key(),
                                         text,
                                         got.isEmpty() ? QStringLiteral("none") : got.join(u' '),
                                         wanted.isEmpty() ? QStringLiteral("none") : wanted.join(u' ')));
            }
        }
    }
    return problems;
}

QStringList TestTranslations::acceleratorMismatches(const QList<Message> &messages)
{
    QStringList problems;
    for (const Message &message : messages) {
        const QStringList wanted = accelerators(message.source);
        for (const QString &text : message.texts()) {
            const QStringList got = accelerators(text);
            if (got != wanted) {
                problems.append(QStringLiteral("%1: \"%2\" has the accelerator(s) %3 where the source has %4 "
                                               "(write it like \"文件(&F)\")")
                                    .arg(message.key(),
                                         text,
                                         got.isEmpty() ? QStringLiteral("none") : got.join(u' '),
                                         wanted.isEmpty() ? QStringLiteral("none") : wanted.join(u' ')));
            }
        }
    }
    return problems;
}

void TestTranslations::initTestCase()
{
    m_ts = readTs(QStringLiteral(PAPERSHELF_TS_FILE));
    QVERIFY2(m_ts.error.isEmpty(), qPrintable(m_ts.error));
    QCOMPARE(m_ts.language, QStringLiteral("zh_CN"));
    QVERIFY2(m_ts.messages.size() > 100, "the .ts file has hardly any messages");
}

void TestTranslations::everyMessageIsFinished()
{
    failOn(unfinished(m_ts.messages), "messages not translated, or no longer in the sources");
}

void TestTranslations::noTranslationIsEmpty()
{
    failOn(empty(m_ts.messages), "empty translations");
}

void TestTranslations::translationsKeepThePlaceholders()
{
    failOn(placeholderMismatches(m_ts.messages),
           "translations whose %1…%99 or %n placeholders differ from the source's");
}

void TestTranslations::translationsKeepTheAccelerators()
{
    failOn(acceleratorMismatches(m_ts.messages), "translations whose &-accelerators differ from the source's");
}

// The checks above must be able to fail: each catches its kind of mistake.
void TestTranslations::checksCatchBrokenTranslations()
{
    const auto message = [](const QString &source, const QString &translation, const QString &type = QString()) {
        Message made;
        made.context = QStringLiteral("Test");
        made.source = source;
        made.translation = translation;
        made.type = type;
        return made;
    };
    Message numerus = message(QStringLiteral("%n paper(s) in %1"), QString());
    numerus.numerus = true;

    QCOMPARE(unfinished({message(QStringLiteral("Open"), QStringLiteral("打开"), QStringLiteral("unfinished")),
                         message(QStringLiteral("Gone"), QStringLiteral("没了"), QStringLiteral("vanished")),
                         message(QStringLiteral("Old"), QStringLiteral("旧"), QStringLiteral("obsolete")),
                         message(QStringLiteral("Fine"), QStringLiteral("好"))})
                 .size(),
             3);
    QCOMPARE(empty({message(QStringLiteral("Open"), QStringLiteral(" ")), numerus}).size(), 2);
    numerus.numerusForms = {QStringLiteral("%1 中有 %n 篇论文")};
    QVERIFY(empty({numerus}).isEmpty());
    QVERIFY(placeholderMismatches({numerus}).isEmpty());
    numerus.numerusForms = {QStringLiteral("%1 中有多篇论文")};
    QCOMPARE(placeholderMismatches({numerus}).size(), 1);

    QCOMPARE(placeholderMismatches(
                 {message(QStringLiteral("%1 of %2"), QStringLiteral("%2 中的 %1")),
                  message(QStringLiteral("“%1” into “%2”, “%1” goes"), QStringLiteral("“%1”并入“%2”，“%1”删除")),
                  message(QStringLiteral("%L1 bytes"), QStringLiteral("%1 字节")),
                  message(QStringLiteral("100%"), QStringLiteral("100%"))})
                 .size(),
             0);
    QCOMPARE(placeholderMismatches({message(QStringLiteral("%1 of %2"), QStringLiteral("%1")),
                                    message(QStringLiteral("File %1"), QStringLiteral("文件 %2")),
                                    message(QStringLiteral("Open"), QStringLiteral("打开 %1"))})
                 .size(),
             3);

    QCOMPARE(acceleratorMismatches({message(QStringLiteral("&File"), QStringLiteral("文件(&F)")),
                                    message(QStringLiteral("Import a &Folder…"), QStringLiteral("导入文件夹(&f)…")),
                                    message(QStringLiteral("Tom && Jerry"), QStringLiteral("汤姆和杰瑞")),
                                    message(QStringLiteral("a &amp; b"), QStringLiteral("甲和乙"))})
                 .size(),
             0);
    QCOMPARE(acceleratorMismatches({message(QStringLiteral("&File"), QStringLiteral("文件")),
                                    message(QStringLiteral("&File"), QStringLiteral("文件(&W)")),
                                    message(QStringLiteral("File"), QStringLiteral("文件(&F)"))})
                 .size(),
             3);
}

// Core classes look their messages up under the contexts lupdate gave them: a
// Chinese interface shows core errors, labels and built-in names in Chinese.
void TestTranslations::coreMessagesAreTranslatedAtRunTime()
{
    using namespace PaperShelf::Core;
    QTranslator chinese;
    QVERIFY2(chinese.load(QStringLiteral(PAPERSHELF_QM_FILE)), PAPERSHELF_QM_FILE);
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    const auto cleanup = qScopeGuard([&chinese] {
        QCoreApplication::removeTranslator(&chinese);
    });

    int core = 0;
    for (const Message &message : std::as_const(m_ts.messages)) {
        if (!message.context.startsWith(QLatin1String("PaperShelf::Core::"))
            && !message.context.startsWith(QLatin1String("PaperShelf::Net::"))) {
            continue;
        }
        ++core;
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const QString shown = QCoreApplication::translate(context.constData(),
                                                          source.constData(),
                                                          comment.isEmpty() ? nullptr : comment.constData(),
                                                          message.numerus ? 2 : -1);
        const QString wanted = message.numerus ? QString(message.numerusForms.value(0))
                                                     .replace(QStringLiteral("%n"), QStringLiteral("2"))
                                               : message.translation;
        QCOMPARE(shown, wanted);
    }
    QVERIFY2(core > 50, "the core and net messages are not in the .ts file");

    // Through the code paths, including free functions and tables of names.
    QCOMPARE(ShelfStore::builtIns().at(2).displayName(), QStringLiteral("收藏"));
    QCOMPARE(ShelfStore::builtIns().at(2).name, QStringLiteral("Favourites"));
    const Result<QList<GlossaryTerm>> glossary = GlossaryCodec::read("term,oops\n", GlossaryFormat::Csv);
    QVERIFY(!glossary);
    QCOMPARE(glossary.errorMessage(),
             QStringLiteral("第 1 行：未知的列“oops”（列应为 term、preferred、wrong 和 note）"));
    const Result<FilterCodec::Search> search = FilterCodec::decode(R"({"format":1,"all_of":7})");
    QVERIFY(!search);
    QCOMPARE(search.errorMessage(), QStringLiteral("已保存的搜索中“all_of”的值无效。"));
    QCOMPARE(ReviewReport::markdown({}, ReviewReportScope::All),
             QStringLiteral("# 审校报告\n\n所选论文中没有文段。\n"));
    // The library file's errors reach the GUI's dialogs (the opener's, the write error bar).
    const QTemporaryDir folder;
    const Result<std::unique_ptr<Database>> opened = Database::open(folder.path());
    QVERIFY(!opened);
    QCOMPARE(opened.errorMessage(), QStringLiteral("%1 是文件夹，不是文库文件").arg(folder.path()));
    const auto sqliteError = [](const char *code) {
        return QSqlError(QStringLiteral("driver"),
                         QStringLiteral("sqlite says"),
                         QSqlError::StatementError,
                         QString::fromLatin1(code));
    };
    QCOMPARE(Database::describe(sqliteError("13"), QString()).message,
             QStringLiteral("磁盘已满（没有空间写入文库）；请释放一些空间后重试"));
    QCOMPARE(Database::describe(sqliteError("778"), QString()).message, // SQLITE_IOERR_WRITE, in a free function
             QStringLiteral("写入磁盘时发生 I/O 错误；磁盘可能已满或出现故障（sqlite says）"));
}

void TestTranslations::runLupdate()
{
    if (m_lupdateRan) {
        return;
    }
    m_lupdateRan = true;
    // lupdate merges into the copy exactly as update_translations does into the
    // committed file (same project, same options), so any difference is a message
    // added to or removed from the sources since the file was last updated.
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    const QString copy = m_dir.filePath(QFileInfo(QStringLiteral(PAPERSHELF_TS_FILE)).fileName());
    QVERIFY(QFile::copy(QStringLiteral(PAPERSHELF_TS_FILE), copy));
    QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    QStringList arguments{QStringLiteral("-project"), QStringLiteral(PAPERSHELF_LUPDATE_PROJECT)};
    arguments += QStringLiteral(PAPERSHELF_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    arguments += {QStringLiteral("-ts"), copy};
    QProcess lupdate;
    lupdate.setWorkingDirectory(m_dir.path());
    lupdate.start(QStringLiteral(PAPERSHELF_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(300'000), qPrintable(lupdate.errorString()));
    m_lupdateOutput = QString::fromLocal8Bit(lupdate.readAllStandardOutput() + lupdate.readAllStandardError());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(QStringLiteral("%1 %2 failed:\n%3")
                            .arg(QStringLiteral(PAPERSHELF_LUPDATE), arguments.join(u' '), m_lupdateOutput)));
    m_updated = readTs(copy);
    QVERIFY2(m_updated.error.isEmpty(), qPrintable(m_updated.error));
    m_lupdateWorked = true;
}

void TestTranslations::lupdateKnowsEveryContext()
{
    runLupdate();
    QVERIFY2(m_lupdateWorked, "lupdate failed (see above)");
    // A tr() that lupdate files under another context than the one used at run
    // time (a class without Q_OBJECT or Q_DECLARE_TR_FUNCTIONS, a free function,
    // a subclass calling its base's tr()) is never translated; lupdate warns.
    QStringList warnings;
    for (const QString &line : m_lupdateOutput.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.contains(QLatin1String("lacks Q_OBJECT")) || line.contains(QLatin1String("unknown namespace/class"))
            || line.contains(QLatin1String("Cannot invoke tr()")) || line.contains(QLatin1String("undeclared"))) {
            warnings.append(line.trimmed());
        }
    }
    if (!warnings.isEmpty()) {
        QFAIL(qPrintable(QStringLiteral("lupdate cannot tell the translation context of these tr() calls, so they "
                                        "would never be translated; give the class Q_OBJECT or "
                                        "Q_DECLARE_TR_FUNCTIONS(PaperShelf::Lib::Class), or call Class::tr():%1")
                             .arg(listed(warnings))));
    }
}

void TestTranslations::tsFileMatchesTheSources()
{
    runLupdate();
    QVERIFY2(m_lupdateWorked, "lupdate failed (see above)");
    QSet<QString> committed;
    for (const Message &message : std::as_const(m_ts.messages)) {
        committed.insert(message.key());
    }
    QSet<QString> current;
    for (const Message &message : std::as_const(m_updated.messages)) {
        current.insert(message.key());
    }
    QStringList added(current.cbegin(), current.cend());
    added.removeIf([&committed](const QString &key) {
        return committed.contains(key);
    });
    added.sort();
    QStringList removed(committed.cbegin(), committed.cend());
    removed.removeIf([&current](const QString &key) {
        return current.contains(key);
    });
    removed.sort();
    if (!added.isEmpty() || !removed.isEmpty()) {
        QStringList lines;
        for (const QString &key : std::as_const(added)) {
            lines.append(QStringLiteral("+ ") + key);
        }
        for (const QString &key : std::as_const(removed)) {
            lines.append(QStringLiteral("- ") + key);
        }
        QFAIL(qPrintable(QStringLiteral("translations/papershelf_zh_CN.ts is out of date: %1 message(s) in the "
                                        "sources are missing from it (+), %2 in it are no longer in the sources (-):"
                                        "%3\n%4")
                             .arg(added.size())
                             .arg(removed.size())
                             .arg(listed(lines), QString::fromUtf8(HowToUpdate))));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
