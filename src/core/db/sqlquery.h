#pragma once

#include "core/util/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <unordered_map>

namespace PaperShelf::Core {

class StatementCache;

/// A prepared statement that reports failures as Result values. Every value is
/// bound through a placeholder; SQL text never contains data. A null QString is
/// bound as '' (our text columns are NOT NULL); bind QVariant() for SQL NULL.
class SqlQuery final
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    /// Reuses the statement prepared for `sql` by `cache` (preparing it on first use).
    SqlQuery(StatementCache &cache, const QString &sql);
    ~SqlQuery();
    Q_DISABLE_COPY_MOVE(SqlQuery)

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    SqlQuery &add(const QVariant &value);

    /// Executes the statement; the error message names the statement.
    Result<void> exec();
    /// Executes and returns the first column of the first row (null when no row).
    Result<QVariant> scalar();

    bool next() { return m_query->next(); }

    QVariant value(int column) const { return m_query->value(column); }

    QSqlQuery &query() { return *m_query; }

    qint64 lastInsertId() const { return m_query->lastInsertId().toLongLong(); }

    int numRowsAffected() const { return m_query->numRowsAffected(); }

private:
    QSqlError m_prepareError;       ///< declared first: the constructors fill it while preparing
    std::optional<QSqlQuery> m_own; ///< the statement when it is not from a cache
    QSqlQuery *m_query = nullptr;   ///< m_own, or the cache's statement
    QString m_sql;
    bool m_prepared = false;
    bool m_cached = false;
    int m_nextBind = 0;
};

/// Prepared statements kept for the life of a writer: parsing SQL cost a fifth
/// of an import before statements were reused. Not thread-safe; one per connection
/// user. A statement must not be executed again while its rows are still being read.
class StatementCache final
{
    Q_DISABLE_COPY_MOVE(StatementCache)

public:
    explicit StatementCache(const QSqlDatabase &db);
    ~StatementCache();

    /// The prepared statement for `sql`, owned by the cache; nullptr (and `error`
    /// set) when it does not prepare.
    QSqlQuery *statement(const QString &sql, QSqlError *error);

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

/// An explicit write transaction (BEGIN IMMEDIATE, so the write lock is taken up
/// front and a busy library fails at the start, not halfway). Rolls back when
/// destroyed without commit(). With a savepoint name it nests inside a
/// transaction that is already open: commit() releases the savepoint and
/// rollback() undoes only what happened since begin().
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(const QSqlDatabase &db, QString savepoint = QString());
    ~Transaction();

    Result<void> begin();
    Result<void> commit();
    void rollback();

    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    QString m_savepoint;
    bool m_active = false;
};

/// Escapes LIKE wildcards (with `\` as the ESCAPE character).
QString escapeLike(const QString &text);

/// `values` as a JSON array ("[1,2,3]"), to bind once for `x IN (SELECT value
/// FROM json_each(?))` instead of one placeholder (or one query) per value.
QString jsonArray(const QList<qint64> &values);
/// The same for text values.
QString jsonArray(const QStringList &values);

} // namespace PaperShelf::Core
