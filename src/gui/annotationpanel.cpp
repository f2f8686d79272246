#include "gui/annotationpanel.h"

#include "gui/noteseditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace PaperShelf::Gui {

AnnotationPanel::AnnotationPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *row = new QHBoxLayout;

    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    m_statusCombo->addItem(tr("Unread"), static_cast<int>(Core::ReadingStatus::Unread));
    m_statusCombo->addItem(tr("To read"), static_cast<int>(Core::ReadingStatus::ToRead));
    m_statusCombo->addItem(tr("Reading"), static_cast<int>(Core::ReadingStatus::Reading));
    m_statusCombo->addItem(tr("Read"), static_cast<int>(Core::ReadingStatus::Read));
    m_statusCombo->setToolTip(tr("Reading status (Alt+1 to Alt+4)"));
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusCombo);

    m_ratingCombo = new QComboBox(this);
    m_ratingCombo->setObjectName(QStringLiteral("ratingComboBox"));
    m_ratingCombo->addItem(tr("No rating"), 0);
    for (int stars = 1; stars <= 5; ++stars) {
        m_ratingCombo->addItem(QStringLiteral("%1  %2").arg(QString(stars, QChar(0x2605))).arg(stars), stars);
    }
    m_ratingCombo->setToolTip(tr("Rating (Ctrl+0 to Ctrl+5)"));
    auto *ratingLabel = new QLabel(tr("R&ating:"), this);
    ratingLabel->setBuddy(m_ratingCombo);

    m_favouriteButton = new QToolButton(this);
    m_favouriteButton->setObjectName(QStringLiteral("favouriteToolButton"));
    m_favouriteButton->setCheckable(true);
    m_favouriteButton->setText(tr("\u2665 Favourite"));
    m_favouriteButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_favouriteButton->setToolTip(tr("Favourite (Ctrl+D)"));

    row->addWidget(statusLabel);
    row->addWidget(m_statusCombo);
    row->addSpacing(8);
    row->addWidget(ratingLabel);
    row->addWidget(m_ratingCombo);
    row->addSpacing(8);
    row->addWidget(m_favouriteButton);
    row->addStretch(1);
    layout->addLayout(row);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("annotationTabWidget"));
    m_notes = new NotesEditor(m_tabs);
    m_tabs->addTab(m_notes, tr("&Notes"));
    layout->addWidget(m_tabs, 1);

    connect(m_statusCombo, &QComboBox::activated, this, [this](int index) {
        if (m_paperId != 0) {
            Q_EMIT statusChosen(m_paperId, static_cast<Core::ReadingStatus>(m_statusCombo->itemData(index).toInt()));
        }
    });
    connect(m_ratingCombo, &QComboBox::activated, this, [this](int index) {
        if (m_paperId != 0) {
            Q_EMIT ratingChosen(m_paperId, m_ratingCombo->itemData(index).toInt());
        }
    });
    connect(m_favouriteButton, &QToolButton::clicked, this, [this](bool checked) {
        m_favouriteButton->setText(checked ? tr("\u2665 Favourite") : tr("\u2661 Favourite"));
        if (m_paperId != 0) {
            Q_EMIT favouriteChosen(m_paperId, checked);
        }
    });
    clear();
}

AnnotationPanel::~AnnotationPanel() = default;

void AnnotationPanel::setAnnotation(qint64 paperId, Core::ReadingStatus status, int rating, bool favourite)
{
    m_paperId = paperId;
    const QSignalBlocker statusBlocker(m_statusCombo);
    const QSignalBlocker ratingBlocker(m_ratingCombo);
    const QSignalBlocker favouriteBlocker(m_favouriteButton);
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(static_cast<int>(status)));
    m_ratingCombo->setCurrentIndex(m_ratingCombo->findData(rating));
    m_favouriteButton->setChecked(favourite);
    // Filled or hollow heart: the state reads without relying on the button's pressed look.
    m_favouriteButton->setText(favourite ? tr("\u2665 Favourite") : tr("\u2661 Favourite"));
    m_statusCombo->setEnabled(paperId != 0);
    m_ratingCombo->setEnabled(paperId != 0);
    m_favouriteButton->setEnabled(paperId != 0);
}

void AnnotationPanel::clear()
{
    setAnnotation(0, Core::ReadingStatus::Unread, 0, false);
    m_notes->clear();
}

void AnnotationPanel::setHighlightsWidget(QWidget *widget)
{
    m_tabs->addTab(widget, tr("&Highlights"));
}

} // namespace PaperShelf::Gui
