#pragma once

#include "core/digest/digestentry.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace PaperShelf::Core {

/// The three kinds of tag (DESIGN.md §3).
enum class TagKind {
    Topic,
    Keyword,
    User,
};

QString tagKindName(TagKind kind);
/// Parses "topic", "keyword" or "user"; returns false for anything else.
bool parseTagKind(QStringView text, TagKind *kind);

struct Tag
{
    QString name;
    TagKind kind = TagKind::Topic;

    friend bool operator==(const Tag &, const Tag &) = default;
};

struct TagCount
{
    Tag tag;
    int count = 0;
};

/// One appearance of a paper in a digest.
struct Appearance
{
    QDate date;
    QString topic;
    QString source; ///< path relative to the folder it was imported from
};

struct Screenshot
{
    QString url;
    bool cached = false;
};

/// Reading status of a paper (user work).
enum class ReadingStatus {
    Unread,
    ToRead,
    Reading,
    Read,
};

QString readingStatusName(ReadingStatus status);
bool parseReadingStatus(QStringView text, ReadingStatus *status);

/// Everything the library knows about one paper.
struct PaperDetails
{
    qint64 rowId = 0; ///< papers.id (internal)
    QString id;       ///< public id: arXiv id without version, or "t-<hash>" without one
    QString arxivId;
    int arxivVersion = 0;
    DigestEntry text;              ///< machine text of the latest appearance
    QStringList topics;            ///< sorted
    QList<Tag> tags;               ///< all tags, sorted by kind then name
    QList<Appearance> appearances; ///< sorted by date, then source
    QList<Screenshot> screenshots;
    ReadingStatus status = ReadingStatus::Unread;
    int rating = 0;
    bool favourite = false;
    QString notes;
};

/// One row of the paper list.
struct PaperSummary
{
    qint64 rowId = 0;
    QString id;
    QString title;
    QDate date; ///< latest appearance
    QStringList topics;
    QStringList tags; ///< "kind:name", sorted
    ReadingStatus status = ReadingStatus::Unread;
    int rating = 0;
    int screenshots = 0;
    QString pdfState; ///< pdf_cache.state: "cached", "failed", or "" when never downloaded
    bool favourite = false;
    bool hasNotes = false;    ///< notes hold more than white space (as PaperFilter::withNotesOnly)
    int reviewedSegments = 0; ///< approved or corrected review segments (of the current text)
    int reviewSegments = 0;   ///< review segments of the current text
};

struct LibraryStats
{
    int papers = 0;
    int digests = 0;
    int appearances = 0;
    int screenshots = 0;
    int tags = 0;
    int schemaVersion = 0;
};

} // namespace PaperShelf::Core
