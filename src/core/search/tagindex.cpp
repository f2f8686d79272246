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
                       "SELECT t.kind, t.name, g.papers, t.id FROM (SELECT tag_id, group_concat(paper_id) AS papers "
                       "FROM paper_tags GROUP BY tag_id) g JOIN tags t ON t.id = g.tag_id"));
    if (auto ok = query.exec(); !ok) {
        return ok;
    }
    while (query.next()) {
        TagPapers entry;
        parseTagKind(query.value(0).toString(), &entry.tag.kind);
        entry.tag.name = query.value(1).toString();
        appendIds(query.value(2).toString(), entry.papers);
        entry.id = query.value(3).toLongLong();
        for (const quint32 id : entry.papers) {
            maxPaperId = std::max<qint64>(maxPaperId, id);
        }
        tags.push_back(std::move(entry));
    }
    std::vector<quint32> allPapers;
    {
        SqlQuery papers(m_db, QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM papers ORDER BY id)"));
        const Result<QVariant> list = papers.scalar();
        if (!list) {
            return list.error();
        }
        appendIds(list->toString(), allPapers);
    }
    for (const quint32 id : allPapers) {
        maxPaperId = std::max<qint64>(maxPaperId, id);
    }
    m_byId.clear();
    for (size_t i = 0; i < tags.size(); ++i) {
        m_byId.emplace(tags[i].id, i);
    }
    m_tags = std::move(tags);
    m_allPapers = std::move(allPapers);
    m_maxPaperId = maxPaperId;
    m_dataVersion = dataVersion;
    m_totalChanges = totalChanges;
    m_lastLoadMs = std::max<qint64>(1, timer.elapsed());
    ++m_loads;
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

Result<int> TagIndex::paperCount()
{
    if (auto fresh = refresh(); !fresh) {
        return fresh.error();
    }
    return static_cast<int>(m_allPapers.size());
}

Result<std::vector<qint64>> TagIndex::select(const std::vector<qint64> *base,
                                             const QList<QList<qint64>> &allOf,
                                             const QList<qint64> &anyOf,
                                             const QList<qint64> &noneOf)
{
    if (auto fresh = refresh(); !fresh) {
        return fresh.error();
    }
    // One byte per paper id: a handful of linear passes over at most a few hundred kilobytes.
    const size_t size = static_cast<size_t>(m_maxPaperId) + 1;
    std::vector<quint8> keep(size, 0);
    if (base) {
        for (const qint64 id : *base) {
            if (id >= 0 && id <= m_maxPaperId) {
                keep[static_cast<size_t>(id)] = 1;
            }
        }
    } else {
        for (const quint32 id : m_allPapers) {
            keep[id] = 1;
        }
    }
    std::vector<quint8> group(size, 0);
    const auto markGroup = [this, &group](const QList<qint64> &tagIds) {
        std::fill(group.begin(), group.end(), 0);
        for (const qint64 tagId : tagIds) {
            if (const auto it = m_byId.find(tagId); it != m_byId.end()) {
                for (const quint32 id : m_tags[it->second].papers) {
                    group[id] = 1;
                }
            }
        }
    };
    const auto intersect = [&keep, &group]() {
        for (size_t i = 0; i < keep.size(); ++i) {
            keep[i] &= group[i];
        }
    };
    for (const QList<qint64> &tagIds : allOf) {
        markGroup(tagIds);
        intersect();
    }
    if (!anyOf.isEmpty()) {
        markGroup(anyOf);
        intersect();
    }
    for (const qint64 tagId : noneOf) {
        if (const auto it = m_byId.find(tagId); it != m_byId.end()) {
            for (const quint32 id : m_tags[it->second].papers) {
                keep[id] = 0;
            }
        }
    }
    std::vector<qint64> ids;
    for (size_t i = 0; i < keep.size(); ++i) {
        if (keep[i]) {
            ids.push_back(static_cast<qint64>(i));
        }
    }
    return ids;
}

} // namespace PaperShelf::Core
