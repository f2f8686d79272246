#include "gui/noteseditor.h"

#include "gui/safetextbrowser.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace PaperShelf::Gui {

NotesEditor::NotesEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_errorBar = new QWidget(this);
    m_errorBar->setObjectName(QStringLiteral("notesErrorBar"));
    auto *errorLayout = new QHBoxLayout(m_errorBar);
    errorLayout->setContentsMargins(4, 2, 4, 2);
    m_errorLabel = new QLabel(m_errorBar);
    m_errorLabel->setObjectName(QStringLiteral("notesErrorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_retryButton = new QPushButton(m_errorBar);
    m_retryButton->setObjectName(QStringLiteral("notesRetryButton"));
    errorLayout->addWidget(m_errorLabel, 1);
    errorLayout->addWidget(m_retryButton);
    connect(m_retryButton, &QPushButton::clicked, this, &NotesEditor::retryRequested);
    m_errorBar->hide();
    layout->addWidget(m_errorBar);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("notesTabWidget"));
    m_tabs->setDocumentMode(true);
    m_editor = new QPlainTextEdit(m_tabs);
    m_editor->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    m_preview = new SafeTextBrowser(m_tabs);
    m_preview->setObjectName(QStringLiteral("notesPreviewBrowser"));
    m_tabs->addTab(m_editor, QString());
    m_tabs->addTab(m_preview, QString());
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_preview) {
            flush();
            updatePreview();
        }
    });

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(AutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &NotesEditor::flush);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this]() {
        // Not restarted by each keystroke: while typing goes on, a save every
        // AutosaveDelayMs, so a crash loses at most that much typing.
        if (!m_loading && m_paperId != 0 && !m_autosave.isActive()) {
            m_autosave.start();
        }
    });
    retranslateUi();
    setEnabled(false);
}

NotesEditor::~NotesEditor() = default;

void NotesEditor::retranslateUi()
{
    m_retryButton->setText(tr("&Retry"));
    m_editor->setPlaceholderText(tr("Your notes on this paper, in Markdown. They are saved as you type."));
    m_editor->setAccessibleName(tr("Notes"));
    m_preview->setAccessibleName(tr("Notes preview"));
    m_tabs->setAccessibleName(tr("Notes: edit or preview"));
    m_tabs->tabBar()->setAccessibleName(tr("Notes: edit or preview"));
    m_tabs->setTabText(m_tabs->indexOf(m_editor), tr("&Edit"));
    m_tabs->setTabText(m_tabs->indexOf(m_preview), tr("Pre&view"));
    if (m_saveError) {
        m_errorLabel->setText(
            tr("Your notes could not be saved: %1. They are kept here; retry when the problem is solved.")
                .arg(*m_saveError));
    }
}

void NotesEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void NotesEditor::setPaper(qint64 paperId, const QString &notes)
{
    if (paperId == m_paperId && hasUnsavedEdit()) {
        return; // a reload of the paper being typed in: keep the typing
    }
    flush();
    ++m_session;
    m_paperId = paperId;
    m_saved = notes;
    {
        const QScopedValueRollback<bool> loading(m_loading, true);
        m_editor->setPlainText(notes);
    }
    setEnabled(paperId != 0);
    if (isPreviewShown()) {
        updatePreview();
    }
}

void NotesEditor::clear()
{
    setPaper(0, QString());
}

void NotesEditor::showNotes(qint64 paperId, const QString &notes)
{
    if (paperId != m_paperId || notes == text()) {
        if (paperId == m_paperId) {
            m_saved = notes;
        }
        return;
    }
    m_autosave.stop();
    m_saved = notes;
    {
        const QScopedValueRollback<bool> loading(m_loading, true);
        m_editor->setPlainText(notes);
        m_editor->moveCursor(QTextCursor::End);
    }
    if (isPreviewShown()) {
        updatePreview();
    }
}

void NotesEditor::flush()
{
    m_autosave.stop();
    if (!hasUnsavedEdit()) {
        return;
    }
    const QString before = m_saved;
    m_saved = text();
    Q_EMIT notesEdited(m_paperId, before, m_saved, m_session);
}

QString NotesEditor::text() const
{
    return m_editor->toPlainText();
}

bool NotesEditor::hasUnsavedEdit() const
{
    return m_paperId != 0 && text() != m_saved;
}

void NotesEditor::setPreviewShown(bool shown)
{
    m_tabs->setCurrentWidget(shown ? static_cast<QWidget *>(m_preview) : m_editor);
}

bool NotesEditor::isPreviewShown() const
{
    return m_tabs->currentWidget() == m_preview;
}

void NotesEditor::showSaveError(const QString &message)
{
    m_saveError = message;
    retranslateUi();
    m_errorBar->show();
}

void NotesEditor::clearSaveError()
{
    m_saveError.reset();
    m_errorBar->hide();
}

bool NotesEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut) {
        flush();
        ++m_session; // the next stretch of typing is a new undo step
    }
    return QWidget::eventFilter(watched, event);
}

void NotesEditor::updatePreview()
{
    // The user's Markdown, without raw HTML; the browser loads no resource whatever it says.
    m_preview->document()->setMarkdown(text(),
                                       QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                       | QTextDocument::MarkdownNoHTML));
}

} // namespace PaperShelf::Gui
