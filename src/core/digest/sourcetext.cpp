#include "core/digest/sourcetext.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace PaperShelf::Core {

namespace {

// How much of the file the binary sniffing looks at: enough to catch images and
// archives at once without scanning a large text file twice.
constexpr qsizetype binarySniffBytes = qsizetype(64) * 1024;

} // namespace

SourceText::SourceText(const QByteArray &data)
{
    if (looksBinary(data)) {
        m_isText = false;
        return;
    }
    qsizetype start = 0;
    if (data.startsWith("\xEF\xBB\xBF")) {
        start = 3;
    }
    const QByteArrayView body(data.constData() + start, data.size() - start);
    QStringDecoder decoder(QStringDecoder::Utf8);
    m_text = decoder.decode(body);
    if (decoder.hasError()) {
        // Only broken files pay for the second pass that locates the damage.
        const qsizetype bad = std::max<qsizetype>(firstInvalidUtf8(data, start), start);
        int line = 1;
        for (qsizetype i = 0; i < bad; ++i) {
            const char c = data.at(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= data.size() || data.at(i + 1) != '\n'))) {
                ++line;
            }
        }
        m_invalidUtf8Line = line;
        // Text with a few broken sequences is still a digest; text that is
        // mostly replacement characters is not text at all.
        const qsizetype replaced = std::count(m_text.cbegin(), m_text.cend(), QChar(QChar::ReplacementCharacter));
        if (replaced * 10 > m_text.size()) {
            m_isText = false;
            m_text.clear();
            return;
        }
    }
    splitLines();
}

bool SourceText::looksBinary(const QByteArray &data)
{
    const qsizetype n = std::min(data.size(), binarySniffBytes);
    if (std::memchr(data.constData(), 0, std::size_t(n)) != nullptr) {
        return true;
    }
    qsizetype control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(data.at(i));
        control += (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') ? 1 : 0;
    }
    return control * 20 > n;
}

qsizetype SourceText::firstInvalidUtf8(const QByteArray &data, qsizetype from)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = from;
    while (i < n) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= n) {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = bytes[i + k];
            if ((cc & 0xC0) != 0x80) {
                return i;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return i;
        }
        i += extra + 1;
    }
    return -1;
}

void SourceText::splitLines()
{
    const QStringView text(m_text);
    const qsizetype n = text.size();
    m_lines.reserve(n / 40 + 1);
    qsizetype begin = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\n')) {
            m_lines.append(text.sliced(begin, i - begin));
            begin = i + 1;
        } else if (c == QLatin1Char('\r')) {
            m_lines.append(text.sliced(begin, i - begin));
            if (i + 1 < n && text[i + 1] == QLatin1Char('\n')) {
                ++i;
            }
            begin = i + 1;
        }
    }
    // A final newline does not open another (empty) line.
    if (begin < n) {
        m_lines.append(text.sliced(begin));
    }
}

} // namespace PaperShelf::Core
