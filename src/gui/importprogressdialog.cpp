#include "gui/importprogressdialog.h"

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>

namespace PaperShelf::Gui {

ImportProgressDialog::ImportProgressDialog(QWidget *parent)
    : QProgressDialog(parent)
{
    setObjectName(QStringLiteral("importProgressDialog"));
    // The label names the file being read; a file name is not markup.
    auto *label = new QLabel(this);
    label->setTextFormat(Qt::PlainText);
    setLabel(label);
    setRange(0, 0);
    setWindowModality(Qt::WindowModal);
    setMinimumDuration(300);
    setAutoClose(false);
    setAutoReset(false);
    retranslateUi();
}

void ImportProgressDialog::showProgress(int done, int total, const QString &path)
{
    m_done = done;
    m_total = total;
    m_path = path;
    setMaximum(total);
    setValue(done);
    retranslateUi();
}

void ImportProgressDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QProgressDialog::changeEvent(event);
}

void ImportProgressDialog::retranslateUi()
{
    setWindowTitle(tr("Importing Digests"));
    setCancelButtonText(tr("Cancel"));
    const QLocale locale;
    if (m_done < 0) {
        setLabelText(tr("Preparing the import…"));
    } else if (m_path.isEmpty()) {
        setLabelText(tr("Updating the search index…"));
    } else {
        setLabelText(tr("File %1 of %2: %3")
                         .arg(locale.toString(m_done + 1), locale.toString(m_total), QFileInfo(m_path).fileName()));
    }
}

} // namespace PaperShelf::Gui
