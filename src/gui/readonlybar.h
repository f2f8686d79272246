#pragma once

#include <QString>
#include <QWidget>

class QLabel;

namespace PaperShelf::Gui {

/// Why a library is open read-only.
enum class ReadOnlyReason {
    None,
    Requested, ///< `--read-only` (or PAPERSHELF_READ_ONLY)
    File,      ///< the library file cannot be written
    Folder,    ///< its folder cannot be written (SQLite needs it for the -wal file)
    InUse,     ///< another process holds the write lock; the user chose to read only
    Damaged,   ///< the file is damaged; the user chose to read it without restoring
};

/// The bar at the top of the list that says the library is open read-only and
/// why, for as long as it is: every edit fails with that reason (see
/// AnnotationClient::setReadOnlyReason()).
class ReadOnlyBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadOnlyBar)

public:
    explicit ReadOnlyBar(QWidget *parent = nullptr);
    ~ReadOnlyBar() override;

    /// Shows the bar for `reason` (hides it for ReadOnlyReason::None); `path` is the library file.
    void setReason(ReadOnlyReason reason, const QString &path);

    ReadOnlyReason reason() const { return m_reason; }

    /// Why the library is read-only, as a clause ("the file … cannot be written");
    /// the bar and every failed edit say it.
    static QString cause(ReadOnlyReason reason, const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label = nullptr;
    ReadOnlyReason m_reason = ReadOnlyReason::None;
    QString m_path;
};

} // namespace PaperShelf::Gui
