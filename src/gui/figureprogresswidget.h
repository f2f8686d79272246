#pragma once

#include <QWidget>

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

    void setProgress(int done, int failed, int total);
    /// Shows `text` in place of the counts (e.g. the outcome of the last run).
    void setMessage(const QString &text);
    QString text() const;

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace PaperShelf::Gui
