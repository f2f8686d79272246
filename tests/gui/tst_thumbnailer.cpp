#include "gui/thumbnailer.h"
#include "imagetestutil.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace PaperShelf;
using namespace Qt::Literals::StringLiterals;

// Thumbnailer with real image files in a temporary folder.
class TestThumbnailer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void thumbnailsFitTheBoxKeepTheAspectRatioAndNeverEnlarge_data();
    void thumbnailsFitTheBoxKeepTheAspectRatioAndNeverEnlarge();
    void thumbnailShowsTheImageContent();
    void diskCacheIsReusedByANewInstance();
    void changedFileIsDecodedAgain();
    void corruptOrMissingFileGivesAnErrorNotACrash();
    void memoryCacheStaysWithinItsByteBudget();
    void newestRequestIsServedFirst();
    void duplicateRequestsAreMadeOnce();

private:
    QString writeImage(const QString &name, QSize size, const QColor &color, const char *format = "PNG");
    QImage waitForThumbnail(Gui::Thumbnailer &thumbnailer, const QString &path, QSize size);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_thumbnailDir;
};

void TestThumbnailer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_thumbnailDir = m_dir->filePath(u"thumbnails"_s);
}

void TestThumbnailer::cleanup()
{
    m_dir.reset();
}

QString TestThumbnailer::writeImage(const QString &name, QSize size, const QColor &color, const char *format)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return QString();
    }
    file.write(Tests::encodeImage(Tests::makeImage(size, color), format));
    return path;
}

QImage TestThumbnailer::waitForThumbnail(Gui::Thumbnailer &thumbnailer, const QString &path, QSize size)
{
    QSignalSpy ready(&thumbnailer, &Gui::Thumbnailer::thumbnailReady);
    thumbnailer.request(path, size);
    const QString key = Gui::Thumbnailer::key(path, size);
    for (int i = 0; i < 100; ++i) {
        for (const QList<QVariant> &args : std::as_const(ready)) {
            if (args.at(0).toString() == key) {
                return args.at(1).value<QImage>();
            }
        }
        if (!ready.wait(5000)) {
            break;
        }
    }
    return QImage();
}

void TestThumbnailer::thumbnailsFitTheBoxKeepTheAspectRatioAndNeverEnlarge_data()
{
    QTest::addColumn<QSize>("original");
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QSize>("expected");

    QTest::newRow("landscape png") << QSize(800, 600) << QByteArray("PNG") << QSize(200, 150);
    QTest::newRow("portrait jpeg") << QSize(600, 1200) << QByteArray("JPEG") << QSize(75, 150);
    QTest::newRow("wide") << QSize(1600, 200) << QByteArray("PNG") << QSize(200, 25);
    QTest::newRow("small stays small") << QSize(50, 40) << QByteArray("PNG") << QSize(50, 40);
}

void TestThumbnailer::thumbnailsFitTheBoxKeepTheAspectRatioAndNeverEnlarge()
{
    QFETCH(QSize, original);
    QFETCH(QByteArray, format);
    QFETCH(QSize, expected);
    const QString path = writeImage(u"figure"_s, original, Qt::red, format.constData());
    Gui::Thumbnailer thumbnailer(m_thumbnailDir);
    const QImage thumbnail = waitForThumbnail(thumbnailer, path, QSize(200, 150));
    QCOMPARE(thumbnail.size(), expected);
    QCOMPARE(thumbnailer.cached(path, QSize(200, 150)).size(), expected);
}

void TestThumbnailer::thumbnailShowsTheImageContent()
{
    const QString path = writeImage(u"blue.jpg"_s, QSize(1000, 800), QColor(20, 60, 220), "JPEG");
    Gui::Thumbnailer thumbnailer(m_thumbnailDir);
    const QImage thumbnail = waitForThumbnail(thumbnailer, path, QSize(100, 100));
    QCOMPARE(thumbnail.size(), QSize(100, 80));
    // Top right is off the diagonal band: the image's colour.
    QVERIFY(Tests::closeColor(thumbnail.pixelColor(90, 8), QColor(20, 60, 220)));
}

void TestThumbnailer::diskCacheIsReusedByANewInstance()
{
    const QString path = writeImage(u"figure.png"_s, QSize(640, 480), Qt::green);
    {
        Gui::Thumbnailer first(m_thumbnailDir);
        QVERIFY(!waitForThumbnail(first, path, QSize(160, 120)).isNull());
        QCOMPARE(first.decoded(), 1);
        QCOMPARE(first.diskHits(), 0);
    }
    QCOMPARE(QDir(m_thumbnailDir).entryList(QDir::Files).size(), 1);
    Gui::Thumbnailer second(m_thumbnailDir);
    const QImage again = waitForThumbnail(second, path, QSize(160, 120));
    QCOMPARE(again.size(), QSize(160, 120));
    QCOMPARE(second.diskHits(), 1);
    QCOMPARE(second.decoded(), 0);
    // Another size is another thumbnail.
    QCOMPARE(waitForThumbnail(second, path, QSize(80, 60)).size(), QSize(80, 60));
    QCOMPARE(second.decoded(), 1);
    QCOMPARE(QDir(m_thumbnailDir).entryList(QDir::Files).size(), 2);
}

void TestThumbnailer::changedFileIsDecodedAgain()
{
    const QString path = writeImage(u"figure.png"_s, QSize(640, 480), Qt::green);
    {
        Gui::Thumbnailer first(m_thumbnailDir);
        QVERIFY(!waitForThumbnail(first, path, QSize(160, 120)).isNull());
    }
    // Same path, new content and modification time: the disk entry no longer applies.
    QVERIFY(QFile::remove(path));
    QCOMPARE(writeImage(u"figure.png"_s, QSize(300, 600), Qt::blue), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
    file.close();
    Gui::Thumbnailer second(m_thumbnailDir);
    QCOMPARE(waitForThumbnail(second, path, QSize(160, 120)).size(), QSize(60, 120));
    QCOMPARE(second.decoded(), 1);
    QCOMPARE(second.diskHits(), 0);
}

void TestThumbnailer::corruptOrMissingFileGivesAnErrorNotACrash()
{
    const QString corrupt = m_dir->filePath(u"corrupt.png"_s);
    QFile file(corrupt);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x89PNG\r\n\x1a\n this is not the rest of a PNG");
    file.close();
    const QString truncated = m_dir->filePath(u"truncated.jpg"_s);
    const QByteArray jpeg = Tests::encodeImage(Tests::makeImage(QSize(400, 300), Qt::red), "JPEG");
    QFile cut(truncated);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(jpeg.left(40));
    cut.close();

    Gui::Thumbnailer thumbnailer(m_thumbnailDir);
    QSignalSpy failed(&thumbnailer, &Gui::Thumbnailer::thumbnailFailed);
    QSignalSpy ready(&thumbnailer, &Gui::Thumbnailer::thumbnailReady);
    thumbnailer.request(corrupt, QSize(100, 100));
    thumbnailer.request(truncated, QSize(100, 100));
    thumbnailer.request(m_dir->filePath(u"missing.png"_s), QSize(100, 100));
    QTRY_COMPARE(failed.size(), 3);
    QCOMPARE(ready.size(), 0);
    for (const QList<QVariant> &args : std::as_const(failed)) {
        QVERIFY2(!args.at(1).toString().isEmpty(), qPrintable(args.at(0).toString()));
    }
    QVERIFY(thumbnailer.cached(corrupt, QSize(100, 100)).isNull());
    QCOMPARE(thumbnailer.pendingCount(), 0);
}

void TestThumbnailer::memoryCacheStaysWithinItsByteBudget()
{
    Gui::Thumbnailer thumbnailer(m_thumbnailDir);
    const QSize box(100, 100);
    // Each thumbnail is 100x100 in 32 bits: 40,000 bytes. Room for three.
    thumbnailer.setMemoryBudget(3 * 40'000 + 100);
    QStringList paths;
    for (int i = 0; i < 8; ++i) {
        paths.append(writeImage(u"f%1.png"_s.arg(i), QSize(400, 400), QColor::fromHsv(i * 40, 200, 200)));
    }
    QSignalSpy ready(&thumbnailer, &Gui::Thumbnailer::thumbnailReady);
    for (const QString &path : std::as_const(paths)) {
        thumbnailer.request(path, box);
    }
    QTRY_COMPARE(ready.size(), 8);
    QVERIFY(thumbnailer.memoryUsed() <= thumbnailer.memoryBudget());
    QCOMPARE(thumbnailer.memoryUsed(), 3 * 40'000);
    int inMemory = 0;
    for (const QString &path : std::as_const(paths)) {
        inMemory += thumbnailer.cached(path, box).isNull() ? 0 : 1;
    }
    QCOMPARE(inMemory, 3);
    // The last one delivered is among those kept.
    const QString lastKey = ready.last().at(0).toString();
    QVERIFY(!thumbnailer.cached(lastKey.section(u'|', 1), box).isNull());
}

void TestThumbnailer::newestRequestIsServedFirst()
{
    QStringList paths;
    for (int i = 0; i < 12; ++i) {
        paths.append(writeImage(u"n%1.png"_s.arg(i), QSize(300, 200), Qt::darkCyan));
    }
    Gui::Thumbnailer thumbnailer(m_thumbnailDir);
    QSignalSpy ready(&thumbnailer, &Gui::Thumbnailer::thumbnailReady);
    for (const QString &path : std::as_const(paths)) {
        thumbnailer.request(path, QSize(64, 64));
    }
    QTRY_COMPARE(ready.size(), 12);
    QStringList order;
    for (const QList<QVariant> &args : std::as_const(ready)) {
        order.append(args.at(0).toString().section(u'|', 1));
    }
    // The first four go to the pool at once (two threads, one waiting task each);
    // of the requests that wait after them, the newest goes first.
    QVERIFY2(order.indexOf(paths.at(11)) < order.indexOf(paths.at(4)), qPrintable(order.join(u", "_s)));
    QVERIFY(order.indexOf(paths.at(10)) < order.indexOf(paths.at(5)));
}

void TestThumbnailer::duplicateRequestsAreMadeOnce()
{
    const QString path = writeImage(u"dup.png"_s, QSize(300, 200), Qt::magenta);
    Gui::Thumbnailer thumbnailer(m_thumbnailDir);
    QSignalSpy ready(&thumbnailer, &Gui::Thumbnailer::thumbnailReady);
    for (int i = 0; i < 5; ++i) {
        thumbnailer.request(path, QSize(64, 64));
    }
    QTRY_COMPARE(ready.size(), 1);
    thumbnailer.request(path, QSize(64, 64)); // in memory now: nothing to do
    QCOMPARE(thumbnailer.pendingCount(), 0);
    QCOMPARE(thumbnailer.decoded(), 1);
}

QTEST_MAIN(TestThumbnailer)
#include "tst_thumbnailer.moc"
