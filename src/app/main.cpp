#include "gui/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    PaperShelf::Gui::MainWindow window;
    window.show();
    return QApplication::exec();
}
