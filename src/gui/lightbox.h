#pragma once

#include "core/images/figurecatalog.h"

#include <QDialog>
#include <QImage>
#include <QList>
#include <QThreadPool>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolBar;

namespace PaperShelf::Gui {

class LightboxCanvas;

/// One figure at a time, full size, from the image cache only (it never
/// downloads). Zoom (fit, 100 %, in, out) with keys and the wheel, pan by
/// drag, previous/next figure with the arrow keys across the whole set it was
/// given (in the gallery: across papers), save as, copy image, copy URL, open
/// the source URL; Esc closes. The full image is decoded on a pool thread.
/// Missing or unreadable images show a placeholder with the reason and Retry.
class Lightbox final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Lightbox)

public:
    explicit Lightbox(QWidget *parent = nullptr);
    ~Lightbox() override;

    /// Shows `figures[index]`; the arrow keys walk through `figures`.
    void setFigures(const QList<Core::Figure> &figures, int index);
    /// New cache states for the figures shown (same list): the current figure is reloaded if it changed.
    void updateFigures(const QList<Core::Figure> &figures);

    int currentIndex() const { return m_index; }

    int count() const { return static_cast<int>(m_figures.size()); }

    Core::Figure currentFigure() const { return m_figures.value(m_index); }

    void setCurrentIndex(int index);
    void showNext();
    void showPrevious();

    void setOffline(bool offline);

    /// The decoded image on screen (null while loading or on a placeholder).
    QImage currentImage() const;
    /// The reason on the placeholder ("" when the image is shown).
    QString placeholderReason() const;

    LightboxCanvas *canvas() const { return m_canvas; }

    QAction *saveAsAction() const { return m_saveAsAction; }

    QAction *copyImageAction() const { return m_copyImageAction; }

    QAction *copyUrlAction() const { return m_copyUrlAction; }

    QAction *openSourceAction() const { return m_openSourceAction; }

Q_SIGNALS:
    /// The user asked to download these URLs again.
    void retryRequested(const QStringList &urls);
    /// The figure at `index` is on screen (image decoded, or placeholder shown).
    void figureShown(int index);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    /// What the placeholder page explains (its text is made in the current language).
    enum class Placeholder {
        NoFigure,
        NotCached,  ///< FigureModel::reasonFor() the current figure
        Unreadable, ///< the cached file did not decode: m_decodeError
    };

    void retranslateUi();
    void createActions();
    void showCurrent();
    void updateHeader();
    void showPlaceholder(Placeholder placeholder);
    QString placeholderText() const;
    void onImageDecoded(quint64 generation, const QImage &image, const QString &error);
    void updateZoomLabel();
    void saveAs();
    void copyImage();
    void copyUrl();
    void openSource();

    QThreadPool m_decodePool;
    QList<Core::Figure> m_figures;
    int m_index = -1;
    quint64 m_generation = 0;
    bool m_offline = false;
    Placeholder m_placeholder = Placeholder::NoFigure;
    QString m_decodeError; ///< from the image reader, untranslated

    QToolBar *m_toolBar = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_counterLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    LightboxCanvas *m_canvas = nullptr;
    QWidget *m_placeholderPage = nullptr;
    QLabel *m_placeholderLabel = nullptr;
    QPushButton *m_retryButton = nullptr;
    QLabel *m_loadingLabel = nullptr;

    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_actualSizeAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_copyImageAction = nullptr;
    QAction *m_copyUrlAction = nullptr;
    QAction *m_openSourceAction = nullptr;
};

} // namespace PaperShelf::Gui
