#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace PaperShelf::Gui {

/// The interface language: installs PaperShelf's translation (embedded under
/// :/i18n) and Qt's own one for the chosen language, and makes it the default
/// QLocale, so dates, numbers and sorting follow it. Switching at runtime makes
/// Qt send QEvent::LanguageChange to every widget; each widget with code-set
/// text retranslates itself in changeEvent().
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    /// The QSettings key that holds the chosen language ("" = the system's).
    static QString settingsKey();
    /// The languages the interface is translated into, as locale names ("en", "zh_CN").
    static QStringList availableLanguages();
    /// A language's own name ("English", "简体中文"), for the Preferences list.
    static QString nativeName(const QString &language);

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// Switches to `language` (a locale name; empty: the system's language).
    /// Returns false when PaperShelf has no translation for it (English is then used).
    bool setLanguage(const QString &language);

    /// The language last asked for ("" = the system's).
    QString language() const { return m_language; }

    /// The locale in effect after the last setLanguage().
    QString effectiveLocaleName() const { return m_effective; }

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QTranslator *m_qtTranslator = nullptr;
    QTranslator *m_ownTranslator = nullptr;
    QString m_language;
    QString m_effective = QStringLiteral("en");
};

} // namespace PaperShelf::Gui
