// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader::parse on any bytes. What it accepts must be what was written: valid UTF-8 that
// decodes without a replacement character, records on non-decreasing lines, and records that
// come back field for field when written out again as RFC 4180 and read once more.
#include "FuzzSupport.h"

#include "importing/CsvReader.h"
#include "importing/Utf8Check.h"

#include <QStringList>

using namespace hotline;

namespace {

QByteArray writeCsv(const QVector<CsvRecord> &records)
{
    QByteArray out;
    for (const CsvRecord &record : records) {
        QByteArrayList quoted;
        for (const QString &field : record.fields)
            quoted.append(fuzz::csvField(field));
        out += quoted.join(',') + "\r\n";
    }
    return out;
}

QString show(const QVector<CsvRecord> &records)
{
    QString text;
    for (const CsvRecord &record : records)
        text += QString::number(record.line) + QStringLiteral(": [") + record.fields.join(QStringLiteral("|")) + QStringLiteral("]\n");
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const Result<QVector<CsvRecord>> parsed = CsvReader::parse(input);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().isEmpty(), QStringLiteral("an error without a message"));
        return 0;
    }
    const QByteArray body = withoutBom(input);
    FUZZ_CHECK(firstInvalidUtf8Line(body) == 0, QStringLiteral("accepted bytes that are not UTF-8"));
    // Qt drops a byte-order mark at the start of what it decodes: a second one after the
    // first is all that may go missing (a zero-width character, nothing of the data).
    FUZZ_CHECK(QString::fromUtf8(body).toUtf8() == withoutBom(body), QStringLiteral("accepted bytes that decode to something else"));

    const QVector<CsvRecord> &records = parsed.value();
    const int lines = int(body.count('\n')) + 1;
    int previous = 0;
    for (const CsvRecord &record : records) {
        FUZZ_CHECK(!record.fields.isEmpty(), QStringLiteral("a record without fields"));
        FUZZ_CHECK(record.line >= 1 && record.line <= lines && record.line >= previous,
                   QStringLiteral("record on line %1 after line %2 of %3").arg(record.line).arg(previous).arg(lines));
        previous = record.line;
    }

    const Result<QVector<CsvRecord>> again = CsvReader::parse(writeCsv(records));
    FUZZ_CHECK(again.ok(), QStringLiteral("its own output refused: ") + (again ? QString() : again.error()));
    FUZZ_CHECK(again.value().size() == records.size(),
               QStringLiteral("%1 records, %2 after writing them out\n").arg(records.size()).arg(again.value().size()) + show(records)
                   + QStringLiteral("--\n") + show(again.value()));
    for (qsizetype i = 0; i < records.size(); ++i)
        FUZZ_CHECK(again.value().at(i).fields == records.at(i).fields,
                   QStringLiteral("record %1 changed\n").arg(i) + show(records) + QStringLiteral("--\n") + show(again.value()));
    // The header check is what every importer starts with: it may refuse, never crash.
    (void)CsvReader::expectHeader(records, {QStringLiteral("code"), QStringLiteral("name")});
    return 0;
}
