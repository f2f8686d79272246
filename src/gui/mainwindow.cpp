#include "gui/mainwindow.h"

#include "ui_mainwindow.h"

namespace PaperShelf::Gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
}

MainWindow::~MainWindow() = default;

} // namespace PaperShelf::Gui
