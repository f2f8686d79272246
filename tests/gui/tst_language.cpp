#include "gui/languagemanager.h"

#include <QApplication>
#include <QLocale>
#include <QtTest>

using namespace PaperShelf;

/// The interface language: the embedded translations, the runtime switch, and
/// what a Chinese interface must not break (elided labels, accessible names).
class TestLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseTranslationIsEmbedded();
    void englishRemovesTheTranslation();
    void qtOwnDialogsAreTranslated();
};

void TestLanguage::chineseTranslationIsEmbedded()
{
    Gui::LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(languages.effectiveLocaleName(), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate("PaperShelf::Gui::MainWindow", "The library could not be read: %1"),
             QStringLiteral("无法读取文库：%1"));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
}

void TestLanguage::englishRemovesTheTranslation()
{
    Gui::LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("PaperShelf::Gui::MainWindow", "The library could not be read: %1"),
             QStringLiteral("The library could not be read: %1"));
    QCOMPARE(QLocale().language(), QLocale::English);
    // A language without a translation falls back to English, formats included.
    QVERIFY(!languages.setLanguage(QStringLiteral("fr_FR")));
    QCOMPARE(languages.effectiveLocaleName(), QStringLiteral("en"));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestLanguage::qtOwnDialogsAreTranslated()
{
    Gui::LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
