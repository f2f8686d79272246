#include "core/search/filtercodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <array>

namespace PaperShelf::Core {

namespace {

const QString FormatKey = QStringLiteral("format");
const QString TextKey = QStringLiteral("text");
const QString AllOfKey = QStringLiteral("all_of");
const QString AnyOfKey = QStringLiteral("any_of");
const QString NoneOfKey = QStringLiteral("none_of");
const QString StatusesKey = QStringLiteral("statuses");
const QString FavouritesKey = QStringLiteral("favourites_only");
const QString NotesKey = QStringLiteral("with_notes_only");
const QString LatestDigestKey = QStringLiteral("latest_digest_only");
const QString SortKey = QStringLiteral("sort");
const QString ReversedKey = QStringLiteral("reversed");
const QString NameKey = QStringLiteral("name");
const QString KindKey = QStringLiteral("kind");

constexpr std::array<SortOrder, 9> AllSortOrders = {SortOrder::Relevance,
                                                    SortOrder::Date,
                                                    SortOrder::Title,
                                                    SortOrder::Topics,
                                                    SortOrder::Status,
                                                    SortOrder::Rating,
                                                    SortOrder::Figures,
                                                    SortOrder::ReviewProgress,
                                                    SortOrder::Pdf};

QJsonArray selectorsToJson(const QList<TagSelector> &selectors)
{
    QJsonArray array;
    for (const TagSelector &selector : selectors) {
        QJsonObject object{{NameKey, selector.name}};
        if (selector.kind) {
            object.insert(KindKey, tagKindName(*selector.kind));
        }
        array.append(object);
    }
    return array;
}

Error badValue(const QString &key)
{
    return Error{FilterCodec::tr("The saved search has an invalid value for \"%1\".").arg(key)};
}

Result<QList<TagSelector>> selectorsFromJson(const QJsonValue &value, const QString &key)
{
    if (!value.isArray()) {
        return badValue(key);
    }
    QList<TagSelector> selectors;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        const QJsonValue name = object.value(NameKey);
        const QJsonValue kind = object.value(KindKey);
        if (!item.isObject() || !name.isString() || name.toString().isEmpty()
            || object.size() != (kind.isUndefined() ? 1 : 2)) {
            return badValue(key);
        }
        TagSelector selector;
        selector.name = name.toString();
        if (!kind.isUndefined()) {
            TagKind parsed = TagKind::Topic;
            if (!kind.isString() || !parseTagKind(kind.toString(), &parsed)) {
                return badValue(key);
            }
            selector.kind = parsed;
        }
        selectors.append(selector);
    }
    return selectors;
}

} // namespace

QString FilterCodec::sortOrderName(SortOrder sort)
{
    switch (sort) {
    case SortOrder::Relevance:
        return QStringLiteral("relevance");
    case SortOrder::Date:
        return QStringLiteral("date");
    case SortOrder::Title:
        return QStringLiteral("title");
    case SortOrder::Topics:
        return QStringLiteral("topics");
    case SortOrder::Status:
        return QStringLiteral("status");
    case SortOrder::Rating:
        return QStringLiteral("rating");
    case SortOrder::Figures:
        return QStringLiteral("figures");
    case SortOrder::ReviewProgress:
        return QStringLiteral("review_progress");
    case SortOrder::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

bool FilterCodec::parseSortOrder(QStringView text, SortOrder *sort)
{
    for (const SortOrder candidate : AllSortOrders) {
        if (text == sortOrderName(candidate)) {
            *sort = candidate;
            return true;
        }
    }
    return false;
}

QJsonObject FilterCodec::toJsonObject(const Search &search)
{
    const PaperFilter &filter = search.filter;
    QJsonObject object{{FormatKey, Format}};
    if (!filter.text.isEmpty()) {
        object.insert(TextKey, filter.text);
    }
    if (!filter.allOf.isEmpty()) {
        object.insert(AllOfKey, selectorsToJson(filter.allOf));
    }
    if (!filter.anyOf.isEmpty()) {
        object.insert(AnyOfKey, selectorsToJson(filter.anyOf));
    }
    if (!filter.noneOf.isEmpty()) {
        object.insert(NoneOfKey, selectorsToJson(filter.noneOf));
    }
    if (!filter.statuses.isEmpty()) {
        QJsonArray statuses;
        for (const ReadingStatus status : filter.statuses) {
            statuses.append(readingStatusName(status));
        }
        object.insert(StatusesKey, statuses);
    }
    if (filter.favouritesOnly) {
        object.insert(FavouritesKey, true);
    }
    if (filter.withNotesOnly) {
        object.insert(NotesKey, true);
    }
    if (filter.latestDigestOnly) {
        object.insert(LatestDigestKey, true);
    }
    if (search.sort) {
        object.insert(SortKey, sortOrderName(*search.sort));
    }
    if (search.reversed) {
        object.insert(ReversedKey, true);
    }
    return object;
}

QByteArray FilterCodec::encode(const Search &search)
{
    return QJsonDocument(toJsonObject(search)).toJson(QJsonDocument::Compact);
}

Result<FilterCodec::Search> FilterCodec::fromJsonObject(const QJsonObject &object)
{
    const QJsonValue format = object.value(FormatKey);
    if (!format.isDouble() || format.toDouble() != Format) {
        return Error{format.isDouble() && format.toDouble() > Format
                         ? tr("The saved search was written by a newer version of PaperShelf.")
                         : badValue(FormatKey).message};
    }
    Search search;
    PaperFilter &filter = search.filter;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        if (key == FormatKey) {
            continue;
        }
        if (key == TextKey) {
            if (!value.isString()) {
                return badValue(key);
            }
            filter.text = value.toString();
        } else if (key == AllOfKey || key == AnyOfKey || key == NoneOfKey) {
            Result<QList<TagSelector>> selectors = selectorsFromJson(value, key);
            if (!selectors) {
                return selectors.error();
            }
            (key == AllOfKey ? filter.allOf : key == AnyOfKey ? filter.anyOf : filter.noneOf) = std::move(*selectors);
        } else if (key == StatusesKey) {
            if (!value.isArray()) {
                return badValue(key);
            }
            for (const QJsonValue &item : value.toArray()) {
                ReadingStatus status = ReadingStatus::Unread;
                if (!item.isString() || !parseReadingStatus(item.toString(), &status)) {
                    return badValue(key);
                }
                filter.statuses.append(status);
            }
        } else if (key == FavouritesKey || key == NotesKey || key == LatestDigestKey || key == ReversedKey) {
            if (!value.isBool()) {
                return badValue(key);
            }
            const bool set = value.toBool();
            if (key == FavouritesKey) {
                filter.favouritesOnly = set;
            } else if (key == NotesKey) {
                filter.withNotesOnly = set;
            } else if (key == LatestDigestKey) {
                filter.latestDigestOnly = set;
            } else {
                search.reversed = set;
            }
        } else if (key == SortKey) {
            SortOrder sort = SortOrder::Date;
            if (!value.isString() || !parseSortOrder(value.toString(), &sort)) {
                return badValue(key);
            }
            search.sort = sort;
        } else {
            return Error{tr("The saved search has an unknown condition \"%1\".").arg(key)};
        }
    }
    return search;
}

Result<FilterCodec::Search> FilterCodec::decode(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{tr("The saved search is not readable: %1.")
                         .arg(error.error != QJsonParseError::NoError ? error.errorString() : tr("not a JSON object"))};
    }
    return fromJsonObject(document.object());
}

} // namespace PaperShelf::Core
