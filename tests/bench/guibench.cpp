// papershelf-gui-bench: the main window's budgets (see tests/bench/RESULTS.md).
//
//   papershelf-gui-bench startup --library FILE            process start to a populated window
//   papershelf-gui-bench interact --library FILE [--runs N] tag clicks and searches to updated list + counts
//   papershelf-gui-bench scroll --library FILE              top-to-bottom scroll: worst event-loop stall
//   papershelf-gui-bench thumbnails [--images N]            N cached ~200 KB JPEGs -> thumbnails, images/s
//   papershelf-gui-bench gallery --library FILE             every screenshot cached (files are made and
//                                                           recorded first), then: Ctrl+G to the first
//                                                           thumbnails shown, and a scroll to the end
//   papershelf-gui-bench review --library FILE [--runs N]  review mode: approve-and-next (Ctrl+Return) to the
//                                                           next segment shown; checks the library first
//
// Prints one JSON object {"benchmarks":[{"name","median_ms","p95_ms","runs",...}]}; peak RSS is included.

#include "benchstats.h"
#include "core/db/database.h"
#include "core/db/records.h"
#include "core/db/sqlquery.h"
#include "core/digest/textfields.h"
#include "core/review/reviewcheckrunner.h"
#include "core/util/librarypaths.h"
#include "gui/annotationclient.h"
#include "gui/annotationcontroller.h"
#include "gui/annotationpanel.h"
#include "gui/figuremodel.h"
#include "gui/galleryview.h"
#include "gui/mainwindow.h"
#include "gui/papertablemodel.h"
#include "gui/readerwidget.h"
#include "gui/reviewdock.h"
#include "gui/tagfiltermodel.h"
#include "gui/tagpanel.h"
#include "gui/thumbnailer.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <functional>

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

// A screenshot-like JPEG of about `targetBytes`: flat panels, lines, text and
// some noise (what makes figure JPEGs that large), the quality tuned to the size.
QByteArray figureJpeg(int seed, qint64 targetBytes)
{
    QRandomGenerator rng(static_cast<quint32>(seed) + 1);
    QImage image(1280, 960, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int i = 0; i < 40; ++i) {
        painter.fillRect(QRect(rng.bounded(1200), rng.bounded(900), 40 + rng.bounded(300), 30 + rng.bounded(200)),
                         QColor::fromHsv(rng.bounded(360), 60 + rng.bounded(150), 150 + rng.bounded(100)));
    }
    painter.setPen(Qt::black);
    for (int i = 0; i < 60; ++i) {
        painter.drawText(rng.bounded(1200), rng.bounded(960), QStringLiteral("Figure %1: results %2").arg(i).arg(seed));
    }
    painter.end();
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int n = rng.bounded(24) - 12;
            const QRgb p = line[x];
            line[x] = qRgb(std::clamp(qRed(p) + n, 0, 255),
                           std::clamp(qGreen(p) + n, 0, 255),
                           std::clamp(qBlue(p) + n, 0, 255));
        }
    }
    QByteArray best;
    int low = 10;
    int high = 95;
    while (low <= high) {
        const int quality = (low + high) / 2;
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", quality);
        best = bytes;
        if (bytes.size() < targetBytes * 0.95) {
            low = quality + 1;
        } else if (bytes.size() > targetBytes * 1.05) {
            high = quality - 1;
        } else {
            break;
        }
    }
    return best;
}

// Runs the event loop until `done` or the timeout; false on timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    // Checks every 2 ms from a timer, so the waiting itself leaves the CPU to the work.
    QEventLoop loop;
    QTimer check;
    QElapsedTimer timer;
    timer.start();
    bool ok = done();
    QObject::connect(&check, &QTimer::timeout, &loop, [&]() {
        if (done()) {
            ok = true;
            loop.quit();
        } else if (timer.elapsed() > timeoutMs) {
            loop.quit();
        }
    });
    if (!ok) {
        check.start(2);
        loop.exec();
    }
    return ok;
}

int thumbnails(int images)
{
    QTemporaryDir dir;
    constexpr int Distinct = 16;
    QList<QByteArray> sources;
    qint64 totalBytes = 0;
    for (int i = 0; i < Distinct; ++i) {
        sources.append(figureJpeg(i, 200 * 1024));
    }
    // Distinct paths (copies of 16 contents): every one is decoded and written as a new thumbnail.
    QStringList paths;
    for (int i = 0; i < images; ++i) {
        const QString path = dir.filePath(QStringLiteral("figure-%1.jpg").arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return 1;
        }
        file.write(sources.at(i % Distinct));
        totalBytes += sources.at(i % Distinct).size();
        paths.append(path);
    }
    const QString thumbnailDir = dir.filePath(QStringLiteral("thumbnails"));
    QList<Bench::BenchStats> stats;
    for (const QString &name :
         {QStringLiteral("thumbnails_cold_images_per_s"), QStringLiteral("thumbnails_disk_cached_images_per_s")}) {
        Gui::Thumbnailer thumbnailer(thumbnailDir);
        int finished = 0;
        int failed = 0;
        QObject::connect(&thumbnailer, &Gui::Thumbnailer::thumbnailReady, [&finished]() {
            ++finished;
        });
        QObject::connect(&thumbnailer, &Gui::Thumbnailer::thumbnailFailed, [&finished, &failed]() {
            ++finished;
            ++failed;
        });
        QElapsedTimer timer;
        timer.start();
        for (const QString &path : std::as_const(paths)) {
            thumbnailer.request(path, Gui::GalleryView::ThumbnailSize);
        }
        if (!spinUntil(
                [&]() {
            return finished == images;
                },
                600'000)) {
            QTextStream(stderr) << "thumbnails timed out\n";
            return 1;
        }
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        Bench::BenchStats s(name);
        s.add(images / seconds);
        s.extra().insert(QStringLiteral("images"), images);
        s.extra().insert(QStringLiteral("failed"), failed);
        s.extra().insert(QStringLiteral("elapsed_ms"), seconds * 1000);
        s.extra().insert(QStringLiteral("mean_image_kb"), static_cast<double>(totalBytes) / images / 1024);
        s.extra().insert(QStringLiteral("decoded"), thumbnailer.decoded());
        s.extra().insert(QStringLiteral("disk_hits"), thumbnailer.diskHits());
        stats.append(s);
    }
    print(stats);
    return 0;
}

// Records every screenshot of `library` as cached: a few distinct ~200 KB JPEGs,
// and one symbolic link per figure to one of them (distinct paths, so every
// thumbnail is real work). Returns the number of figures, or -1.
int cacheEveryFigure(const QString &library)
{
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(library);
    if (!db) {
        QTextStream(stderr) << db.errorMessage() << '\n';
        return -1;
    }
    const QDir imageDir(Core::LibraryPaths(library).imageDir());
    QDir().mkpath(imageDir.path());
    constexpr int Distinct = 12;
    for (int i = 0; i < Distinct; ++i) {
        const QString name = QStringLiteral("source-%1.jpg").arg(i);
        if (!imageDir.exists(name)) {
            QFile file(imageDir.filePath(name));
            if (!file.open(QIODevice::WriteOnly)) {
                return -1;
            }
            file.write(figureJpeg(100 + i, 200 * 1024));
        }
    }
    QSqlDatabase connection = (*db)->connection();
    QSqlQuery urls(connection);
    urls.exec(QStringLiteral("SELECT DISTINCT url FROM screenshots"));
    QStringList list;
    while (urls.next()) {
        list.append(urls.value(0).toString());
    }
    urls.finish();
    Core::Transaction transaction(connection);
    if (!transaction.begin()) {
        return -1;
    }
    QSqlQuery insert(connection);
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO image_cache(url, state, file, bytes, width, height, error,"
                                  " fetched_at) VALUES (?, 'cached', ?, ?, 1280, 960, NULL, '2026-01-01T00:00:00Z')"));
    for (int i = 0; i < list.size(); ++i) {
        const QString name = QStringLiteral("figure-%1.jpg").arg(i);
        const QString source = QStringLiteral("source-%1.jpg").arg(i % Distinct);
        if (!imageDir.exists(name)) {
            QFile::link(source, imageDir.filePath(name)); // relative link inside the folder
        }
        insert.addBindValue(list.at(i));
        insert.addBindValue(name);
        insert.addBindValue(QFileInfo(imageDir.filePath(source)).size());
        if (!insert.exec()) {
            QTextStream(stderr) << insert.lastError().text() << '\n';
            return -1;
        }
    }
    if (!transaction.commit()) {
        return -1;
    }
    return static_cast<int>(list.size());
}

int gallery(const QString &library, bool keepThumbnails)
{
    const int cached = cacheEveryFigure(library);
    if (cached < 0) {
        return 1;
    }
    if (!keepThumbnails) {
        QDir(Core::LibraryPaths(library).thumbnailDir()).removeRecursively();
    }
    Gui::MainWindow window(library);
    window.resize(1400, 900);
    window.show();
    if (!waitFor(window, 30'000)) {
        return 1;
    }
    Gui::GalleryView *galleryView = window.galleryView();
    QListView *view = galleryView->view();
    Gui::FigureModel *model = galleryView->model();
    int loadedCount = -1;
    QObject::connect(galleryView, &Gui::GalleryView::figuresLoaded, [&loadedCount](int count) {
        loadedCount = count;
    });
    // Every cell on screen has its thumbnail (asking the model is what painting does too).
    const auto visibleShown = [&]() {
        if (loadedCount < 0 || model->rowCount() == 0) {
            return false;
        }
        const QRect area = view->viewport()->rect();
        const QModelIndex first = view->indexAt(QPoint(2, 2));
        if (!first.isValid()) {
            return false;
        }
        for (int row = first.row(); row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            if (!area.intersects(view->visualRect(index))) {
                break;
            }
            if (index.data(Qt::DecorationRole).value<QImage>().isNull()) {
                return false;
            }
        }
        return true;
    };

    // A 5 ms timer: a gap much longer than that is the event loop being blocked.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worst = 0;
    QTimer watchdog;
    QObject::connect(&watchdog, &QTimer::timeout, &watchdog, [&]() {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last);
        last = now;
    });

    QElapsedTimer timer;
    timer.start();
    auto *galleryAction = window.findChild<QAction *>(QStringLiteral("galleryAction"));
    galleryAction->trigger();
    if (!spinUntil(
            [&]() {
        return loadedCount >= 0;
            },
            60'000)) {
        return 1;
    }
    const double populatedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    QCoreApplication::processEvents(); // the first paint asks for the visible thumbnails
    if (!spinUntil(visibleShown, 60'000)) {
        QTextStream(stderr) << "thumbnails not shown\n";
        return 1;
    }
    const double firstThumbnailsMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    Bench::BenchStats open(QStringLiteral("gallery_open_to_first_thumbnails"));
    open.add(firstThumbnailsMs);
    open.extra().insert(QStringLiteral("populated_ms"), populatedMs);
    open.extra().insert(QStringLiteral("figures"), model->rowCount());

    // Page down like a user holding the key; the thumbnails of each page are asked for as it shows.
    last = clock.elapsed();
    watchdog.start(5);
    QElapsedTimer total;
    total.start();
    QScrollBar *bar = view->verticalScrollBar();
    while (bar->value() < bar->maximum()) {
        bar->setValue(bar->value() + view->viewport()->height());
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const qint64 stepStart = clock.elapsed();
        while (clock.elapsed() - stepStart < 30) {
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
        }
        if (total.elapsed() > 600'000) {
            break;
        }
    }
    spinUntil(visibleShown, 60'000);
    watchdog.stop();
    Bench::BenchStats scrollStats(QStringLiteral("gallery_scroll_worst_stall"));
    scrollStats.add(static_cast<double>(worst));
    scrollStats.extra().insert(QStringLiteral("total_ms"), static_cast<double>(total.elapsed()));
    scrollStats.extra().insert(QStringLiteral("pages"), bar->maximum() / std::max(1, view->viewport()->height()) + 1);
    print({open, scrollStats});
    return 0;
}

// Annotation edits as the user makes them, timed from the edit to its visible
// result: the list row (rating, status, favourite, own tags, notes marker) or
// the reader (highlight) shows the new value, read back from the library
// after the write committed. The library is written to: use a copy.
int annotate(const QString &library, int runs)
{
    Gui::MainWindow window(library);
    window.show();
    if (!waitFor(window, 30'000)) {
        return 1;
    }
    Gui::PaperTableModel *model = window.paperModel();
    Gui::AnnotationController *annotations = window.annotations();
    if (!spinUntil(
            [&]() {
        return model->rowCount() >= 100 && window.annotationPanel()->paperId() != 0;
            },
            30'000)) {
        return 1;
    }
    const auto row = [model](int r, int role) {
        return model->index(r, 0).data(role);
    };
    const auto timeEdit =
        [&](Bench::BenchStats &stats, const std::function<void()> &edit, const std::function<bool()> &visible) {
        QElapsedTimer timer;
        timer.start();
        edit();
        if (!spinUntil(visible, 10'000)) {
            return false;
        }
        stats.add(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        return true;
    };
    Bench::BenchStats rating(QStringLiteral("edit_rating_to_list_row"));
    Bench::BenchStats status(QStringLiteral("edit_status_to_list_row"));
    Bench::BenchStats favourite(QStringLiteral("edit_favourite_to_list_row"));
    Bench::BenchStats bulkTag(QStringLiteral("tag_100_papers_to_list_rows"));
    Bench::BenchStats notes(QStringLiteral("edit_notes_to_list_marker"));
    Bench::BenchStats highlight(QStringLiteral("highlight_to_reader"));
    const qint64 shown = window.annotationPanel()->paperId();
    spinUntil(
        []() {
        return false;
        },
        500); // the shown paper's highlights arrive
    const qsizetype highlightsBefore = window.reader()->highlights().size();
    for (int i = 0; i < runs; ++i) {
        const int r = i % 50;
        const qint64 id = row(r, Gui::PaperTableModel::PaperRowIdRole).toLongLong();
        const int stars = 1 + (row(r, Gui::PaperTableModel::RatingRole).toInt() % 5);
        const auto next = static_cast<Core::ReadingStatus>((row(r, Gui::PaperTableModel::StatusRole).toInt() + 1) % 4);
        const bool fav = !row(r, Gui::PaperTableModel::FavouriteRole).toBool();
        QList<qint64> hundred;
        for (int k = 0; k < 100; ++k) {
            hundred.append(row(k, Gui::PaperTableModel::PaperRowIdRole).toLongLong());
        }
        const QString tag = QStringLiteral("bench-%1-%2").arg(QCoreApplication::applicationPid()).arg(i);
        const bool ok = timeEdit(
                            rating,
                            [&]() {
            annotations->setRating({id}, stars);
                            },
                            [&]() {
            return row(r, Gui::PaperTableModel::RatingRole).toInt() == stars;
        })
            && timeEdit(
                status,
                [&]() {
            annotations->setStatus({id}, next);
                },
                [&]() {
            return row(r, Gui::PaperTableModel::StatusRole).toInt() == static_cast<int>(next);
               })
            && timeEdit(
                favourite,
                [&]() {
            annotations->setFavourite({id}, fav);
                },
                [&]() {
            return row(r, Gui::PaperTableModel::FavouriteRole).toBool() == fav;
               })
            && timeEdit(
                bulkTag,
                [&]() {
            annotations->addTag(hundred, tag);
                },
                [&]() {
            return row(99, Gui::PaperTableModel::UserTagsRole).toStringList().contains(tag)
                && row(0, Gui::PaperTableModel::UserTagsRole).toStringList().contains(tag);
               })
            && timeEdit(
                notes,
                [&]() {
            annotations->editNotes(id, QString(), QStringLiteral("note %1").arg(i), i);
                },
                [&]() {
            return model->index(r, Gui::PaperTableModel::NotesColumn).data().toString() == QStringLiteral("\u270E");
               })
            && timeEdit(
                highlight,
                [&]() {
            annotations->addHighlight(shown, Core::TextFields::Abstract, i, 3, QStringLiteral("blue"), QString());
                },
                [&]() {
            return window.reader()->highlights().size() == highlightsBefore + i + 1;
               });
        if (!ok) {
            QTextStream(stderr) << "an edit did not become visible within 10 s (run " << i
                                << "; timed so far: " << rating.runs() << ' ' << status.runs() << ' '
                                << favourite.runs() << ' ' << bulkTag.runs() << ' ' << notes.runs() << ' '
                                << highlight.runs() << ")\n";
            return 1;
        }
        // Notes back to empty, so that the next run shows the marker appear again.
        annotations->editNotes(id, QStringLiteral("note %1").arg(i), QString(), i);
        if (!spinUntil(
                [&]() {
            return model->index(r, Gui::PaperTableModel::NotesColumn).data().toString().isEmpty();
                },
                10'000)) {
            return 1;
        }
    }
    print({rating, status, favourite, bulkTag, notes, highlight});
    return 0;
}

// Review mode: approve-and-next (the action behind Ctrl+Return) until the next
// segment is shown and painted, `runs` steps through the queue of every segment.
// The findings are brought up to date first (the window would do that in the
// background), so the queue load sees them.
int review(const QString &library, int runs)
{
    {
        Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(library);
        if (!db) {
            return 1;
        }
        Core::ReviewCheckRunner runner((*db)->connection(), Core::ReviewCheckRunner::checkerFor((*db)->connection()));
        if (!runner.run()) {
            return 1;
        }
    }
    Gui::MainWindow window(library);
    window.show();
    if (!waitFor(window, 60'000)) {
        return 1;
    }
    Gui::ReviewDock *dock = window.reviewDock();
    QElapsedTimer load;
    load.start();
    dock->modeAction()->trigger();
    if (!spinUntil(
            [dock]() {
        return dock->currentSegmentId() != 0;
            },
            120'000)) {
        return 1;
    }
    const double loadMs = static_cast<double>(load.nsecsElapsed()) / 1e6;
    auto *approve = dock->findChild<QAction *>(QStringLiteral("reviewApproveAction"));
    Bench::BenchStats stats(QStringLiteral("review_approve_to_next_segment_shown"));
    stats.extra().insert(QStringLiteral("queue_load_ms"), loadMs);
    int waited = 0;
    for (int i = 0; i < runs; ++i) {
        const qint64 before = dock->currentSegmentId();
        QElapsedTimer timer;
        timer.start();
        approve->trigger();
        if (dock->currentSegmentId() == before || dock->currentSegmentId() == 0) {
            ++waited; // not read ahead: waits for the database
            if (!spinUntil(
                    [dock, before]() {
                return dock->currentSegmentId() != before && dock->currentSegmentId() != 0;
                    },
                    10'000)) {
                return 1;
            }
        }
        dock->repaint();
        stats.add(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        // A reviewer reads between two steps; the write and its read-back finish meanwhile.
        spinUntil(
            []() {
            return false;
            },
            30);
    }
    window.annotations()->client()->waitForIdle();
    stats.extra().insert(QStringLiteral("steps_waiting_for_db"), waited);
    print({stats});
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral(
                                     "startup | interact | scroll | thumbnails | gallery | annotate | review"));
    parser.addOption({QStringLiteral("images"),
                      QStringLiteral("Images for the thumbnails benchmark."),
                      QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("keep-thumbnails"), QStringLiteral("gallery: keep the disk thumbnail cache.")});
    parser.addOption({QStringLiteral("library"), QStringLiteral("Library file."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Timed runs."), QStringLiteral("N"), QStringLiteral("20")});
    parser.addHelpOption();
    parser.process(app);
    const QString command = parser.positionalArguments().value(0);
    const QString library = parser.value(QStringLiteral("library"));
    if (command == QLatin1String("thumbnails")) {
        return thumbnails(std::max(1, parser.value(QStringLiteral("images")).toInt()));
    }
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
    if (command == QLatin1String("annotate")) {
        return annotate(library, std::max(1, parser.value(QStringLiteral("runs")).toInt()));
    }
    if (command == QLatin1String("review")) {
        return review(library, std::max(1, parser.value(QStringLiteral("runs")).toInt()));
    }
    if (command == QLatin1String("gallery")) {
        return gallery(library, parser.isSet(QStringLiteral("keep-thumbnails")));
    }
    parser.showHelp(2);
}
