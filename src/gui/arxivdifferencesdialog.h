#pragma once

#include "core/arxiv/arxivcomparison.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QCheckBox;

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

private:
    struct Row
    {
        qint64 paperRowId = 0;
        QString paperId;
        Core::ArxivDifference difference;
        QCheckBox *checkBox = nullptr;
    };

    QList<Row> m_rows;
};

} // namespace PaperShelf::Gui
