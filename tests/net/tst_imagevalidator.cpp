#include "net/fetchpolicy.h"
#include "net/imagevalidator.h"
#include "support/loopbackserver.h"

#include <QtTest>

using PaperShelf::Net::FetchPolicy;
using PaperShelf::Net::ImageValidator;
using PaperShelf::TestSupport::LoopbackServer;

// What counts as an image, and which redirects and retries the policy allows.
class TestImageValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void allowsRedirect_data();
    void allowsRedirect();
    void retryDelayGrowsAndHonoursRetryAfter();
};

void TestImageValidator::validate_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("extension"); // empty: rejected
    QTest::addColumn<QString>("errorPart");
    QTest::addColumn<QSize>("size");

    QTest::newRow("png") << LoopbackServer::png(QSize(40, 30)) << "png"
                         << "" << QSize(40, 30);
    QTest::newRow("jpeg") << LoopbackServer::jpeg(QSize(20, 10)) << "jpg"
                          << "" << QSize(20, 10);
    // Qt writes no GIF: a 1x1 GIF89a by hand.
    static const char gif[] = "GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff\x21\xf9\x04\x01\x00"
                              "\x00\x00\x00\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00\x3b";
    QTest::newRow("gif") << QByteArray(gif, sizeof(gif) - 1) << "gif"
                         << "" << QSize(1, 1);
    QTest::newRow("bmp") << LoopbackServer::image(QSize(8, 9), "BMP") << "bmp"
                         << "" << QSize(8, 9);
    QTest::newRow("html page") << QByteArray("<!DOCTYPE html><html><body>Not found</body></html>") << ""
                               << "HTML" << QSize();
    QTest::newRow("html with spaces") << QByteArray("\n  <html>oops</html>") << ""
                                      << "HTML" << QSize();
    QTest::newRow("text") << QByteArray("just text") << ""
                          << "unknown file type" << QSize();
    QTest::newRow("empty") << QByteArray() << ""
                           << "empty" << QSize();
    QTest::newRow("bomb 20000x20000") << LoopbackServer::pngClaiming(QSize(20'000, 20'000)) << ""
                                      << "too large: 20000x20000" << QSize();
    QTest::newRow("wide 12001x10") << LoopbackServer::pngClaiming(QSize(12'001, 10)) << ""
                                   << "too large" << QSize();
    QTest::newRow("over allocation limit") << LoopbackServer::pngClaiming(QSize(11'000, 11'000)) << ""
                                           << "too large" << QSize();
    QTest::newRow("png magic, garbage") << QByteArray("\x89PNG\r\n\x1a\nxxxxxxxxxxxxxxxx", 24) << ""
                                        << "png" << QSize();
}

void TestImageValidator::validate()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, extension);
    QFETCH(QString, errorPart);
    QFETCH(QSize, size);
    const auto result = ImageValidator::validate(data);
    if (extension.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(errorPart), qPrintable(result.errorMessage()));
    } else {
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->extension, extension);
        QCOMPARE(result->size, size);
    }
}

void TestImageValidator::allowsRedirect_data()
{
    QTest::addColumn<QUrl>("from");
    QTest::addColumn<QUrl>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("http to http") << QUrl(QStringLiteral("http://a/x")) << QUrl(QStringLiteral("http://b/y")) << true;
    QTest::newRow("http to https") << QUrl(QStringLiteral("http://a/x")) << QUrl(QStringLiteral("https://b/y")) << true;
    QTest::newRow("https to https") << QUrl(QStringLiteral("https://a/x")) << QUrl(QStringLiteral("https://b/y"))
                                    << true;
    QTest::newRow("https to http") << QUrl(QStringLiteral("https://a/x")) << QUrl(QStringLiteral("http://b/y"))
                                   << false;
    QTest::newRow("HTTPS to HTTP") << QUrl(QStringLiteral("HTTPS://a/x")) << QUrl(QStringLiteral("HTTP://b/y"))
                                   << false;
    QTest::newRow("http to file") << QUrl(QStringLiteral("http://a/x")) << QUrl(QStringLiteral("file:///etc/passwd"))
                                  << false;
    QTest::newRow("http to ftp") << QUrl(QStringLiteral("http://a/x")) << QUrl(QStringLiteral("ftp://b/y")) << false;
}

void TestImageValidator::allowsRedirect()
{
    QFETCH(QUrl, from);
    QFETCH(QUrl, to);
    QFETCH(bool, allowed);
    QCOMPARE(FetchPolicy::allowsRedirect(from, to), allowed);
}

void TestImageValidator::retryDelayGrowsAndHonoursRetryAfter()
{
    FetchPolicy policy;
    policy.retryBaseDelay = std::chrono::milliseconds(100);
    QRandomGenerator random(42);
    for (int attempt = 1; attempt <= 3; ++attempt) {
        const qint64 base = 100LL << (attempt - 1);
        const qint64 delay = policy.retryDelay(attempt, std::chrono::milliseconds(0), random).count();
        QVERIFY2(delay >= base && delay <= base * 3 / 2, qPrintable(QString::number(delay)));
    }
    QCOMPARE(policy.retryDelay(1, std::chrono::milliseconds(5000), random).count(), 5000);
    // A server cannot make us wait longer than maxRetryAfter.
    QCOMPARE(policy.retryDelay(1, std::chrono::hours(5), random), policy.maxRetryAfter);
}

QTEST_GUILESS_MAIN(TestImageValidator)
#include "tst_imagevalidator.moc"
