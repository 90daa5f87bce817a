// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"
#include "Utf8Check.h"

#include <QCoreApplication>
#include <QFile>

namespace hotline {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::CsvReader", text);
}

} // namespace

Result<QVector<CsvRecord>> CsvReader::parse(const QByteArray &raw)
{
    const QByteArray bytes = withoutBom(raw);
    if (const int bad = firstInvalidUtf8Line(bytes))
        return Error{tr("第 %1 行：不是有效的 UTF-8 编码（请把文件另存为 UTF-8）").arg(bad)};
    const QString text = QString::fromUtf8(bytes);

    QVector<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    record.line = 1;
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            records.append(record);
        record = CsvRecord{line, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (inQuotes) {
            if (ch == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (ch == u'\n')
                    ++line;
                field.append(ch);
            }
            continue;
        }
        if (ch == u'"' && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else if (ch == u',') {
            endField();
        } else if (ch == u'\r') {
            // CRLF line ends: the \n that follows ends the record.
        } else if (ch == u'\n') {
            ++line;
            endRecord();
        } else {
            field.append(ch);
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return Error{tr("第 %1 行：引号没有闭合").arg(record.line)};
    if (fieldStarted || !field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

Result<QVector<CsvRecord>> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("无法打开文件 %1：%2").arg(path, file.errorString())};
    return parse(file.readAll());
}

Status CsvReader::expectHeader(const QVector<CsvRecord> &records, const QStringList &expected)
{
    if (records.isEmpty())
        return Error{tr("文件是空的：第 1 行应为表头 %1").arg(expected.join(u','))};
    QStringList header;
    for (const QString &name : records.first().fields)
        header.append(name.trimmed().toLower());
    if (header != expected)
        return Error{tr("第 %1 行：表头应为 %2，实际为 %3")
                         .arg(records.first().line)
                         .arg(expected.join(u','), records.first().fields.join(u','))};
    return Status::success();
}

} // namespace hotline
