#pragma once

#include "core/arxiv/arxivcomparison.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;

namespace PaperShelf::Gui {

/// The differences between digests and arXiv for one paper, as the dialog shows them.
struct PaperDifferences
{
    qint64 paperRowId = 0;
    QString paperId;
    QString title; ///< the digest's title, shown with the id
    QList<Core::ArxivDifference> differences;
};

/// Shows, per paper and field, the digest's text next to arXiv's (plain text,
/// read-only) with a "Use arXiv …" check box per field, all unchecked: nothing
/// is applied unless the user ticks it and presses Apply. The content is
/// dynamic, so the dialog is built in code.
class ArxivDifferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArxivDifferencesDialog)

public:
    explicit ArxivDifferencesDialog(const QList<PaperDifferences> &papers, QWidget *parent = nullptr);
    ~ArxivDifferencesDialog() override;

    /// The fields the user chose to take from arXiv, per paper (papers with none are left out).
    QList<PaperDifferences> chosen() const;

    /// Object name of the check box for one paper's field (tests find it by this).
    static QString checkBoxName(const QString &paperId, Core::ArxivField field);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// One paper's box; the widgets are owned by the dialog.
    struct Group
    {
        QString paperId;
        QString title;
        QGroupBox *box = nullptr;
        QLabel *digestLabel = nullptr;
        QLabel *arxivLabel = nullptr;
    };

    /// One differing field; the widgets are owned by the dialog.
    struct Row
    {
        qint64 paperRowId = 0;
        QString paperId;
        Core::ArxivDifference difference;
        QLabel *fieldLabel = nullptr;
        QPlainTextEdit *digestView = nullptr;
        QPlainTextEdit *arxivView = nullptr;
        QCheckBox *checkBox = nullptr;
    };

    void retranslateUi();

    int m_paperCount = 0;
    QLabel *m_introLabel = nullptr;
    QScrollArea *m_scrollArea = nullptr;
    QPushButton *m_applyButton = nullptr;
    QList<Group> m_groups;
    QList<Row> m_rows;
};

} // namespace PaperShelf::Gui
