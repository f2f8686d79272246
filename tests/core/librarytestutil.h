#pragma once

#include "core/db/database.h"
#include "core/digest/digestentry.h"

#include <QDebug>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace PaperShelf::Tests {

/// Builds a digest entry with every field set from a short seed, for store and search tests.
inline Core::DigestEntry makeEntry(const QString &arxivId,
                                   int version,
                                   const QString &title,
                                   const QString &abstract,
                                   const QString &summaryZh,
                                   const QStringList &keywords = {})
{
    Core::DigestEntry entry;
    entry.line = 10;
    entry.title = title;
    entry.arxivId = arxivId;
    entry.arxivVersion = version;
    entry.authors = {QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")};
    entry.abstract = abstract;
    entry.pdfUrl = QStringLiteral("http://arxiv.org/abs/%1v%2").arg(arxivId).arg(version);
    entry.comment = QStringLiteral("10 pages");
    entry.summaryZh = summaryZh;
    entry.takeawaysZh = {QStringLiteral("要点一"), QStringLiteral("要点二")};
    entry.structured.titleZh = QStringLiteral("中文标题 ") + title;
    entry.structured.keywords = keywords;
    entry.structured.conclusion = QStringLiteral("结论。");
    entry.screenshots = {QStringLiteral("https://img.example/%1-1.jpg").arg(arxivId),
                         QStringLiteral("https://img.example/%1-2.jpg").arg(arxivId)};
    return entry;
}

inline Core::ParsedDigest makeDigest(const QString &topic,
                                     const QString &isoDate,
                                     const QList<Core::DigestEntry> &entries)
{
    Core::ParsedDigest digest;
    digest.isDigest = true;
    digest.topic = topic;
    digest.date = QDate::fromString(isoDate, Qt::ISODate);
    digest.entries = entries;
    for (int i = 0; i < digest.entries.size(); ++i) {
        digest.entries[i].line = 30 + 40 * i;
    }
    return digest;
}

/// Runs one SQL statement and returns the first column of the first row.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

/// Writes the library at `path` from an sqlite3 dump in tests/data named `name`
/// (one statement per line), as an older version left it, for migration tests.
inline bool loadDump(const QString &path, const QString &name)
{
    QFile dump(QStringLiteral(PAPERSHELF_TEST_DATA "/") + name);
    if (!dump.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return false;
    }
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        raw.setDatabaseName(path);
        ok = raw.open();
        while (ok && !dump.atEnd()) {
            const QString line = QString::fromUtf8(dump.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1String("--"))) {
                continue;
            }
            QSqlQuery query(raw);
            ok = query.exec(line);
            if (!ok) {
                qWarning() << query.lastError().text() << line.left(80);
            }
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    return ok;
}

/// A textual dump of every table's rows (sorted), to compare library states.
inline QString dumpLibrary(const QSqlDatabase &db)
{
    QString dump;
    const QStringList tables = {QStringLiteral("digests"),
                                QStringLiteral("papers"),
                                QStringLiteral("entries"),
                                QStringLiteral("tags"),
                                QStringLiteral("paper_tags"),
                                QStringLiteral("screenshots"),
                                QStringLiteral("annotations"),
                                QStringLiteral("highlights"),
                                QStringLiteral("review_segments")};
    for (const QString &table : tables) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        QStringList rows;
        while (query.next()) {
            QStringList values;
            for (int c = 0; c < query.record().count(); ++c) {
                const QString name = query.record().fieldName(c);
                if (name == QLatin1String("imported_at")) {
                    continue; // changes with every run by design
                }
                values.append(query.value(c).toString());
            }
            rows.append(values.join(QLatin1Char('|')));
        }
        dump += table + QLatin1Char('\n') + rows.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return dump;
}

} // namespace PaperShelf::Tests
