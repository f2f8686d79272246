#include "core/export/correcteddigestexport.h"

#include "core/db/entrycodec.h"
#include "core/db/sqlquery.h"
#include "core/export/digestwriter.h"
#include "core/review/reviewstore.h"
#include "core/util/filebytes.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlRecord>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace PaperShelf::Core {

struct CorrectedDigestExport::Appearance
{
    qint64 paperRowId = 0;
    qint64 digestId = 0;
    QString topic;
    QDate date;
    DigestEntry entry;
};

struct CorrectedDigestExport::Group
{
    QString fileName;
    QString topic;
    QDate date;
    QList<Appearance> appearances;
};

namespace {

// Names are compared case-insensitively: two names differing only in case are
// one file on the usual Windows and macOS file systems.
QString uniqueName(const QString &name, QSet<QString> &used)
{
    const QString base = name.chopped(3); // without ".md"
    QString candidate = name;
    for (int n = 2; used.contains(candidate.toCaseFolded()); ++n) {
        candidate = u"%1 (%2).md"_s.arg(base, QString::number(n));
    }
    used.insert(candidate.toCaseFolded());
    return candidate;
}

// The file name of a digest's source: a path relative to the imported folder,
// or the URL a downloaded digest came from.
QString sourceFileName(const QString &source, const QString &topic)
{
    const QString name = source.contains(u"://"_s) ? QUrl(source).fileName() : QFileInfo(source).fileName();
    const QString base = name.endsWith(u".md"_s, Qt::CaseInsensitive) ? name.chopped(3) : name;
    return DigestWriter::fileName(base.isEmpty() ? topic : base);
}

} // namespace

CorrectedDigestExport::CorrectedDigestExport(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<QList<CorrectedDigestExport::Appearance>> CorrectedDigestExport::loadAppearances(const QString &where,
                                                                                        const QString &json) const
{
    // `where` is one of the fixed conditions written in this file; ids are bound.
    SqlQuery query(m_db,
                   u"SELECT e.paper_id, d.id, d.topic, d.date, "_s + EntryCodec::columns()
                       + u" FROM entries e JOIN digests d ON d.id = e.digest_id WHERE "_s + where
                       + u" ORDER BY d.date, d.topic, d.id, e.line"_s);
    if (!json.isEmpty()) {
        query.add(json);
    }
    if (const Result<void> ran = query.exec(); !ran) {
        return ran.error();
    }
    QList<Appearance> appearances;
    while (query.next()) {
        const QSqlRecord record = query.query().record();
        Appearance appearance;
        appearance.paperRowId = record.value(0).toLongLong();
        appearance.digestId = record.value(1).toLongLong();
        appearance.topic = record.value(2).toString();
        appearance.date = QDate::fromString(record.value(3).toString(), Qt::ISODate);
        appearance.entry = EntryCodec::decode(record, 4);
        appearances.append(std::move(appearance));
    }
    return appearances;
}

Result<CorrectedDigestReport> CorrectedDigestExport::writeDigests(const QList<qint64> &digestIds, const QString &folder)
{
    const QString byId = u"id IN (SELECT value FROM json_each(?))"_s;
    SqlQuery digests(m_db,
                     u"SELECT id, source, topic, date FROM digests"_s
                         + (digestIds.isEmpty() ? QString() : u" WHERE "_s + byId) + u" ORDER BY date, topic, id"_s);
    if (!digestIds.isEmpty()) {
        digests.add(jsonArray(digestIds));
    }
    if (const Result<void> ran = digests.exec(); !ran) {
        return ran.error();
    }
    QList<Group> groups;
    QHash<qint64, qsizetype> groupOf;
    QSet<QString> used;
    while (digests.next()) {
        Group group;
        group.topic = digests.value(2).toString();
        group.date = QDate::fromString(digests.value(3).toString(), Qt::ISODate);
        group.fileName = uniqueName(sourceFileName(digests.value(1).toString(), group.topic), used);
        groupOf.insert(digests.value(0).toLongLong(), groups.size());
        groups.append(group);
    }
    for (const qint64 id : digestIds) {
        if (!groupOf.contains(id)) {
            return Error{u"no digest with id %1 in the library"_s.arg(id)};
        }
    }

    const Result<QList<Appearance>>
        appearances = digestIds.isEmpty()
                        ? loadAppearances(u"1"_s, QString())
                        : loadAppearances(u"e.digest_id IN (SELECT value FROM json_each(?))"_s, jsonArray(digestIds));
    if (!appearances) {
        return appearances.error();
    }
    for (const Appearance &appearance : *appearances) {
        groups[groupOf.value(appearance.digestId)].appearances.append(appearance);
    }
    return writeGroups(groups, folder);
}

Result<CorrectedDigestReport> CorrectedDigestExport::writePapers(const QList<qint64> &paperRowIds,
                                                                 const QString &folder)
{
    // The current entry is the text the review was done on (SegmentSync::syncPaper).
    const Result<QList<Appearance>> appearances =
        loadAppearances(u"e.id IN (SELECT current_entry_id FROM papers WHERE id IN (SELECT value FROM json_each(?)))"_s,
                        jsonArray(paperRowIds));
    if (!appearances) {
        return appearances.error();
    }
    // Sorted by date and topic already, so each (topic, date) is one run.
    QList<Group> groups;
    QSet<QString> used;
    for (const Appearance &appearance : *appearances) {
        if (groups.isEmpty() || groups.last().topic != appearance.topic || groups.last().date != appearance.date) {
            Group group;
            group.topic = appearance.topic;
            group.date = appearance.date;
            group.fileName = uniqueName(DigestWriter::fileName(appearance.date.toString(Qt::ISODate) + u' '
                                                               + appearance.topic),
                                        used);
            groups.append(group);
        }
        groups.last().appearances.append(appearance);
    }
    return writeGroups(groups, folder);
}

Result<CorrectedDigestReport> CorrectedDigestExport::writeGroups(const QList<Group> &groups, const QString &folder)
{
    if (!QDir().mkpath(folder)) {
        return Error{u"cannot create folder %1"_s.arg(folder)};
    }
    QList<qint64> paperRowIds;
    QSet<qint64> seen;
    for (const Group &group : groups) {
        for (const Appearance &appearance : group.appearances) {
            if (!seen.contains(appearance.paperRowId)) {
                seen.insert(appearance.paperRowId);
                paperRowIds.append(appearance.paperRowId);
            }
        }
    }
    const Result<QHash<qint64, QList<ReviewSegment>>> segments = ReviewStore(m_db).segmentsOfPapers(paperRowIds);
    if (!segments) {
        return segments.error();
    }

    CorrectedDigestReport report;
    const QDir dir(folder);
    const int total = static_cast<int>(groups.size());
    for (const Group &group : groups) {
        QList<DigestEntry> entries;
        entries.reserve(group.appearances.size());
        for (const Appearance &appearance : group.appearances) {
            entries.append(ReviewCorrections::apply(appearance.entry,
                                                    segments->value(appearance.paperRowId),
                                                    m_includeFlagged,
                                                    &report.review));
            // The arXiv id lives with the paper, not the stored entry; normalise() derives it.
            DigestEntry readBack = DigestWriter::normalise(entries.last());
            readBack.arxivId = entries.last().arxivId;
            if (readBack != entries.last()) {
                ++report.reshaped;
            }
        }
        const QString path = dir.filePath(group.fileName);
        const QByteArray bytes = DigestWriter::write(group.topic, group.date, entries).toUtf8();
        if (const Result<void> written = FileBytes::writeAtomically(path, bytes); !written) {
            return written.error();
        }
        report.files.append(path);
        report.entries += static_cast<int>(entries.size());
        if (m_progress) {
            m_progress(static_cast<int>(report.files.size()), total);
        }
    }
    return report;
}

} // namespace PaperShelf::Core
