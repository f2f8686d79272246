#include "gui/arxivdifferencesdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace PaperShelf::Gui {

namespace {

QString fieldLabel(Core::ArxivField field)
{
    switch (field) {
    case Core::ArxivField::Title:
        return ArxivDifferencesDialog::tr("Title");
    case Core::ArxivField::Authors:
        return ArxivDifferencesDialog::tr("Authors");
    case Core::ArxivField::Abstract:
        return ArxivDifferencesDialog::tr("Abstract");
    }
    return QString();
}

QString useLabel(Core::ArxivField field)
{
    switch (field) {
    case Core::ArxivField::Title:
        return ArxivDifferencesDialog::tr("Use arXiv title");
    case Core::ArxivField::Authors:
        return ArxivDifferencesDialog::tr("Use arXiv authors");
    case Core::ArxivField::Abstract:
        return ArxivDifferencesDialog::tr("Use arXiv abstract");
    }
    return QString();
}

/// The accessible names of the two text views of a field.
QString digestViewName(Core::ArxivField field)
{
    switch (field) {
    case Core::ArxivField::Title:
        return ArxivDifferencesDialog::tr("Title in the digest");
    case Core::ArxivField::Authors:
        return ArxivDifferencesDialog::tr("Authors in the digest");
    case Core::ArxivField::Abstract:
        return ArxivDifferencesDialog::tr("Abstract in the digest");
    }
    return QString();
}

QString arxivViewName(Core::ArxivField field)
{
    switch (field) {
    case Core::ArxivField::Title:
        return ArxivDifferencesDialog::tr("Title on arXiv");
    case Core::ArxivField::Authors:
        return ArxivDifferencesDialog::tr("Authors on arXiv");
    case Core::ArxivField::Abstract:
        return ArxivDifferencesDialog::tr("Abstract on arXiv");
    }
    return QString();
}

// Untrusted text stays text: a read-only plain-text view, never rich text.
QPlainTextEdit *textView(const QString &text, Core::ArxivField field, const QString &objectName)
{
    auto *view = new QPlainTextEdit;
    view->setObjectName(objectName);
    view->setPlainText(text);
    view->setReadOnly(true);
    view->setTabChangesFocus(true);
    view->setMaximumHeight(field == Core::ArxivField::Abstract ? 160 : 60);
    return view;
}

QLabel *plainLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ArxivDifferencesDialog::ArxivDifferencesDialog(const QList<PaperDifferences> &papers, QWidget *parent)
    : QDialog(parent)
    , m_paperCount(static_cast<int>(papers.size()))
{
    resize(820, 560);
    auto *layout = new QVBoxLayout(this);
    m_introLabel = plainLabel();
    m_introLabel->setObjectName(QStringLiteral("introLabel"));
    m_introLabel->setWordWrap(true);
    layout->addWidget(m_introLabel);

    // Widgets are made in reading order, which makes the focus chain follow it.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    for (const PaperDifferences &paper : papers) {
        Group group{paper.paperId, paper.title, new QGroupBox, plainLabel(), plainLabel()};
        group.box->setObjectName(QStringLiteral("paperGroupBox_%1").arg(paper.paperId));
        auto *grid = new QGridLayout(group.box);
        grid->addWidget(group.digestLabel, 0, 1);
        grid->addWidget(group.arxivLabel, 0, 2);
        int line = 1;
        for (const Core::ArxivDifference &difference : paper.differences) {
            const QString field = Core::arxivFieldName(difference.field);
            Row row{paper.paperRowId, paper.paperId, difference};
            row.fieldLabel = plainLabel();
            row.fieldLabel->setWordWrap(true);
            row.digestView = textView(difference.digestText,
                                      difference.field,
                                      QStringLiteral("digestTextEdit_%1_%2").arg(paper.paperId, field));
            row.arxivView = textView(difference.arxivText,
                                     difference.field,
                                     QStringLiteral("arxivTextEdit_%1_%2").arg(paper.paperId, field));
            row.checkBox = new QCheckBox;
            row.checkBox->setObjectName(checkBoxName(paper.paperId, difference.field));
            grid->addWidget(row.fieldLabel, line, 0, Qt::AlignTop);
            grid->addWidget(row.digestView, line, 1);
            grid->addWidget(row.arxivView, line, 2);
            grid->addWidget(row.checkBox, line + 1, 2);
            m_rows.append(row);
            line += 2;
        }
        grid->setColumnStretch(1, 1);
        grid->setColumnStretch(2, 1);
        contentLayout->addWidget(group.box);
        m_groups.append(group);
    }
    contentLayout->addStretch();
    m_scrollArea = new QScrollArea;
    m_scrollArea->setObjectName(QStringLiteral("differencesScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setWidget(content);
    layout->addWidget(m_scrollArea, 1);

    auto *buttons = new QDialogButtonBox;
    buttons->setObjectName(QStringLiteral("buttonBox"));
    // Not the standard Apply button: QDialogButtonBox would reset its text to
    // "Apply" on a language change, after this dialog's retranslateUi(). Added
    // before Close, so Tab reaches it first, as it reads.
    m_applyButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    retranslateUi();
}

ArxivDifferencesDialog::~ArxivDifferencesDialog() = default;

void ArxivDifferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ArxivDifferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Differences with arXiv"));
    m_introLabel->setText(tr("arXiv describes %Ln paper(s) differently from the digest. Nothing changes unless "
                             "you tick a field and press Apply.",
                             nullptr,
                             m_paperCount));
    m_scrollArea->setAccessibleName(tr("Differences"));
    for (const Group &group : std::as_const(m_groups)) {
        // QGroupBox titles are plain text.
        group.box->setTitle(group.title.isEmpty() ? group.paperId : tr("%1 — %2").arg(group.paperId, group.title));
        group.digestLabel->setText(tr("Digest"));
        group.arxivLabel->setText(tr("arXiv"));
    }
    for (const Row &row : std::as_const(m_rows)) {
        row.fieldLabel->setText(fieldLabel(row.difference.field));
        row.digestView->setAccessibleName(digestViewName(row.difference.field));
        row.arxivView->setAccessibleName(arxivViewName(row.difference.field));
        row.checkBox->setText(useLabel(row.difference.field));
    }
    m_applyButton->setText(tr("Apply Chosen Fields"));
}

QString ArxivDifferencesDialog::checkBoxName(const QString &paperId, Core::ArxivField field)
{
    return QStringLiteral("useArxivCheckBox_%1_%2").arg(paperId, Core::arxivFieldName(field));
}

QList<PaperDifferences> ArxivDifferencesDialog::chosen() const
{
    QList<PaperDifferences> papers;
    for (const Row &row : m_rows) {
        if (!row.checkBox->isChecked()) {
            continue;
        }
        if (papers.isEmpty() || papers.last().paperRowId != row.paperRowId) {
            papers.append({row.paperRowId, row.paperId, QString(), {}});
        }
        papers.last().differences.append(row.difference);
    }
    return papers;
}

} // namespace PaperShelf::Gui
