#include "core/digest/digestparser.h"

#include <QtTest>

using namespace PaperShelf::Core;

class TestDigestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyInputIsNotADigest();
};

void TestDigestParser::emptyInputIsNotADigest()
{
    const ParsedDigest digest = DigestParser::parse(QByteArray(), QStringLiteral("empty.md"));
    QVERIFY(!digest.isDigest);
    QVERIFY(!digest.skipReason.isEmpty());
    QVERIFY(digest.entries.isEmpty());
}

QTEST_GUILESS_MAIN(TestDigestParser)
#include "tst_digestparser.moc"
