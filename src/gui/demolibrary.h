#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace PaperShelf::Gui {

/// The welcome page's demo: a temporary folder holding one demo digest (from the
/// resources) and an empty library to import it into. The folder goes with the object.
class DemoLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Gui::DemoLibrary)

public:
    /// Makes the folder, the digest and the library; null with `error` set when that fails.
    static std::unique_ptr<DemoLibrary> create(QString *error);

    QString libraryPath() const;
    QString digestPath() const;

private:
    DemoLibrary() = default;

    QTemporaryDir m_folder;
};

} // namespace PaperShelf::Gui
