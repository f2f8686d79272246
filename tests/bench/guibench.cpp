// papershelf-gui-bench: the main window's budgets (see tests/bench/RESULTS.md).
//
//   papershelf-gui-bench startup --library FILE            process start to a populated window
//   papershelf-gui-bench interact --library FILE [--runs N] tag clicks and searches to updated list + counts
//   papershelf-gui-bench scroll --library FILE              top-to-bottom scroll: worst event-loop stall
//
// Prints one JSON object {"benchmarks":[{"name","median_ms","p95_ms","runs",...}]}; peak RSS is included.

#include "benchstats.h"
#include "core/db/database.h"
#include "core/db/records.h"
#include "gui/mainwindow.h"
#include "gui/papertablemodel.h"
#include "gui/tagfiltermodel.h"
#include "gui/tagpanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

#include <ctime>

using namespace PaperShelf;

namespace {

// Milliseconds since this process started, from the kernel's record of the start time.
double sinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the whole line
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

bool waitFor(Gui::MainWindow &window, int timeoutMs)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&window, &Gui::MainWindow::resultsShown, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec();
    return timeout.isActive();
}

void print(const QList<Bench::BenchStats> &stats)
{
    QJsonArray array;
    for (const Bench::BenchStats &s : stats) {
        array.append(s.toJson());
    }
    QJsonObject root{{QStringLiteral("benchmarks"), array}, {QStringLiteral("peak_rss_mb"), Bench::peakRssMb()}};
    QTextStream(stdout) << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// English words and Chinese bigrams that 2-30 % of the papers contain, from the index's vocabulary.
QStringList searchTerms(const QString &library)
{
    Core::Database::Options options;
    options.create = false;
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(library, options);
    if (!db) {
        return {};
    }
    QSqlQuery query((*db)->connection());
    query.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, paper_fts, row)"));
    query.exec(QStringLiteral("SELECT count(*) FROM papers"));
    const double papers = query.next() ? query.value(0).toDouble() : 0;
    query.prepare(QStringLiteral("SELECT term FROM temp.vocab WHERE doc BETWEEN ? AND ? ORDER BY doc"));
    query.addBindValue(static_cast<qint64>(papers * 0.02));
    query.addBindValue(static_cast<qint64>(papers * 0.30));
    query.exec();
    QStringList english;
    QStringList chinese;
    while (query.next() && (english.size() < 6 || chinese.size() < 4)) {
        const QString term = query.value(0).toString();
        if (term.size() == 2 && term.at(0).unicode() >= 0x4E00 && chinese.size() < 4) {
            chinese.append(term);
        } else if (term.size() >= 4 && term.at(0).unicode() < 0x80 && term.at(0).isLetter() && english.size() < 6) {
            english.append(term);
        }
    }
    QStringList terms;
    for (int i = 0; i < 6; ++i) {
        terms.append(english.value(i));
        terms.append(i < 4 ? chinese.value(i) : english.value(i) + QLatin1Char('*'));
    }
    terms.removeAll(QString());
    return terms;
}

int startup(const QString &library)
{
    Gui::MainWindow window(library);
    window.show();
    if (!waitFor(window, 30'000)) {
        QTextStream(stderr) << "no results shown\n";
        return 1;
    }
    QCoreApplication::processEvents(); // the first paint of the populated list
    Bench::BenchStats stats(QStringLiteral("startup_to_populated_window"));
    stats.add(sinceProcessStart());
    stats.extra().insert(QStringLiteral("papers"), window.paperModel()->totalCount());
    print({stats});
    return 0;
}

int interact(const QString &library, int runs)
{
    Gui::MainWindow window(library);
    window.show();
    if (!waitFor(window, 30'000)) {
        return 1;
    }
    // Tag clicks: the largest topics and some keywords, cycled include -> exclude -> off.
    QList<Core::Tag> tags;
    Gui::TagPanel *panel = window.tagPanel();
    auto *tree = panel->findChild<QAbstractItemView *>(QStringLiteral("tagTreeView"));
    QAbstractItemModel *model = tree->model();
    for (int group = 0; group < model->rowCount() && tags.size() < 8; ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < std::min(4, model->rowCount(parent)); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            tags.append(Core::Tag{index.data(Gui::TagFilterModel::TagNameRole).toString(),
                                  index.data(Gui::TagFilterModel::TagKindRole).value<Core::TagKind>()});
        }
    }
    Bench::BenchStats clicks(QStringLiteral("tag_click_to_list_and_counts"));
    for (int i = 0; i < runs; ++i) {
        const Core::Tag &tag = tags.at(i % tags.size());
        for (const auto state : {Gui::TagFilterModel::FilterState::Include,
                                 Gui::TagFilterModel::FilterState::Exclude,
                                 Gui::TagFilterModel::FilterState::Off}) {
            QElapsedTimer timer;
            timer.start();
            panel->setTagState(tag, state);
            if (!waitFor(window, 10'000)) {
                return 1;
            }
            clicks.add(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
                QTextStream(stderr) << tag.name << ' ' << static_cast<int>(state) << ' '
                                    << static_cast<double>(timer.nsecsElapsed()) / 1e6 << '\n';
            }
        }
    }
    // Searches: the query leaves when the 150 ms debounce ends; timed from there (Enter does the same).
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    const QStringList terms = searchTerms(library);
    if (terms.isEmpty()) {
        QTextStream(stderr) << "no search terms found in the library\n";
        return 1;
    }
    Bench::BenchStats searches(QStringLiteral("search_to_list_and_counts"));
    for (int i = 0; i < runs; ++i) {
        search->setText(terms.at(i % terms.size()));
        QElapsedTimer timer;
        timer.start();
        QMetaObject::invokeMethod(search, [search]() {
            QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
            QCoreApplication::sendEvent(search, &enter);
        });
        if (!waitFor(window, 10'000)) {
            return 1;
        }
        searches.add(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
            QTextStream(stderr) << search->text() << ' ' << window.paperModel()->totalCount() << ' '
                                << static_cast<double>(timer.nsecsElapsed()) / 1e6 << '\n';
        }
    }
    print({clicks, searches});
    return 0;
}

int scroll(const QString &library)
{
    Gui::MainWindow window(library);
    window.resize(1400, 900);
    window.show();
    if (!waitFor(window, 30'000)) {
        return 1;
    }
    auto *view = window.findChild<QTableView *>(QStringLiteral("paperTableView"));
    Gui::PaperTableModel *model = window.paperModel();
    // A 5 ms timer: a gap much longer than that is the event loop being blocked.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worst = 0;
    QTimer watchdog;
    QList<QPair<qint64, int>> stalls; // (gap, rows loaded then), for the verbose report
    QObject::connect(&watchdog, &QTimer::timeout, &watchdog, [&]() {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last);
        if (now - last > 25) {
            stalls.append({now - last, model->rowCount()});
        }
        last = now;
    });
    watchdog.start(5);
    QElapsedTimer total;
    total.start();
    // Page down like a user holding the key, until every row is there and shown.
    while (model->rowCount() < model->totalCount()
           || view->verticalScrollBar()->value() < view->verticalScrollBar()->maximum()) {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + view->viewport()->height());
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (total.elapsed() > 600'000) {
            break;
        }
    }
    watchdog.stop();
    if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
        for (const auto &[gap, rows] : std::as_const(stalls)) {
            QTextStream(stderr) << "stall " << gap << " ms at " << rows << " rows\n";
        }
    }
    Bench::BenchStats stats(QStringLiteral("scroll_top_to_bottom_worst_stall"));
    stats.add(static_cast<double>(worst));
    stats.extra().insert(QStringLiteral("rows"), model->rowCount());
    stats.extra().insert(QStringLiteral("total_ms"), static_cast<double>(total.elapsed()));
    print({stats});
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("startup | interact | scroll"));
    parser.addOption({QStringLiteral("library"), QStringLiteral("Library file."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Timed runs."), QStringLiteral("N"), QStringLiteral("20")});
    parser.addHelpOption();
    parser.process(app);
    const QString command = parser.positionalArguments().value(0);
    const QString library = parser.value(QStringLiteral("library"));
    if (library.isEmpty()) {
        parser.showHelp(2);
    }
    if (command == QLatin1String("startup")) {
        return startup(library);
    }
    if (command == QLatin1String("interact")) {
        return interact(library, std::max(1, parser.value(QStringLiteral("runs")).toInt()));
    }
    if (command == QLatin1String("scroll")) {
        return scroll(library);
    }
    parser.showHelp(2);
}
