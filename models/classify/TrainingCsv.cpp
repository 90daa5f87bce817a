// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingCsv.h"

namespace hotline {

Result<TrainingSet> TrainingCsv::parse(const QVector<CsvRecord> &records, const QStringList &textColumns,
                                       const QString &labelColumn)
{
    if (records.isEmpty())
        return Error{tr("文件是空的：第 1 行应为表头")};
    QStringList header;
    for (const QString &name : records.first().fields)
        header.append(name.trimmed().toLower());
    const int headerLine = records.first().line;
    if (textColumns.isEmpty())
        return Error{tr("没有指定文本列")};
    // The text columns, then the label's.
    QVector<int> textAt;
    for (const QString &name : textColumns + QStringList{labelColumn}) {
        textAt.append(int(header.indexOf(name.trimmed().toLower())));
        if (textAt.last() < 0)
            return Error{tr("第 %1 行：表头中没有列“%2”（有 %3）").arg(headerLine).arg(name, header.join(u','))};
    }
    const int labelAt = textAt.takeLast();

    TrainingSet set;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord &record = records.at(i);
        const auto fail = [&](const QString &problem) { return Error{tr("第 %1 行：%2").arg(record.line).arg(problem)}; };
        if (record.fields.size() != header.size())
            return fail(tr("应有 %1 列，实际 %2 列").arg(header.size()).arg(record.fields.size()));
        QStringList parts;
        for (int column : std::as_const(textAt))
            if (const QString part = record.fields.at(column).trimmed(); !part.isEmpty())
                parts.append(part);
        const QString label = record.fields.at(labelAt).trimmed();
        if (parts.isEmpty())
            return fail(tr("文本为空"));
        if (label.isEmpty())
            return fail(tr("类别为空"));
        // A line break between the parts: no n-gram spans the title and the detail.
        set.texts.append(parts.join(u'\n'));
        set.labels.append(label);
    }
    if (set.texts.isEmpty())
        return Error{tr("文件中没有任何记录")};
    return set;
}

} // namespace hotline
