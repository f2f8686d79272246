#include "gui/addtagdialog.h"
#include "ui_addtagdialog.h"

#include "core/db/paperwriter.h"

#include <QCompleter>
#include <QEvent>
#include <QPushButton>
#include <QStringListModel>

namespace PaperShelf::Gui {

AddTagDialog::AddTagDialog(Mode mode, int paperCount, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddTagDialog>())
    , m_mode(mode)
    , m_paperCount(paperCount)
    , m_names(new QStringListModel(this))
    , m_completer(new QCompleter(m_names, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("addTagDialog"));

    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    m_ui->tagLineEdit->setCompleter(m_completer);

    connect(m_ui->tagLineEdit, &QLineEdit::textChanged, this, &AddTagDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

AddTagDialog::~AddTagDialog() = default;

void AddTagDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void AddTagDialog::retranslateUi()
{
    // Two strings rather than "%Ln Paper(s)": English has no plural forms file.
    if (m_mode == Mode::Add) {
        setWindowTitle(m_paperCount == 1 ? tr("Add Tag to One Paper")
                                         : tr("Add Tag to %Ln Papers", nullptr, m_paperCount));
    } else {
        setWindowTitle(m_paperCount == 1 ? tr("Remove Tag from One Paper")
                                         : tr("Remove Tag from %Ln Papers", nullptr, m_paperCount));
    }
    updateState(); // the hint
}

void AddTagDialog::setExistingTags(const QList<Core::UserTag> &tags)
{
    m_tags = tags;
    QStringList names;
    names.reserve(tags.size());
    for (const Core::UserTag &tag : tags) {
        names.append(tag.name);
    }
    names.sort(Qt::CaseInsensitive);
    m_names->setStringList(names);
    updateState();
}

QString AddTagDialog::existingName(const QString &text) const
{
    const QString norm = Core::PaperWriter::normalizedTagName(text);
    for (const Core::UserTag &tag : m_tags) {
        if (Core::PaperWriter::normalizedTagName(tag.name) == norm) {
            return tag.name;
        }
    }
    return QString();
}

QString AddTagDialog::tagName() const
{
    const QString text = m_ui->tagLineEdit->text().simplified();
    if (text.isEmpty()) {
        return QString();
    }
    const QString existing = existingName(text);
    if (!existing.isEmpty()) {
        return existing;
    }
    return m_mode == Mode::Add ? text : QString();
}

void AddTagDialog::updateState()
{
    const QString text = m_ui->tagLineEdit->text().simplified();
    const bool known = !text.isEmpty() && !existingName(text).isEmpty();
    QString hint;
    if (m_mode == Mode::Add) {
        if (!text.isEmpty() && !known) {
            hint = tr("A new tag “%1” will be created.").arg(text);
        }
    } else if (m_tags.isEmpty()) {
        hint = tr("The selected papers carry none of your tags.");
    } else if (!text.isEmpty() && !known) {
        hint = tr("None of the selected papers carries “%1”.").arg(text);
    }
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setVisible(!hint.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!tagName().isEmpty());
}

} // namespace PaperShelf::Gui
