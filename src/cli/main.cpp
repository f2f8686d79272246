#include "cli/cliapplication.h"
#include "core/util/appidentity.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    PaperShelf::Core::AppIdentity::apply();
    PaperShelf::Cli::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
