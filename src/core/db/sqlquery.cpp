#include "core/db/sqlquery.h"

#include "core/db/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace PaperShelf::Core {

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_own(std::in_place, db)
    , m_query(&*m_own)
    , m_sql(sql)
{
    m_query->setForwardOnly(true);
    m_prepared = m_query->prepare(sql);
    if (!m_prepared) {
        m_prepareError = m_query->lastError();
    }
}

namespace {

// QSQLITE binds a null QString as SQL NULL; text columns are NOT NULL, so an
// empty string stays an empty string. Use QVariant() to bind NULL on purpose.
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        return QVariant(QStringLiteral(""));
    }
    return value;
}

} // namespace

SqlQuery::SqlQuery(StatementCache &cache, const QString &sql)
    : m_query(cache.statement(sql, &m_prepareError))
    , m_sql(sql)
    , m_prepared(m_query != nullptr)
    , m_cached(true)
{
    if (!m_query) {
        // Keep a statement to report the error from.
        m_own.emplace();
        m_query = &*m_own;
    }
}

SqlQuery::~SqlQuery()
{
    // A cached statement outlives this object: reset it so it holds no read snapshot.
    if (m_cached && m_prepared) {
        m_query->finish();
    }
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query->bindValue(placeholder, bindable(value));
    return *this;
}

SqlQuery &SqlQuery::add(const QVariant &value)
{
    m_query->bindValue(m_nextBind++, bindable(value));
    return *this;
}

StatementCache::StatementCache(const QSqlDatabase &db)
    : m_db(db)
{
}

StatementCache::~StatementCache() = default;

QSqlQuery *StatementCache::statement(const QString &sql, QSqlError *error)
{
    if (const auto it = m_statements.find(sql); it != m_statements.end()) {
        return it->second.get();
    }
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        *error = query->lastError();
        return nullptr;
    }
    return m_statements.emplace(sql, std::move(query)).first->second.get();
}

Result<void> SqlQuery::exec()
{
    if (!m_prepared) {
        return Database::describe(m_prepareError, m_sql.simplified().left(80));
    }
    if (!m_query->exec()) {
        return Database::describe(m_query->lastError(), m_sql.simplified().left(80));
    }
    return {};
}

Result<QVariant> SqlQuery::scalar()
{
    if (auto result = exec(); !result) {
        return result.error();
    }
    return m_query->next() ? m_query->value(0) : QVariant();
}

Transaction::Transaction(const QSqlDatabase &db, QString savepoint)
    : m_db(db)
    , m_savepoint(std::move(savepoint))
{
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::begin()
{
    QSqlQuery query(m_db);
    // Savepoint names come from code, never from data.
    const QString sql = m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                              : QStringLiteral("SAVEPOINT ") + m_savepoint;
    if (!query.exec(sql)) {
        return Database::describe(query.lastError(), sql);
    }
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    QSqlQuery query(m_db);
    const QString sql = m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint;
    if (!query.exec(sql)) {
        // A failed COMMIT is a storage fault (full disk, I/O error) or a lock: the
        // description says what it means; the statement would only add noise.
        const Error error = Database::describe(query.lastError(), m_savepoint.isEmpty() ? QString() : sql);
        rollback();
        return error;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active) {
        return;
    }
    QSqlQuery query(m_db);
    if (m_savepoint.isEmpty()) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE then removes it.
        query.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        query.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
}

QString escapeLike(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
        }
        out += c;
    }
    return out;
}

QString jsonArray(const QList<qint64> &values)
{
    QString out;
    out.reserve(values.size() * 8 + 2);
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0) {
            out += QLatin1Char(',');
        }
        out += QString::number(values.at(i));
    }
    out += QLatin1Char(']');
    return out;
}

QString jsonArray(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

} // namespace PaperShelf::Core
