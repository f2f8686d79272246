#pragma once

#include <QProgressDialog>

namespace PaperShelf::Gui {

/// The progress of an import: "File 3 of 12: name.md", then the search index
/// update; Cancel stops the import between files. Follows language switches.
class ImportProgressDialog final : public QProgressDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProgressDialog)

public:
    explicit ImportProgressDialog(QWidget *parent = nullptr);

    /// `done` of `total` files are imported; `path` is the next one (empty: the index update).
    void showProgress(int done, int total, const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    int m_done = -1; ///< -1: nothing reported yet
    int m_total = 0;
    QString m_path;
};

} // namespace PaperShelf::Gui
