#include "core/db/records.h"

namespace PaperShelf::Core {

QString tagKindName(TagKind kind)
{
    switch (kind) {
    case TagKind::Topic:
        return QStringLiteral("topic");
    case TagKind::Keyword:
        return QStringLiteral("keyword");
    case TagKind::User:
        return QStringLiteral("user");
    }
    return {};
}

bool parseTagKind(QStringView text, TagKind *kind)
{
    for (const TagKind candidate : {TagKind::Topic, TagKind::Keyword, TagKind::User}) {
        if (text.compare(tagKindName(candidate), Qt::CaseInsensitive) == 0) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString readingStatusName(ReadingStatus status)
{
    switch (status) {
    case ReadingStatus::Unread:
        return QStringLiteral("unread");
    case ReadingStatus::ToRead:
        return QStringLiteral("to_read");
    case ReadingStatus::Reading:
        return QStringLiteral("reading");
    case ReadingStatus::Read:
        return QStringLiteral("read");
    }
    return {};
}

bool parseReadingStatus(QStringView text, ReadingStatus *status)
{
    for (const ReadingStatus candidate :
         {ReadingStatus::Unread, ReadingStatus::ToRead, ReadingStatus::Reading, ReadingStatus::Read}) {
        if (text == readingStatusName(candidate)) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

} // namespace PaperShelf::Core
