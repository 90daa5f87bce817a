// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/database/RowBatch.h"

#include "server/database/CentralDatabase.h"
#include "store/SqlSupport.h"

#include <QSqlError>

#include <array>

namespace hotline {

namespace {

QString placeholders(qsizetype count)
{
    QString list;
    list.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        list += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return list;
}

// One column of the rows as a PostgreSQL array literal: {"a","b",NULL}. Every element is
// quoted (the element type's own input reads it: "12" as a bigint), with " and \\ escaped.
QString arrayLiteral(const std::vector<QVariantList> &rows, qsizetype column)
{
    QString literal = QStringLiteral("{");
    for (size_t i = 0; i < rows.size(); ++i) {
        if (i > 0)
            literal += u',';
        const QVariant &value = rows[i].at(column);
        if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isNull())) {
            literal += QStringLiteral("NULL");
            continue;
        }
        QString text = value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'g', 17) : value.toString();
        text.replace(u'\\', QStringLiteral("\\\\"));
        text.replace(u'"', QStringLiteral("\\\""));
        literal += u'"' + text + u'"';
    }
    return literal + u'}';
}

} // namespace

RowBatch::RowBatch(QString head, QStringList types, QString tail) : m_head(std::move(head)), m_types(std::move(types)), m_tail(std::move(tail)) {}

void RowBatch::add(QVariantList row)
{
    Q_ASSERT(row.size() == m_types.size());
    m_rows.push_back(std::move(row));
}

QString RowBatch::valuesStatement(int rows) const
{
    const QString one = u'(' + placeholders(m_types.size()) + u')';
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values.append(one);
    return m_head + QStringLiteral(" VALUES ") + values.join(QStringLiteral(", ")) + m_tail;
}

QString RowBatch::unnestStatement() const
{
    QStringList arrays;
    for (const QString &type : m_types)
        arrays.append(QStringLiteral("?::%1[]").arg(type));
    return m_head + QStringLiteral(" SELECT * FROM unnest(") + arrays.join(QStringLiteral(", ")) + u')' + m_tail;
}

Status RowBatch::write(const CentralDatabase &db, const char *purpose, const std::function<void(const QSqlQuery &)> &returned) const
{
    if (m_rows.empty())
        return Status::success();
    const auto run = [&](QSqlQuery &query) -> Status {
        if (Status s = execSql(query, purpose); !s)
            return s;
        if (returned)
            while (query.next())
                returned(query);
        return Status::success();
    };
    if (db.dialect() == CentralDatabase::Dialect::Postgres) {
        const PreparedQuery query = db.prepared(unnestStatement());
        for (qsizetype column = 0; column < m_types.size(); ++column)
            query->addBindValue(arrayLiteral(m_rows, column));
        return run(*query);
    }
    static constexpr std::array<int, 7> chunks{64, 32, 16, 8, 4, 2, 1};
    size_t next = 0;
    for (const int chunk : chunks)
        while (m_rows.size() - next >= size_t(chunk)) {
            const PreparedQuery query = db.prepared(valuesStatement(chunk));
            for (int i = 0; i < chunk; ++i)
                for (const QVariant &value : m_rows[next + size_t(i)])
                    query->addBindValue(value);
            if (Status s = run(*query); !s)
                return s;
            next += size_t(chunk);
        }
    return Status::success();
}

Status selectWhereIn(const CentralDatabase &db, const QString &sql, const QStringList &keys,
                     const std::function<void(const QSqlQuery &)> &row)
{
    if (keys.isEmpty())
        return Status::success();
    const int uses = int(sql.count(QLatin1String("{{in}}")));
    const auto run = [&](QSqlQuery &query) -> Status {
        if (!query.exec())
            return Error{query.lastError().text()};
        while (query.next())
            row(query);
        return Status::success();
    };
    if (db.dialect() == CentralDatabase::Dialect::Postgres) {
        QString text = sql;
        text.replace(QLatin1String("{{in}}"), QLatin1String("= ANY (?::text[])"));
        std::vector<QVariantList> column;
        for (const QString &key : keys)
            column.push_back({key});
        const QString literal = arrayLiteral(column, 0);
        const PreparedQuery query = db.prepared(text);
        for (int use = 0; use < uses; ++use)
            query->addBindValue(literal);
        return run(*query);
    }
    static constexpr std::array<qsizetype, 5> lists{1, 4, 16, 64, 256};
    for (qsizetype start = 0; start < keys.size();) {
        const qsizetype left = keys.size() - start;
        qsizetype size = lists.back();
        for (const qsizetype candidate : lists)
            if (candidate >= left) {
                size = candidate;
                break;
            }
        const qsizetype taken = std::min(size, left);
        QString text = sql;
        text.replace(QLatin1String("{{in}}"), QStringLiteral("IN (") + placeholders(size) + u')');
        const PreparedQuery query = db.prepared(text);
        for (int use = 0; use < uses; ++use)
            for (qsizetype i = 0; i < size; ++i)
                query->addBindValue(keys.at(start + std::min(i, taken - 1)));
        if (Status s = run(*query); !s)
            return s;
        start += taken;
    }
    return Status::success();
}

} // namespace hotline
