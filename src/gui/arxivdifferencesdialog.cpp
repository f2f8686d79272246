#include "gui/arxivdifferencesdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
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

// Untrusted text stays text: a read-only plain-text view, never rich text.
QPlainTextEdit *textView(const QString &text,
                         Core::ArxivField field,
                         const QString &objectName,
                         const QString &accessibleName)
{
    auto *view = new QPlainTextEdit;
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setPlainText(text);
    view->setReadOnly(true);
    view->setTabChangesFocus(true);
    view->setMaximumHeight(field == Core::ArxivField::Abstract ? 160 : 60);
    return view;
}

QLabel *plainLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ArxivDifferencesDialog::ArxivDifferencesDialog(const QList<PaperDifferences> &papers, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Differences with arXiv"));
    resize(820, 560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = plainLabel(tr("arXiv describes %n paper(s) differently from the digest. Nothing changes unless "
                                "you tick a field and press Apply.",
                                nullptr,
                                static_cast<int>(papers.size())));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    for (const PaperDifferences &paper : papers) {
        // QGroupBox titles are plain text.
        auto *group = new QGroupBox(paper.title.isEmpty() ? paper.paperId
                                                          : tr("%1 — %2").arg(paper.paperId, paper.title));
        group->setObjectName(QStringLiteral("paperGroupBox_%1").arg(paper.paperId));
        auto *grid = new QGridLayout(group);
        grid->addWidget(plainLabel(tr("Digest")), 0, 1);
        grid->addWidget(plainLabel(tr("arXiv")), 0, 2);
        int line = 1;
        for (const Core::ArxivDifference &difference : paper.differences) {
            const QString field = Core::arxivFieldName(difference.field);
            grid->addWidget(plainLabel(fieldLabel(difference.field)), line, 0, Qt::AlignTop);
            grid->addWidget(textView(difference.digestText,
                                     difference.field,
                                     QStringLiteral("digestTextEdit_%1_%2").arg(paper.paperId, field),
                                     tr("Digest %1").arg(fieldLabel(difference.field))),
                            line,
                            1);
            grid->addWidget(textView(difference.arxivText,
                                     difference.field,
                                     QStringLiteral("arxivTextEdit_%1_%2").arg(paper.paperId, field),
                                     tr("arXiv %1").arg(fieldLabel(difference.field))),
                            line,
                            2);
            auto *checkBox = new QCheckBox(useLabel(difference.field));
            checkBox->setObjectName(checkBoxName(paper.paperId, difference.field));
            grid->addWidget(checkBox, line + 1, 2);
            m_rows.append({paper.paperRowId, paper.paperId, difference, checkBox});
            line += 2;
        }
        grid->setColumnStretch(1, 1);
        grid->setColumnStretch(2, 1);
        contentLayout->addWidget(group);
    }
    contentLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("differencesScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Apply)->setText(tr("Apply Chosen Fields"));
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

ArxivDifferencesDialog::~ArxivDifferencesDialog() = default;

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
