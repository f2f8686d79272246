#include "core/search/papersearch.h"

#include "core/db/paperwriter.h"
#include "core/db/sqlquery.h"
#include "core/search/searchindex.h"
#include "core/search/tagindex.h"
#include "core/search/textquery.h"

#include <QHash>

#include <algorithm>

namespace PaperShelf::Core {

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QLatin1String(", "));
}

QString whereClause(const QStringList &conditions)
{
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

void bindAll(SqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values) {
        query.add(value);
    }
}

// Parses "12,7,3" (group_concat output) into numbers.
std::vector<qint64> parseIds(QStringView text)
{
    std::vector<qint64> ids;
    qint64 value = 0;
    bool inNumber = false;
    for (const QChar c : text) {
        if (c.isDigit()) {
            value = value * 10 + (c.unicode() - u'0');
            inNumber = true;
        } else if (inNumber) {
            ids.push_back(value);
            value = 0;
            inNumber = false;
        }
    }
    if (inNumber) {
        ids.push_back(value);
    }
    return ids;
}

// The id-set queries of the annotation and digest conditions. Their WHERE terms
// are written exactly as the partial indexes of schema version 3 (schema.cpp), so
// that SQLite answers them from those indexes.
const QString FavouritesSql = QStringLiteral("SELECT paper_id FROM annotations WHERE favourite <> 0");
const QString WithNotesSql = QStringLiteral(
    "SELECT paper_id FROM annotations WHERE trim(notes, char(32, 9, 10, 11, 12, 13, 160, 12288)) <> ''");
// Papers of the latest non-empty digest date that appear on no earlier date (see PaperFilter).
const QString LatestDigestSql = QStringLiteral(
    "SELECT e.paper_id FROM entries e JOIN digests d ON d.id = e.digest_id"
    " WHERE d.date = (SELECT x.date FROM digests x WHERE EXISTS (SELECT 1 FROM entries WHERE digest_id = x.id)"
    " ORDER BY x.date DESC LIMIT 1)"
    " AND NOT EXISTS (SELECT 1 FROM entries o JOIN digests od ON od.id = o.digest_id"
    " WHERE o.paper_id = e.paper_id AND od.date < d.date)");

// The id sets of `filter`'s annotation and digest conditions.
QList<PaperSearch::Compiled::IdSet> annotationSets(const PaperFilter &filter)
{
    QList<PaperSearch::Compiled::IdSet> sets;
    if (const int mask = filter.statusMask(); mask != 0) {
        // A paper without an annotations row is unread, so a set that keeps unread
        // papers is written as the exclusion of the statuses it does not keep.
        const bool keepsUnread = (mask & (1 << static_cast<int>(ReadingStatus::Unread))) != 0;
        PaperSearch::Compiled::IdSet set;
        set.exclude = keepsUnread;
        for (const ReadingStatus status :
             {ReadingStatus::Unread, ReadingStatus::ToRead, ReadingStatus::Reading, ReadingStatus::Read}) {
            const bool kept = (mask & (1 << static_cast<int>(status))) != 0;
            if (kept != keepsUnread) {
                set.values.append(readingStatusName(status));
            }
        }
        set.sql = QStringLiteral("SELECT paper_id FROM annotations WHERE status IN (") + placeholders(set.values.size())
                + QLatin1Char(')');
        sets.append(set);
    }
    if (filter.favouritesOnly) {
        sets.append({FavouritesSql, {}, false});
    }
    if (filter.withNotesOnly) {
        sets.append({WithNotesSql, {}, false});
    }
    if (filter.latestDigestOnly) {
        sets.append({LatestDigestSql, {}, false});
    }
    return sets;
}

} // namespace

PaperSearch::PaperSearch(const QSqlDatabase &db, TagIndex *tags)
    : m_db(db)
    , m_tags(tags)
{
}

QString PaperSearch::Compiled::conditionsOn(const QString &idColumn) const
{
    QStringList resolved;
    for (const QString &condition : conditions) {
        resolved.append(condition.arg(idColumn));
    }
    return resolved.join(QLatin1String(" AND "));
}

QString PaperSearch::matchingSql(const Compiled &compiled, const QString &what, QVariantList *values) const
{
    const auto select = [&what](const QString &idColumn) {
        return what.contains(QLatin1String("%1")) ? what.arg(idColumn) : what;
    };
    QString sql;
    if (!compiled.positiveMatch.isEmpty()) {
        // The text match drives: rows come straight from the index, the other
        // conditions test its rowid.
        sql = QStringLiteral("SELECT ") + select(QStringLiteral("rowid"))
            + QStringLiteral(" FROM paper_fts WHERE paper_fts MATCH ?");
        values->append(compiled.positiveMatch);
        if (!compiled.conditions.isEmpty()) {
            // "+rowid": a bare `rowid IN (...)` is handed to FTS5 as a rowid lookup,
            // which then evaluates the MATCH once per listed id (a common word and a
            // large topic: 2.4 s instead of 80 ms on 100,000 papers).
            sql += QStringLiteral(" AND ") + compiled.conditionsOn(QStringLiteral("+rowid"));
        }
    } else {
        sql = QStringLiteral("SELECT ") + select(QStringLiteral("p.id")) + QStringLiteral(" FROM papers p");
        if (!compiled.conditions.isEmpty()) {
            sql += QStringLiteral(" WHERE ") + compiled.conditionsOn(QStringLiteral("p.id"));
        }
    }
    *values += compiled.values;
    return sql;
}

Result<QList<qint64>> PaperSearch::resolveTags(const QList<TagSelector> &selectors, bool requireEach, bool *missing)
{
    QList<qint64> all;
    for (const TagSelector &selector : selectors) {
        SqlQuery query(m_db,
                       selector.kind ? QStringLiteral("SELECT id FROM tags WHERE norm = ? AND kind = ?")
                                     : QStringLiteral("SELECT id FROM tags WHERE norm = ?"));
        query.add(PaperWriter::normalizedTagName(selector.name));
        if (selector.kind) {
            query.add(tagKindName(*selector.kind));
        }
        if (auto ok = query.exec(); !ok) {
            return ok.error();
        }
        bool found = false;
        while (query.next()) {
            all.append(query.value(0).toLongLong());
            found = true;
        }
        if (!found && requireEach) {
            *missing = true;
        }
    }
    return all;
}

Result<PaperSearch::Compiled> PaperSearch::compile(const PaperFilter &filter)
{
    Compiled compiled;
    const TextQuery text = TextQuery::parse(filter.text);
    compiled.positiveMatch = text.positiveMatch();
    if (const QString negative = text.negativeMatch(); !negative.isEmpty()) {
        compiled.conditions.append(QStringLiteral("%1 NOT IN (SELECT rowid FROM paper_fts WHERE paper_fts MATCH ?)"));
        compiled.values.append(negative);
        compiled.negativeMatch = negative;
    }
    // Every all-of selector is its own condition: a paper needs one of that name's tags.
    for (const TagSelector &selector : filter.allOf) {
        bool missing = false;
        const Result<QList<qint64>> ids = resolveTags({selector}, true, &missing);
        if (!ids) {
            return ids.error();
        }
        if (missing) {
            compiled.matchesNothing = true;
            return compiled;
        }
        compiled.conditions.append(QStringLiteral("%1 IN (SELECT paper_id FROM paper_tags WHERE tag_id IN (")
                                   + placeholders(ids->size()) + QStringLiteral("))"));
        for (const qint64 id : *ids) {
            compiled.values.append(id);
        }
        compiled.allOfTags.append(*ids);
    }
    if (!filter.anyOf.isEmpty()) {
        bool missing = false;
        const Result<QList<qint64>> ids = resolveTags(filter.anyOf, false, &missing);
        if (!ids) {
            return ids.error();
        }
        if (ids->isEmpty()) {
            compiled.matchesNothing = true;
            return compiled;
        }
        compiled.conditions.append(QStringLiteral("%1 IN (SELECT paper_id FROM paper_tags WHERE tag_id IN (")
                                   + placeholders(ids->size()) + QStringLiteral("))"));
        for (const qint64 id : *ids) {
            compiled.values.append(id);
        }
        compiled.anyOfTags = *ids;
    }
    if (!filter.noneOf.isEmpty()) {
        bool missing = false;
        const Result<QList<qint64>> ids = resolveTags(filter.noneOf, false, &missing);
        if (!ids) {
            return ids.error();
        }
        if (!ids->isEmpty()) {
            compiled.conditions.append(QStringLiteral("%1 NOT IN (SELECT paper_id FROM paper_tags WHERE tag_id IN (")
                                       + placeholders(ids->size()) + QStringLiteral("))"));
            for (const qint64 id : *ids) {
                compiled.values.append(id);
            }
            compiled.noneOfTags = *ids;
        }
    }
    compiled.idSets = annotationSets(filter);
    for (const Compiled::IdSet &set : std::as_const(compiled.idSets)) {
        compiled.conditions.append((set.exclude ? QStringLiteral("%1 NOT IN (") : QStringLiteral("%1 IN (")) + set.sql
                                   + QLatin1Char(')'));
        compiled.values += set.values;
    }
    return compiled;
}

namespace {

// ORDER BY terms of a sort key in its natural direction: (expression, ascending).
QList<QPair<QString, bool>> orderTerms(SortOrder sort)
{
    const QPair<QString, bool> newest{QStringLiteral("p.latest_date"), false};
    const QPair<QString, bool> lastAdded{QStringLiteral("p.id"), false};
    switch (sort) {
    case SortOrder::Title:
        return {{QStringLiteral("p.title COLLATE NOCASE"), true}, {QStringLiteral("p.id"), true}};
    case SortOrder::Topics:
        return {{QStringLiteral("p.topics_text COLLATE NOCASE"), true}, newest, lastAdded};
    case SortOrder::Status:
        return {{QStringLiteral("CASE coalesce(a.status, 'unread') WHEN 'unread' THEN 0 WHEN 'to_read' THEN 1 "
                                "WHEN 'reading' THEN 2 ELSE 3 END"),
                 true},
                newest,
                lastAdded};
    case SortOrder::Rating:
        return {{QStringLiteral("coalesce(a.rating, 0)"), false}, newest, lastAdded};
    case SortOrder::Figures:
        return {{QStringLiteral("p.screenshot_count"), false}, newest, lastAdded};
    case SortOrder::Pdf:
        return {{QStringLiteral("coalesce((SELECT CASE state WHEN 'cached' THEN 0 WHEN 'failed' THEN 1 ELSE 2 END"
                                " FROM pdf_cache WHERE paper_id = p.id), 2)"),
                 true},
                newest,
                lastAdded};
    case SortOrder::ReviewProgress:
        // Share reviewed; papers without segments (NULL) sort as least reviewed.
        return {{QStringLiteral("coalesce((SELECT avg(s.state IN ('approved', 'corrected')) FROM review_segments s"
                                " WHERE s.paper_id = p.id AND s.present = 1), -1)"),
                 true},
                newest,
                lastAdded};
    case SortOrder::Relevance:
    case SortOrder::Date:
        break;
    }
    return {newest, lastAdded};
}

QString orderBy(const QList<QPair<QString, bool>> &terms, bool reversed)
{
    QStringList parts;
    for (const auto &[expression, ascending] : terms) {
        parts.append(expression + ((ascending != reversed) ? QStringLiteral(" ASC") : QStringLiteral(" DESC")));
    }
    return QStringLiteral(" ORDER BY ") + parts.join(QLatin1String(", "));
}

} // namespace

Result<QList<qint64>> PaperSearch::orderedIds(
    const Compiled &compiled, SortOrder sort, int limit, int offset, bool reversed, std::optional<int> expected)
{
    QString sql;
    QVariantList values;
    if (sort == SortOrder::Relevance && !compiled.positiveMatch.isEmpty()) {
        // bm25() called directly is markedly cheaper than ORDER BY rank on SQLite 3.40;
        // it is negative, smaller is better.
        sql = matchingSql(compiled, QStringLiteral("%1"), &values)
            + orderBy({{SearchIndex::rankExpression(), true}, {QStringLiteral("rowid"), false}}, reversed);
    } else {
        const bool needsAnnotations = sort == SortOrder::Status || sort == SortOrder::Rating;
        QStringList conditions;
        if (!compiled.positiveMatch.isEmpty()) {
            conditions.append(QStringLiteral("p.id IN (SELECT rowid FROM paper_fts WHERE paper_fts MATCH ?)"));
            values.append(compiled.positiveMatch);
        }
        if (!compiled.conditions.isEmpty()) {
            conditions.append(compiled.conditionsOn(QStringLiteral("p.id")));
        }
        values += compiled.values;
        // SQLite expects IN-lists to be short and sorts the matches; when they are
        // more than a few of the library, walking the sort key's index and stopping
        // after one page is far cheaper (52,000 matches: 53 ms sorted, 3 ms walked;
        // 10,000 papers to read: 25 ms sorted, 2 ms walked). Sorting costs a row fetch
        // per match; a walk costs at most one pass over the index (24 ms for 100,000
        // papers when the matches all sit at its far end), so 1 % is the break-even.
        QString indexHint;
        if (expected && !conditions.isEmpty() && limit > 0) {
            const Result<int> all = libraryCount();
            if (all && *all > 0 && static_cast<double>(*expected) / *all > 0.01) {
                switch (sort) {
                case SortOrder::Title:
                    indexHint = QStringLiteral(" INDEXED BY papers_by_title");
                    break;
                case SortOrder::Topics:
                    indexHint = QStringLiteral(" INDEXED BY papers_by_topics");
                    break;
                case SortOrder::Date:
                case SortOrder::Relevance:
                    indexHint = QStringLiteral(" INDEXED BY papers_by_date");
                    break;
                default:
                    break;
                }
            }
        }
        sql = QStringLiteral("SELECT p.id FROM papers p") + indexHint
            + (needsAnnotations ? QStringLiteral(" LEFT JOIN annotations a ON a.paper_id = p.id") : QString())
            + whereClause(conditions) + orderBy(orderTerms(sort), reversed);
    }
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values.append(limit);
        values.append(std::max(0, offset));
    }
    SqlQuery query(m_db, sql);
    bindAll(query, values);
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

Result<int> PaperSearch::countCompiled(const Compiled &compiled)
{
    if (compiled.matchesNothing) {
        return 0;
    }
    if (m_tags && compiled.positiveMatch.isEmpty() && compiled.negativeMatch.isEmpty()
        && !compiled.conditions.isEmpty()) {
        // Tag and annotation filters only: the tag index and the (small) id sets
        // answer without walking the papers.
        Result<std::optional<std::vector<qint64>>> ids = selectInMemory(compiled);
        if (!ids) {
            return ids.error();
        }
        return static_cast<int>((*ids)->size());
    }
    QVariantList values;
    SqlQuery query(m_db, matchingSql(compiled, QStringLiteral("count(*)"), &values));
    bindAll(query, values);
    const Result<QVariant> total = query.scalar();
    if (!total) {
        return total.error();
    }
    return total->toInt();
}

Result<int> PaperSearch::count(const PaperFilter &filter)
{
    const Result<Compiled> compiled = compile(filter);
    if (!compiled) {
        return compiled.error();
    }
    return countCompiled(*compiled);
}

Result<QList<qint64>> PaperSearch::ids(const PaperFilter &filter, std::optional<SortOrder> sort)
{
    const Result<Compiled> compiled = compile(filter);
    if (!compiled) {
        return compiled.error();
    }
    if (compiled->matchesNothing) {
        return QList<qint64>();
    }
    return orderedIds(*compiled,
                      sort.value_or(compiled->positiveMatch.isEmpty() ? SortOrder::Date : SortOrder::Relevance),
                      0,
                      0,
                      false);
}

Result<PaperPage> PaperSearch::list(const ListRequest &request)
{
    PaperPage page;
    const Result<Compiled> compiled = compile(request.filter);
    if (!compiled) {
        return compiled.error();
    }
    if (compiled->matchesNothing) {
        return page;
    }
    {
        const Result<int> total = countCompiled(*compiled);
        if (!total) {
            return total.error();
        }
        page.total = *total;
    }
    if (page.total == 0) {
        return page;
    }
    const SortOrder sort = request.sort.value_or(compiled->positiveMatch.isEmpty() ? SortOrder::Date
                                                                                   : SortOrder::Relevance);
    const Result<QList<qint64>> ids = orderedIds(*compiled,
                                                 sort,
                                                 request.limit,
                                                 request.offset,
                                                 request.reversed,
                                                 page.total);
    if (!ids) {
        return ids.error();
    }
    page.papers.reserve(ids->size());
    for (const qint64 id : *ids) {
        PaperSummary row;
        row.rowId = id;
        page.papers.append(row);
    }
    if (auto filled = fillRows(page.papers, request.withTags); !filled) {
        return filled.error();
    }
    return page;
}

Result<QList<PaperSummary>> PaperSearch::rows(const ListRequest &request)
{
    const Result<Compiled> compiled = compile(request.filter);
    if (!compiled) {
        return compiled.error();
    }
    QList<PaperSummary> rows;
    if (compiled->matchesNothing) {
        return rows;
    }
    const SortOrder sort = request.sort.value_or(compiled->positiveMatch.isEmpty() ? SortOrder::Date
                                                                                   : SortOrder::Relevance);
    const Result<QList<qint64>> ids = orderedIds(*compiled, sort, request.limit, request.offset, request.reversed);
    if (!ids) {
        return ids.error();
    }
    rows.reserve(ids->size());
    for (const qint64 id : *ids) {
        PaperSummary row;
        row.rowId = id;
        rows.append(row);
    }
    if (auto filled = fillRows(rows, request.withTags); !filled) {
        return filled.error();
    }
    return rows;
}

Result<QList<PaperSummary>> PaperSearch::summaries(const QList<qint64> &rowIds, bool withTags)
{
    QList<PaperSummary> rows;
    rows.reserve(rowIds.size());
    for (const qint64 id : rowIds) {
        PaperSummary row;
        row.rowId = id;
        rows.append(row);
    }
    if (auto filled = fillRows(rows, withTags); !filled) {
        return filled.error();
    }
    // Ids the library does not have found no row: their public id is still empty.
    rows.removeIf([](const PaperSummary &row) {
        return row.id.isEmpty();
    });
    return rows;
}

Result<void> PaperSearch::fillRows(QList<PaperSummary> &rows, bool withTags)
{
    if (rows.isEmpty()) {
        return {};
    }
    QHash<qint64, qsizetype> index;
    QVariantList ids;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        index.insert(rows.at(i).rowId, i);
        ids.append(rows.at(i).rowId);
    }
    {
        SqlQuery query(m_db,
                       QStringLiteral("SELECT p.id, p.key, p.title, p.latest_date, p.screenshot_count, "
                                      "coalesce(a.status, 'unread'), coalesce(a.rating, 0), p.topics_text, "
                                      "(SELECT state FROM pdf_cache WHERE paper_id = p.id), "
                                      "coalesce(a.favourite, 0), "
                                      "coalesce(trim(a.notes, char(32, 9, 10, 11, 12, 13, 160, 12288)) <> '', 0), "
                                      "(SELECT count(*) FROM review_segments s WHERE s.paper_id = p.id "
                                      "AND s.present = 1 AND s.state IN ('approved', 'corrected')), "
                                      "(SELECT count(*) FROM review_segments s WHERE s.paper_id = p.id "
                                      "AND s.present = 1) "
                                      "FROM papers p LEFT JOIN annotations a ON a.paper_id = p.id WHERE p.id IN (%1)")
                           .arg(placeholders(ids.size())));
        bindAll(query, ids);
        if (auto ok = query.exec(); !ok) {
            return ok;
        }
        while (query.next()) {
            PaperSummary &row = rows[index.value(query.value(0).toLongLong())];
            row.id = query.value(1).toString();
            row.title = query.value(2).toString();
            row.date = QDate::fromString(query.value(3).toString(), Qt::ISODate);
            row.screenshots = query.value(4).toInt();
            parseReadingStatus(query.value(5).toString(), &row.status);
            row.rating = query.value(6).toInt();
            row.pdfState = query.value(8).toString();
            row.favourite = query.value(9).toInt() != 0;
            row.hasNotes = query.value(10).toInt() != 0;
            row.reviewedSegments = query.value(11).toInt();
            row.reviewSegments = query.value(12).toInt();
            if (!withTags) {
                const QString topics = query.value(7).toString();
                row.topics = topics.isEmpty() ? QStringList() : topics.split(QStringLiteral(", "));
            }
        }
    }
    if (withTags) {
        SqlQuery query(m_db,
                       QStringLiteral("SELECT pt.paper_id, t.kind, t.name FROM paper_tags pt "
                                      "JOIN tags t ON t.id = pt.tag_id WHERE pt.paper_id IN (%1) "
                                      "ORDER BY t.kind, t.name")
                           .arg(placeholders(ids.size())));
        bindAll(query, ids);
        if (auto ok = query.exec(); !ok) {
            return ok;
        }
        while (query.next()) {
            PaperSummary &row = rows[index.value(query.value(0).toLongLong())];
            const QString kind = query.value(1).toString();
            const QString name = query.value(2).toString();
            row.tags.append(kind + QLatin1Char(':') + name);
            if (kind == QLatin1String("topic")) {
                row.topics.append(name);
            }
        }
    }
    return {};
}

Result<int> PaperSearch::libraryCount()
{
    if (m_tags) {
        return m_tags->paperCount();
    }
    const Result<QVariant> count = SqlQuery(m_db, QStringLiteral("SELECT count(*) FROM papers")).scalar();
    if (!count) {
        return count.error();
    }
    return count->toInt();
}

Result<std::optional<std::vector<qint64>>> PaperSearch::selectInMemory(const Compiled &compiled)
{
    if (!m_tags) {
        return std::optional<std::vector<qint64>>();
    }
    std::optional<std::vector<qint64>> base;
    if (!compiled.positiveMatch.isEmpty() || !compiled.negativeMatch.isEmpty()) {
        // The text part in SQL, as one text value; the tag part in memory.
        Compiled text;
        text.positiveMatch = compiled.positiveMatch;
        if (!compiled.negativeMatch.isEmpty()) {
            text.conditions.append(QStringLiteral("%1 NOT IN (SELECT rowid FROM paper_fts WHERE paper_fts MATCH ?)"));
            text.values.append(compiled.negativeMatch);
        }
        QVariantList values;
        SqlQuery query(m_db, matchingSql(text, QStringLiteral("group_concat(%1)"), &values));
        bindAll(query, values);
        const Result<QVariant> list = query.scalar();
        if (!list) {
            return list.error();
        }
        base = parseIds(list->toString());
    }
    std::vector<std::vector<qint64>> excluded;
    for (const Compiled::IdSet &set : compiled.idSets) {
        Result<std::vector<qint64>> members = idsOf(set);
        if (!members) {
            return members.error();
        }
        if (set.exclude) {
            excluded.push_back(std::move(*members));
        } else if (!base) {
            base = std::move(*members);
        } else {
            std::sort(base->begin(), base->end());
            std::vector<qint64> both;
            std::set_intersection(base->begin(),
                                  base->end(),
                                  members->begin(),
                                  members->end(),
                                  std::back_inserter(both));
            base = std::move(both);
        }
    }
    const bool tagConditions = !compiled.allOfTags.isEmpty() || !compiled.anyOfTags.isEmpty()
                            || !compiled.noneOfTags.isEmpty();
    Result<std::vector<qint64>> ids = std::vector<qint64>();
    if (base && !tagConditions) {
        // No tag condition: the tag index is not needed, so an annotation edit
        // (which makes the index reload) does not slow the shelves' counts down.
        std::sort(base->begin(), base->end());
        ids = std::move(*base);
    } else {
        ids = m_tags->select(base ? &*base : nullptr, compiled.allOfTags, compiled.anyOfTags, compiled.noneOfTags);
    }
    if (!ids) {
        return ids.error();
    }
    // Both are in ascending order, as idsOf() answers.
    for (const std::vector<qint64> &out : excluded) {
        std::vector<qint64> kept;
        std::set_difference(ids->begin(), ids->end(), out.begin(), out.end(), std::back_inserter(kept));
        *ids = std::move(kept);
    }
    return std::optional<std::vector<qint64>>(std::move(*ids));
}

Result<std::vector<qint64>> PaperSearch::idsOf(const Compiled::IdSet &set)
{
    // One row of text: stepping through thousands of rows costs more than parsing it.
    SqlQuery query(m_db, QStringLiteral("SELECT group_concat(paper_id) FROM (") + set.sql + QLatin1Char(')'));
    bindAll(query, set.values);
    const Result<QVariant> list = query.scalar();
    if (!list) {
        return list.error();
    }
    std::vector<qint64> ids = parseIds(list->toString());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Result<QList<TagCount>> PaperSearch::tagCounts(const PaperFilter &filter)
{
    const Result<Compiled> compiled = compile(filter);
    if (!compiled) {
        return compiled.error();
    }
    QList<TagCount> counts;
    if (compiled->matchesNothing) {
        return counts;
    }
    const bool unfiltered = compiled->positiveMatch.isEmpty() && compiled->conditions.isEmpty();
    if (m_tags && !unfiltered) {
        Result<std::optional<std::vector<qint64>>> ids = selectInMemory(*compiled);
        if (!ids) {
            return ids.error();
        }
        Result<QList<TagCount>> fromMemory = m_tags->count(**ids);
        if (!fromMemory) {
            return fromMemory.error();
        }
        counts = std::move(*fromMemory);
    } else {
        QString sql;
        QVariantList values;
        if (unfiltered) {
            // The maintained per-tag counts answer without touching paper_tags.
            sql = QStringLiteral("SELECT kind, name, paper_count FROM tags WHERE paper_count > 0");
        } else {
            sql = QStringLiteral("SELECT t.kind, t.name, c.n FROM (SELECT tag_id, count(*) AS n FROM paper_tags "
                                 "WHERE paper_id IN (")
                + matchingSql(*compiled, QStringLiteral("%1"), &values)
                + QStringLiteral(") GROUP BY tag_id) c JOIN tags t ON t.id = c.tag_id");
        }
        SqlQuery query(m_db, sql);
        bindAll(query, values);
        if (auto ok = query.exec(); !ok) {
            return ok.error();
        }
        while (query.next()) {
            TagCount count;
            parseTagKind(query.value(0).toString(), &count.tag.kind);
            count.tag.name = query.value(1).toString();
            count.count = query.value(2).toInt();
            counts.append(count);
        }
    }
    std::sort(counts.begin(), counts.end(), [](const TagCount &a, const TagCount &b) {
        if (a.tag.kind != b.tag.kind) {
            return a.tag.kind < b.tag.kind;
        }
        if (a.count != b.count) {
            return a.count > b.count;
        }
        return a.tag.name < b.tag.name;
    });
    return counts;
}

} // namespace PaperShelf::Core
