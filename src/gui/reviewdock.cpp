#include "gui/reviewdock.h"

#include "core/digest/digestentry.h"
#include "core/review/glossarystore.h"
#include "core/review/reviewchecker.h"
#include "gui/annotationclient.h"
#include "gui/annotationcontroller.h"
#include "gui/flowlayout.h"
#include "gui/inputdialog.h"
#include "gui/plaintext.h"
#include "gui/reviewcheckcontroller.h"
#include "gui/reviewcommand.h"
#include "gui/reviewqueuemodel.h"
#include "gui/reviewqueuereader.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QTextCursor>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace PaperShelf::Gui {

using Core::Result;
using Core::ReviewSegment;
using Core::ReviewState;
using Core::Severity;

namespace {

const QString ReviewerKey = QStringLiteral("review/reviewer");

/// Papers read per chunk.
constexpr int ChunkPapers = 30;

/// The distinct papers of `rows` from `first` on, in order, at most `limit`, skipping `skip`.
QList<qint64> papersFrom(const ReviewQueueModel &model, int first, int limit, const std::function<bool(qint64)> &skip)
{
    QList<qint64> papers;
    for (int row = std::max(first, 0); row < model.rowCount() && papers.size() < limit; ++row) {
        const qint64 paper = model.row(row).paperRowId;
        if (!papers.contains(paper) && !skip(paper)) {
            papers.append(paper);
        }
    }
    return papers;
}

QString withShortcut(const QAction *action)
{
    const QString text = action->text().remove(QLatin1Char('&'));
    if (action->shortcut().isEmpty()) {
        return text;
    }
    return ReviewDock::tr("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText));
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return ReviewDock::tr("ℹ Info");
    case Severity::Warning:
        return ReviewDock::tr("⚠ Warning");
    case Severity::Error:
        return ReviewDock::tr("✖ Error");
    }
    return {};
}

/// Check explanations come in English and Chinese; the UI language picks one.
QString explanation(const Core::CheckInfo &info)
{
    return QLocale().language() == QLocale::Chinese ? info.explanationZh : info.explanationEn;
}

} // namespace

ReviewDock::ReviewDock(AnnotationController *annotations, QWidget *parent)
    : QDockWidget(parent)
    , m_annotations(annotations)
    , m_model(new ReviewQueueModel(this))
{
    setObjectName(QStringLiteral("reviewDock"));
    createActions();
    createWidgets();
    toggleViewAction()->setObjectName(QStringLiteral("reviewModeAction"));
    toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(toggleViewAction(), &QAction::triggered, this, [this](bool on) {
        if (on) {
            raise();
            m_focusEditor = true; // once the queue is there: the editor is disabled until then
            if (m_shownSegment != 0) {
                m_editor->setFocus();
            }
        }
    });
    retranslateUi();
    clearDetail(Placeholder::LoadingQueue);
}

ReviewDock::~ReviewDock() = default;

void ReviewDock::retranslateUi()
{
    setWindowTitle(tr("Review")); // QDockWidget names its toggle action after it: name that again below
    toggleViewAction()->setText(tr("Review &Mode"));
    m_approveAction->setText(tr("&Approve and Next"));
    m_approveAction->setStatusTip(tr("Approve the segment (or store your correction) and show the next one"));
    m_flagAction->setText(tr("&Flag…"));
    m_revertAction->setText(tr("&Revert to Machine Text"));
    m_nextUnreviewedAction->setText(tr("Next &Unreviewed"));
    m_nextErrorsAction->setText(tr("Next with &Errors"));
    m_previousAction->setText(tr("&Previous Segment"));
    m_nextAction->setText(tr("&Next Segment"));
    for (QAction *action : {toggleViewAction(),
                            m_approveAction,
                            m_flagAction,
                            m_revertAction,
                            m_nextUnreviewedAction,
                            m_nextErrorsAction,
                            m_previousAction,
                            m_nextAction}) {
        action->setToolTip(withShortcut(action));
    }
    m_reviewerAction->setText(tr("Reviewer &Name…"));
    if (m_menu) {
        m_menu->setTitle(tr("Re&view"));
    }

    // The filters' texts change; their items' data, and so the choices, stay.
    m_stateCombo->setItemText(0, tr("All states"));
    for (int i = 1; i < m_stateCombo->count(); ++i) {
        const auto state = static_cast<ReviewState>(m_stateCombo->itemData(i).toInt());
        m_stateCombo->setItemText(i, ReviewQueueModel::stateText(state, std::nullopt));
    }
    m_checkCombo->setItemText(0, tr("Any check"));
    for (int i = 1; i < m_checkCombo->count(); ++i) {
        if (const Core::CheckInfo *info = Core::ReviewChecker::info(m_checkCombo->itemData(i).toString())) {
            m_checkCombo->setItemData(i, explanation(*info), Qt::ToolTipRole);
        }
    }
    m_severityCombo->setItemText(0, tr("Any findings or none"));
    m_severityCombo->setItemText(1, tr("Info or worse"));
    m_severityCombo->setItemText(2, tr("Warning or worse"));
    m_severityCombo->setItemText(3, tr("Errors"));
    m_stateCombo->setAccessibleName(tr("Review state filter"));
    m_checkCombo->setAccessibleName(tr("Check filter"));
    m_severityCombo->setAccessibleName(tr("Severity filter"));
    m_topicEdit->setPlaceholderText(tr("Topic"));
    m_topicEdit->setAccessibleName(tr("Topic filter"));
    m_dateEdit->setPlaceholderText(tr("Digest date (YYYY-MM-DD)"));
    m_dateEdit->setAccessibleName(tr("Digest date filter"));
    m_tagEdit->setPlaceholderText(tr("Own tag"));
    m_tagEdit->setAccessibleName(tr("Own tag filter"));

    m_queueView->setAccessibleName(tr("Review queue"));
    m_model->retranslate();
    updateProgress();
    m_progressBar->setAccessibleName(tr("Review progress"));
    m_sourceLabel->setText(tr("English source"));
    m_sourceView->setAccessibleName(tr("English source"));
    m_machineView->setAccessibleName(tr("Machine Chinese"));
    m_findingsList->setAccessibleName(tr("Check findings"));
    m_editorLabel->setText(tr("Your text"));
    m_editor->setAccessibleName(tr("Your text"));

    // The detail in the new language (explanations too); the editor keeps what was typed.
    if (const ReviewSegment *segment = m_shownSegment != 0 ? m_model->segment(m_current) : nullptr) {
        renderDetail(*segment);
    } else {
        m_machineLabel->setText(tr("Machine Chinese"));
        m_stateLabel->setText(placeholderText());
    }
}

void ReviewDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDockWidget::changeEvent(event);
}

QAction *ReviewDock::modeAction() const
{
    return toggleViewAction();
}

QString ReviewDock::reviewer() const
{
    const QString stored = QSettings().value(ReviewerKey).toString();
    if (!stored.isEmpty()) {
        return stored;
    }
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("reviewer") : user;
}

void ReviewDock::setGlossary(const QList<Core::GlossaryTerm> &terms)
{
    m_glossary.clear();
    for (const Core::GlossaryTerm &term : terms) {
        QRegularExpression pattern(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(term.term)),
                                   QRegularExpression::CaseInsensitiveOption);
        pattern.optimize();
        m_glossary.append({pattern, term});
    }
    if (m_shownSegment != 0) {
        showDetail();
    }
}

void ReviewDock::createActions()
{
    // Texts and tool tips: retranslateUi().
    const auto makeAction = [this](const QString &name, const QKeySequence &key) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(key);
        // Only inside the dock: Ctrl+Return and Alt+arrows mean other things elsewhere.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_approveAction = makeAction(QStringLiteral("reviewApproveAction"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_approveAction, &QAction::triggered, this, &ReviewDock::approveAndNext);
    m_flagAction = makeAction(QStringLiteral("reviewFlagAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_flagAction, &QAction::triggered, this, &ReviewDock::flagAndNext);
    m_revertAction = makeAction(QStringLiteral("reviewRevertAction"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    connect(m_revertAction, &QAction::triggered, this, &ReviewDock::revertToMachineText);
    m_nextUnreviewedAction = makeAction(QStringLiteral("reviewNextUnreviewedAction"),
                                        QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(m_nextUnreviewedAction, &QAction::triggered, this, &ReviewDock::nextUnreviewed);
    m_nextErrorsAction = makeAction(QStringLiteral("reviewNextErrorsAction"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    connect(m_nextErrorsAction, &QAction::triggered, this, &ReviewDock::nextWithErrors);
    // Alt+Up/Down are the window's previous/next paper.
    m_previousAction = makeAction(QStringLiteral("reviewPreviousAction"), QKeySequence(Qt::ALT | Qt::Key_PageUp));
    connect(m_previousAction, &QAction::triggered, this, [this]() {
        step(-1);
    });
    m_nextAction = makeAction(QStringLiteral("reviewNextAction"), QKeySequence(Qt::ALT | Qt::Key_PageDown));
    connect(m_nextAction, &QAction::triggered, this, [this]() {
        step(1);
    });
    m_reviewerAction = new QAction(this);
    m_reviewerAction->setObjectName(QStringLiteral("reviewerNameAction"));
    connect(m_reviewerAction, &QAction::triggered, this, &ReviewDock::askReviewerName);
}

void ReviewDock::createWidgets()
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);

    // Two rows, so that the dock stays narrow enough to sit beside the reader.
    // The filters' item texts are set in retranslateUi(); their data are what filter() reads.
    auto *filters = new QGridLayout;
    m_stateCombo = new QComboBox(content);
    m_stateCombo->setObjectName(QStringLiteral("reviewStateComboBox"));
    for (const int state : {-1,
                            static_cast<int>(ReviewState::Unreviewed),
                            static_cast<int>(ReviewState::Approved),
                            static_cast<int>(ReviewState::Corrected),
                            static_cast<int>(ReviewState::Flagged)}) {
        m_stateCombo->addItem(QString(), state);
    }
    m_checkCombo = new QComboBox(content);
    m_checkCombo->setObjectName(QStringLiteral("reviewCheckComboBox"));
    m_checkCombo->addItem(QString(), QString());
    for (const Core::CheckInfo &info : Core::ReviewChecker::catalog()) {
        m_checkCombo->addItem(info.id, info.id); // ids are not translated: lint and the report use them too
    }
    m_severityCombo = new QComboBox(content);
    m_severityCombo->setObjectName(QStringLiteral("reviewSeverityComboBox"));
    for (const int severity : {-1,
                               static_cast<int>(Severity::Info),
                               static_cast<int>(Severity::Warning),
                               static_cast<int>(Severity::Error)}) {
        m_severityCombo->addItem(QString(), severity);
    }
    m_topicEdit = new QLineEdit(content);
    m_topicEdit->setObjectName(QStringLiteral("reviewTopicLineEdit"));
    m_dateEdit = new QLineEdit(content);
    m_dateEdit->setObjectName(QStringLiteral("reviewDateLineEdit"));
    m_tagEdit = new QLineEdit(content);
    m_tagEdit->setObjectName(QStringLiteral("reviewTagLineEdit"));
    int column = 0;
    for (QComboBox *combo : {m_stateCombo, m_checkCombo, m_severityCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        filters->addWidget(combo, 0, column++);
        connect(combo, &QComboBox::activated, this, &ReviewDock::reload);
    }
    column = 0;
    for (QLineEdit *edit : {m_topicEdit, m_dateEdit, m_tagEdit}) {
        filters->addWidget(edit, 1, column++);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit]() {
            if (edit->isModified()) {
                edit->setModified(false);
                reload();
            }
        });
    }
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->setChildrenCollapsible(false);
    auto *queue = new QWidget(splitter);
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    m_queueView = new QTreeView(queue);
    m_queueView->setObjectName(QStringLiteral("reviewQueueView"));
    m_queueView->setRootIsDecorated(false);
    m_queueView->setUniformRowHeights(true);
    m_queueView->setAllColumnsShowFocus(true);
    m_queueView->setModel(m_model);
    m_queueView->header()->setStretchLastSection(false);
    m_queueView->header()->setSectionResizeMode(ReviewQueueModel::PaperColumn, QHeaderView::Stretch);
    connect(m_queueView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &index) {
        if (index.isValid() && index.row() != m_current) {
            showRow(index.row());
        }
    });
    m_progressBar = new QProgressBar(queue);
    m_progressBar->setObjectName(QStringLiteral("reviewProgressBar"));
    m_progressBar->setRange(0, 0);
    queueLayout->addWidget(m_queueView);
    queueLayout->addWidget(m_progressBar);

    auto *detail = new QSplitter(Qt::Horizontal, splitter);
    auto *sourceSide = new QWidget(detail);
    auto *sourceLayout = new QVBoxLayout(sourceSide);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    m_sourceLabel = new QLabel(sourceSide);
    m_sourceLabel->setTextFormat(Qt::PlainText);
    m_sourceLabel->setObjectName(QStringLiteral("reviewSourceLabel"));
    sourceLayout->addWidget(m_sourceLabel);
    m_sourceView = new QPlainTextEdit(sourceSide);
    m_sourceView->setObjectName(QStringLiteral("reviewSourceView"));
    m_sourceView->setReadOnly(true);
    sourceLayout->addWidget(m_sourceView);

    auto *reviewSide = new QWidget(detail);
    auto *reviewLayout = new QVBoxLayout(reviewSide);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    m_machineLabel = new QLabel(reviewSide);
    m_machineLabel->setTextFormat(Qt::PlainText);
    m_machineLabel->setObjectName(QStringLiteral("reviewMachineLabel"));
    m_machineView = new QTextEdit(reviewSide);
    m_machineView->setObjectName(QStringLiteral("reviewMachineView"));
    m_machineView->setReadOnly(true);
    m_machineView->setAcceptRichText(false);
    m_findingsList = new QListWidget(reviewSide);
    m_findingsList->setObjectName(QStringLiteral("reviewFindingsList"));
    m_findingsList->setWordWrap(true);
    m_stateLabel = new QLabel(reviewSide);
    m_stateLabel->setObjectName(QStringLiteral("reviewStateLabel"));
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setWordWrap(true);
    m_glossaryLabel = new QLabel(reviewSide);
    m_glossaryLabel->setObjectName(QStringLiteral("reviewGlossaryLabel"));
    m_glossaryLabel->setTextFormat(Qt::PlainText);
    m_glossaryLabel->setWordWrap(true);
    m_glossaryLabel->hide();
    m_editor = new QPlainTextEdit(reviewSide);
    m_editor->setObjectName(QStringLiteral("reviewEditor"));
    m_editor->setTabChangesFocus(true);
    auto *buttons = new FlowLayout; // wraps instead of widening the dock
    for (QAction *action :
         {m_approveAction, m_flagAction, m_revertAction, m_nextUnreviewedAction, m_nextErrorsAction}) {
        auto *button = new QToolButton(reviewSide);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    reviewLayout->addWidget(m_machineLabel);
    reviewLayout->addWidget(m_machineView, 2);
    reviewLayout->addWidget(m_findingsList, 1);
    reviewLayout->addWidget(m_stateLabel);
    reviewLayout->addWidget(m_glossaryLabel);
    m_editorLabel = new QLabel(reviewSide);
    m_editorLabel->setTextFormat(Qt::PlainText);
    m_editorLabel->setObjectName(QStringLiteral("reviewEditorLabel"));
    reviewLayout->addWidget(m_editorLabel);
    reviewLayout->addWidget(m_editor, 2);
    reviewLayout->addLayout(buttons);
    detail->setStretchFactor(0, 1);
    detail->setStretchFactor(1, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);
    setWidget(content);
}

QMenu *ReviewDock::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Re&view"), parent); // and in retranslateUi()
    m_menu = menu;
    menu->setObjectName(QStringLiteral("reviewMenu"));
    menu->addAction(toggleViewAction());
    menu->addSeparator();
    menu->addActions({m_approveAction, m_flagAction, m_revertAction});
    menu->addSeparator();
    menu->addActions({m_nextUnreviewedAction, m_nextErrorsAction, m_previousAction, m_nextAction});
    menu->addSeparator();
    menu->addAction(m_reviewerAction);
    parent->addAction(toggleViewAction());
    return menu;
}

void ReviewDock::checkLibrary()
{
    const AnnotationClient *client = m_annotations->client();
    if (!client) {
        return;
    }
    if (!m_checks || m_checks->objectName() != client->libraryPath()) {
        delete m_checks; // waits for a run on the previous library
        m_checks = new ReviewCheckController(client->libraryPath(), this);
        m_checks->setObjectName(client->libraryPath());
        connect(m_checks, &ReviewCheckController::progressed, this, [this](int done, int total) {
            Q_EMIT statusMessage(tr("Checking the Chinese text: %1 of %2 segments")
                                     .arg(QLocale().toString(done), QLocale().toString(total)),
                                 0);
        });
        connect(m_checks, &ReviewCheckController::finished, this, [this](int checked) {
            if (checked > 0) {
                Q_EMIT statusMessage(tr("Checked %Ln segment(s) of Chinese text", nullptr, checked), 5'000);
                reload();
            }
        });
        connect(m_checks, &ReviewCheckController::failed, this, [this](const QString &message) {
            Q_EMIT statusMessage(tr("Checking the Chinese text failed: %1").arg(message), 10'000);
        });
    }
    m_checks->start();
}

void ReviewDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_stale) {
        reload();
    }
}

Core::ReviewQueueFilter ReviewDock::filter() const
{
    Core::ReviewQueueFilter filter;
    if (const int state = m_stateCombo->currentData().toInt(); state >= 0) {
        filter.states = {static_cast<ReviewState>(state)};
    }
    filter.check = m_checkCombo->currentData().toString();
    if (const int severity = m_severityCombo->currentData().toInt(); severity >= 0) {
        filter.minSeverity = static_cast<Severity>(severity);
    }
    filter.topic = m_topicEdit->text().trimmed();
    filter.digestDate = QDate::fromString(m_dateEdit->text().trimmed(), Qt::ISODate);
    const QString tag = m_tagEdit->text().trimmed();
    if (!tag.isEmpty()) {
        filter.userTags = {tag};
    }
    return filter;
}

void ReviewDock::reload()
{
    m_stale = true;
    if (!isVisible() || !m_annotations->client()) {
        return;
    }
    m_stale = false;
    m_annotations->client()->read<QList<Core::GlossaryTerm>>(
        [](AnnotationSession &session) {
        return Core::GlossaryStore(session.connection()).terms();
        },
        this,
        [this](const Result<QList<Core::GlossaryTerm>> &terms) {
        if (terms) {
            setGlossary(*terms);
        }
    });
    const int generation = ++m_generation;
    m_pendingPapers.clear();
    const qint64 keep = m_shownSegment;
    m_annotations->client()->read<ReviewQueueReader::Queue>(
        [filter = filter(), keep](AnnotationSession &session) {
        const Core::ReviewStore store(session.connection());
        return ReviewQueueReader(store).queue(filter, keep, ChunkPapers);
        },
        this,
        [this, generation](const Result<ReviewQueueReader::Queue> &load) {
        if (generation != m_generation) {
            return;
        }
        if (!load) {
            clearDetail(Placeholder::ReadFailed, load.error().message);
            Q_EMIT loadFailed(load.error().message);
            return;
        }
        onQueueLoaded(generation, *load);
    });
}

void ReviewDock::onQueueLoaded(int generation, const ReviewQueueReader::Queue &load)
{
    Q_UNUSED(generation)
    const qint64 keep = m_shownSegment;
    m_current = -1;
    m_model->setQueue(load.rows);
    m_model->addSegments(load.first.segments, load.first.entries);
    updateProgress();
    if (m_model->rowCount() == 0) {
        clearDetail(Placeholder::NoMatch);
        return;
    }
    showRow(std::max(m_model->rowOf(keep), 0));
    if (std::exchange(m_focusEditor, false)) {
        m_editor->setFocus();
    }
}

void ReviewDock::prefetch(int row)
{
    const QList<qint64> papers = papersFrom(*m_model, row, ChunkPapers, [this](qint64 paper) {
        return m_model->hasPaper(paper) || m_pendingPapers.contains(paper);
    });
    // Read only when the rows ahead run short, never one paper at a time.
    const QList<qint64> ahead = papersFrom(*m_model, row, PrefetchPapers, [](qint64) {
        return false;
    });
    const bool needed = !papers.isEmpty()
                     && (!m_model->hasPaper(m_model->row(std::max(row, 0)).paperRowId)
                         || papers.size() >= ahead.size() / 2 || !m_model->hasPaper(ahead.value(ahead.size() / 2)));
    if (!needed || !m_annotations->client()) {
        return;
    }
    for (const qint64 paper : papers) {
        m_pendingPapers.insert(paper);
    }
    const int generation = m_generation;
    m_annotations->client()->read<ReviewQueueReader::Papers>(
        [papers](AnnotationSession &session) {
        const Core::ReviewStore store(session.connection());
        return ReviewQueueReader(store).papers(papers);
        },
        this,
        [this, generation, papers](const Result<ReviewQueueReader::Papers> &chunk) {
        for (const qint64 paper : papers) {
            m_pendingPapers.remove(paper);
        }
        if (generation == m_generation && chunk) {
            onChunkLoaded(generation, *chunk);
        }
    });
}

void ReviewDock::onChunkLoaded(int generation, const ReviewQueueReader::Papers &chunk)
{
    Q_UNUSED(generation)
    QHash<qint64, QList<ReviewSegment>> segments = chunk.segments;
    for (const qint64 paper : chunk.papers) {
        segments.insert(paper, segments.value(paper)); // a paper without segments is loaded too
    }
    m_model->addSegments(segments, chunk.entries);
    if (m_current >= 0 && m_shownSegment == 0) {
        showRow(m_current); // it was waiting for this chunk
    }
}

void ReviewDock::showRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    m_current = row;
    const QModelIndex index = m_model->index(row, 0);
    if (m_queueView->currentIndex().row() != row) {
        m_queueView->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_queueView->scrollTo(index);
    showDetail();
    prefetch(row);
}

void ReviewDock::showDetail()
{
    const ReviewSegment *segment = m_model->segment(m_current);
    if (!segment) {
        clearDetail(Placeholder::LoadingSegment);
        return;
    }
    m_shownSegment = segment->id;
    renderDetail(*segment);
    m_editorBaseline = segment->effectiveText();
    m_editor->setPlainText(m_editorBaseline);
    m_editor->setEnabled(true);
    Q_EMIT segmentShown(m_shownSegment);
}

void ReviewDock::renderDetail(const ReviewSegment &segment)
{
    const Core::DigestEntry *entry = m_model->entry(segment.paperRowId);
    QStringList source;
    if (entry) {
        source << entry->title;
        if (!entry->authors.isEmpty()) {
            source << tr("Authors: %1").arg(entry->authors.join(QStringLiteral(", ")));
        }
        source << QString() << entry->abstract;
        if (!entry->comment.isEmpty()) {
            source << QString() << tr("Comment: %1").arg(entry->comment);
        }
    }
    const QString sourceText = source.join(QLatin1Char('\n'));
    m_sourceView->setPlainText(sourceText);
    QStringList hints;
    for (const auto &[pattern, term] : std::as_const(m_glossary)) {
        if (pattern.match(sourceText).hasMatch()) {
            hints << tr("%1 → %2").arg(term.term, term.preferred);
        }
    }
    m_glossaryLabel->setText(tr("Glossary: %1").arg(hints.join(QStringLiteral("; "))));
    m_glossaryLabel->setVisible(!hints.isEmpty());

    // The findings describe the effective text, so that is what is marked.
    const QString checked = segment.effectiveText();
    m_machineLabel->setText(
        segment.state == ReviewState::Corrected
            ? tr("%1 — correction (machine text in its tooltip)")
                  .arg(ReviewQueueModel::segmentName(segment.field, segment.index))
            : tr("%1 — machine Chinese").arg(ReviewQueueModel::segmentName(segment.field, segment.index)));
    m_machineView->setPlainText(checked);
    m_machineView->setToolTip(segment.state == ReviewState::Corrected ? PlainText::toolTip(segment.machineText)
                                                                      : QString());
    m_findingsList->clear();
    QList<QTextEdit::ExtraSelection> marks;
    for (const Core::Finding &finding : segment.findings) {
        const Core::CheckInfo *info = Core::ReviewChecker::info(finding.check);
        const QString why = info ? explanation(*info) : QString();
        const QString line = tr("%1 · %2 «%3»: %4")
                                 .arg(severityText(finding.severity), finding.check, finding.excerpt, why);
        auto *item = new QListWidgetItem(line, m_findingsList);
        item->setToolTip(PlainText::toolTip(why));
        if (finding.end <= finding.start || finding.start >= checked.size()) {
            continue;
        }
        QTextCursor cursor(m_machineView->document());
        cursor.setPosition(finding.start);
        cursor.setPosition(std::min(finding.end, static_cast<int>(checked.size())), QTextCursor::KeepAnchor);
        QTextCharFormat format;
        // Underline style as well as colour: errors wave, warnings dash.
        format.setUnderlineStyle(finding.severity == Severity::Error ? QTextCharFormat::WaveUnderline
                                                                     : QTextCharFormat::DashUnderline);
        const QColor colour = finding.severity == Severity::Error ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xef, 0x8f, 0x00);
        format.setUnderlineColor(colour);
        format.setBackground(QColor(colour.red(), colour.green(), colour.blue(), 48));
        format.setToolTip(PlainText::toolTip(line));
        cursor.mergeCharFormat(format);
        marks.append({cursor, format});
    }
    if (segment.findings.isEmpty()) {
        m_findingsList->addItem(tr("No findings."));
    }

    QStringList state{ReviewQueueModel::stateText(segment.state, ReviewQueueModel::worstOf(segment.findings))};
    if (segment.isReviewed() && !segment.findings.isEmpty()) {
        state << tr("Reviewed with open warnings: the checks still object to this text.");
    }
    if (segment.state == ReviewState::Flagged && !segment.flagReason.isEmpty()) {
        state << tr("Reason: %1").arg(segment.flagReason);
    }
    if (segment.sourceChanged) {
        state << tr("The machine text changed on a re-import since it was reviewed.");
    }
    if (!segment.present) {
        state << tr("The paper's current digest no longer has this segment.");
    }
    m_stateLabel->setText(state.join(QLatin1Char('\n')));
}

void ReviewDock::clearDetail(Placeholder placeholder, const QString &error)
{
    m_shownSegment = 0;
    m_placeholder = placeholder;
    m_readError = error;
    m_sourceView->clear();
    m_machineLabel->setText(tr("Machine Chinese"));
    m_machineView->clear();
    m_findingsList->clear();
    m_glossaryLabel->hide();
    m_stateLabel->setText(placeholderText());
    m_editorBaseline.clear();
    m_editor->clear();
    m_editor->setEnabled(false);
    Q_EMIT segmentShown(0);
}

QString ReviewDock::placeholderText() const
{
    switch (m_placeholder) {
    case Placeholder::LoadingQueue:
        return tr("Loading the review queue…");
    case Placeholder::LoadingSegment:
        return tr("Loading…");
    case Placeholder::NoMatch:
        return tr("No segment matches these filters.");
    case Placeholder::ReadFailed:
        return tr("The review queue could not be read: %1").arg(m_readError);
    }
    return {};
}

void ReviewDock::updateProgress()
{
    m_progressBar->setRange(0, std::max(m_model->rowCount(), 1));
    m_progressBar->setValue(m_model->reviewedCount());
    // QProgressBar's own %v and %m have no digit grouping; the locale's numbers do.
    const QLocale locale;
    m_progressBar->setFormat(
        tr("%1 of %2 reviewed").arg(locale.toString(m_model->reviewedCount()), locale.toString(m_model->rowCount())));
}

void ReviewDock::act(int action, const QString &text, const ReviewSegment &expected)
{
    const ReviewCommand::Request request{static_cast<ReviewCommand::Action>(action), expected.id, text, reviewer()};
    m_annotations->undoStack()->push(
        new ReviewCommand(m_annotations, request, this, [this](const ReviewSegment &segment, bool undone) {
            onApplied(segment, undone);
        }));
    m_model->updateSegment(expected);
    updateProgress();
}

void ReviewDock::approveAndNext()
{
    const ReviewSegment *segment = m_model->segment(m_current);
    if (!segment) {
        return;
    }
    ReviewSegment expected = *segment;
    const QString text = m_editor->toPlainText();
    if (text != segment->effectiveText()) {
        expected.state = text == segment->machineText ? ReviewState::Unreviewed : ReviewState::Corrected;
        expected.reviewerText = expected.state == ReviewState::Corrected ? text : QString();
        expected.flagReason.clear();
        act(static_cast<int>(ReviewCommand::Action::Correct), text, expected);
    } else {
        expected.state = ReviewState::Approved;
        expected.flagReason.clear();
        act(static_cast<int>(ReviewCommand::Action::Approve), QString(), expected);
    }
    step(1);
}

void ReviewDock::flagAndNext()
{
    const ReviewSegment *segment = m_model->segment(m_current);
    if (!segment) {
        return;
    }
    const std::optional<QString> reason = InputDialog::getText(this,
                                                               tr("Flag Segment"),
                                                               tr("Why does this segment need another look?"),
                                                               segment->flagReason);
    if (!reason || reason->trimmed().isEmpty()) {
        return;
    }
    // The reason dialog may have run events: look the segment up again.
    ReviewSegment expected = *m_model->segment(m_current);
    expected.state = ReviewState::Flagged;
    expected.flagReason = reason->trimmed();
    act(static_cast<int>(ReviewCommand::Action::Flag), expected.flagReason, expected);
    step(1);
}

void ReviewDock::revertToMachineText()
{
    const ReviewSegment *segment = m_model->segment(m_current);
    if (!segment) {
        return;
    }
    ReviewSegment expected = *segment;
    expected.state = ReviewState::Unreviewed;
    expected.reviewerText.clear();
    expected.flagReason.clear();
    act(static_cast<int>(ReviewCommand::Action::Revert), QString(), expected);
    showDetail();
}

void ReviewDock::nextUnreviewed()
{
    for (int i = 1; i <= m_model->rowCount(); ++i) {
        const int row = (m_current + i) % m_model->rowCount();
        if (m_model->row(row).state == ReviewState::Unreviewed) {
            showRow(row);
            return;
        }
    }
}

void ReviewDock::nextWithErrors()
{
    for (int i = 1; i <= m_model->rowCount(); ++i) {
        const int row = (m_current + i) % m_model->rowCount();
        if (m_model->row(row).worst == Severity::Error) {
            showRow(row);
            return;
        }
    }
}

void ReviewDock::step(int delta)
{
    const int row = m_current + delta;
    if (row >= 0 && row < m_model->rowCount()) {
        showRow(row);
    } else if (m_current >= 0) {
        showDetail(); // the end of the queue: show what the last action did
    }
}

void ReviewDock::askReviewerName()
{
    const std::optional<QString> name = InputDialog::getText(this,
                                                             tr("Reviewer Name"),
                                                             tr("Name recorded with your review actions:"),
                                                             reviewer());
    if (name && !name->trimmed().isEmpty()) {
        QSettings().setValue(ReviewerKey, name->trimmed());
    }
}

void ReviewDock::onApplied(const ReviewSegment &segment, bool undone)
{
    m_model->updateSegment(segment);
    updateProgress();
    if (undone) {
        showRow(m_model->rowOf(segment.id));
    } else if (segment.id == m_shownSegment && m_editor->toPlainText() == m_editorBaseline) {
        showDetail(); // nothing typed since it was shown: show the stored state and findings
    }
    Q_EMIT reviewChanged({segment.paperRowId});
}

} // namespace PaperShelf::Gui
