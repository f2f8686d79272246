#pragma once

#include "core/annotations/highlightstore.h"
#include "core/db/records.h"
#include "gui/readerfieldmap.h"
#include "gui/selectionanchor.h"

#include <QByteArray>
#include <QList>
#include <QTextCharFormat>
#include <QWidget>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace PaperShelf::Gui {

class FigureStrip;
class SafeTextBrowser;

/// The reader pane: one paper's English and Chinese texts, with the search
/// terms highlighted.
///
/// All text comes from untrusted digests. It is shown through SafeTextBrowser
/// as HTML built by ReaderHtmlBuilder from escaped text; a link click first
/// shows the full URL and asks, and only http and https URLs are ever opened.
///
/// The widget adds readerActions() to itself, so their shortcuts work wherever
/// it is shown. They use the default Qt::WindowShortcut context on purpose: a
/// Qt::WidgetWithChildrenShortcut action would not fire from the main window's
/// menus. The main window adds the same actions to its View (layout, zoom) and
/// Edit (copy citation) menus; one QAction in several places keeps one shortcut.
///
/// Highlights: setHighlights() paints the current paper's highlights over the
/// text; a selection in the English or Chinese text maps to a field range
/// (selectionAnchor()), and the Highlight actions turn it into
/// highlightRequested(). The widget never stores anything itself.
class ReaderWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderWidget)

public:
    enum class LayoutMode {
        SideBySide, ///< English left, Chinese right
        Stacked,    ///< English above Chinese
        EnglishOnly,
        ChineseOnly,
    };
    Q_ENUM(LayoutMode)

    static constexpr int MinimumZoom = -4;
    static constexpr int MaximumZoom = 10;

    explicit ReaderWidget(QWidget *parent = nullptr);
    ~ReaderWidget() override;

    /// Shows `paper`; `searchText` is the search box text, whose positive
    /// terms are highlighted.
    void setPaper(const Core::PaperDetails &paper, const QString &searchText);
    /// Shows the placeholder instead of a paper.
    void clear();

    bool hasPaper() const { return m_paper.has_value(); }

    void setLayoutMode(LayoutMode mode);

    LayoutMode layoutMode() const { return m_layoutMode; }

    /// Text zoom in steps of one point from the default size, clamped to
    /// [MinimumZoom, MaximumZoom].
    int zoom() const { return m_zoom; }

    void setZoom(int steps);

    /// BibTeX of the current paper; "" without one.
    QString citation() const;

    /// Layout, zoom and copy-citation actions, for the main window's menus.
    QList<QAction *> readerActions() const;
    QList<QAction *> layoutActions() const;
    QList<QAction *> zoomActions() const;

    QAction *copyCitationAction() const { return m_copyCitationAction; }

    /// The current paper's figure thumbnails; the owner gives it a library (FigureStrip::setLibrary).
    FigureStrip *figureStrip() const { return m_figureStrip; }

    /// Paints `highlights` of the current paper (others are ignored) in their
    /// colours from `colors`, and labels the Highlight menu with the colours'
    /// meanings. Orphaned highlights, and those whose range is not shown or no
    /// longer holds their quote, are skipped. Kept across setPaper() of the same
    /// paper; another paper drops them. Painted and selectable: the abstract,
    /// and the Chinese summary, takeaways and structured title, summary,
    /// methods and conclusion; the header (titles) is neither.
    void setHighlights(const QList<Core::Highlight> &highlights, const QList<Core::HighlightColor> &colors);

    QList<Core::Highlight> highlights() const { return m_highlights; }

    /// The selection of the English or Chinese text (the focused browser's,
    /// else the one selected in last) as a field range; a selection over several fields is clipped to the first
    /// field it touches. nullopt without a selection in field text.
    std::optional<SelectionAnchor> selectionAnchor() const;

    /// Highlights the selection in the colour used last (yellow at first); Ctrl+H.
    QAction *highlightAction() const { return m_highlightAction; }

    /// The Highlight submenu of the text browsers' context menus: one action
    /// per colour, labelled with its meaning, and "Highlight with Comment…".
    QMenu *highlightMenu() const { return m_highlightMenu; }

    /// The colour key highlightAction() uses.
    QString lastHighlightColor() const { return m_lastColor; }

    /// Layout mode, zoom and pane sizes, for QSettings.
    QByteArray saveState() const;
    /// Returns false, changing nothing, when `state` is not from saveState().
    bool restoreState(const QByteArray &state);

Q_SIGNALS:
    void layoutModeChanged(PaperShelf::Gui::ReaderWidget::LayoutMode mode);
    void zoomChanged(int steps);
    /// The user asked to highlight `anchor` of the current paper in `colorKey`.
    void highlightRequested(const PaperShelf::Gui::SelectionAnchor &anchor,
                            const QString &colorKey,
                            const QString &comment);
    /// A click on highlighted text (not the end of a selection).
    void highlightActivated(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void createActions();
    void applyLayoutMode();
    void applyZoom();
    void rememberPaneSizes();
    void updateHeaderHeight();
    void openLink(const QUrl &url);
    void copyCitation();
    void render();
    /// Builds the current paper's documents again (another language), keeping the reading position.
    void rerender();
    void paintHighlights();
    /// The highlight painted over the character at `position`, if any.
    std::optional<QTextCharFormat> highlightFormatAt(const SafeTextBrowser *browser, int position) const;
    void rebuildHighlightMenu();
    void updateHighlightActions();
    void requestHighlight(const QString &colorKey, bool withComment);
    void showContextMenu(SafeTextBrowser *browser, const QPoint &viewportPos, const QPoint &globalPos);
    void activateHighlightAt(SafeTextBrowser *browser, const QPoint &viewportPos);
    const ReaderFieldMap *fieldMap(const SafeTextBrowser *browser) const;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholderLabel = nullptr;
    QWidget *m_contentPage = nullptr;
    SafeTextBrowser *m_headerBrowser = nullptr;
    QSplitter *m_splitter = nullptr;
    SafeTextBrowser *m_englishBrowser = nullptr;
    SafeTextBrowser *m_chineseBrowser = nullptr;
    FigureStrip *m_figureStrip = nullptr;

    QActionGroup *m_layoutGroup = nullptr;
    QAction *m_sideBySideAction = nullptr;
    QAction *m_stackedAction = nullptr;
    QAction *m_englishOnlyAction = nullptr;
    QAction *m_chineseOnlyAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_copyCitationAction = nullptr;
    QAction *m_highlightAction = nullptr;
    QAction *m_highlightWithCommentAction = nullptr;
    QMenu *m_highlightMenu = nullptr;
    QList<QAction *> m_colorActions; ///< in m_highlightMenu, one per colour

    std::optional<Core::PaperDetails> m_paper;
    QString m_searchText;
    QList<Core::Highlight> m_highlights;
    QList<Core::HighlightColor> m_givenColors; ///< as setHighlights() had them
    QList<Core::HighlightColor> m_colors;      ///< m_givenColors completed with the fallback
    QString m_lastColor = QStringLiteral("yellow");
    ReaderFieldMap m_englishFields;
    ReaderFieldMap m_chineseFields;
    SafeTextBrowser *m_selectionBrowser = nullptr; ///< the browser selected in last
    LayoutMode m_layoutMode = LayoutMode::SideBySide;
    int m_zoom = 0;
    qreal m_basePointSize = 0; ///< the browsers' point size at zoom 0
    QList<int> m_paneSizes;    ///< splitter sizes of the last two-pane layout; empty until known
    int m_wheelDelta = 0;      ///< Ctrl+wheel angle not yet turned into a zoom step, in 1/8 degree
};

} // namespace PaperShelf::Gui
