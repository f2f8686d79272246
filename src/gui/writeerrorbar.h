#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace PaperShelf::Gui {

/// The bar above the list that says an edit could not be saved, why, and how
/// many wait; Retry and Discard are the ways out.
class WriteErrorBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteErrorBar)

public:
    explicit WriteErrorBar(QWidget *parent = nullptr);
    ~WriteErrorBar() override;

    /// Shows the failure of `what` with `message`; `waiting` edits are kept.
    void showFailure(const QString &what, const QString &message, int waiting);

Q_SIGNALS:
    void retryRequested();
    void discardRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Failure
    {
        QString what;
        QString message;
        int waiting = 0;
    };

    void retranslateUi();

    QLabel *m_label = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    std::optional<Failure> m_failure; ///< the one shown
};

} // namespace PaperShelf::Gui
