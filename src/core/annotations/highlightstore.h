#pragma once

#include "core/db/sqlquery.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace PaperShelf::Core {

/// A highlighted passage of one machine-text field (see TextFields).
struct Highlight
{
    qint64 id = 0;
    qint64 paperId = 0;
    QString field;
    qsizetype start = 0; ///< UTF-16 offset into the field's text
    qsizetype length = 0;
    QString quote; ///< the highlighted text when it was made; anchors it after re-imports
    QString color; ///< one of HighlightStore::colorKeys()
    QString comment;
    bool orphaned = false; ///< the quote is no longer in the field's text
    QString createdAt;
    QString updatedAt;

    friend bool operator==(const Highlight &, const Highlight &) = default;
};

/// A highlight colour and what the user says it means.
struct HighlightColor
{
    QString key;     ///< "yellow", "red", "green", "blue", "purple"
    QString meaning; ///< e.g. "important"; the user may rename it
    QString rgb;     ///< "#rrggbb" used to paint it

    friend bool operator==(const HighlightColor &, const HighlightColor &) = default;
};

/// Reads and writes highlights. Each change is one transaction. Highlights are
/// never deleted by imports: reanchor() moves them with their quote or marks
/// them orphaned.
class HighlightStore final
{
    Q_DECLARE_TR_FUNCTIONS(PaperShelf::Core::HighlightStore)

public:
    explicit HighlightStore(const QSqlDatabase &db);
    ~HighlightStore();
    Q_DISABLE_COPY_MOVE(HighlightStore)

    static const QStringList &colorKeys();

    /// Highlights `length` characters at `start` of `field` in the paper's
    /// current text; the quote is taken from that text.
    Result<Highlight> add(qint64 paperId,
                          const QString &field,
                          qsizetype start,
                          qsizetype length,
                          const QString &color,
                          const QString &comment = QString());
    Result<void> update(qint64 id, const QString &color, const QString &comment);
    /// Deletes a highlight and returns it (for undo).
    Result<Highlight> remove(qint64 id);
    /// Puts back a highlight returned by remove(), with its id.
    Result<void> restore(const Highlight &highlight);

    /// A paper's highlights in reading order (field, then start).
    Result<QList<Highlight>> forPaper(qint64 paperId);
    /// Every highlight of the library, newest first; `color` empty = all colours.
    Result<QList<Highlight>> all(const QString &color = QString());

    /// Re-anchors the highlights of these papers against their current text;
    /// returns how many highlights moved or changed orphaned state.
    Result<int> reanchor(const QList<qint64> &paperIds);

    /// The five colours with their meanings (defaults until renamed).
    Result<QList<HighlightColor>> colors();
    Result<void> setColorMeaning(const QString &key, const QString &meaning);

private:
    Result<QList<Highlight>> select(const QString &where, const QVariantList &values);

    QSqlDatabase m_db;
    StatementCache m_statements;
};

} // namespace PaperShelf::Core
