// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/quality/QualityStore.h"

#include "quality/Calibration.h"
#include "server/database/CentralDatabase.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QUuid>

namespace hotline {

namespace {

using Outcome = QualityStore::Outcome;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Never a null QString: Qt SQL binds a null one as NULL, and these columns are NOT NULL ''.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QualityStore::Answer failed(const QSqlQuery &query)
{
    return {Outcome::Failed, QStringLiteral("the database did not answer: %1").arg(query.lastError().text()), {}};
}

const char *evaluationColumns = "id, form_key, form_version, recording_id, operator_login, reviewer_login, calibration, answers, score,"
                                " fatal, state, supersedes, superseded_by, created_at, updated_at";

QJsonObject evaluationOf(const QSqlQuery &row)
{
    return {{QStringLiteral("id"), row.value(0).toString()},
            {QStringLiteral("form"), row.value(1).toString()},
            {QStringLiteral("formVersion"), row.value(2).toInt()},
            {QStringLiteral("recording"), row.value(3).toString()},
            {QStringLiteral("operator"), row.value(4).toString()},
            {QStringLiteral("reviewer"), row.value(5).toString()},
            {QStringLiteral("calibration"), row.value(6).toInt() != 0},
            {QStringLiteral("answers"), QJsonDocument::fromJson(row.value(7).toString().toUtf8()).array()},
            {QStringLiteral("score"), row.value(8).toDouble()},
            {QStringLiteral("fatal"), row.value(9).toInt() != 0},
            {QStringLiteral("state"), row.value(10).toString()},
            {QStringLiteral("supersedes"), row.value(11).toString()},
            {QStringLiteral("supersededBy"), row.value(12).toString()},
            {QStringLiteral("createdAt"), row.value(13).toString()},
            {QStringLiteral("updatedAt"), row.value(14).toString()}};
}

} // namespace

QualityStore::Answer QualityStore::publish(const ScoringForm &form, const QString &login)
{
    Answer answer;
    const Status status = m_db.transaction([&]() -> Status {
        const PreparedQuery latest = m_db.prepared(QStringLiteral("SELECT max(version) FROM quality_forms WHERE form_key = ?"));
        latest->addBindValue(form.key());
        if (!latest->exec() || !latest->next())
            return Error{latest->lastError().text()};
        const int current = latest->value(0).toInt();
        if (form.version() <= current) {
            answer = {Outcome::Conflict,
                      QStringLiteral("form %1 has version %2 already: publish version %3 or later (a published version is never changed)")
                          .arg(form.key())
                          .arg(current)
                          .arg(current + 1),
                      {{QStringLiteral("latestVersion"), current}}};
            return Error{answer.message};
        }
        const PreparedQuery insert = m_db.prepared(QStringLiteral(
            "INSERT INTO quality_forms (form_key, version, name, definition, published_by, published_at) VALUES (?, ?, ?, ?, ?, ?)"));
        insert->addBindValue(form.key());
        insert->addBindValue(form.version());
        insert->addBindValue(form.name());
        insert->addBindValue(compact(form.toJson()));
        insert->addBindValue(login);
        insert->addBindValue(now());
        if (!insert->exec())
            return Error{insert->lastError().text()};
        return Status::success();
    });
    if (!status) {
        if (answer.outcome == Outcome::Ok)
            answer = {Outcome::Failed, QStringLiteral("the form was not stored: %1").arg(status.error()), {}};
        return answer;
    }
    return {Outcome::Ok, {}, {{QStringLiteral("form"), form.key()}, {QStringLiteral("version"), form.version()}}};
}

std::optional<ScoringForm> QualityStore::form(const QString &key, int version) const
{
    const PreparedQuery query = m_db.prepared(
        version > 0 ? QStringLiteral("SELECT definition FROM quality_forms WHERE form_key = ? AND version = ?")
                    : QStringLiteral("SELECT definition FROM quality_forms WHERE form_key = ? ORDER BY version DESC LIMIT 1"));
    query->addBindValue(key);
    if (version > 0)
        query->addBindValue(version);
    if (!query->exec() || !query->next())
        return std::nullopt;
    Result<ScoringForm> parsed = ScoringForm::parse(query->value(0).toString().toUtf8());
    return parsed ? std::optional<ScoringForm>(std::move(parsed).value()) : std::nullopt;
}

Result<QJsonArray> QualityStore::latestForms() const
{
    const PreparedQuery query = m_db.prepared(QStringLiteral(
        "SELECT f.form_key, f.version, f.name, f.published_by, f.published_at FROM quality_forms f"
        " WHERE f.version = (SELECT max(version) FROM quality_forms l WHERE l.form_key = f.form_key) ORDER BY f.form_key"));
    if (!query->exec())
        return Error{query->lastError().text()};
    QJsonArray forms;
    while (query->next())
        forms.append(QJsonObject{{QStringLiteral("form"), query->value(0).toString()}, {QStringLiteral("version"), query->value(1).toInt()},
                                 {QStringLiteral("name"), query->value(2).toString()}, {QStringLiteral("publishedBy"), query->value(3).toString()},
                                 {QStringLiteral("publishedAt"), query->value(4).toString()}});
    return forms;
}

QualityStore::Answer QualityStore::insertEvaluation(const QString &reviewer, const ScoringForm &form, const NewEvaluation &input,
                                                    const QString &supersedes, QString *id)
{
    const Result<Score> score = Scoring::evaluate(form, input.answers);
    if (!score)
        return {Outcome::Invalid, score.error(), {}};
    *id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString at = now();
    const PreparedQuery insert = m_db.prepared(QStringLiteral(
        "INSERT INTO quality_evaluations (id, form_key, form_version, recording_id, operator_login, reviewer_login, calibration,"
        " answers, score, fatal, state, supersedes, superseded_by, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'scored', ?, '', ?, ?)"));
    insert->addBindValue(*id);
    insert->addBindValue(form.key());
    insert->addBindValue(form.version());
    insert->addBindValue(input.recordingId);
    insert->addBindValue(input.operatorLogin);
    insert->addBindValue(reviewer);
    insert->addBindValue(input.calibration ? 1 : 0);
    insert->addBindValue(compact(Scoring::toJson(input.answers, &form)));
    insert->addBindValue(score.value().score);
    insert->addBindValue(score.value().fatal ? 1 : 0);
    insert->addBindValue(text(supersedes));
    insert->addBindValue(at);
    insert->addBindValue(at);
    if (!insert->exec())
        return failed(*insert);
    return {};
}

QualityStore::Answer QualityStore::evaluate(const QString &reviewer, const NewEvaluation &given)
{
    NewEvaluation input = given;
    const std::optional<ScoringForm> scoring = form(input.formKey, input.formVersion);
    if (!scoring)
        return {Outcome::NotFound, QStringLiteral("no scoring form %1 version %2").arg(input.formKey).arg(input.formVersion), {}};
    {
        const PreparedQuery recording = m_db.prepared(QStringLiteral("SELECT uploader FROM recordings WHERE id = ?"));
        recording->addBindValue(input.recordingId);
        if (!recording->exec())
            return failed(*recording);
        if (!recording->next())
            return {Outcome::NotFound, QStringLiteral("no recording %1 at the centre").arg(input.recordingId), {}};
        if (input.operatorLogin.isEmpty())
            input.operatorLogin = recording->value(0).toString();
    }
    {
        const PreparedQuery user = m_db.prepared(QStringLiteral("SELECT role FROM users WHERE login = ?"));
        user->addBindValue(input.operatorLogin);
        if (!user->exec())
            return failed(*user);
        if (!user->next())
            return {Outcome::Invalid, QStringLiteral("no user %1 to evaluate").arg(input.operatorLogin), {}};
    }
    if (input.operatorLogin == reviewer && !input.calibration)
        return {Outcome::Forbidden, QStringLiteral("a reviewer does not evaluate their own call"), {}};
    QString id;
    Answer inserted;
    const Status status = m_db.transaction([&]() -> Status {
        inserted = insertEvaluation(reviewer, *scoring, input, {}, &id);
        return inserted.outcome == Outcome::Ok ? Status::success() : Status(Error{inserted.message});
    });
    if (!status)
        return inserted.outcome == Outcome::Ok ? Answer{Outcome::Failed, status.error(), {}} : inserted;
    return {Outcome::Ok, {}, *find(id)};
}

QualityStore::Answer QualityStore::rescore(const QString &reviewer, Role role, const QString &id, const GivenAnswers &answers)
{
    const std::optional<QJsonObject> earlier = find(id);
    if (!earlier)
        return {Outcome::NotFound, QStringLiteral("no evaluation %1").arg(id), {}};
    if (earlier->value(QLatin1String("reviewer")).toString() != reviewer && role != Role::Admin)
        return {Outcome::Forbidden, QStringLiteral("only its reviewer (or an administrator) rescores an evaluation"), {}};
    const QString stateCode = earlier->value(QLatin1String("state")).toString();
    const Result<EvaluationState> next = EvaluationLifecycle::next(*evaluationStateFromCode(stateCode), EvaluationAction::Rescore);
    if (!next)
        return {Outcome::Conflict, next.error(), {}};
    const std::optional<ScoringForm> scoring =
        form(earlier->value(QLatin1String("form")).toString(), earlier->value(QLatin1String("formVersion")).toInt());
    if (!scoring)
        return {Outcome::Failed, QStringLiteral("the evaluation's form version is gone"), {}};
    NewEvaluation input{scoring->key(), scoring->version(), earlier->value(QLatin1String("recording")).toString(),
                        earlier->value(QLatin1String("operator")).toString(), answers,
                        earlier->value(QLatin1String("calibration")).toBool()};
    QString newId;
    Answer problem;
    const Status status = m_db.transaction([&]() -> Status {
        problem = insertEvaluation(reviewer, *scoring, input, id, &newId);
        if (problem.outcome != Outcome::Ok)
            return Error{problem.message};
        // Moved on only from the state read above: a response that came in meanwhile wins.
        problem = moveOn(id, stateCode, next.value(), newId, now());
        return problem.outcome == Outcome::Ok ? Status::success() : Status(Error{problem.message});
    });
    if (!status)
        return problem.outcome == Outcome::Ok ? Answer{Outcome::Failed, status.error(), {}} : problem;
    return {Outcome::Ok, {}, *find(newId)};
}

QualityStore::Answer QualityStore::moveOn(const QString &id, const QString &from, EvaluationState to, const QString &supersededBy, const QString &at)
{
    const PreparedQuery update = m_db.prepared(QStringLiteral(
        "UPDATE quality_evaluations SET state = ?, superseded_by = ?, updated_at = ? WHERE id = ? AND state = ? AND superseded_by = ''"));
    update->addBindValue(toCode(to));
    update->addBindValue(supersededBy);
    update->addBindValue(at);
    update->addBindValue(id);
    update->addBindValue(from);
    if (!update->exec())
        return {Outcome::Failed, update->lastError().text(), {}};
    if (update->numRowsAffected() != 1)
        return {Outcome::Conflict, QStringLiteral("the evaluation changed meanwhile: read it again"), {}};
    return {Outcome::Ok, {}, {}};
}

QualityStore::Answer QualityStore::respond(const QString &login, Role role, const QString &id, EvaluationAction action, const QString &comment)
{
    const std::optional<QJsonObject> evaluation = find(id);
    if (!evaluation)
        return {Outcome::NotFound, QStringLiteral("no evaluation %1").arg(id), {}};
    const bool byOperator = action == EvaluationAction::Acknowledge || action == EvaluationAction::Dispute;
    if (byOperator && evaluation->value(QLatin1String("operator")).toString() != login)
        return {Outcome::Forbidden, QStringLiteral("only the operator evaluated answers an evaluation"), {}};
    if (byOperator && evaluation->value(QLatin1String("calibration")).toBool())
        return {Outcome::Conflict, QStringLiteral("a calibration score is not answered by the operator"), {}};
    if (!byOperator && evaluation->value(QLatin1String("reviewer")).toString() != login && role != Role::Admin)
        return {Outcome::Forbidden, QStringLiteral("only its reviewer (or an administrator) upholds an evaluation"), {}};
    const QString stateCode = evaluation->value(QLatin1String("state")).toString();
    const Result<EvaluationState> next = EvaluationLifecycle::next(*evaluationStateFromCode(stateCode), action, comment);
    if (!next)
        return {comment.trimmed().isEmpty() && action != EvaluationAction::Acknowledge ? Outcome::Invalid : Outcome::Conflict, next.error(), {}};
    Answer problem;
    const Status status = m_db.transaction([&]() -> Status {
        const QString at = now();
        problem = moveOn(id, stateCode, next.value(), QStringLiteral(""), at); // not QString(): a null binds NULL
        if (problem.outcome != Outcome::Ok)
            return Error{problem.message};
        const PreparedQuery insert = m_db.prepared(
            QStringLiteral("INSERT INTO quality_responses (evaluation_id, kind, actor, comment, at) VALUES (?, ?, ?, ?, ?)"));
        insert->addBindValue(id);
        insert->addBindValue(toCode(action));
        insert->addBindValue(login);
        insert->addBindValue(text(comment.trimmed()));
        insert->addBindValue(at);
        if (!insert->exec())
            return Error{insert->lastError().text()};
        return Status::success();
    });
    if (!status)
        return problem.outcome == Outcome::Ok ? Answer{Outcome::Failed, status.error(), {}} : problem;
    return {Outcome::Ok, {}, *find(id)};
}

Result<QJsonArray> QualityStore::select(const QString &where, const QStringList &values) const
{
    const PreparedQuery query = m_db.prepared(QStringLiteral("SELECT %1 FROM quality_evaluations WHERE %2 ORDER BY created_at DESC, id LIMIT 500")
                                                  .arg(QString::fromLatin1(evaluationColumns), where));
    for (const QString &value : values)
        query->addBindValue(value);
    if (!query->exec())
        return Error{query->lastError().text()};
    QJsonArray rows;
    while (query->next())
        rows.append(evaluationOf(*query));
    query->finish();
    // Each with its responses, in order: a page of evaluations is small.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i).toObject();
        const PreparedQuery responses =
            m_db.prepared(QStringLiteral("SELECT kind, actor, comment, at FROM quality_responses WHERE evaluation_id = ? ORDER BY id"));
        responses->addBindValue(row.value(QLatin1String("id")).toString());
        if (!responses->exec())
            return Error{responses->lastError().text()};
        QJsonArray list;
        while (responses->next())
            list.append(QJsonObject{{QStringLiteral("kind"), responses->value(0).toString()}, {QStringLiteral("actor"), responses->value(1).toString()},
                                    {QStringLiteral("comment"), responses->value(2).toString()}, {QStringLiteral("at"), responses->value(3).toString()}});
        row.insert(QStringLiteral("responses"), list);
        rows.replace(i, row);
    }
    return rows;
}

Result<QJsonArray> QualityStore::list(const Filter &filter) const
{
    QStringList where;
    QStringList values;
    if (!filter.operatorLogin.isEmpty()) {
        where.append(QStringLiteral("operator_login = ?"));
        values.append(filter.operatorLogin);
    }
    if (!filter.recordingId.isEmpty()) {
        where.append(QStringLiteral("recording_id = ?"));
        values.append(filter.recordingId);
    }
    if (!filter.disputedFor.isEmpty()) {
        where.append(QStringLiteral("reviewer_login = ? AND state = 'disputed'"));
        values.append(filter.disputedFor);
    }
    if (!filter.withCalibration)
        where.append(QStringLiteral("calibration = 0"));
    if (where.isEmpty())
        return Error{QStringLiteral("name an operator, a recording or a reviewer")};
    return select(where.join(QStringLiteral(" AND ")), values);
}

std::optional<QJsonObject> QualityStore::find(const QString &id) const
{
    Result<QJsonArray> rows = select(QStringLiteral("id = ?"), {id});
    if (!rows || rows.value().isEmpty())
        return std::nullopt;
    return rows.value().first().toObject();
}

QualityStore::Answer QualityStore::calibration(const QString &recordingId, const QString &reference) const
{
    Result<QJsonArray> rows = select(QStringLiteral("recording_id = ? AND superseded_by = ''"), {recordingId});
    if (!rows)
        return {Outcome::Failed, rows.error(), {}};
    if (rows.value().isEmpty())
        return {Outcome::NotFound, QStringLiteral("recording %1 has no evaluations").arg(recordingId), {}};
    // Compared on one form version: the reference's (newest first, so the latest one of theirs).
    QString key;
    int version = 0;
    for (const QJsonValue &row : rows.value())
        if (row.toObject().value(QLatin1String("reviewer")).toString() == reference) {
            key = row.toObject().value(QLatin1String("form")).toString();
            version = row.toObject().value(QLatin1String("formVersion")).toInt();
            break;
        }
    if (key.isEmpty())
        return {Outcome::NotFound, QStringLiteral("%1 has not scored recording %2").arg(reference, recordingId), {}};
    const std::optional<ScoringForm> scoring = form(key, version);
    if (!scoring)
        return {Outcome::Failed, QStringLiteral("the evaluations' form version is gone"), {}};
    QVector<CalibrationEntry> entries;
    QSet<QString> seen;
    for (const QJsonValue &value : rows.value()) {
        const QJsonObject row = value.toObject();
        const QString reviewer = row.value(QLatin1String("reviewer")).toString();
        if (row.value(QLatin1String("form")).toString() != key || row.value(QLatin1String("formVersion")).toInt() != version || seen.contains(reviewer))
            continue;
        seen.insert(reviewer);
        entries.append({reviewer, Scoring::fromJson(row.value(QLatin1String("answers")).toArray()).value()});
    }
    Result<CalibrationSpread> spread = Calibration::spread(*scoring, reference, entries);
    if (!spread)
        return {Outcome::Conflict, spread.error(), {}};
    QJsonObject body = spread.value().toJson();
    body.insert(QStringLiteral("recording"), recordingId);
    body.insert(QStringLiteral("form"), key);
    body.insert(QStringLiteral("formVersion"), version);
    return {Outcome::Ok, {}, body};
}

} // namespace hotline
