#include "gui/importurldialog.h"
#include "ui_importurldialog.h"

#include <QEvent>
#include <QPushButton>

namespace PaperShelf::Gui {

ImportUrlDialog::ImportUrlDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportUrlDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->urlsTextEdit, &QPlainTextEdit::textChanged, this, &ImportUrlDialog::validate);
    retranslateUi();
}

ImportUrlDialog::~ImportUrlDialog() = default;

void ImportUrlDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ImportUrlDialog::retranslateUi()
{
    validate(); // the problem line is the only text set in code
}

QList<QUrl> ImportUrlDialog::parseUrls(const QString &text, QStringList *invalid)
{
    QList<QUrl> urls;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const QUrl url(line, QUrl::StrictMode);
        const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
        if (url.isValid() && web && !url.host().isEmpty()) {
            urls.append(url);
        } else if (invalid) {
            invalid->append(line);
        }
    }
    return urls;
}

QList<QUrl> ImportUrlDialog::urls() const
{
    return parseUrls(m_ui->urlsTextEdit->toPlainText(), nullptr);
}

void ImportUrlDialog::setText(const QString &text)
{
    m_ui->urlsTextEdit->setPlainText(text);
}

void ImportUrlDialog::validate()
{
    QStringList invalid;
    const QList<QUrl> urls = parseUrls(m_ui->urlsTextEdit->toPlainText(), &invalid);
    m_ui->problemLabel->setText(invalid.isEmpty() ? QString() : tr("Not an http(s) URL: %1").arg(invalid.first()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!urls.isEmpty() && invalid.isEmpty());
}

} // namespace PaperShelf::Gui
