#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace PaperShelf::Core {

/// The decoded text of one file, split into lines. Owns the string that the
/// line views point into, so it must outlive every view handed out.
class SourceText final
{
public:
    /// Decodes UTF-8 (BOM stripped, invalid sequences replaced by U+FFFD) and
    /// splits on LF, CRLF and CR.
    explicit SourceText(const QByteArray &data);

    /// False for binary data (NUL bytes or mostly control/replacement characters).
    bool isText() const { return m_isText; }

    /// 1-based line of the first invalid UTF-8 sequence, 0 when the bytes were valid.
    int invalidUtf8Line() const { return m_invalidUtf8Line; }

    /// Lines without their terminators; index 0 is source line 1.
    const QList<QStringView> &lines() const { return m_lines; }

private:
    static qsizetype firstInvalidUtf8(const QByteArray &data, qsizetype from);
    static bool looksBinary(const QByteArray &data);
    void splitLines();

    QString m_text;
    QList<QStringView> m_lines;
    bool m_isText = true;
    int m_invalidUtf8Line = 0;
};

} // namespace PaperShelf::Core
