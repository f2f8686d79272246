#include "gui/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace PaperShelf::Gui {

QString LanguageManager::settingsKey()
{
    return QStringLiteral("ui/language");
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == QLatin1String("zh_CN")) {
        return QStringLiteral("简体中文");
    }
    if (language == QLatin1String("en")) {
        return QStringLiteral("English");
    }
    return QLocale(language).nativeLanguageName();
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

bool LanguageManager::setLanguage(const QString &language)
{
    m_language = language;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    removeTranslators();

    auto own = std::make_unique<QTranslator>(this);
    const bool translated = own->load(locale,
                                      QStringLiteral("papershelf"),
                                      QStringLiteral("_"),
                                      QStringLiteral(":/i18n"));
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (translated) {
        QLocale::setDefault(locale);
        m_effective = english ? QStringLiteral("en") : locale.name();
        m_ownTranslator = own.release();
        QCoreApplication::installTranslator(m_ownTranslator);
        auto qt = std::make_unique<QTranslator>(this);
        const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        // Debian ships Qt's catalogue for Chinese as qt_zh_CN.qm (there is no qtbase_zh_CN.qm).
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtPath)
            || qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), qtPath)) {
            m_qtTranslator = qt.release();
            QCoreApplication::installTranslator(m_qtTranslator);
        }
    } else {
        // English, or a language without a translation: an English interface, with
        // English dates and numbers rather than a mix of two languages.
        QLocale::setDefault(english ? locale : QLocale(QLocale::English, locale.territory()));
        m_effective = QStringLiteral("en");
    }
    if (!translated) {
        // Without a file of its own, a language gets English with its plural
        // forms ("1 paper", "2 papers"; papershelf_en holds nothing else).
        if (own->load(QStringLiteral("papershelf_en"), QStringLiteral(":/i18n"))) {
            m_ownTranslator = own.release();
            QCoreApplication::installTranslator(m_ownTranslator);
        }
    }
    // Installing or removing a translator already announces a change; the locale
    // alone does not, so announce it in any case (Qt merges the posted events).
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    Q_EMIT languageChanged(m_language);
    return translated || english;
}

void LanguageManager::removeTranslators()
{
    if (m_ownTranslator != nullptr) {
        QCoreApplication::removeTranslator(m_ownTranslator);
        delete m_ownTranslator;
        m_ownTranslator = nullptr;
    }
    if (m_qtTranslator != nullptr) {
        QCoreApplication::removeTranslator(m_qtTranslator);
        delete m_qtTranslator;
        m_qtTranslator = nullptr;
    }
}

} // namespace PaperShelf::Gui
