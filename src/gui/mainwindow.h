#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace PaperShelf::Core {
class Database;
}

namespace PaperShelf::Gui {

class PaperTableModel;

/// The main window: for now the paper list of the open library and its count.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `database` must outlive the window.
    explicit MainWindow(Core::Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void updateStatus();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Core::Database &m_database;
    PaperTableModel *m_papers = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace PaperShelf::Gui
