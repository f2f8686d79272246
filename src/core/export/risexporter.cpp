#include "core/export/risexporter.h"

#include "core/export/exportfields.h"

namespace PaperShelf::Core {

namespace {

void line(QString &out, const char *tag, const QString &value)
{
    const QString text = ExportFields::singleLine(value);
    if (text.isEmpty()) {
        return;
    }
    out += QLatin1String(tag) + QStringLiteral("  - ") + text + QStringLiteral("\r\n");
}

} // namespace

QString RisExporter::exportPapers(const QList<PaperDetails> &papers)
{
    QString out;
    for (const PaperDetails &paper : papers) {
        out += QStringLiteral("TY  - UNPB\r\n");
        line(out, "TI", paper.text.title);
        for (const QString &name : paper.text.authors) {
            const auto [family, given] = ExportFields::splitName(name);
            line(out, "AU", given.isEmpty() ? family : family + QStringLiteral(", ") + given);
        }
        int precision = 3;
        if (const QDate issued = ExportFields::issuedDate(paper, &precision); issued.isValid()) {
            line(out, "PY", QString::number(issued.year()));
            line(out,
                 "DA",
                 precision == 3 ? issued.toString(QStringLiteral("yyyy/MM/dd"))
                                : issued.toString(QStringLiteral("yyyy/MM/")));
        }
        line(out, "AB", paper.text.abstract);
        line(out, "UR", ExportFields::paperUrl(paper));
        line(out, "N1", paper.text.comment);
        for (const QString &tag : ExportFields::userTags(paper)) {
            line(out, "KW", tag);
        }
        if (!paper.arxivId.isEmpty()) {
            line(out, "M1", QStringLiteral("arXiv:") + paper.arxivId);
            line(out, "DB", QStringLiteral("arXiv"));
        }
        out += QStringLiteral("ER  - \r\n\r\n");
    }
    return out;
}

} // namespace PaperShelf::Core
