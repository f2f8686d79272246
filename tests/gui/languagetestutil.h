#pragma once

#include "gui/languagemanager.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace PaperShelf::Tests {

/// Switches the interface language and delivers the LanguageChange events, so
/// that widgets have retranslated when this returns. Switches back to English
/// when it goes out of scope, also when a test fails half-way.
class LanguageSwitch final
{
public:
    LanguageSwitch() = default;

    ~LanguageSwitch() { switchTo(QStringLiteral("en")); }

    Q_DISABLE_COPY_MOVE(LanguageSwitch)

    bool switchTo(const QString &language)
    {
        const bool translated = m_languages.setLanguage(language);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        return translated;
    }

private:
    Gui::LanguageManager m_languages;
};

/// The widgets under `root` (itself included; hidden ones left out) that take focus but give
/// assistive technology no name, as "objectName (ClassName)".
inline QStringList unnamedFocusableWidgets(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    QStringList unnamed;
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget->focusPolicy() == Qt::NoFocus || (widget != root && !widget->isVisibleTo(root))) {
            continue;
        }
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
            unnamed.append(QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                         QString::fromLatin1(widget->metaObject()->className())));
        }
    }
    return unnamed;
}

} // namespace PaperShelf::Tests
