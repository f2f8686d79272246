// libFuzzer target: the digest parser on arbitrary bytes. The parser is a pure
// function of its input, so every input must return without crashing, leaking,
// reading out of bounds or running for long (see scripts/fuzz.sh).
#include "core/digest/digestparser.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const PaperShelf::Core::ParsedDigest digest = PaperShelf::Core::DigestParser::parse(bytes,
                                                                                        QStringLiteral(
                                                                                            "2024-02-01/fuzz.md"));
    // Touch the result so nothing is optimised away.
    volatile qsizetype fields = digest.entries.size() + digest.warnings.size() + digest.topic.size();
    (void)fields;
    return 0;
}
