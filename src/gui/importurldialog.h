#pragma once

#include <QDialog>
#include <QList>
#include <QUrl>

#include <memory>

namespace Ui {
class ImportUrlDialog;
}

namespace PaperShelf::Gui {

/// Asks for the URLs of digests to download and import, one per line. OK is
/// enabled while every non-empty line is an http(s) URL.
class ImportUrlDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportUrlDialog)

public:
    explicit ImportUrlDialog(QWidget *parent = nullptr);
    ~ImportUrlDialog() override;

    QList<QUrl> urls() const;
    void setText(const QString &text);

    /// The http(s) URLs in `text` (one per line, blank lines ignored); lines
    /// that are not such a URL go to `invalid`.
    static QList<QUrl> parseUrls(const QString &text, QStringList *invalid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();

    std::unique_ptr<Ui::ImportUrlDialog> m_ui;
};

} // namespace PaperShelf::Gui
