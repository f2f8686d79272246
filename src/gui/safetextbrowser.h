#pragma once

#include <QList>
#include <QTextBrowser>
#include <QUrl>

namespace PaperShelf::Gui {

/// A read-only text browser for untrusted text that can never read a file or
/// a URL, whatever HTML it is given.
///
/// Layers, each enough on its own for its part:
/// - links never navigate: openLinks and openExternalLinks are off, a click
///   only emits anchorClicked(), and doSetSource() ignores every request;
/// - loadResource() answers every request with an empty but non-null value.
///   An empty QVariant is not enough: QTextDocument then opens the file
///   itself (Qt 6.4), and decodes `data:` URLs;
/// - images are laid out by InertImageHandler, so Qt's image handler, which
///   loads `<img src>` straight from disk when the resource is empty, never runs;
/// - the search paths are empty.
/// The HTML itself must still be built from escaped text (see
/// ReaderHtmlBuilder); these layers only contain a mistake there.
///
/// The handler is installed on the browser's own document: do not call
/// setDocument().
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextBrowser)

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;

    /// Test hook: every URL loadResource() was asked for, oldest first.
    QList<QUrl> requestedResources() const { return m_requestedResources; }

protected:
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override;

private:
    QList<QUrl> m_requestedResources;
};

} // namespace PaperShelf::Gui
