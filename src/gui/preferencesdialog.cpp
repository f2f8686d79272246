#include "gui/preferencesdialog.h"
#include "ui_preferencesdialog.h"

#include "gui/languagemanager.h"

#include <QLocale>
#include <QPushButton>
#include <QSettings>

namespace PaperShelf::Gui {

QString PreferencesDialog::reviewerKey()
{
    return QStringLiteral("review/reviewer");
}

PreferencesDialog::PreferencesDialog(LanguageManager *languages, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_languages(languages)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("preferencesDialog"));
    // Languages are listed in their own names, whatever the interface language.
    m_ui->languageComboBox->addItem(QString(), QString());
    const QStringList languageCodes = LanguageManager::availableLanguages();
    for (const QString &language : languageCodes) {
        m_ui->languageComboBox->addItem(LanguageManager::nativeName(language), language);
    }
    const int current = m_ui->languageComboBox->findData(m_languages->language());
    m_ui->languageComboBox->setCurrentIndex(qMax(current, 0));
    m_ui->reviewerLineEdit->setText(QSettings().value(reviewerKey()).toString());
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    m_ui->reviewerLineEdit->setPlaceholderText(user);

    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this]() {
        apply();
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::chosenLanguage() const
{
    return m_ui->languageComboBox->currentData().toString();
}

void PreferencesDialog::apply()
{
    QSettings settings;
    const QString reviewer = m_ui->reviewerLineEdit->text().trimmed();
    if (reviewer.isEmpty()) {
        settings.remove(reviewerKey());
    } else {
        settings.setValue(reviewerKey(), reviewer);
    }
    const QString language = chosenLanguage();
    settings.setValue(LanguageManager::settingsKey(), language);
    if (language != m_languages->language()) {
        m_languages->setLanguage(language);
    }
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    const QLocale system = QLocale::system();
    const QString systemLanguage = LanguageManager::availableLanguages().contains(system.name())
                                     ? LanguageManager::nativeName(system.name())
                                     : LanguageManager::nativeName(QStringLiteral("en"));
    m_ui->languageComboBox->setItemText(0, tr("System default (%1)").arg(systemLanguage));
}

} // namespace PaperShelf::Gui
