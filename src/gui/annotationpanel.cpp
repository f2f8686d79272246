#include "gui/annotationpanel.h"

#include "gui/noteseditor.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTabBar>
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

    // Texts: retranslateUi(); the items' data stay, their texts change with the language.
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    // The item texts change with the language; the width must follow them.
    m_statusCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const Core::ReadingStatus status : {Core::ReadingStatus::Unread,
                                             Core::ReadingStatus::ToRead,
                                             Core::ReadingStatus::Reading,
                                             Core::ReadingStatus::Read}) {
        m_statusCombo->addItem(QString(), static_cast<int>(status));
    }
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setBuddy(m_statusCombo);

    m_ratingCombo = new QComboBox(this);
    m_ratingCombo->setObjectName(QStringLiteral("ratingComboBox"));
    m_ratingCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int stars = 0; stars <= 5; ++stars) {
        m_ratingCombo->addItem(QString(), stars);
    }
    m_ratingLabel = new QLabel(this);
    m_ratingLabel->setObjectName(QStringLiteral("ratingLabel"));
    m_ratingLabel->setBuddy(m_ratingCombo);

    m_favouriteButton = new QToolButton(this);
    m_favouriteButton->setObjectName(QStringLiteral("favouriteToolButton"));
    m_favouriteButton->setCheckable(true);
    m_favouriteButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    row->addWidget(m_statusLabel);
    row->addWidget(m_statusCombo);
    row->addSpacing(8);
    row->addWidget(m_ratingLabel);
    row->addWidget(m_ratingCombo);
    row->addSpacing(8);
    row->addWidget(m_favouriteButton);
    row->addStretch(1);
    layout->addLayout(row);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("annotationTabWidget"));
    m_notes = new NotesEditor(m_tabs);
    m_tabs->addTab(m_notes, QString());
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
        updateFavouriteText();
        if (m_paperId != 0) {
            Q_EMIT favouriteChosen(m_paperId, checked);
        }
    });
    retranslateUi();
    clear();
}

AnnotationPanel::~AnnotationPanel() = default;

void AnnotationPanel::retranslateUi()
{
    m_statusCombo->setItemText(m_statusCombo->findData(static_cast<int>(Core::ReadingStatus::Unread)), tr("Unread"));
    m_statusCombo->setItemText(m_statusCombo->findData(static_cast<int>(Core::ReadingStatus::ToRead)), tr("To read"));
    m_statusCombo->setItemText(m_statusCombo->findData(static_cast<int>(Core::ReadingStatus::Reading)), tr("Reading"));
    m_statusCombo->setItemText(m_statusCombo->findData(static_cast<int>(Core::ReadingStatus::Read)), tr("Read"));
    m_statusCombo->setToolTip(tr("Reading status (Alt+1 to Alt+4)"));
    m_statusCombo->setAccessibleName(tr("Reading status"));
    m_statusLabel->setText(tr("&Status:"));

    m_ratingCombo->setItemText(0, tr("No rating"));
    for (int stars = 1; stars <= 5; ++stars) {
        // The stars show the rating; the number and the accessible text say it without them.
        m_ratingCombo->setItemText(stars, QStringLiteral("%1  %2").arg(QString(stars, QChar(0x2605))).arg(stars));
        m_ratingCombo->setItemData(stars, tr("%Ln Star(s)", nullptr, stars), Qt::AccessibleTextRole);
    }
    m_ratingCombo->setToolTip(tr("Rating (Ctrl+0 to Ctrl+5)"));
    m_ratingCombo->setAccessibleName(tr("Rating"));
    m_ratingLabel->setText(tr("R&ating:"));

    updateFavouriteText();
    m_favouriteButton->setToolTip(tr("Favourite (Ctrl+D)"));
    m_favouriteButton->setAccessibleName(tr("Favourite"));

    m_tabs->setAccessibleName(tr("Notes and highlights"));
    m_tabs->tabBar()->setAccessibleName(tr("Notes and highlights"));
    m_tabs->setTabText(m_tabs->indexOf(m_notes), tr("&Notes"));
    updateHighlightsTabText();
}

void AnnotationPanel::updateHighlightsTabText()
{
    if (m_highlights) {
        m_tabs->setTabText(m_tabs->indexOf(m_highlights),
                           m_highlightCount == 0 ? tr("&Highlights")
                                                 : tr("&Highlights (%1)").arg(QLocale().toString(m_highlightCount)));
    }
}

void AnnotationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void AnnotationPanel::updateFavouriteText()
{
    // Filled or hollow heart: the state reads without relying on the button's pressed look.
    m_favouriteButton->setText(m_favouriteButton->isChecked() ? tr("\u2665 Favourite") : tr("\u2661 Favourite"));
}

void AnnotationPanel::setAnnotation(qint64 paperId, Core::ReadingStatus status, int rating, bool favourite)
{
    m_paperId = paperId;
    const QSignalBlocker statusBlocker(m_statusCombo);
    const QSignalBlocker ratingBlocker(m_ratingCombo);
    const QSignalBlocker favouriteBlocker(m_favouriteButton);
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(static_cast<int>(status)));
    m_ratingCombo->setCurrentIndex(m_ratingCombo->findData(rating));
    m_favouriteButton->setChecked(favourite);
    updateFavouriteText();
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
    m_highlights = widget;
    m_tabs->addTab(widget, QString());
    updateHighlightsTabText();
}

void AnnotationPanel::setHighlightCount(int count)
{
    m_highlightCount = count;
    updateHighlightsTabText();
}

} // namespace PaperShelf::Gui
