#include "core/review/glossarystore.h"

#include "core/db/sqlquery.h"
#include "core/review/glossarycodec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

namespace PaperShelf::Core {

namespace {

Q_LOGGING_CATEGORY(lcGlossary, "papershelf.review.glossary")

Error failure(GlossaryStore::ErrorCode code, const QString &message)
{
    return Error{message, static_cast<int>(code)};
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QStringList wrongFromJson(const QString &json)
{
    QStringList items;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue value : array) {
        items.append(value.toString());
    }
    return items;
}

const QString SelectColumns = u"SELECT id, term, preferred, wrong, note FROM glossary"_s;

GlossaryTerm termAt(const SqlQuery &query)
{
    GlossaryTerm term;
    term.id = query.value(0).toLongLong();
    term.term = query.value(1).toString();
    term.preferred = query.value(2).toString();
    term.wrong = wrongFromJson(query.value(3).toString());
    term.note = query.value(4).toString();
    return term;
}

} // namespace

GlossaryStore::GlossaryStore(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<QList<GlossaryTerm>> GlossaryStore::terms() const
{
    SqlQuery query(m_db, SelectColumns + u" ORDER BY term COLLATE NOCASE, id"_s);
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    QList<GlossaryTerm> terms;
    while (query.next()) {
        terms.append(termAt(query));
    }
    return terms;
}

Result<GlossaryTerm> GlossaryStore::find(const QString &term) const
{
    // The column's NOCASE collation makes `=` ignore ASCII case.
    SqlQuery query(m_db, SelectColumns + u" WHERE term = ?"_s);
    query.add(term.simplified());
    if (auto ok = query.exec(); !ok) {
        return ok.error();
    }
    if (!query.next()) {
        return failure(ErrorCode::NotFound, tr("The glossary has no term \"%1\".").arg(term.simplified()));
    }
    return termAt(query);
}

Result<GlossaryTerm> GlossaryStore::normalised(const GlossaryTerm &term)
{
    GlossaryTerm out;
    out.id = term.id;
    out.term = term.term.simplified();
    out.preferred = term.preferred.simplified();
    out.note = term.note.trimmed();
    for (const QString &wrong : term.wrong) {
        const QString simplified = wrong.simplified();
        if (!simplified.isEmpty() && !out.wrong.contains(simplified)) {
            out.wrong.append(simplified);
        }
    }
    if (out.term.isEmpty()) {
        return failure(ErrorCode::Invalid, tr("A glossary term cannot be empty."));
    }
    if (out.preferred.isEmpty()) {
        return failure(ErrorCode::Invalid, tr("The term \"%1\" needs a preferred rendering.").arg(out.term));
    }
    return out;
}

Result<qint64> GlossaryStore::upsert(const GlossaryTerm &term, OnConflict onConflict)
{
    const QString
        conflict = onConflict == OnConflict::Keep
                     ? u" ON CONFLICT(term) DO NOTHING"_s
                     : u" ON CONFLICT(term) DO UPDATE SET term = excluded.term, preferred = excluded.preferred,"
                       " wrong = excluded.wrong, note = excluded.note, updated_at = excluded.updated_at"_s;
    SqlQuery insert(m_db,
                    u"INSERT INTO glossary(term, preferred, wrong, note, updated_at) VALUES(?, ?, ?, ?, ?)"_s
                        + conflict);
    insert.add(term.term).add(term.preferred).add(jsonArray(term.wrong)).add(term.note).add(now());
    if (auto ok = insert.exec(); !ok) {
        return ok.error();
    }
    if (insert.numRowsAffected() == 0) {
        return qint64(0);
    }
    SqlQuery id(m_db, u"SELECT id FROM glossary WHERE term = ?"_s);
    id.add(term.term);
    const Result<QVariant> found = id.scalar();
    if (!found) {
        return found.error();
    }
    return found->toLongLong();
}

Result<void> GlossaryStore::invalidateChecks()
{
    // Same statement as ReviewStore::invalidateChecks(), but inside this store's
    // transaction, so that a glossary change and the stale mark land together.
    return SqlQuery(m_db, u"UPDATE review_segments SET checked = 0 WHERE checked <> 0"_s).exec();
}

Result<qint64> GlossaryStore::save(const GlossaryTerm &term)
{
    const Result<GlossaryTerm> checked = normalised(term);
    if (!checked) {
        return checked.error();
    }
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok.error();
    }
    qint64 id = checked->id;
    if (id == 0) {
        const Result<qint64> written = upsert(*checked, OnConflict::Replace);
        if (!written) {
            return written.error();
        }
        id = *written;
    } else {
        // Existence first: a stale id is "not found" whatever its new term is.
        SqlQuery taken(m_db, u"SELECT sum(id = ?), sum(id <> ? AND term = ?) FROM glossary"_s);
        taken.add(id).add(id).add(checked->term);
        if (auto ok = taken.exec(); !ok) {
            return ok.error();
        }
        if (!taken.next() || taken.value(0).toInt() == 0) {
            return failure(ErrorCode::NotFound, tr("The glossary has no term with id %1.").arg(id));
        }
        if (taken.value(1).toInt() > 0) {
            return failure(ErrorCode::TermTaken, tr("The glossary already has the term \"%1\".").arg(checked->term));
        }
        SqlQuery update(m_db,
                        u"UPDATE glossary SET term = ?, preferred = ?, wrong = ?, note = ?, updated_at = ?"
                        " WHERE id = ?"_s);
        update.add(checked->term)
            .add(checked->preferred)
            .add(jsonArray(checked->wrong))
            .add(checked->note)
            .add(now())
            .add(id);
        if (auto ok = update.exec(); !ok) {
            return ok.error();
        }
    }
    if (auto ok = invalidateChecks(); !ok) {
        return ok.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return id;
}

Result<void> GlossaryStore::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok;
    }
    SqlQuery query(m_db, u"DELETE FROM glossary WHERE id = ?"_s);
    query.add(id);
    if (auto ok = query.exec(); !ok) {
        return ok;
    }
    if (query.numRowsAffected() == 0) {
        return failure(ErrorCode::NotFound, tr("The glossary has no term with id %1.").arg(id));
    }
    if (auto ok = invalidateChecks(); !ok) {
        return ok;
    }
    return transaction.commit();
}

Result<int> GlossaryStore::importTerms(const QList<GlossaryTerm> &terms)
{
    // Everything is checked before anything is written.
    QList<GlossaryTerm> checked;
    for (const GlossaryTerm &term : terms) {
        const Result<GlossaryTerm> valid = normalised(term);
        if (!valid) {
            return valid.error();
        }
        checked.append(*valid);
    }
    Transaction transaction(m_db);
    if (auto ok = transaction.begin(); !ok) {
        return ok.error();
    }
    for (const GlossaryTerm &term : std::as_const(checked)) {
        if (const Result<qint64> written = upsert(term, OnConflict::Replace); !written) {
            return written.error();
        }
    }
    if (auto ok = invalidateChecks(); !ok) {
        return ok.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return static_cast<int>(checked.size());
}

Result<int> GlossaryStore::seedStarterTerms()
{
    int added = 0;
    for (const GlossaryTerm &term : starterTerms()) {
        const Result<GlossaryTerm> valid = normalised(term);
        if (!valid) {
            return valid.error();
        }
        const Result<qint64> written = upsert(*valid, OnConflict::Keep);
        if (!written) {
            return written.error();
        }
        added += *written != 0 ? 1 : 0;
    }
    return added;
}

QList<GlossaryTerm> GlossaryStore::starterTerms()
{
    static const QList<GlossaryTerm> terms = [] {
        const QString path = u":/review/starterglossary.tsv"_s;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            // A build without the resource is broken; a release still opens libraries.
            qCCritical(lcGlossary) << "starter glossary missing:" << path;
            Q_ASSERT_X(false, "GlossaryStore::starterTerms", "resource missing");
            return QList<GlossaryTerm>();
        }
        const Result<QList<GlossaryTerm>> read = GlossaryCodec::read(file.readAll(), GlossaryFormat::Tsv);
        if (!read) {
            qCCritical(lcGlossary) << "starter glossary unreadable:" << read.errorMessage();
            Q_ASSERT_X(false, "GlossaryStore::starterTerms", "resource unreadable");
            return QList<GlossaryTerm>();
        }
        return *read;
    }();
    return terms;
}

} // namespace PaperShelf::Core
