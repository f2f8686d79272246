#include "gui/annotationviews.h"

#include "gui/addtagdialog.h"
#include "gui/annotationcontroller.h"
#include "gui/annotationpanel.h"
#include "gui/highlightspanel.h"
#include "gui/managetagsdialog.h"
#include "gui/readerwidget.h"
#include "gui/selectionanchor.h"

#include <QAction>
#include <QDialog>
#include <QSet>
#include <QTabWidget>
#include <QVBoxLayout>

namespace PaperShelf::Gui {

AnnotationViews::AnnotationViews(AnnotationController *controller,
                                 ReaderWidget *reader,
                                 AnnotationPanel *panel,
                                 QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_reader(reader)
    , m_panel(panel)
    , m_window(window)
{
    m_paperHighlights = new HighlightsPanel(panel);
    m_paperHighlights->setObjectName(QStringLiteral("paperHighlightsPanel"));
    panel->setHighlightsWidget(m_paperHighlights);
    connectPanel(m_paperHighlights, &m_highlights);
    connect(m_paperHighlights, &HighlightsPanel::activated, this, [this](const Core::Highlight &highlight) {
        m_reader->setFocus(Qt::OtherFocusReason);
        Q_UNUSED(highlight);
    });

    connect(reader,
            &ReaderWidget::highlightRequested,
            this,
            [this](const SelectionAnchor &anchor, const QString &color, const QString &comment) {
        if (m_paperId != 0) {
            m_controller->addHighlight(m_paperId, anchor.field, anchor.start, anchor.length, color, comment);
        }
    });
    connect(reader, &ReaderWidget::highlightActivated, this, [this](qint64 id) {
        m_panel->tabs()->setCurrentWidget(m_paperHighlights);
        m_paperHighlights->setCurrentHighlight(id);
    });
    connect(controller, &AnnotationController::highlightsLoaded, this, &AnnotationViews::onHighlightsLoaded);
    connect(controller, &AnnotationController::highlightsChanged, this, [this](qint64 paperId) {
        if (m_paperId != 0 && (paperId == 0 || paperId == m_paperId)) {
            m_controller->loadHighlights(m_paperId);
        }
        if (m_libraryWindow && m_libraryWindow->isVisible()) {
            m_controller->loadLibraryHighlights();
        }
    });
    connect(controller,
            &AnnotationController::libraryHighlightsLoaded,
            this,
            [this](const QList<Core::Highlight> &highlights,
                   const QHash<qint64, QString> &titles,
                   const QList<Core::HighlightColor> &colors) {
        if (!m_libraryPanel) {
            return;
        }
        m_libraryHighlights = highlights;
        m_libraryPanel->setColors(colors);
        m_libraryPanel->setLibraryHighlights(highlights, titles);
    });

    m_libraryHighlightsAction = new QAction(this);
    m_libraryHighlightsAction->setObjectName(QStringLiteral("libraryHighlightsAction"));
    m_libraryHighlightsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_libraryHighlightsAction, &QAction::triggered, this, &AnnotationViews::showLibraryHighlights);

    connect(controller, &AnnotationController::addTagRequested, this, &AnnotationViews::askAddTag);
    connect(controller, &AnnotationController::removeTagRequested, this, &AnnotationViews::askRemoveTag);
    connect(controller, &AnnotationController::manageTagsRequested, this, &AnnotationViews::showManageTags);
    connect(controller, &AnnotationController::tagsChanged, this, [this]() {
        if (m_manageTags && m_manageTags->isVisible()) {
            m_controller->loadUserTags();
        }
    });
    connect(controller, &AnnotationController::userTagsLoaded, this, [this](const QList<Core::UserTag> &tags) {
        if (m_manageTags) {
            m_manageTags->setTags(tags);
        }
    });
    retranslate();
}

AnnotationViews::~AnnotationViews() = default;

void AnnotationViews::retranslate()
{
    m_libraryHighlightsAction->setText(tr("All &Highlights…"));
    if (m_libraryWindow) {
        m_libraryWindow->setWindowTitle(tr("All Highlights"));
        if (m_libraryWindow->isVisible()) {
            m_controller->loadLibraryHighlights();
        }
    }
    if (m_paperId != 0) {
        m_controller->loadHighlights(m_paperId);
    }
}

ManageTagsDialog *AnnotationViews::manageTagsDialog() const
{
    return m_manageTags;
}

void AnnotationViews::showPaper(qint64 paperId)
{
    if (paperId != m_paperId) {
        m_highlights.clear();
        m_paperHighlights->setHighlights({});
        m_panel->setHighlightCount(0);
    }
    m_paperId = paperId;
    if (paperId != 0) {
        m_controller->loadHighlights(paperId);
    }
}

void AnnotationViews::onHighlightsLoaded(qint64 paperId,
                                         const QList<Core::Highlight> &highlights,
                                         const QList<Core::HighlightColor> &colors)
{
    if (paperId != m_paperId) {
        return; // the reader moved on meanwhile
    }
    m_highlights = highlights;
    m_paperHighlights->setColors(colors);
    m_paperHighlights->setHighlights(highlights);
    m_reader->setHighlights(highlights, colors);
    m_panel->setHighlightCount(static_cast<int>(highlights.size()));
}

void AnnotationViews::connectPanel(HighlightsPanel *panel, const QList<Core::Highlight> *highlights)
{
    const auto find = [highlights](qint64 id) -> std::optional<Core::Highlight> {
        for (const Core::Highlight &highlight : *highlights) {
            if (highlight.id == id) {
                return highlight;
            }
        }
        return std::nullopt;
    };
    connect(panel, &HighlightsPanel::removeRequested, this, [this, find](qint64 id) {
        if (const std::optional<Core::Highlight> highlight = find(id)) {
            m_controller->removeHighlight(*highlight);
        }
    });
    connect(panel,
            &HighlightsPanel::editRequested,
            this,
            [this, find](qint64 id, const QString &color, const QString &comment) {
        if (const std::optional<Core::Highlight> highlight = find(id)) {
            m_controller->editHighlight(*highlight, color, comment);
        }
    });
    connect(panel,
            &HighlightsPanel::colorMeaningRenameRequested,
            m_controller,
            &AnnotationController::renameColorMeaning);
}

void AnnotationViews::showLibraryHighlights()
{
    if (!m_libraryWindow) {
        m_libraryWindow = new QDialog(m_window);
        m_libraryWindow->setObjectName(QStringLiteral("libraryHighlightsDialog"));
        m_libraryWindow->setWindowTitle(tr("All Highlights")); // and in retranslate()
        m_libraryWindow->resize(560, 640);
        auto *layout = new QVBoxLayout(m_libraryWindow);
        m_libraryPanel = new HighlightsPanel(m_libraryWindow);
        m_libraryPanel->setObjectName(QStringLiteral("libraryHighlightsPanel"));
        layout->addWidget(m_libraryPanel);
        connectPanel(m_libraryPanel, &m_libraryHighlights);
        connect(m_libraryPanel, &HighlightsPanel::activated, this, [this](const Core::Highlight &highlight) {
            Q_EMIT paperRequested(highlight.paperId);
        });
    }
    m_controller->loadLibraryHighlights();
    m_libraryWindow->show();
    m_libraryWindow->raise();
    m_libraryWindow->activateWindow();
}

void AnnotationViews::askAddTag(const QList<qint64> &paperIds)
{
    connect(
        m_controller,
        &AnnotationController::userTagsLoaded,
        this,
        [this, paperIds](const QList<Core::UserTag> &tags) {
        AddTagDialog dialog(AddTagDialog::Mode::Add, static_cast<int>(paperIds.size()), m_window);
        dialog.setObjectName(QStringLiteral("addTagDialog"));
        dialog.setExistingTags(tags);
        if (dialog.exec() == QDialog::Accepted && !dialog.tagName().isEmpty()) {
            m_controller->addTag(paperIds, dialog.tagName());
        }
        },
        Qt::SingleShotConnection);
    m_controller->loadUserTags();
}

void AnnotationViews::askRemoveTag(const QList<qint64> &paperIds)
{
    connect(
        m_controller,
        &AnnotationController::userTagsLoaded,
        this,
        [this, paperIds](const QList<Core::UserTag> &tags) {
        // Offer only the tags the selected papers carry.
        QSet<QString> carried;
        for (const qint64 id : paperIds) {
            for (const QString &name : m_controller->userTagsOf(id)) {
                carried.insert(name.toCaseFolded());
            }
        }
        QList<Core::UserTag> offered;
        for (const Core::UserTag &tag : tags) {
            if (carried.contains(tag.name.toCaseFolded())) {
                offered.append(tag);
            }
        }
        AddTagDialog dialog(AddTagDialog::Mode::Remove, static_cast<int>(paperIds.size()), m_window);
        dialog.setObjectName(QStringLiteral("removeTagDialog"));
        dialog.setExistingTags(offered);
        if (dialog.exec() == QDialog::Accepted && !dialog.tagName().isEmpty()) {
            m_controller->removeTag(paperIds, dialog.tagName());
        }
        },
        Qt::SingleShotConnection);
    m_controller->loadUserTags();
}

void AnnotationViews::showManageTags()
{
    if (!m_manageTags) {
        m_manageTags = new ManageTagsDialog(m_window);
        m_manageTags->setObjectName(QStringLiteral("manageTagsDialog"));
        connect(m_manageTags, &ManageTagsDialog::renameRequested, m_controller, &AnnotationController::renameTag);
        connect(m_manageTags, &ManageTagsDialog::mergeRequested, m_controller, &AnnotationController::mergeTags);
        connect(m_manageTags, &ManageTagsDialog::colorRequested, m_controller, &AnnotationController::setTagColor);
        connect(m_manageTags, &ManageTagsDialog::deleteRequested, m_controller, &AnnotationController::deleteTag);
    }
    m_controller->loadUserTags();
    m_manageTags->show();
    m_manageTags->raise();
    m_manageTags->activateWindow();
}

} // namespace PaperShelf::Gui
