#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace PaperShelf::Gui {

/// The status-bar part that shows a figure download: "Figures 120/400, 3 failed"
/// and a Cancel button. Hidden while nothing runs.
class FigureProgressWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureProgressWidget)

public:
    explicit FigureProgressWidget(QWidget *parent = nullptr);
    ~FigureProgressWidget() override;

    /// Spells a message in the current language.
    using Message = std::function<QString()>;

    void setProgress(int done, int failed, int total);
    /// Shows `text` in place of the counts (e.g. the outcome of the last run).
    void setMessage(const QString &text);
    /// Shows the text `message` makes in place of the counts, and makes it
    /// again after a language change.
    void setMessage(Message message);
    QString text() const;

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateText();

    QLabel *m_label = nullptr;
    QPushButton *m_cancelButton = nullptr;
    Message m_message; ///< the message shown; empty while the counts are shown
    int m_done = 0;
    int m_failed = 0;
    int m_total = 0;
    bool m_counting = false; ///< setProgress() was called after the last message
};

} // namespace PaperShelf::Gui
