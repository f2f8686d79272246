#include "core/db/sqlquery.h"

#include "core/db/database.h"

#include <QSqlError>

namespace PaperShelf::Core {

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
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

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, bindable(value));
    return *this;
}

SqlQuery &SqlQuery::add(const QVariant &value)
{
    m_query.addBindValue(bindable(value));
    return *this;
}

Result<void> SqlQuery::exec()
{
    if (!m_prepared || !m_query.exec()) {
        return Database::describe(m_query.lastError(), m_sql.simplified().left(80));
    }
    return {};
}

Result<QVariant> SqlQuery::scalar()
{
    if (auto result = exec(); !result) {
        return result.error();
    }
    return m_query.next() ? m_query.value(0) : QVariant();
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::begin()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return Database::describe(query.lastError(), QStringLiteral("BEGIN"));
    }
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Error error = Database::describe(query.lastError(), QStringLiteral("COMMIT"));
        rollback();
        return error;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
        m_active = false;
    }
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

} // namespace PaperShelf::Core
