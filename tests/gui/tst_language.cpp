#include "core/db/database.h"
#include "core/import/importer.h"
#include "gui/fontfallback.h"
#include "gui/languagemanager.h"
#include "gui/mainwindow.h"
#include "gui/papertablemodel.h"
#include "gui/preferencesdialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextLayout>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace PaperShelf;

namespace {

// Lets the posted LanguageChange events reach every widget.
void deliverLanguageChange()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

QString menuTitle(const Gui::MainWindow &window, const QString &objectName)
{
    const auto *menu = window.findChild<QMenu *>(objectName);
    return menu ? menu->title() : QString();
}

QString tagGroupTitle(const Gui::MainWindow &window, int row)
{
    const auto *tree = window.findChild<QTreeView *>(QStringLiteral("tagTreeView"));
    return tree ? tree->model()->index(row, 0).data().toString() : QString();
}

// A widget's name as assistive technology reads it.
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Name) : QString();
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

// Labels and buttons inside `root` whose text does not fit their size; `checked`
// counts the visible ones looked at.
QStringList clippedTexts(QWidget *root, int *checked)
{
    QStringList clipped;
    *checked = 0;
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisibleTo(root) || label->text().isEmpty() || !label->pixmap().isNull()) {
            continue;
        }
        ++*checked;
        const bool fits = label->wordWrap() ? label->heightForWidth(label->width()) <= label->height()
                                            : label->sizeHint().width() <= label->width();
        if (!fits) {
            clipped.append(
                QStringLiteral("%1: %2 (%3×%4, needs %5×%6)")
                    .arg(describe(label), label->text())
                    .arg(label->width())
                    .arg(label->height())
                    .arg(label->sizeHint().width())
                    .arg(label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height()));
        }
    }
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (!button->isVisibleTo(root) || button->text().isEmpty()) {
            continue;
        }
        ++*checked;
        if (button->sizeHint().width() > button->width()) {
            clipped.append(QStringLiteral("%1: %2 (%3 wide, needs %4)")
                               .arg(describe(button), button->text())
                               .arg(button->width())
                               .arg(button->sizeHint().width()));
        }
    }
    return clipped;
}

// Focusable widgets inside `root` that assistive technology cannot name.
QStringList unnamedFocusableWidgets(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(root) || !widget->isEnabled()) {
            continue;
        }
        if (accessibleName(widget).trimmed().isEmpty()) {
            unnamed.append(describe(widget));
        }
    }
    return unnamed;
}

} // namespace

/// The interface language: the embedded translations, the runtime switch, and
/// what a Chinese interface must not break (elided labels, accessible names).
class TestLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void chineseTranslationIsEmbedded();
    void englishRemovesTheTranslation();
    void qtOwnDialogsAreTranslated();
    void preferencesSwitchTheMainWindowAtRuntime();
    void noLabelIsClippedInChinese();
    void preferencesDialogFitsInChinese();
    void focusableWidgetsHaveAccessibleNames();
    void chineseRendersWithACjkFont();
    void pluralsAndNumbersFollowTheLanguage();

private:
    std::unique_ptr<Gui::MainWindow> openWindow(Gui::LanguageManager *languages);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
};

void TestLanguage::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = m_dir->filePath(QStringLiteral("language.papershelf"));
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(m_library);
    QVERIFY(db);
    Core::Importer importer(**db);
    const Core::ImportReport report = importer.importPaths({QStringLiteral(PAPERSHELF_TEST_DATA "/cli")});
    QVERIFY(report.papersAdded > 0);
}

void TestLanguage::cleanup()
{
    Gui::LanguageManager english;
    english.setLanguage(QStringLiteral("en"));
    deliverLanguageChange();
    m_dir.reset();
}

std::unique_ptr<Gui::MainWindow> TestLanguage::openWindow(Gui::LanguageManager *languages)
{
    auto window = std::make_unique<Gui::MainWindow>(m_library, languages);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        qWarning("window not exposed");
    }
    const bool loaded = QTest::qWaitFor(
        [&window]() {
        return window->paperModel()->rowCount() > 0 && !window->paperModel()->isLoading();
        },
        10'000);
    if (!loaded) {
        qWarning("rows did not load");
    }
    QTest::qWait(100);
    return window;
}

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

void TestLanguage::preferencesSwitchTheMainWindowAtRuntime()
{
    Gui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    std::unique_ptr<Gui::MainWindow> window = openWindow(&languages);
    auto *table = window->findChild<QTableView *>(QStringLiteral("paperTableView"));
    const auto header = [&table]() {
        return table->model()->headerData(Gui::PaperTableModel::TitleColumn, Qt::Horizontal).toString();
    };
    QCOMPARE(menuTitle(*window, QStringLiteral("fileMenu")), QStringLiteral("&File"));
    QCOMPARE(header(), QStringLiteral("Title"));
    QVERIFY2(tagGroupTitle(*window, 0).startsWith(QStringLiteral("Topics")), qPrintable(tagGroupTitle(*window, 0)));
    const QString englishCount = window->findChild<QLabel *>(QStringLiteral("paperCountLabel"))->text();
    QVERIFY2(englishCount.contains(QStringLiteral("paper")), qPrintable(englishCount));

    // Edit → Preferences: pick Chinese and apply; nothing is reopened.
    Gui::PreferencesDialog preferences(&languages, window.get());
    auto *combo = preferences.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
    QCOMPARE(combo->currentText(), QStringLiteral("简体中文"));
    preferences.apply();
    deliverLanguageChange();
    QCOMPARE(QSettings().value(Gui::LanguageManager::settingsKey()).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(menuTitle(*window, QStringLiteral("fileMenu")), QStringLiteral("文件(&F)"));
    QCOMPARE(menuTitle(*window, QStringLiteral("editMenu")), QStringLiteral("编辑(&E)"));
    QCOMPARE(header(), QStringLiteral("标题"));
    QVERIFY2(tagGroupTitle(*window, 0).startsWith(QStringLiteral("主题")), qPrintable(tagGroupTitle(*window, 0)));
    const QString chineseCount = window->findChild<QLabel *>(QStringLiteral("paperCountLabel"))->text();
    QVERIFY2(chineseCount.contains(QStringLiteral("篇论文")), qPrintable(chineseCount));
    QCOMPARE(combo->itemText(0).startsWith(QStringLiteral("跟随系统")), true);

    // And back, the same way.
    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    preferences.apply();
    deliverLanguageChange();
    QCOMPARE(menuTitle(*window, QStringLiteral("fileMenu")), QStringLiteral("&File"));
    QCOMPARE(header(), QStringLiteral("Title"));
    QVERIFY(tagGroupTitle(*window, 0).startsWith(QStringLiteral("Topics")));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("paperCountLabel"))->text(), englishCount);
}

void TestLanguage::noLabelIsClippedInChinese()
{
    Gui::LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    std::unique_ptr<Gui::MainWindow> window = openWindow(&languages);
    deliverLanguageChange();
    QTest::qWait(50);
    int checked = 0;
    const QStringList clipped = clippedTexts(window.get(), &checked);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    QVERIFY2(checked >= 10, qPrintable(QString::number(checked))); // the window's labels and buttons were looked at

    // Switched to English, controls sized for the Chinese texts grow with the English ones
    // (in a window of a common size: the offscreen screen is narrower than most).
    window->resize(1280, 800);
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    deliverLanguageChange();
    QTest::qWait(50);
    for (const QString &name : {QStringLiteral("statusComboBox"), QStringLiteral("ratingComboBox")}) {
        auto *box = window->findChild<QComboBox *>(name);
        QVERIFY(box);
        // The text plus the arrow and frames (the size hint itself may be stale).
        const int needed = box->fontMetrics().horizontalAdvance(box->currentText()) + 24;
        QVERIFY2(box->width() >= needed,
                 qPrintable(QStringLiteral("%1: %2 < %3").arg(name).arg(box->width()).arg(needed)));
    }
    const QStringList clippedInEnglish = clippedTexts(window.get(), &checked);
    QVERIFY2(clippedInEnglish.isEmpty(), qPrintable(clippedInEnglish.join(QLatin1Char('\n'))));
}

void TestLanguage::preferencesDialogFitsInChinese()
{
    Gui::LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    deliverLanguageChange();
    Gui::PreferencesDialog preferences(&languages);
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    QCOMPARE(preferences.windowTitle(), QStringLiteral("首选项"));
    int checked = 0;
    const QStringList clipped = clippedTexts(&preferences, &checked);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    QVERIFY(checked >= 6); // three labels, three buttons
    const QStringList unnamed = unnamedFocusableWidgets(&preferences);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    // Focus starts on the language list and moves on to the reviewer name.
    QCOMPARE(preferences.focusWidget(), preferences.findChild<QComboBox *>(QStringLiteral("languageComboBox")));
    QWidget *next = preferences.findChild<QComboBox *>(QStringLiteral("languageComboBox"))->nextInFocusChain();
    while (next->focusPolicy() == Qt::NoFocus) {
        next = next->nextInFocusChain();
    }
    QCOMPARE(next->objectName(), QStringLiteral("reviewerLineEdit"));
}

void TestLanguage::focusableWidgetsHaveAccessibleNames()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Gui::LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        std::unique_ptr<Gui::MainWindow> window = openWindow(&languages);
        deliverLanguageChange();
        const QStringList unnamed = unnamedFocusableWidgets(window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(language + QLatin1Char('\n') + unnamed.join(QLatin1Char('\n'))));
    }
}

void TestLanguage::chineseRendersWithACjkFont()
{
    const QStringList cjk = Gui::FontFallback::cjkFamilies();
    if (cjk.isEmpty()) {
        QSKIP("no CJK font installed (Debian: fonts-noto-cjk)");
    }
    const QFont font = Gui::FontFallback::withCjkFallback(QFont(QStringLiteral("DejaVu Sans"), 10));
    QCOMPARE(font.families().value(0), QStringLiteral("DejaVu Sans"));
    QVERIFY(font.families().contains(cjk.first()));

    // The Han characters come from the Chinese font; the Latin ones stay in the UI font.
    QTextLayout layout(QStringLiteral("Diffusion 扩散模型"), font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QStringList families;
    const QList<QGlyphRun> runs = layout.glyphRuns();
    for (const QGlyphRun &run : runs) {
        families.append(run.rawFont().familyName());
    }
    QVERIFY2(families.contains(cjk.first()), qPrintable(families.join(QLatin1String(", "))));
    QVERIFY2(families.contains(QStringLiteral("DejaVu Sans")), qPrintable(families.join(QLatin1String(", "))));
    QVERIFY(Gui::FontFallback::lineHeight(font) >= QFontMetrics(QFont(QStringLiteral("DejaVu Sans"), 10)).height());
}

void TestLanguage::pluralsAndNumbersFollowTheLanguage()
{
    const auto papers = [](int n) {
        return QCoreApplication::translate("PaperShelf::Gui::MainWindow", "%Ln paper(s)", nullptr, n);
    };
    Gui::LanguageManager languages;
    // English has its plural forms (papershelf_en), and counts use the locale's digit grouping.
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QCOMPARE(papers(1), QStringLiteral("1 paper"));
    QCOMPARE(papers(12345), QStringLiteral("12,345 papers"));
    // So does a language PaperShelf has no translation for.
    QVERIFY(!languages.setLanguage(QStringLiteral("fr_FR")));
    QCOMPARE(papers(2), QStringLiteral("2 papers"));
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(papers(1), QStringLiteral("1 篇论文"));
    QCOMPARE(papers(12345), QStringLiteral("12,345 篇论文"));
    QCOMPARE(QLocale().toString(QDate(2024, 2, 1), QLocale::ShortFormat), QStringLiteral("2024/2/1"));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
