#include "gui/mainwindow.h"
#include "ui_mainwindow.h"

#include "core/db/database.h"
#include "gui/papertablemodel.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>

// Q_INIT_RESOURCE must not be called inside a namespace.
static void initResources()
{
    Q_INIT_RESOURCE(papershelf);
}

namespace PaperShelf::Gui {

MainWindow::MainWindow(Core::Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_database(database)
{
    initResources();
    m_ui->setupUi(this);
    setWindowTitle(tr("PaperShelf — %1").arg(QFileInfo(database.path()).fileName()));

    m_papers = new PaperTableModel(database.connection(), this);
    m_ui->paperTableView->setModel(m_papers);
    QHeaderView *header = m_ui->paperTableView->horizontalHeader();
    header->setSectionResizeMode(PaperTableModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PaperTableModel::DateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PaperTableModel::FiguresColumn, QHeaderView::ResizeToContents);
    // Fixed row heights keep scrolling cheap at 100,000 rows.
    m_ui->paperTableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("paperCountLabel"));
    m_ui->statusBar->addPermanentWidget(m_countLabel);

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_papers, &PaperTableModel::loadFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("PaperShelf"), tr("The library could not be read: %1").arg(message));
    });
    connect(m_papers, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);

    m_papers->setFilter(Core::PaperFilter());
}

MainWindow::~MainWindow() = default;

void MainWindow::updateStatus()
{
    m_countLabel->setText(tr("%n paper(s)", nullptr, m_papers->totalCount()));
}

} // namespace PaperShelf::Gui
