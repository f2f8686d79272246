#pragma once

#include "core/digest/digestentry.h"

#include <QByteArray>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

namespace PaperShelf::Core {

/// How a DigestEntry is stored in the `entries` table: scalar fields as text,
/// lists as compact JSON arrays, the structured summary as a JSON object.
class EntryCodec final
{
public:
    /// Column list matching decode(), qualified with the alias `e` for `entries`.
    static const QString &columns();

    static QString encodeList(const QStringList &list);
    static QStringList decodeList(const QString &json);
    static QString encodeStructured(const StructuredSummary &summary);
    static StructuredSummary decodeStructured(const QString &json);

    /// Reads an entry from a query positioned on a row; `first` is the index of
    /// the first of columns() in the SELECT list.
    static DigestEntry decode(const QSqlRecord &record, int first);

    /// A stable hash of every machine field (hex); equal hashes mean equal text.
    static QString contentHash(const DigestEntry &entry);

    /// The encoded columns of an entry, computed ahead of storing (pure, any thread).
    struct Encoded
    {
        QString authors;
        QString links;
        QString takeaways;
        QString structured;
        QString screenshots;
        QString contentHash;
    };

    static Encoded encode(const DigestEntry &entry);
};

} // namespace PaperShelf::Core
