#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace PaperShelf::Gui {

class LanguageManager;

/// Edit → Preferences: the interface language (applied at once, no restart) and
/// the reviewer name that review actions record. Saved in QSettings on OK or Apply.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    /// The QSettings key of the reviewer name (shared with the Review menu).
    static QString reviewerKey();

    explicit PreferencesDialog(LanguageManager *languages, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// The language chosen in the list ("" = the system's).
    QString chosenLanguage() const;
    /// Applies and saves the choices (what OK and Apply do).
    void apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    LanguageManager *m_languages = nullptr;
};

} // namespace PaperShelf::Gui
