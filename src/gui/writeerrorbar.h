#pragma once

#include <QWidget>

class QLabel;

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

private:
    QLabel *m_label = nullptr;
};

} // namespace PaperShelf::Gui
