#include "core/export/csljsonexporter.h"
#include "core/export/obsidianexporter.h"
#include "core/export/risexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace PaperShelf::Core;
using namespace Qt::Literals::StringLiterals;

class TestAnnotationExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cslJsonUsesOnlyCslVariables();
    void cslJsonValues();
    void risRecordsParseBack();
    void obsidianNoteSnapshot();
    void obsidianFrontMatterCannotBeBrokenByDigestText();
    void obsidianFileNamesAreSafe();
};

namespace {

PaperDetails annotatedPaper()
{
    PaperDetails paper;
    paper.id = u"2405.01234"_s;
    paper.arxivId = u"2405.01234"_s;
    paper.text.title = u"Sparse Voxels for Radiance Fields"_s;
    paper.text.authors = {u"Mei Lin"_s, u"Jonas van der Berg"_s, u"Plato"_s};
    paper.text.abstract = u"We propose sparse voxels."_s;
    paper.text.pdfUrl = u"https://arxiv.org/pdf/2405.01234v1"_s;
    paper.text.comment = u"CVPR 2025"_s;
    paper.text.links = {u"https://github.com/example/svox"_s};
    paper.topics = {u"NeRF"_s};
    paper.tags = {{u"NeRF"_s, TagKind::Topic}, {u"to cite"_s, TagKind::User}, {u"体素"_s, TagKind::Keyword}};
    paper.appearances = {{QDate(2024, 5, 7), u"NeRF"_s, u"2024-05-07/NeRF.md"_s}};
    paper.status = ReadingStatus::Read;
    paper.rating = 4;
    paper.favourite = true;
    paper.notes = u"My **own** notes.\n\n- point one"_s;
    return paper;
}

QList<HighlightColor> colors()
{
    return {{u"yellow"_s, u"important"_s, u"#fff176"_s}, {u"red"_s, u"doubt"_s, u"#ef9a9a"_s}};
}

QList<Highlight> highlights()
{
    Highlight a;
    a.field = u"abstract"_s;
    a.quote = u"sparse voxels"_s;
    a.color = u"red"_s;
    a.comment = u"really sparse?"_s;
    Highlight b;
    b.field = u"summary_zh"_s;
    b.quote = u"稀疏体素"_s;
    b.color = u"yellow"_s;
    Highlight c;
    c.field = u"abstract"_s;
    c.quote = u"gone text"_s;
    c.color = u"yellow"_s;
    c.orphaned = true;
    return {a, b, c};
}

} // namespace

void TestAnnotationExports::cslJsonUsesOnlyCslVariables()
{
    // The CSL 1.0.2 variables Zotero's CSL-JSON import understands (subset we may use).
    const QStringList allowed = {u"id"_s,
                                 u"type"_s,
                                 u"title"_s,
                                 u"author"_s,
                                 u"issued"_s,
                                 u"abstract"_s,
                                 u"URL"_s,
                                 u"number"_s,
                                 u"archive"_s,
                                 u"note"_s,
                                 u"keyword"_s,
                                 u"DOI"_s,
                                 u"publisher"_s};
    const QJsonArray items = QJsonDocument::fromJson(CslJsonExporter::exportPapers({annotatedPaper()})).array();
    QCOMPARE(items.size(), 1);
    for (const QString &key : items.first().toObject().keys()) {
        QVERIFY2(allowed.contains(key), qPrintable(key));
    }
}

void TestAnnotationExports::cslJsonValues()
{
    const QJsonObject item = CslJsonExporter::toJson(annotatedPaper(), u"lin2024sparse"_s);
    QCOMPARE(item.value(u"type"_s).toString(), u"article"_s);
    QCOMPARE(item.value(u"id"_s).toString(), u"lin2024sparse"_s);
    const QJsonArray authors = item.value(u"author"_s).toArray();
    QCOMPARE(authors.size(), 3);
    QCOMPARE(authors.at(0).toObject().value(u"family"_s).toString(), u"Lin"_s);
    QCOMPARE(authors.at(0).toObject().value(u"given"_s).toString(), u"Mei"_s);
    QCOMPARE(authors.at(1).toObject().value(u"family"_s).toString(), u"Berg"_s);
    QCOMPARE(authors.at(2).toObject().value(u"family"_s).toString(), u"Plato"_s);
    QVERIFY(!authors.at(2).toObject().contains(u"given"_s));
    const QJsonArray parts = item.value(u"issued"_s).toObject().value(u"date-parts"_s).toArray().first().toArray();
    QCOMPARE(parts, (QJsonArray{2024, 5}));
    QCOMPARE(item.value(u"URL"_s).toString(), u"https://arxiv.org/abs/2405.01234"_s);
    QCOMPARE(item.value(u"keyword"_s).toString(), u"to cite"_s);
    QCOMPARE(item.value(u"note"_s).toString(), u"CVPR 2025"_s);
}

void TestAnnotationExports::risRecordsParseBack()
{
    PaperDetails hostile = annotatedPaper();
    hostile.text.title = u"Line one\r\nER  - \nTY  - JOUR"_s;
    const QString ris = RisExporter::exportPapers({annotatedPaper(), hostile});
    QVERIFY(ris.endsWith(u"ER  - \r\n\r\n"_s));
    static const QRegularExpression tagLine(u"^[A-Z][A-Z0-9]  - .*$"_s);
    int records = 0;
    QStringList authors;
    bool open = false;
    for (const QString &line : ris.split(u"\r\n"_s)) {
        if (line.isEmpty()) {
            continue;
        }
        QVERIFY2(tagLine.match(line).hasMatch(), qPrintable(line));
        if (line.startsWith(u"TY  - "_s)) {
            QVERIFY(!open);
            open = true;
            QCOMPARE(line, u"TY  - UNPB"_s);
        } else if (line.startsWith(u"ER  - "_s)) {
            QVERIFY(open);
            open = false;
            ++records;
        } else if (line.startsWith(u"AU  - "_s) && records == 0) {
            authors.append(line.mid(6));
        }
    }
    QCOMPARE(records, 2); // the hostile title did not open or close a record
    QCOMPARE(authors, (QStringList{u"Lin, Mei"_s, u"Berg, Jonas van der"_s, u"Plato"_s}));
    QVERIFY(ris.contains(u"KW  - to cite\r\n"_s));
    QVERIFY(ris.contains(u"PY  - 2024\r\n"_s));
    QVERIFY(ris.contains(u"TI  - Line one ER - TY - JOUR\r\n"_s));
}

void TestAnnotationExports::obsidianNoteSnapshot()
{
    const QString expected = uR"(---
id: "2405.01234"
title: "Sparse Voxels for Radiance Fields"
authors: ["Mei Lin", "Jonas van der Berg", "Plato"]
tags: ["NeRF", "to-cite"]
status: read
rating: 4
favourite: true
url: "https://arxiv.org/abs/2405.01234"
date: 2024-05-07
---

# Sparse Voxels for Radiance Fields

[arXiv](<https://arxiv.org/abs/2405.01234>) · [PDF](<https://arxiv.org/pdf/2405.01234v1>) · <https://github.com/example/svox>

## Highlights

### important (yellow)

> 稀疏体素

> gone text *(no longer in the text)*

### doubt (red)

> sparse voxels

really sparse?

## Notes

My **own** notes.

- point one
)"_s;
    QCOMPARE(ObsidianExporter::exportPaper(annotatedPaper(), highlights(), colors()), expected);
}

void TestAnnotationExports::obsidianFrontMatterCannotBeBrokenByDigestText()
{
    PaperDetails paper = annotatedPaper();
    paper.text.title = u"Evil\n---\nstatus: unread\n\"quoted\""_s;
    paper.text.authors = {u"A \"B\" C"_s};
    const QString note = ObsidianExporter::exportPaper(paper, {}, colors());
    const QStringList lines = note.split(u'\n');
    QCOMPARE(lines.at(0), u"---"_s);
    QCOMPARE(lines.at(2), uR"(title: "Evil --- status: unread \"quoted\"")"_s);
    QCOMPARE(lines.indexOf(u"---"_s, 1), 10); // the front matter closes where it should
    QCOMPARE(lines.at(3), uR"(authors: ["A \"B\" C"])"_s);
}

void TestAnnotationExports::obsidianFileNamesAreSafe()
{
    PaperDetails paper = annotatedPaper();
    QCOMPARE(ObsidianExporter::fileName(paper), u"Sparse Voxels for Radiance Fields (2405.01234).md"_s);
    paper.text.title = u"../../etc/passwd: a/b\\c?*"_s;
    const QString name = ObsidianExporter::fileName(paper);
    QVERIFY(!name.contains(u'/'));
    QVERIFY(!name.contains(u'\\'));
    QVERIFY(!name.startsWith(u'.'));
    QVERIFY(name.endsWith(u"(2405.01234).md"_s));
}

QTEST_GUILESS_MAIN(TestAnnotationExports)
#include "tst_annotationexports.moc"
