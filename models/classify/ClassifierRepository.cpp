// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassifierRepository.h"

#include "store/LocalStore.h"
#include "store/SqlSupport.h"

#include <QSqlQuery>

namespace hotline {

Status ClassifierRepository::save(const QString &name, const TextClassifier &model, const QDateTime &trainedAt)
{
    if (!model.isTrained())
        return Error{tr("分类模型尚未训练，无法保存")};
    const QByteArray bytes = model.serialize();
    return m_store.transaction([&]() -> Status {
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral("INSERT INTO classifier_models (name, trained_at, examples, labels, model)"
                                     " VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET"
                                     " trained_at = excluded.trained_at, examples = excluded.examples,"
                                     " labels = excluded.labels, model = excluded.model"));
        query.addBindValue(name);
        query.addBindValue(trainedAt.toUTC().toString(Qt::ISODate));
        query.addBindValue(model.exampleCount());
        query.addBindValue(model.labels().join(u'\n'));
        query.addBindValue(bytes);
        return execSql(query, QT_TRANSLATE_NOOP("LocalStore", "保存分类模型"));
    });
}

Result<TextClassifier> ClassifierRepository::load(const QString &name) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT model FROM classifier_models WHERE name = ?"));
    query.addBindValue(name);
    if (Status read = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "读取分类模型")); !read)
        return Error{read.error()};
    if (!query.next())
        return TextClassifier{};
    return TextClassifier::deserialize(query.value(0).toByteArray());
}

} // namespace hotline
