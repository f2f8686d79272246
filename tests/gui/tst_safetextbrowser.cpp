#include "gui/safetextbrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QtTest>

using namespace PaperShelf;
using namespace Qt::Literals::StringLiterals;

// The browser's own guarantees, fed raw HTML as if escaping had been forgotten.
// Each test first shows that a plain QTextBrowser does load the file, so that
// it fails if a layer of SafeTextBrowser stops working.
class TestSafeTextBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rawImagesAreNeverLoaded();
    void resourceRequestsGetNothingEvenForLocalFiles();
    void linksAndSetSourceNeverNavigate();
    void hasNoSearchPathsAndOpensNoLinks();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_imagePath;
    QString m_secretPath;
};

void TestSafeTextBrowser::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A tall image: if it is laid out, the document is at least this tall.
    m_imagePath = m_dir->filePath(u"tall.png"_s);
    QImage image(20, 900, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(m_imagePath));
    m_secretPath = m_dir->filePath(u"secret.txt"_s);
    QFile secret(m_secretPath);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("p { color: red } /* the secret */");
}

void TestSafeTextBrowser::cleanup()
{
    m_dir.reset();
}

void TestSafeTextBrowser::rawImagesAreNeverLoaded()
{
    const QString html = u"<p>before</p><img src=\"%1\"><img src=\"%2\"><p>after</p>"_s
                             .arg(m_imagePath, QUrl::fromLocalFile(m_imagePath).toString());

    QTextBrowser plain;
    plain.resize(400, 300);
    plain.setHtml(html);
    plain.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plain));
    QVERIFY2(plain.document()->documentLayout()->documentSize().height() >= 900, "the control case lost its image");

    Gui::SafeTextBrowser browser;
    browser.resize(400, 300);
    browser.setHtml(html);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    browser.grab(); // paint: drawing an image must not load it either
    QVERIFY(browser.document()->documentLayout()->documentSize().height() < 900);
    QVERIFY(browser.toPlainText().contains(u"after"_s));
}

void TestSafeTextBrowser::resourceRequestsGetNothingEvenForLocalFiles()
{
    const QUrl secretUrl = QUrl::fromLocalFile(m_secretPath);
    const QUrl dataUrl(u"data:text/plain;base64,c2VjcmV0"_s); // "secret"

    QTextBrowser plain;
    QVERIFY(plain.document()->resource(QTextDocument::StyleSheetResource, secretUrl).toByteArray().contains("secret"));

    Gui::SafeTextBrowser browser;
    // Each refusal is logged: the reader never asks, so a request is a bug.
    for (int i = 0; i < 3; ++i) {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Refused to load a resource"_s));
    }
    const QVariant file = browser.document()->resource(QTextDocument::StyleSheetResource, secretUrl);
    QVERIFY(file.isValid()); // non-null: QTextDocument must not fall back to reading the file itself
    QVERIFY(file.toByteArray().isEmpty());
    QVERIFY(browser.document()->resource(QTextDocument::ImageResource, dataUrl).toByteArray().isEmpty());
    QCOMPARE(browser.requestedResources(), QList<QUrl>({secretUrl, dataUrl}));

    // A style sheet link in raw HTML is asked for, recorded, and gets nothing:
    // the text is not red as the file says.
    const QString html = u"<html><head><link rel=\"stylesheet\" type=\"text/css\" href=\"%1\"></head>"
                         "<body><p>text</p></body></html>"_s.arg(secretUrl.toString());
    const auto textColour = [](const QTextDocument *document) {
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.text() == u"text"_s) {
                return block.begin().fragment().charFormat().foreground().color();
            }
        }
        return QColor();
    };
    plain.setHtml(html);
    QCOMPARE(textColour(plain.document()), QColor(Qt::red));
    browser.setHtml(html);
    QVERIFY(browser.requestedResources().contains(secretUrl));
    QVERIFY(textColour(browser.document()) != QColor(Qt::red));
}

void TestSafeTextBrowser::linksAndSetSourceNeverNavigate()
{
    Gui::SafeTextBrowser browser;
    browser.resize(400, 300);
    const QUrl secretUrl = QUrl::fromLocalFile(m_secretPath);
    browser.setHtml(u"<p><a href=\"%1\">open the secret</a></p>"_s.arg(secretUrl.toString()));
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QSignalSpy clicked(&browser, &QTextBrowser::anchorClicked);

    QTextCursor cursor(browser.document());
    cursor.setPosition(4);
    QTest::mouseClick(browser.viewport(), Qt::LeftButton, {}, browser.cursorRect(cursor).center());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toUrl(), secretUrl);
    QTest::qWait(50);
    QCOMPARE(browser.toPlainText(), u"open the secret"_s);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Refused to navigate to"_s));
    browser.setSource(secretUrl);
    QCOMPARE(browser.toPlainText(), u"open the secret"_s);
    QVERIFY(browser.requestedResources().contains(secretUrl));
}

void TestSafeTextBrowser::hasNoSearchPathsAndOpensNoLinks()
{
    Gui::SafeTextBrowser browser;
    QVERIFY(browser.searchPaths().isEmpty());
    QVERIFY(!browser.openLinks());
    QVERIFY(!browser.openExternalLinks());
    QVERIFY(browser.isReadOnly());
}

QTEST_MAIN(TestSafeTextBrowser)
#include "tst_safetextbrowser.moc"
