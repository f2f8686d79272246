#include "core/review/glossarycodec.h"

#include "core/export/csvexporter.h"
#include "core/util/filebytes.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace PaperShelf::Core {

namespace {

/// One record of a file and the (1-based) line it starts on.
struct Record
{
    int line = 0;
    QStringList fields;
};

Error lineError(int line, const QString &message)
{
    return Error{GlossaryCodec::tr("line %1: %2").arg(line).arg(message)};
}

// RFC 4180, read leniently only where it costs nothing: LF alone ends a record
// as CRLF does, and the last record needs no line break.
Result<QList<Record>> csvRecords(QStringView text)
{
    QList<Record> records;
    Record record{1, {}};
    QString field;
    int line = 1;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field has closed; only a separator may follow
    int quoteLine = 0;
    const auto endRecord = [&] {
        record.fields.append(field);
        field.clear();
        records.append(record);
        record = Record{line, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n') {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == u',') {
            record.fields.append(field);
            field.clear();
            afterQuote = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
                ++i;
            }
            ++line;
            endRecord();
            afterQuote = false;
        } else if (afterQuote) {
            return lineError(line, GlossaryCodec::tr("text after the closing quote of a field"));
        } else if (c == u'"') {
            if (!field.isEmpty()) {
                return lineError(line, GlossaryCodec::tr("a quote inside an unquoted field (quote the whole field)"));
            }
            quoted = true;
            quoteLine = line;
        } else {
            field += c;
        }
    }
    if (quoted) {
        return lineError(quoteLine, GlossaryCodec::tr("a quoted field is not closed"));
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || afterQuote) {
        endRecord();
    }
    return records;
}

QString tsvUnescaped(QStringView field)
{
    QString out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] != u'\\' || i + 1 == field.size()) {
            out += field[i];
            continue;
        }
        const QChar next = field[++i];
        out += next == u't' ? QChar(u'\t') : next == u'n' ? QChar(u'\n') : next == u'r' ? QChar(u'\r') : next;
    }
    return out;
}

QString tsvEscaped(QStringView field)
{
    QString out;
    out.reserve(field.size());
    for (const QChar c : field) {
        if (c == u'\\') {
            out += u"\\\\"_s;
        } else if (c == u'\t') {
            out += u"\\t"_s;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c == u'\r') {
            out += u"\\r"_s;
        } else {
            out += c;
        }
    }
    return out;
}

QList<Record> tsvRecords(QStringView text)
{
    QList<Record> records;
    int line = 0;
    for (QStringView row : text.split(u'\n')) {
        ++line;
        if (row.endsWith(u'\r')) {
            row.chop(1);
        }
        Record record{line, {}};
        for (const QStringView field : row.split(u'\t')) {
            record.fields.append(tsvUnescaped(field));
        }
        records.append(record);
    }
    // A final line break does not start another record.
    if (!records.isEmpty() && text.endsWith(u'\n')) {
        records.removeLast();
    }
    return records;
}

bool isBlank(const Record &record)
{
    return record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
}

const std::array<QString, 4> &columnNames()
{
    static const std::array<QString, 4> names = {u"term"_s, u"preferred"_s, u"wrong"_s, u"note"_s};
    return names;
}

// Maps the header's columns to their positions in columnNames(); -1 where absent.
Result<std::array<int, 4>> headerColumns(const Record &header)
{
    std::array<int, 4> positions = {-1, -1, -1, -1};
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        const auto *found = std::find(columnNames().begin(), columnNames().end(), name);
        if (found == columnNames().end()) {
            return lineError(header.line,
                             GlossaryCodec::tr(
                                 "unknown column \"%1\" (the columns are term, preferred, wrong and note)")
                                 .arg(header.fields.at(i)));
        }
        int &position = positions.at(static_cast<size_t>(found - columnNames().begin()));
        if (position >= 0) {
            return lineError(header.line, GlossaryCodec::tr("column \"%1\" is named twice").arg(name));
        }
        position = static_cast<int>(i);
    }
    if (positions[0] < 0 || positions[1] < 0) {
        return lineError(header.line,
                         GlossaryCodec::tr("the first line must name the columns: term, preferred, wrong, note"));
    }
    return positions;
}

} // namespace

std::optional<GlossaryFormat> GlossaryCodec::formatOfPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "csv"_L1) {
        return GlossaryFormat::Csv;
    }
    if (suffix == "tsv"_L1 || suffix == "tab"_L1) {
        return GlossaryFormat::Tsv;
    }
    return std::nullopt;
}

GlossaryFormat GlossaryCodec::detect(const QString &path, QByteArrayView data)
{
    if (const std::optional<GlossaryFormat> format = formatOfPath(path)) {
        return *format;
    }
    const qsizetype end = data.indexOf('\n');
    return data.first(end < 0 ? data.size() : end).contains('\t') ? GlossaryFormat::Tsv : GlossaryFormat::Csv;
}

Result<QList<GlossaryTerm>> GlossaryCodec::read(QByteArrayView data, GlossaryFormat format)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        return Error{tr("the file is not UTF-8 text")};
    }
    if (text.startsWith(QChar(QChar::ByteOrderMark))) {
        text.remove(0, 1);
    }
    Result<QList<Record>> parsed = format == GlossaryFormat::Csv ? csvRecords(text)
                                                                 : Result<QList<Record>>(tsvRecords(text));
    if (!parsed) {
        return parsed.error();
    }
    QList<Record> &records = *parsed;
    records.removeIf(isBlank);
    if (records.isEmpty()) {
        return Error{tr("line 1: the file is empty; the first line must name the columns: term, preferred, wrong, "
                        "note")};
    }
    const Result<std::array<int, 4>> columns = headerColumns(records.first());
    if (!columns) {
        return columns.error();
    }
    const qsizetype width = records.first().fields.size();
    const auto column = [&](const Record &record, int which) {
        const int position = columns->at(static_cast<size_t>(which));
        return position < 0 ? QString() : record.fields.at(position);
    };

    QList<GlossaryTerm> terms;
    QHash<QString, int> lineOfTerm; // lower-case term → line, to report a term given twice
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record &record = records.at(r);
        if (record.fields.size() != width) {
            return lineError(record.line,
                             tr("%1 field(s) where the header has %2").arg(record.fields.size()).arg(width));
        }
        GlossaryTerm term;
        term.term = column(record, 0).trimmed();
        term.preferred = column(record, 1).trimmed();
        term.wrong = splitWrong(column(record, 2));
        term.note = column(record, 3);
        if (term.term.isEmpty()) {
            return lineError(record.line, tr("the term is empty"));
        }
        if (term.preferred.isEmpty()) {
            return lineError(record.line, tr("the preferred rendering of \"%1\" is empty").arg(term.term));
        }
        const QString key = term.term.toLower();
        if (const auto seen = lineOfTerm.constFind(key); seen != lineOfTerm.constEnd()) {
            return lineError(record.line, tr("\"%1\" is already on line %2").arg(term.term, QString::number(*seen)));
        }
        lineOfTerm.insert(key, record.line);
        terms.append(term);
    }
    return terms;
}

QByteArray GlossaryCodec::write(const QList<GlossaryTerm> &terms, GlossaryFormat format)
{
    const bool csv = format == GlossaryFormat::Csv;
    const QChar separator = csv ? u',' : u'\t';
    const QString end = csv ? u"\r\n"_s : u"\n"_s;
    QString out;
    QStringList header;
    for (const QString &name : columnNames()) {
        header.append(name);
    }
    out += header.join(separator) + end;
    for (const GlossaryTerm &term : terms) {
        const QStringList fields = {term.term, term.preferred, joinWrong(term.wrong), term.note};
        QStringList cells;
        for (const QString &field : fields) {
            cells.append(csv ? CsvExporter::quoted(field) : tsvEscaped(field));
        }
        out += cells.join(separator) + end;
    }
    return out.toUtf8();
}

Result<QList<GlossaryTerm>> GlossaryCodec::readFile(const QString &path)
{
    const Result<QByteArray> bytes = FileBytes::read(path);
    if (!bytes) {
        return bytes.error();
    }
    Result<QList<GlossaryTerm>> terms = read(*bytes, detect(path, *bytes));
    if (!terms) {
        return Error{u"%1: %2"_s.arg(QFileInfo(path).fileName(), terms.errorMessage())};
    }
    return terms;
}

Result<void> GlossaryCodec::writeFile(const QString &path, const QList<GlossaryTerm> &terms)
{
    return FileBytes::writeAtomically(path, write(terms, formatOfPath(path).value_or(GlossaryFormat::Csv)));
}

QString GlossaryCodec::joinWrong(const QStringList &items)
{
    QStringList escaped;
    for (QString item : items) {
        item.replace(u"\\"_s, u"\\\\"_s);
        item.replace(u"|"_s, u"\\|"_s);
        escaped.append(item);
    }
    return escaped.join(u'|');
}

QStringList GlossaryCodec::splitWrong(QStringView text)
{
    QStringList items;
    QString item;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\' && i + 1 < text.size()) {
            item += text[++i];
        } else if (text[i] == u'|') {
            items.append(item.trimmed());
            item.clear();
        } else {
            item += text[i];
        }
    }
    items.append(item.trimmed());
    items.removeIf([](const QString &each) {
        return each.isEmpty();
    });
    return items;
}

} // namespace PaperShelf::Core
