#include "gui/readerwidget.h"

#include "core/export/bibtexexporter.h"
#include "gui/figurestrip.h"
#include "gui/highlightpalette.h"
#include "gui/inputdialog.h"
#include "gui/messagebox.h"
#include "gui/plaintext.h"
#include "gui/readerhtmlbuilder.h"
#include "gui/safetextbrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDataStream>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace PaperShelf::Gui {

namespace {

// saveState() format: magic, version, then the fields of that version.
constexpr quint32 StateMagic = 0x52445257; // "RDRW"
constexpr quint8 StateVersion = 1;

// One wheel notch (QWheelEvent::angleDelta() units) is one zoom step.
constexpr int WheelStep = 120;

// The header never takes more than this share of the pane; a longer one scrolls.
constexpr double MaximumHeaderShare = 0.45;

// The char format property that holds a painted highlight's id.
constexpr int HighlightIdProperty = QTextFormat::UserProperty + 1;

// Text on a highlight keeps one dark colour, as on a search match, so that it
// stays readable on the light paint in a dark theme.
constexpr QRgb HighlightTextColor = 0x1a1a1a;

} // namespace

ReaderWidget::ReaderWidget(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholderLabel(new QLabel(this))
    , m_contentPage(new QWidget(this))
    , m_headerBrowser(new SafeTextBrowser(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_englishBrowser(new SafeTextBrowser(this))
    , m_chineseBrowser(new SafeTextBrowser(this))
    , m_figureStrip(new FigureStrip(this))
{
    setObjectName(u"readerWidget"_s);

    m_placeholderLabel->setObjectName(u"placeholderLabel"_s);
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setTextFormat(Qt::PlainText);
    m_placeholderLabel->setForegroundRole(QPalette::PlaceholderText);

    m_headerBrowser->setObjectName(u"headerBrowser"_s);
    m_headerBrowser->setFrameShape(QFrame::NoFrame);
    m_headerBrowser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_headerBrowser->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_englishBrowser->setObjectName(u"englishBrowser"_s);
    m_chineseBrowser->setObjectName(u"chineseBrowser"_s);
    for (SafeTextBrowser *browser : {m_headerBrowser, m_englishBrowser, m_chineseBrowser}) {
        browser->document()->setDocumentMargin(8);
        browser->viewport()->installEventFilter(this);
        connect(browser, &QTextBrowser::anchorClicked, this, &ReaderWidget::openLink);
    }
    for (SafeTextBrowser *browser : {m_englishBrowser, m_chineseBrowser}) {
        // Highlights are painted with cursors: no undo history for them to fill.
        browser->document()->setUndoRedoEnabled(false);
        // The keyboard's context menu goes to the browser, the mouse's to its viewport.
        browser->installEventFilter(this);
        connect(browser, &QTextEdit::selectionChanged, this, [this, browser]() {
            if (browser->textCursor().hasSelection()) {
                m_selectionBrowser = browser;
            }
            updateHighlightActions();
        });
    }
    connect(m_headerBrowser->document()->documentLayout(),
            &QAbstractTextDocumentLayout::documentSizeChanged,
            this,
            &ReaderWidget::updateHeaderHeight);

    m_splitter->setObjectName(u"readerSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_englishBrowser);
    m_splitter->addWidget(m_chineseBrowser);
    connect(m_splitter, &QSplitter::splitterMoved, this, &ReaderWidget::rememberPaneSizes);

    // The strip shows itself when the paper has figures (and its library is set; see figureStrip()).

    auto *contentLayout = new QVBoxLayout(m_contentPage);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(4);
    contentLayout->addWidget(m_headerBrowser);
    contentLayout->addWidget(m_splitter, 1);
    contentLayout->addWidget(m_figureStrip);

    m_stack->addWidget(m_placeholderLabel);
    m_stack->addWidget(m_contentPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_basePointSize = m_englishBrowser->font().pointSizeF();
    if (m_basePointSize <= 0) {
        // A pixel-sized application font: zoom from its effective point size.
        m_basePointSize = QFontInfo(m_englishBrowser->font()).pointSizeF();
    }

    createActions();
    retranslateUi();
    applyLayoutMode();
    applyZoom();
    clear();
}

ReaderWidget::~ReaderWidget() = default;

void ReaderWidget::retranslateUi()
{
    m_placeholderLabel->setText(tr("Select a paper to read it here."));
    m_headerBrowser->setAccessibleName(tr("Paper details"));
    m_englishBrowser->setAccessibleName(tr("English text"));
    m_chineseBrowser->setAccessibleName(tr("Chinese text"));
    m_sideBySideAction->setText(tr("Side by Side"));
    m_stackedAction->setText(tr("Stacked"));
    m_englishOnlyAction->setText(tr("English Only"));
    m_chineseOnlyAction->setText(tr("Chinese Only"));
    m_zoomInAction->setText(tr("Zoom In"));
    m_zoomOutAction->setText(tr("Zoom Out"));
    m_zoomResetAction->setText(tr("Reset Zoom"));
    m_copyCitationAction->setText(tr("Copy Citation"));
    m_highlightAction->setText(tr("Highlight"));
    m_highlightWithCommentAction->setText(tr("Highlight with Comment…"));
    m_highlightMenu->setTitle(tr("Highlight"));
    // The names of colours the library has not told yet are translated ones.
    m_colors = HighlightPalette::complete(m_givenColors);
    rebuildHighlightMenu();
    if (m_paper) {
        rerender();
    }
}

void ReaderWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ReaderWidget::createActions()
{
    m_layoutGroup = new QActionGroup(this);
    m_layoutGroup->setExclusive(true);
    const auto addLayoutAction = [this](const QString &name, LayoutMode mode) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setCheckable(true);
        // Ctrl+Alt+1 .. Ctrl+Alt+4, in the order of the menu (Ctrl+0 .. Ctrl+5 rate papers).
        action->setShortcut(
            QKeySequence(QKeyCombination(Qt::ControlModifier | Qt::AltModifier,
                                         static_cast<Qt::Key>(Qt::Key_1 + m_layoutGroup->actions().size()))));
        m_layoutGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode]() {
            setLayoutMode(mode);
        });
        return action;
    };
    // Texts: retranslateUi().
    m_sideBySideAction = addLayoutAction(u"layoutSideBySideAction"_s, LayoutMode::SideBySide);
    m_stackedAction = addLayoutAction(u"layoutStackedAction"_s, LayoutMode::Stacked);
    m_englishOnlyAction = addLayoutAction(u"layoutEnglishOnlyAction"_s, LayoutMode::EnglishOnly);
    m_chineseOnlyAction = addLayoutAction(u"layoutChineseOnlyAction"_s, LayoutMode::ChineseOnly);

    m_zoomInAction = new QAction(this);
    m_zoomInAction->setObjectName(u"zoomInAction"_s);
    // Ctrl+= too: on most layouts "+" needs Shift, and users press Ctrl+= for it.
    QList<QKeySequence> zoomInKeys = QKeySequence::keyBindings(QKeySequence::ZoomIn);
    zoomInKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Equal));
    m_zoomInAction->setShortcuts(zoomInKeys);
    connect(m_zoomInAction, &QAction::triggered, this, [this]() {
        setZoom(m_zoom + 1);
    });

    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setObjectName(u"zoomOutAction"_s);
    m_zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, [this]() {
        setZoom(m_zoom - 1);
    });

    m_zoomResetAction = new QAction(this);
    m_zoomResetAction->setObjectName(u"zoomResetAction"_s);
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0)); // Ctrl+0: no rating
    connect(m_zoomResetAction, &QAction::triggered, this, [this]() {
        setZoom(0);
    });

    m_copyCitationAction = new QAction(this);
    m_copyCitationAction->setObjectName(u"copyCitationAction"_s);
    m_copyCitationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyCitationAction, &QAction::triggered, this, &ReaderWidget::copyCitation);

    m_highlightAction = new QAction(this);
    m_highlightAction->setObjectName(u"highlightAction"_s);
    m_highlightAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_highlightAction, &QAction::triggered, this, [this]() {
        requestHighlight(m_lastColor, false);
    });
    m_highlightWithCommentAction = new QAction(this);
    m_highlightWithCommentAction->setObjectName(u"highlightWithCommentAction"_s);
    connect(m_highlightWithCommentAction, &QAction::triggered, this, [this]() {
        requestHighlight(m_lastColor, true);
    });
    m_highlightMenu = new QMenu(this);
    m_highlightMenu->setObjectName(u"highlightMenu"_s);
    m_colors = HighlightPalette::fallbackColors(); // the menu is built by retranslateUi()

    // See the class comment: window-wide shortcuts, shared with the menus.
    addActions(readerActions());
    addAction(m_highlightAction);
}

void ReaderWidget::rebuildHighlightMenu()
{
    m_highlightMenu->clear();
    qDeleteAll(m_colorActions);
    m_colorActions.clear();
    for (const Core::HighlightColor &color : std::as_const(m_colors)) {
        // Named with the colour as well as its meaning: the swatch is not the only cue.
        auto *action = new QAction(HighlightPalette::swatch(color.rgb),
                                   HighlightPalette::actionText(HighlightPalette::label(color)),
                                   this);
        action->setToolTip(PlainText::toolTip(HighlightPalette::description(color)));
        // e.g. highlightYellowAction
        action->setObjectName(u"highlight%1%2Action"_s.arg(color.key.left(1).toUpper(), color.key.mid(1)));
        action->setData(color.key);
        const QString key = color.key;
        connect(action, &QAction::triggered, this, [this, key]() {
            requestHighlight(key, false);
        });
        m_highlightMenu->addAction(action);
        m_colorActions.append(action);
    }
    m_highlightMenu->addSeparator();
    m_highlightMenu->addAction(m_highlightWithCommentAction);
    updateHighlightActions();
}

void ReaderWidget::updateHighlightActions()
{
    const bool enabled = selectionAnchor().has_value();
    m_highlightAction->setEnabled(enabled);
    m_highlightWithCommentAction->setEnabled(enabled);
    for (QAction *action : std::as_const(m_colorActions)) {
        action->setEnabled(enabled);
    }
}

const ReaderFieldMap *ReaderWidget::fieldMap(const SafeTextBrowser *browser) const
{
    return browser == m_englishBrowser ? &m_englishFields : &m_chineseFields;
}

std::optional<SelectionAnchor> ReaderWidget::selectionAnchor() const
{
    if (!m_paper) {
        return std::nullopt;
    }
    // The browser with the focus, then the one selected in last, then either.
    QList<const SafeTextBrowser *> browsers;
    for (const SafeTextBrowser *browser : {m_englishBrowser, m_chineseBrowser}) {
        if (browser->hasFocus()) {
            browsers.append(browser);
        }
    }
    for (const SafeTextBrowser *browser : {m_selectionBrowser, m_englishBrowser, m_chineseBrowser}) {
        if (browser && !browsers.contains(browser)) {
            browsers.append(browser);
        }
    }
    for (const SafeTextBrowser *browser : std::as_const(browsers)) {
        const QTextCursor cursor = browser->textCursor();
        if (browser->isHidden() || !cursor.hasSelection()) {
            continue;
        }
        // The first browser with a selection decides, even when its selection is outside field text.
        return fieldMap(browser)->anchorFor(cursor.selectionStart(), cursor.selectionEnd());
    }
    return std::nullopt;
}

void ReaderWidget::requestHighlight(const QString &colorKey, bool withComment)
{
    const std::optional<SelectionAnchor> anchor = selectionAnchor();
    if (!anchor) {
        return;
    }
    QString comment;
    if (withComment) {
        // The quote stays out of the label: QInputDialog's label may render rich text.
        const std::optional<QString> answer = InputDialog::getMultiLineText(this,
                                                                            tr("Highlight with Comment"),
                                                                            tr("Comment on the highlighted text:"));
        if (!answer) {
            return;
        }
        comment = answer->trimmed();
    }
    m_lastColor = colorKey;
    Q_EMIT highlightRequested(*anchor, colorKey, comment);
}

void ReaderWidget::setHighlights(const QList<Core::Highlight> &highlights, const QList<Core::HighlightColor> &colors)
{
    m_highlights = highlights;
    m_givenColors = colors;
    const QList<Core::HighlightColor> complete = HighlightPalette::complete(colors);
    if (complete != m_colors) {
        m_colors = complete;
        rebuildHighlightMenu();
    }
    if (!m_paper) {
        return;
    }
    // Highlights are extra selections over the document: repainting them needs
    // no new document, so the text, its layout and the reading position stay.
    paintHighlights();
    updateHighlightActions();
}

void ReaderWidget::render()
{
    // The default locale, not the widget's: it follows the interface language (LanguageManager).
    const ReaderHtmlBuilder builder(*m_paper, m_searchText, QLocale());
    m_englishBrowser->setHtml(builder.englishHtml());
    m_chineseBrowser->setHtml(builder.chineseHtml());
    m_englishFields.scan(m_englishBrowser->document(), m_paper->text);
    m_chineseFields.scan(m_chineseBrowser->document(), m_paper->text);
    paintHighlights();
    updateHighlightActions();
}

void ReaderWidget::rerender()
{
    const std::array<SafeTextBrowser *, 3> browsers = {m_headerBrowser, m_englishBrowser, m_chineseBrowser};
    std::array<int, 3> positions = {};
    for (std::size_t i = 0; i < browsers.size(); ++i) {
        positions.at(i) = browsers.at(i)->verticalScrollBar()->value();
    }
    m_headerBrowser->setHtml(ReaderHtmlBuilder(*m_paper, m_searchText, QLocale()).headerHtml());
    render();
    updateHeaderHeight();
    for (std::size_t i = 0; i < browsers.size(); ++i) {
        browsers.at(i)->verticalScrollBar()->setValue(positions.at(i));
    }
}

void ReaderWidget::paintHighlights()
{
    QList<QTextEdit::ExtraSelection> englishSelections;
    QList<QTextEdit::ExtraSelection> chineseSelections;
    for (const Core::Highlight &highlight : std::as_const(m_highlights)) {
        if (highlight.orphaned || highlight.paperId != m_paper->rowId) {
            continue;
        }
        const Core::HighlightColor *color = HighlightPalette::find(m_colors, highlight.color);
        if (!color) {
            continue;
        }
        QString toolTip = tr("Highlight: %1").arg(HighlightPalette::label(*color));
        if (!highlight.comment.isEmpty()) {
            toolTip = tr("%1\n%2").arg(toolTip, highlight.comment);
        }
        QTextCharFormat format;
        format.setBackground(HighlightPalette::paint(color->rgb));
        format.setForeground(QColor(HighlightTextColor));
        format.setProperty(HighlightIdProperty, highlight.id);
        // Escaped inside a paragraph, so a tooltip is always rich text that shows the comment literally.
        format.setToolTip(u"<p style=\"white-space:pre-wrap;\">%1</p>"_s.arg(toolTip.toHtmlEscaped()));
        for (SafeTextBrowser *browser : {m_englishBrowser, m_chineseBrowser}) {
            const ReaderFieldMap *map = fieldMap(browser);
            // A highlight whose text changed waits for re-anchoring instead of marking the wrong words.
            const QString shown = map->fieldText(highlight.field).mid(highlight.start, highlight.length);
            if (!highlight.quote.isEmpty() && shown != highlight.quote) {
                continue;
            }
            QList<QTextEdit::ExtraSelection> &selections = browser == m_englishBrowser ? englishSelections
                                                                                       : chineseSelections;
            for (const ReaderFieldMap::Range &range :
                 map->documentRanges(highlight.field, highlight.start, highlight.length)) {
                QTextCursor cursor(browser->document());
                cursor.setPosition(range.start);
                cursor.setPosition(range.end, QTextCursor::KeepAnchor);
                selections.append({cursor, format});
            }
        }
    }
    m_englishBrowser->setExtraSelections(englishSelections);
    m_chineseBrowser->setExtraSelections(chineseSelections);
}

std::optional<QTextCharFormat> ReaderWidget::highlightFormatAt(const SafeTextBrowser *browser, int position) const
{
    const QList<QTextEdit::ExtraSelection> selections = browser->extraSelections();
    // The last one painted is on top.
    for (auto it = selections.crbegin(); it != selections.crend(); ++it) {
        if (it->cursor.selectionStart() <= position && position < it->cursor.selectionEnd()) {
            return it->format;
        }
    }
    return std::nullopt;
}

void ReaderWidget::showContextMenu(SafeTextBrowser *browser, const QPoint &viewportPos, const QPoint &globalPos)
{
    if (browser->textCursor().hasSelection()) {
        m_selectionBrowser = browser;
    }
    updateHighlightActions();
    const QPoint documentPos = viewportPos
                             + QPoint(browser->horizontalScrollBar()->value(), browser->verticalScrollBar()->value());
    const std::unique_ptr<QMenu> menu(browser->createStandardContextMenu(documentPos));
    menu->addSeparator();
    menu->addMenu(m_highlightMenu);
    menu->exec(globalPos);
}

void ReaderWidget::activateHighlightAt(SafeTextBrowser *browser, const QPoint &viewportPos)
{
    const QTextCursor caret = browser->cursorForPosition(viewportPos);
    int position = caret.position();
    // The caret is between characters: the one clicked is left of it when the click was.
    if (viewportPos.x() < browser->cursorRect(caret).x() && position > 0) {
        --position;
    }
    if (const std::optional<QTextCharFormat> format = highlightFormatAt(browser, position)) {
        Q_EMIT highlightActivated(format->property(HighlightIdProperty).toLongLong());
    }
}

QList<QAction *> ReaderWidget::layoutActions() const
{
    return {m_sideBySideAction, m_stackedAction, m_englishOnlyAction, m_chineseOnlyAction};
}

QList<QAction *> ReaderWidget::zoomActions() const
{
    return {m_zoomInAction, m_zoomOutAction, m_zoomResetAction};
}

QList<QAction *> ReaderWidget::readerActions() const
{
    return layoutActions() + zoomActions() + QList<QAction *>{m_copyCitationAction};
}

void ReaderWidget::setPaper(const Core::PaperDetails &paper, const QString &searchText)
{
    if (!m_paper || m_paper->rowId != paper.rowId) {
        m_highlights.clear();
    }
    m_paper = paper;
    m_searchText = searchText;
    m_selectionBrowser = nullptr;
    m_figureStrip->setPaper(paper.rowId);
    const ReaderHtmlBuilder builder(*m_paper, searchText, QLocale());
    m_headerBrowser->setHtml(builder.headerHtml());
    render();
    for (SafeTextBrowser *browser : {m_headerBrowser, m_englishBrowser, m_chineseBrowser}) {
        browser->verticalScrollBar()->setValue(0);
    }
    m_stack->setCurrentWidget(m_contentPage);
    m_copyCitationAction->setEnabled(true);
    updateHeaderHeight();
}

void ReaderWidget::clear()
{
    m_paper.reset();
    m_highlights.clear();
    m_englishFields.clear();
    m_chineseFields.clear();
    m_selectionBrowser = nullptr;
    m_figureStrip->setPaper(0);
    for (SafeTextBrowser *browser : {m_headerBrowser, m_englishBrowser, m_chineseBrowser}) {
        browser->clear();
    }
    updateHighlightActions();
    m_stack->setCurrentWidget(m_placeholderLabel);
    m_copyCitationAction->setEnabled(false);
}

void ReaderWidget::setLayoutMode(LayoutMode mode)
{
    if (mode == m_layoutMode) {
        return;
    }
    rememberPaneSizes();
    m_layoutMode = mode;
    applyLayoutMode();
    Q_EMIT layoutModeChanged(mode);
}

void ReaderWidget::applyLayoutMode()
{
    const bool showEnglish = m_layoutMode != LayoutMode::ChineseOnly;
    const bool showChinese = m_layoutMode != LayoutMode::EnglishOnly;
    m_splitter->setOrientation(m_layoutMode == LayoutMode::Stacked ? Qt::Vertical : Qt::Horizontal);
    m_englishBrowser->setVisible(showEnglish);
    m_chineseBrowser->setVisible(showChinese);
    if (showEnglish && showChinese && m_paneSizes.size() == 2) {
        // Pixel sizes from the other orientation still give the right proportions.
        m_splitter->setSizes(m_paneSizes);
    }
    switch (m_layoutMode) {
    case LayoutMode::SideBySide:
        m_sideBySideAction->setChecked(true);
        break;
    case LayoutMode::Stacked:
        m_stackedAction->setChecked(true);
        break;
    case LayoutMode::EnglishOnly:
        m_englishOnlyAction->setChecked(true);
        break;
    case LayoutMode::ChineseOnly:
        m_chineseOnlyAction->setChecked(true);
        break;
    }
}

void ReaderWidget::rememberPaneSizes()
{
    if (m_englishBrowser->isHidden() || m_chineseBrowser->isHidden()) {
        return;
    }
    const QList<int> sizes = m_splitter->sizes();
    // Before the first layout every size is 0: nothing worth keeping yet.
    if (sizes.size() == 2 && std::all_of(sizes.cbegin(), sizes.cend(), [](int size) {
            return size > 0;
        })) {
        m_paneSizes = sizes;
    }
}

void ReaderWidget::setZoom(int steps)
{
    steps = std::clamp(steps, MinimumZoom, MaximumZoom);
    if (steps == m_zoom) {
        return;
    }
    m_zoom = steps;
    applyZoom();
    Q_EMIT zoomChanged(m_zoom);
}

void ReaderWidget::applyZoom()
{
    // Point steps rather than a factor: a step is the same visible change at
    // every size. The HTML uses relative sizes, so headings follow.
    const qreal pointSize = std::max<qreal>(1.0, m_basePointSize + m_zoom);
    for (SafeTextBrowser *browser : {m_headerBrowser, m_englishBrowser, m_chineseBrowser}) {
        QFont font = browser->font();
        font.setPointSizeF(pointSize);
        browser->setFont(font);
    }
    m_zoomInAction->setEnabled(m_zoom < MaximumZoom);
    m_zoomOutAction->setEnabled(m_zoom > MinimumZoom);
    m_zoomResetAction->setEnabled(m_zoom != 0);
    updateHeaderHeight();
}

QString ReaderWidget::citation() const
{
    if (!m_paper) {
        return {};
    }
    return Core::BibtexExporter::exportPapers({*m_paper});
}

void ReaderWidget::copyCitation()
{
    const QString bibtex = citation();
    if (!bibtex.isEmpty()) {
        QGuiApplication::clipboard()->setText(bibtex);
    }
}

void ReaderWidget::openLink(const QUrl &url)
{
    // Fully encoded, so that the user sees exactly where the link goes: the
    // host in punycode, no look-alike or direction-changing characters.
    const QString shownUrl = url.toString(QUrl::FullyEncoded);
    if (!ReaderHtmlBuilder::isSafeLink(url)) {
        MessageBox::warning(this,
                            tr("Link Not Opened"),
                            tr("PaperShelf opens only web links (http and https). This link was not opened:\n\n%1")
                                .arg(shownUrl));
        return;
    }
    const QMessageBox::StandardButton
        answer = MessageBox::question(this,
                                      tr("Open Link"),
                                      tr("This link comes from the digest. Open it in your web browser?\n\n%1")
                                          .arg(shownUrl),
                                      QMessageBox::Yes | QMessageBox::No,
                                      QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        QDesktopServices::openUrl(url);
    }
}

void ReaderWidget::updateHeaderHeight()
{
    const int contentHeight = static_cast<int>(std::ceil(m_headerBrowser->document()->size().height()));
    const int wanted = contentHeight + 2 * m_headerBrowser->frameWidth();
    const int maximum = std::max(static_cast<int>(height() * MaximumHeaderShare),
                                 m_headerBrowser->fontMetrics().height() * 4);
    m_headerBrowser->setFixedHeight(std::min(wanted, maximum));
}

bool ReaderWidget::eventFilter(QObject *watched, QEvent *event)
{
    for (SafeTextBrowser *browser : {m_englishBrowser, m_chineseBrowser}) {
        if (event->type() == QEvent::ContextMenu && (watched == browser || watched == browser->viewport())) {
            auto *menuEvent = static_cast<QContextMenuEvent *>(event);
            const QPoint pos = watched == browser ? browser->viewport()->mapFrom(browser, menuEvent->pos())
                                                  : menuEvent->pos();
            showContextMenu(browser, pos, menuEvent->globalPos());
            return true;
        }
        if (event->type() == QEvent::ToolTip && watched == browser->viewport()) {
            // Extra selections carry no tooltip of their own: show the highlight's here.
            auto *help = static_cast<QHelpEvent *>(event);
            const int position = browser->cursorForPosition(help->pos()).position();
            if (const std::optional<QTextCharFormat> format = highlightFormatAt(browser, position)) {
                QToolTip::showText(help->globalPos(), format->toolTip(), browser->viewport());
                return true;
            }
        }
        if (event->type() == QEvent::FocusIn && watched == browser) {
            updateHighlightActions(); // the focused browser's selection comes first
        }
        if (event->type() == QEvent::MouseButtonRelease && watched == browser->viewport()) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            // A click, not the end of a drag that selected text.
            if (mouse->button() == Qt::LeftButton && !browser->textCursor().hasSelection()) {
                activateHighlightAt(browser, mouse->position().toPoint());
            }
        }
    }
    // Ctrl+wheel would zoom only the browser under the mouse (QTextEdit's own
    // behaviour); route it through the shared zoom instead.
    if (event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            m_wheelDelta += wheel->angleDelta().y();
            const int steps = m_wheelDelta / WheelStep;
            if (steps != 0) {
                m_wheelDelta -= steps * WheelStep;
                setZoom(m_zoom + steps);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReaderWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateHeaderHeight();
}

QByteArray ReaderWidget::saveState() const
{
    QList<int> sizes = m_paneSizes;
    const QList<int> current = m_splitter->sizes();
    if (!m_englishBrowser->isHidden() && !m_chineseBrowser->isHidden() && current.size() == 2 && current.at(0) > 0
        && current.at(1) > 0) {
        sizes = current;
    }
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << StateMagic << StateVersion << static_cast<qint32>(m_layoutMode) << static_cast<qint32>(m_zoom) << sizes;
    return state;
}

bool ReaderWidget::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint8 version = 0;
    qint32 mode = 0;
    qint32 zoom = 0;
    QList<int> sizes;
    stream >> magic >> version >> mode >> zoom >> sizes;
    const bool sizesValid = sizes.isEmpty() || (sizes.size() == 2 && sizes.at(0) > 0 && sizes.at(1) > 0);
    if (stream.status() != QDataStream::Ok || magic != StateMagic || version != StateVersion
        || mode < static_cast<qint32>(LayoutMode::SideBySide) || mode > static_cast<qint32>(LayoutMode::ChineseOnly)
        || !sizesValid) {
        return false;
    }
    setLayoutMode(static_cast<LayoutMode>(mode));
    if (!sizes.isEmpty()) {
        m_paneSizes = sizes;
        applyLayoutMode();
    }
    setZoom(zoom);
    return true;
}

} // namespace PaperShelf::Gui
