#pragma once

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace PaperShelf::Gui {

class SafeTextBrowser;

/// The Markdown notes of the current paper: an Edit tab (plain text) and a
/// Preview tab (rendered through SafeTextBrowser, so a note can no more load a
/// file or a URL than a digest can).
///
/// Saving is automatic: notesEdited() is emitted AutosaveDelayMs after the
/// first unsaved keystroke (so every AutosaveDelayMs while typing goes on), and
/// at once when the editor loses focus, when another paper is shown and when
/// the window closes (flush()). A kill loses at most the last AutosaveDelayMs
/// of typing. Each stretch of editing one paper (until
/// focus leaves or the paper changes) is one session, for the undo stack.
class NotesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesEditor)

public:
    static constexpr int AutosaveDelayMs = 800;

    explicit NotesEditor(QWidget *parent = nullptr);
    ~NotesEditor() override;

    /// Shows the notes of `paperId` (saving the previous paper's pending edit first).
    void setPaper(qint64 paperId, const QString &notes);
    /// No paper: saves what is pending, then shows nothing.
    void clear();

    qint64 paperId() const { return m_paperId; }

    /// Undo or redo changed a paper's notes: shown if it is this paper.
    void showNotes(qint64 paperId, const QString &notes);
    /// Emits notesEdited() now for anything typed and not yet saved.
    void flush();

    QString text() const;
    bool hasUnsavedEdit() const;
    void setPreviewShown(bool shown);
    bool isPreviewShown() const;
    /// A save failed: says so above the editor, with a Retry button (the text stays).
    void showSaveError(const QString &message);
    void clearSaveError();

    QPlainTextEdit *editor() const { return m_editor; }

Q_SIGNALS:
    /// The notes of `paperId` went from `before` to `after` (the last saved text).
    void notesEdited(qint64 paperId, const QString &before, const QString &after, int session);
    void retryRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePreview();

    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    SafeTextBrowser *m_preview = nullptr;
    QWidget *m_errorBar = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_retryButton = nullptr;
    std::optional<QString> m_saveError; ///< the message of the failed save shown
    QTimer m_autosave;
    qint64 m_paperId = 0;
    QString m_saved; ///< the text as last saved (or loaded)
    int m_session = 0;
    bool m_loading = false;
};

} // namespace PaperShelf::Gui
