#pragma once

#include "core/review/reviewstore.h"
#include "gui/reviewqueuereader.h"

#include <QDockWidget>
#include <QList>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QTextEdit;
class QTreeView;

namespace PaperShelf::Gui {

class AnnotationController;
class ReviewCheckController;
class ReviewQueueModel;

/// Review mode (issue 6): a queue of machine Chinese segments, the English
/// source beside the machine text with its check findings, and the reviewer's
/// editor. Every action is a ReviewCommand on the annotation controller's undo
/// stack. The queue's segments are read ahead in chunks, so moving on after an
/// action shows the next segment from memory while the write runs behind.
///
/// The review shortcuts act while focus is in the dock (Ctrl+Return also opens
/// the paper in the gallery, which has its own focus); Review Mode works anywhere.
class ReviewDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDock)

public:
    /// Papers read ahead of the current queue position.
    static constexpr int PrefetchPapers = 60;

    explicit ReviewDock(AnnotationController *annotations, QWidget *parent = nullptr);
    ~ReviewDock() override;

    /// The Review menu (mode, actions, reviewer name); adds the mode action to `parent`.
    QMenu *createMenu(QWidget *parent);

    QAction *modeAction() const;

    /// Reads the queue again (a new library, other filters); deferred while hidden.
    void reload();

    /// The segment shown, 0 when none (tests, bench).
    qint64 currentSegmentId() const { return m_shownSegment; }

    /// The glossary whose terms are hinted when their English occurs in the source.
    // TODO(#6): read it through GlossaryStore::terms() once the glossary branch is merged.
    void setGlossary(const QList<Core::GlossaryTerm> &terms);

    /// Whom the review actions name (QSettings "review/reviewer", else $USER).
    QString reviewer() const;

    /// Brings the stored check findings of the open library up to date in the
    /// background (after opening, after an import); the queue reloads when done.
    void checkLibrary();

    /// The background check run (tests wait for it).
    ReviewCheckController *checks() const { return m_checks; }

Q_SIGNALS:
    /// Progress of background work, for the status bar.
    void statusMessage(const QString &message, int timeoutMs);
    /// Review work of these papers changed on disk (their progress may differ).
    void reviewChanged(const QList<qint64> &paperRowIds);
    /// A segment is shown in the detail (0: none).
    void segmentShown(qint64 segmentId);
    /// A queue read failed.
    void loadFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// What the detail says while it shows no segment.
    enum class Placeholder {
        LoadingQueue,
        LoadingSegment,
        NoMatch,
        ReadFailed,
    };

    void retranslateUi();
    void createActions();
    void createWidgets();
    Core::ReviewQueueFilter filter() const;
    void onQueueLoaded(int generation, const ReviewQueueReader::Queue &load);
    /// Reads the papers of the rows after `row` that are not loaded yet.
    void prefetch(int row);
    void onChunkLoaded(int generation, const ReviewQueueReader::Papers &chunk);
    void showRow(int row);
    /// Shows the current row's segment, its findings and state, and fills the editor with its text.
    void showDetail();
    /// All of showDetail() but the editor, which keeps what the reviewer typed (another language).
    void renderDetail(const Core::ReviewSegment &segment);
    void clearDetail(Placeholder placeholder, const QString &error = QString());
    QString placeholderText() const;
    void updateProgress();

    void approveAndNext();
    void flagAndNext();
    void revertToMachineText();
    void nextUnreviewed();
    void nextWithErrors();
    void step(int delta);
    void askReviewerName();
    /// Pushes the command for the shown segment; the queue shows `expected` until the write reports back.
    void act(int action, const QString &text, const Core::ReviewSegment &expected);
    void onApplied(const Core::ReviewSegment &segment, bool undone);

    AnnotationController *m_annotations;
    ReviewCheckController *m_checks = nullptr; ///< for the library it was made for
    ReviewQueueModel *m_model;
    QTreeView *m_queueView = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QComboBox *m_stateCombo = nullptr;
    QComboBox *m_checkCombo = nullptr;
    QComboBox *m_severityCombo = nullptr;
    QLineEdit *m_topicEdit = nullptr;
    QLineEdit *m_dateEdit = nullptr;
    QLineEdit *m_tagEdit = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QPlainTextEdit *m_sourceView = nullptr;
    QLabel *m_machineLabel = nullptr;
    QTextEdit *m_machineView = nullptr;
    QListWidget *m_findingsList = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_glossaryLabel = nullptr;
    QLabel *m_editorLabel = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPointer<QMenu> m_menu; ///< createMenu()'s, owned by its parent
    QAction *m_approveAction = nullptr;
    QAction *m_flagAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_nextUnreviewedAction = nullptr;
    QAction *m_nextErrorsAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_reviewerAction = nullptr;

    int m_generation = 0;       ///< of the last queue load; older answers are dropped
    bool m_focusEditor = false; ///< Review Mode was chosen: focus the editor when the queue is shown
    bool m_stale = true;        ///< the queue must be read when the dock shows
    int m_current = -1;         ///< queue row shown
    qint64 m_shownSegment = 0;
    Placeholder m_placeholder = Placeholder::LoadingQueue; ///< shown while m_shownSegment is 0
    QString m_readError;                                   ///< of Placeholder::ReadFailed
    QString m_editorBaseline;                              ///< the effective text the editor was filled with
    QSet<qint64> m_pendingPapers;                          ///< papers whose segments are being read
    QList<std::pair<QRegularExpression, Core::GlossaryTerm>> m_glossary; ///< whole-word, case-insensitive
};

} // namespace PaperShelf::Gui
