#include "core/digest/digestparser.h"

namespace PaperShelf::Core {

ParsedDigest DigestParser::parse(const QByteArray &data, const QString &sourcePath)
{
    Q_UNUSED(data);
    Q_UNUSED(sourcePath);
    ParsedDigest digest;
    digest.skipReason = QStringLiteral("parser not implemented yet");
    return digest;
}

} // namespace PaperShelf::Core
