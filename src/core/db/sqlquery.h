#pragma once

#include "core/util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace PaperShelf::Core {

/// A prepared statement that reports failures as Result values. Every value is
/// bound through a placeholder; SQL text never contains data. A null QString is
/// bound as '' (our text columns are NOT NULL); bind QVariant() for SQL NULL.
class SqlQuery final
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    SqlQuery &add(const QVariant &value);

    /// Executes the statement; the error message names the statement.
    Result<void> exec();
    /// Executes and returns the first column of the first row (null when no row).
    Result<QVariant> scalar();

    bool next() { return m_query.next(); }

    QVariant value(int column) const { return m_query.value(column); }

    QSqlQuery &query() { return m_query; }

    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }

    int numRowsAffected() const { return m_query.numRowsAffected(); }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

/// An explicit write transaction (BEGIN IMMEDIATE, so the write lock is taken up
/// front and a busy library fails at the start, not halfway). Rolls back when
/// destroyed without commit().
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    Result<void> begin();
    Result<void> commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

/// Escapes LIKE wildcards (with `\` as the ESCAPE character).
QString escapeLike(const QString &text);

} // namespace PaperShelf::Core
