#include "gui/safetextbrowser.h"

#include "gui/inertimagehandler.h"

#include <QAbstractTextDocumentLayout>
#include <QByteArray>
#include <QLoggingCategory>

namespace PaperShelf::Gui {

Q_LOGGING_CATEGORY(lcSafeTextBrowser, "papershelf.gui.safetextbrowser")

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({});
    setUndoRedoEnabled(false);
    // Keyboard selection on top of the browser defaults, so text can be
    // selected and copied without a mouse.
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    document()->documentLayout()->registerHandler(QTextFormat::ImageObject, new InertImageHandler(this));
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    m_requestedResources.append(name);
    qCWarning(lcSafeTextBrowser) << "Refused to load a resource:" << name.toString(QUrl::FullyEncoded);
    // Non-null on purpose: a null QVariant makes QTextDocument load the URL itself.
    return QVariant(QByteArray());
}

void SafeTextBrowser::doSetSource(const QUrl &name, QTextDocument::ResourceType type)
{
    Q_UNUSED(type)
    m_requestedResources.append(name);
    qCWarning(lcSafeTextBrowser) << "Refused to navigate to:" << name.toString(QUrl::FullyEncoded);
}

} // namespace PaperShelf::Gui
