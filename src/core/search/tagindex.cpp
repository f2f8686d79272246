#include "core/search/tagindex.h"

#include "core/db/sqlquery.h"

#include <QElapsedTimer>

namespace PaperShelf::Core {

namespace {

// Parses "12,7,3" (group_concat output) into numbers.
void appendIds(QStringView text, std::vector<quint32> &out)
{
    quint32 value = 0;
    bool inNumber = false;
    for (const QChar c : text) {
        if (c.isDigit()) {
            value = value * 10 + static_cast<quint32>(c.unicode() - u'0');
            inNumber = true;
        } else if (inNumber) {
            out.push_back(value);
            value = 0;
            inNumber = false;
        }
    }
    if (inNumber) {
        out.push_back(value);
    }
}

} // namespace

TagIndex::TagIndex(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<void> TagIndex::refresh()
{
    SqlQuery versions(m_db, QStringLiteral("SELECT (SELECT data_version FROM pragma_data_version), total_changes()"));
    if (auto ok = versions.exec(); !ok) {
        return ok;
    }
    if (!versions.next()) {
        return Error{QStringLiteral("cannot read the library's data version")};
    }
    const qint64 dataVersion = versions.value(0).toLongLong();
    const qint64 totalChanges = versions.value(1).toLongLong();
    m_lastLoadMs = 0;
    if (dataVersion == m_dataVersion && totalChanges == m_totalChanges) {
        return {};
    }
    QElapsedTimer timer;
    timer.start();
    std::vector<TagPapers> tags;
    qint64 maxPaperId = 0;
    // One row per tag with its papers as text: far fewer rows to step through than paper_tags itself.
    SqlQuery query(m_db,
                   QStringLiteral(
                       "SELECT t.kind, t.name, g.papers FROM (SELECT tag_id, group_concat(paper_id) AS papers "
                       "FROM paper_tags GROUP BY tag_id) g JOIN tags t ON t.id = g.tag_id"));
    if (auto ok = query.exec(); !ok) {
        return ok;
    }
    while (query.next()) {
        TagPapers entry;
        parseTagKind(query.value(0).toString(), &entry.tag.kind);
        entry.tag.name = query.value(1).toString();
        appendIds(query.value(2).toString(), entry.papers);
        for (const quint32 id : entry.papers) {
            maxPaperId = std::max<qint64>(maxPaperId, id);
        }
        tags.push_back(std::move(entry));
    }
    m_tags = std::move(tags);
    m_maxPaperId = maxPaperId;
    m_dataVersion = dataVersion;
    m_totalChanges = totalChanges;
    m_lastLoadMs = std::max<qint64>(1, timer.elapsed());
    return {};
}

Result<QList<TagCount>> TagIndex::count(const std::vector<qint64> &paperIds)
{
    if (auto fresh = refresh(); !fresh) {
        return fresh.error();
    }
    std::vector<bool> selected(static_cast<size_t>(m_maxPaperId) + 1, false);
    for (const qint64 id : paperIds) {
        if (id >= 0 && id <= m_maxPaperId) {
            selected[static_cast<size_t>(id)] = true;
        }
    }
    QList<TagCount> counts;
    for (const TagPapers &entry : m_tags) {
        int n = 0;
        for (const quint32 id : entry.papers) {
            n += selected[id] ? 1 : 0;
        }
        if (n > 0) {
            counts.append({entry.tag, n});
        }
    }
    return counts;
}

} // namespace PaperShelf::Core
