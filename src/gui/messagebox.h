#pragma once

#include <QMessageBox>
#include <QString>

namespace PaperShelf::Gui {

/// Every message box of the application goes through here, so that tests can
/// answer it in advance instead of blocking on a modal dialog.
class MessageBox final
{
public:
    static QMessageBox::StandardButton question(QWidget *parent,
                                                const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);

    /// Test hook: the next message box is not shown; question() returns `answer`.
    static void setNextResult(QMessageBox::StandardButton answer);
    /// Test hook: the text of the last message box asked for (shown or pre-answered).
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QWidget *parent,
                                            QMessageBox::Icon icon,
                                            const QString &title,
                                            const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace PaperShelf::Gui
