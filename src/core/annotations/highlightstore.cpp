#include "core/annotations/highlightstore.h"

#include "core/annotations/highlightanchor.h"
#include "core/db/paperrepository.h"
#include "core/digest/textfields.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace PaperShelf::Core {

namespace {

const QString ColorsKey = QStringLiteral("highlight_colors");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QList<HighlightColor> &defaultColors()
{
    static const QList<HighlightColor> colors = {
        // Meanings are translated when they are read (see colors()).
        {QStringLiteral("yellow"),
         QStringLiteral(QT_TRANSLATE_NOOP("PaperShelf::Core::HighlightStore", "important")),
         QStringLiteral("#fff176")},
        {QStringLiteral("red"),
         QStringLiteral(QT_TRANSLATE_NOOP("PaperShelf::Core::HighlightStore", "doubt")),
         QStringLiteral("#ef9a9a")},
        {QStringLiteral("green"),
         QStringLiteral(QT_TRANSLATE_NOOP("PaperShelf::Core::HighlightStore", "method")),
         QStringLiteral("#a5d6a7")},
        {QStringLiteral("blue"),
         QStringLiteral(QT_TRANSLATE_NOOP("PaperShelf::Core::HighlightStore", "result")),
         QStringLiteral("#90caf9")},
        {QStringLiteral("purple"),
         QStringLiteral(QT_TRANSLATE_NOOP("PaperShelf::Core::HighlightStore", "to check")),
         QStringLiteral("#ce93d8")},
    };
    return colors;
}

const QString Columns = QStringLiteral(
    "id, paper_id, field, start, length, quote, color, comment, orphaned, created_at, updated_at");

Highlight fromRow(const SqlQuery &query)
{
    Highlight h;
    h.id = query.value(0).toLongLong();
    h.paperId = query.value(1).toLongLong();
    h.field = query.value(2).toString();
    h.start = query.value(3).toLongLong();
    h.length = query.value(4).toLongLong();
    h.quote = query.value(5).toString();
    h.color = query.value(6).toString();
    h.comment = query.value(7).toString();
    h.orphaned = query.value(8).toBool();
    h.createdAt = query.value(9).toString();
    h.updatedAt = query.value(10).toString();
    return h;
}

} // namespace

HighlightStore::HighlightStore(const QSqlDatabase &db)
    : m_db(db)
    , m_statements(db)
{
}

HighlightStore::~HighlightStore() = default;

const QStringList &HighlightStore::colorKeys()
{
    static const QStringList keys = [] {
        QStringList list;
        for (const HighlightColor &color : defaultColors()) {
            list.append(color.key);
        }
        return list;
    }();
    return keys;
}

Result<Highlight> HighlightStore::add(qint64 paperId,
                                      const QString &field,
                                      qsizetype start,
                                      qsizetype length,
                                      const QString &color,
                                      const QString &comment)
{
    if (!TextFields::isKnown(field)) {
        return Error{tr("“%1” is not a text field of a paper.").arg(field)};
    }
    if (!colorKeys().contains(color)) {
        return Error{tr("“%1” is not a highlight colour.").arg(color)};
    }
    const Result<std::optional<PaperDetails>> paper = PaperRepository(m_db).paper(paperId);
    if (!paper) {
        return paper.error();
    }
    if (!*paper) {
        return Error{tr("The paper is no longer in the library.")};
    }
    const QString text = TextFields::text((*paper)->text, field);
    if (start < 0 || length <= 0 || start + length > text.size()) {
        return Error{tr("The selection is outside the text.")};
    }
    Highlight h;
    h.paperId = paperId;
    h.field = field;
    h.start = start;
    h.length = length;
    h.quote = text.mid(start, length);
    h.color = color;
    h.comment = comment;
    h.createdAt = now();
    h.updatedAt = h.createdAt;
    SqlQuery insert(m_statements,
                    QStringLiteral("INSERT INTO highlights(paper_id, field, start, length, quote, color, comment,"
                                   " orphaned, created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"));
    insert.add(h.paperId)
        .add(h.field)
        .add(h.start)
        .add(h.length)
        .add(h.quote)
        .add(h.color)
        .add(h.comment)
        .add(h.createdAt)
        .add(h.updatedAt);
    if (auto ok = insert.exec(); !ok) {
        return ok.error();
    }
    h.id = insert.lastInsertId();
    return h;
}

Result<void> HighlightStore::update(qint64 id, const QString &color, const QString &comment)
{
    if (!colorKeys().contains(color)) {
        return Error{tr("“%1” is not a highlight colour.").arg(color)};
    }
    SqlQuery update(m_statements,
                    QStringLiteral("UPDATE highlights SET color = ?, comment = ?, updated_at = ? WHERE id = ?"));
    update.add(color).add(comment).add(now()).add(id);
    if (auto ok = update.exec(); !ok) {
        return ok;
    }
    if (update.numRowsAffected() == 0) {
        return Error{tr("The highlight no longer exists.")};
    }
    return {};
}

Result<Highlight> HighlightStore::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok.error();
    }
    Result<QList<Highlight>> found = select(QStringLiteral("id = ?"), {id});
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return Error{tr("The highlight no longer exists.")};
    }
    SqlQuery remove(m_statements, QStringLiteral("DELETE FROM highlights WHERE id = ?"));
    remove.add(id);
    if (auto ok = remove.exec(); !ok) {
        return ok.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return found->first();
}

Result<void> HighlightStore::restore(const Highlight &h)
{
    SqlQuery insert(m_statements,
                    QStringLiteral("INSERT INTO highlights(id, paper_id, field, start, length, quote, color, comment,"
                                   " orphaned, created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.add(h.id)
        .add(h.paperId)
        .add(h.field)
        .add(h.start)
        .add(h.length)
        .add(h.quote)
        .add(h.color)
        .add(h.comment)
        .add(h.orphaned ? 1 : 0)
        .add(h.createdAt)
        .add(h.updatedAt);
    return insert.exec();
}

Result<QList<Highlight>> HighlightStore::select(const QString &where, const QVariantList &values)
{
    SqlQuery query(m_db, QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM highlights WHERE ") + where);
    for (const QVariant &value : values) {
        query.add(value);
    }
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    QList<Highlight> list;
    while (query.next()) {
        list.append(fromRow(query));
    }
    return list;
}

Result<QList<Highlight>> HighlightStore::forPaper(qint64 paperId)
{
    Result<QList<Highlight>> list = select(QStringLiteral("paper_id = ?"), {paperId});
    if (!list) {
        return list;
    }
    const QStringList &order = TextFields::names();
    std::sort(list->begin(), list->end(), [&order](const Highlight &a, const Highlight &b) {
        const auto fa = order.indexOf(a.field);
        const auto fb = order.indexOf(b.field);
        return fa != fb ? fa < fb : (a.start != b.start ? a.start < b.start : a.id < b.id);
    });
    return list;
}

Result<QList<Highlight>> HighlightStore::all(const QString &color)
{
    if (color.isEmpty()) {
        return select(QStringLiteral("1 ORDER BY created_at DESC, id DESC"), {});
    }
    return select(QStringLiteral("color = ? ORDER BY created_at DESC, id DESC"), {color});
}

Result<int> HighlightStore::reanchor(const QList<qint64> &paperIds)
{
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok.error();
    }
    int changed = 0;
    PaperRepository papers(m_db);
    for (const qint64 paperId : paperIds) {
        Result<QList<Highlight>> highlights = select(QStringLiteral("paper_id = ?"), {paperId});
        if (!highlights) {
            return highlights.error();
        }
        if (highlights->isEmpty()) {
            continue;
        }
        const Result<std::optional<PaperDetails>> paper = papers.paper(paperId);
        if (!paper) {
            return paper.error();
        }
        if (!*paper) {
            continue;
        }
        for (const Highlight &h : *highlights) {
            const HighlightAnchor before{h.start, h.length, h.quote, h.orphaned};
            const HighlightAnchor after = HighlightAnchoring::reanchor(before,
                                                                       TextFields::text((*paper)->text, h.field));
            if (after == before) {
                continue;
            }
            SqlQuery update(m_statements,
                            QStringLiteral("UPDATE highlights SET start = ?, length = ?, orphaned = ? WHERE id = ?"));
            update.add(after.start).add(after.length).add(after.orphaned ? 1 : 0).add(h.id);
            if (auto ok = update.exec(); !ok) {
                return ok.error();
            }
            ++changed;
        }
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return changed;
}

Result<QList<HighlightColor>> HighlightStore::colors()
{
    SqlQuery query(m_statements, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.add(ColorsKey);
    const Result<QVariant> stored = query.scalar();
    if (!stored) {
        return stored.error();
    }
    const QJsonObject meanings = QJsonDocument::fromJson(stored->toString().toUtf8()).object();
    QList<HighlightColor> list = defaultColors();
    for (HighlightColor &color : list) {
        const QString meaning = meanings.value(color.key).toString();
        color.meaning = meaning.isEmpty() ? tr(color.meaning.toUtf8().constData()) : meaning;
    }
    return list;
}

Result<void> HighlightStore::setColorMeaning(const QString &key, const QString &meaning)
{
    if (!colorKeys().contains(key)) {
        return Error{tr("“%1” is not a highlight colour.").arg(key)};
    }
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok;
    }
    SqlQuery query(m_statements, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.add(ColorsKey);
    const Result<QVariant> stored = query.scalar();
    if (!stored) {
        return stored.error();
    }
    QJsonObject meanings = QJsonDocument::fromJson(stored->toString().toUtf8()).object();
    if (meaning.simplified().isEmpty()) {
        meanings.remove(key); // back to the default
    } else {
        meanings.insert(key, meaning.simplified());
    }
    SqlQuery write(m_statements, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    write.add(ColorsKey).add(QString::fromUtf8(QJsonDocument(meanings).toJson(QJsonDocument::Compact)));
    if (auto ok = write.exec(); !ok) {
        return ok;
    }
    return transaction.commit();
}

} // namespace PaperShelf::Core
