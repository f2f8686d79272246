#pragma once

#include "core/digest/digestentry.h"

#include <QByteArray>
#include <QString>

namespace PaperShelf::Core {

/// Turns the bytes of one digest file into a ParsedDigest. A pure function of
/// its input: no I/O, no global state, safe to call from any thread.
///
/// `sourcePath` is used only for messages and for the date fallback (a
/// `YYYY-MM-DD` folder or file name). Invalid UTF-8 is decoded with replacement
/// characters and reported as a warning; a BOM and CRLF line ends are accepted.
/// Entries without a title or abstract are dropped with a warning naming the
/// line; entries without an arXiv link are kept (arxivId == "") with a warning.
class DigestParser final
{
public:
    static ParsedDigest parse(const QByteArray &data, const QString &sourcePath);
};

} // namespace PaperShelf::Core
