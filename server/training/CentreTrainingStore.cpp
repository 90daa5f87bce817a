// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/training/CentreTrainingStore.h"

#include "server/database/CentralDatabase.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QMap>
#include <QSqlError>
#include <QUuid>

namespace hotline {

namespace {

using Outcome = CentreTrainingStore::Outcome;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

CentreTrainingStore::Answer failed(const QString &what)
{
    return {Outcome::Failed, QStringLiteral("the database did not answer: %1").arg(what), {}};
}

} // namespace

Result<qint64> CentreTrainingStore::nextRevision()
{
    return m_db.nextValue(QStringLiteral("training"));
}

Result<qint64> CentreTrainingStore::currentRevision() const
{
    const PreparedQuery query = m_db.prepared(QStringLiteral("SELECT value FROM counters WHERE name = 'training'"));
    if (!query->exec() || !query->next())
        return Error{query->lastError().text()};
    return query->value(0).toLongLong();
}

CentreTrainingStore::Answer CentreTrainingStore::publishScenario(const Scenario &input, const QString &login)
{
    Scenario scenario = input;
    qint64 revision = 0;
    const Status status = m_db.transaction([&]() -> Status {
        const PreparedQuery current = m_db.prepared(QStringLiteral("SELECT version FROM training_scenarios WHERE scenario_id = ?"));
        current->addBindValue(scenario.id);
        if (!current->exec())
            return Error{current->lastError().text()};
        const bool known = current->next();
        scenario.version = known ? current->value(0).toInt() + 1 : 1;
        current->finish();
        Result<qint64> next = nextRevision();
        if (!next)
            return Error{next.error()};
        revision = next.value();
        const PreparedQuery write = m_db.prepared(
            known ? QStringLiteral("UPDATE training_scenarios SET version = ?, title = ?, definition = ?, withdrawn = 0, revision = ?,"
                                   " published_by = ?, published_at = ? WHERE scenario_id = ?")
                  : QStringLiteral("INSERT INTO training_scenarios (version, title, definition, withdrawn, revision, published_by,"
                                   " published_at, scenario_id) VALUES (?, ?, ?, 0, ?, ?, ?, ?)"));
        write->addBindValue(scenario.version);
        write->addBindValue(text(scenario.title));
        write->addBindValue(compact(scenario.toJson()));
        write->addBindValue(revision);
        write->addBindValue(login);
        write->addBindValue(now());
        write->addBindValue(scenario.id);
        if (!write->exec())
            return Error{write->lastError().text()};
        return Status::success();
    });
    if (!status)
        return failed(status.error());
    return {Outcome::Ok, {}, {{QStringLiteral("id"), scenario.id}, {QStringLiteral("version"), scenario.version}, {QStringLiteral("revision"), revision}}};
}

CentreTrainingStore::Answer CentreTrainingStore::withdraw(const QString &table, const QString &key, const QString &id)
{
    Answer answer;
    qint64 revision = 0;
    const Status status = m_db.transaction([&]() -> Status {
        const PreparedQuery known = m_db.prepared(QStringLiteral("SELECT withdrawn FROM %1 WHERE %2 = ?").arg(table, key));
        known->addBindValue(id);
        if (!known->exec())
            return Error{known->lastError().text()};
        if (!known->next() || known->value(0).toInt() != 0) {
            answer = {Outcome::NotFound, QStringLiteral("nothing published as %1").arg(id.left(64)), {}};
            return Error{answer.message};
        }
        known->finish();
        Result<qint64> next = nextRevision();
        if (!next)
            return Error{next.error()};
        revision = next.value();
        const PreparedQuery write = m_db.prepared(QStringLiteral("UPDATE %1 SET withdrawn = 1, revision = ? WHERE %2 = ?").arg(table, key));
        write->addBindValue(revision);
        write->addBindValue(id);
        if (!write->exec())
            return Error{write->lastError().text()};
        return Status::success();
    });
    if (!status)
        return answer.outcome == Outcome::Ok ? failed(status.error()) : answer;
    return {Outcome::Ok, {}, {{QStringLiteral("id"), id}, {QStringLiteral("withdrawn"), true}, {QStringLiteral("revision"), revision}}};
}

CentreTrainingStore::Answer CentreTrainingStore::withdrawScenario(const QString &id, const QString &)
{
    return withdraw(QStringLiteral("training_scenarios"), QStringLiteral("scenario_id"), id);
}

CentreTrainingStore::Answer CentreTrainingStore::withdrawCourse(const QString &id, const QString &)
{
    return withdraw(QStringLiteral("training_courses"), QStringLiteral("course_id"), id);
}

CentreTrainingStore::Answer CentreTrainingStore::changedSince(const QString &table, const QString &key, const QString &listName, qint64 since,
                                                              bool scenarioRows) const
{
    // The revision first: a change committed while the rows are read is then read again next
    // time rather than missed.
    const Result<qint64> revision = currentRevision();
    if (!revision)
        return failed(revision.error());
    const QString audio = scenarioRows ? QStringLiteral(", (SELECT a.bytes FROM training_audio a WHERE a.scenario_id = t.%1),"
                                                        " (SELECT a.sha256 FROM training_audio a WHERE a.scenario_id = t.%1)")
                                             .arg(key)
                                       : QString();
    const PreparedQuery query = m_db.prepared(
        QStringLiteral("SELECT t.%1, t.withdrawn, t.revision, t.definition, t.published_by, t.published_at%2 FROM %3 t"
                       " WHERE t.revision > ? ORDER BY t.revision")
            .arg(key, audio, table));
    query->addBindValue(since);
    if (!query->exec())
        return failed(query->lastError().text());
    QJsonArray items;
    while (query->next()) {
        const bool withdrawn = query->value(1).toInt() != 0;
        QJsonObject item{{QStringLiteral("id"), query->value(0).toString()},
                         {QStringLiteral("withdrawn"), withdrawn},
                         {QStringLiteral("revision"), query->value(2).toLongLong()},
                         {QStringLiteral("publishedBy"), query->value(4).toString()},
                         {QStringLiteral("publishedAt"), query->value(5).toString()}};
        if (!withdrawn)
            item.insert(scenarioRows ? QStringLiteral("scenario") : QStringLiteral("course"), objectOf(query->value(3).toString()));
        if (scenarioRows && !query->value(6).isNull()) {
            item.insert(QStringLiteral("audioBytes"), query->value(6).toLongLong());
            item.insert(QStringLiteral("audioSha256"), query->value(7).toString());
        }
        items.append(item);
    }
    return {Outcome::Ok, {}, {{QStringLiteral("revision"), revision.value()}, {listName, items}}};
}

CentreTrainingStore::Answer CentreTrainingStore::scenarios(qint64 since) const
{
    return changedSince(QStringLiteral("training_scenarios"), QStringLiteral("scenario_id"), QStringLiteral("scenarios"), since, true);
}

CentreTrainingStore::Answer CentreTrainingStore::courses(qint64 since) const
{
    return changedSince(QStringLiteral("training_courses"), QStringLiteral("course_id"), QStringLiteral("courses"), since, false);
}

std::optional<Scenario> CentreTrainingStore::scenario(const QString &id) const
{
    const PreparedQuery query = m_db.prepared(QStringLiteral("SELECT definition FROM training_scenarios WHERE scenario_id = ? AND withdrawn = 0"));
    query->addBindValue(id);
    if (!query->exec() || !query->next())
        return std::nullopt;
    Result<Scenario> parsed = Scenario::fromJson(objectOf(query->value(0).toString()));
    return parsed ? std::optional<Scenario>(std::move(parsed).value()) : std::nullopt;
}

std::optional<Course> CentreTrainingStore::course(const QString &id) const
{
    const PreparedQuery query = m_db.prepared(QStringLiteral("SELECT definition FROM training_courses WHERE course_id = ? AND withdrawn = 0"));
    query->addBindValue(id);
    if (!query->exec() || !query->next())
        return std::nullopt;
    Result<Course> parsed = Course::fromJson(objectOf(query->value(0).toString()));
    return parsed ? std::optional<Course>(std::move(parsed).value()) : std::nullopt;
}

CentreTrainingStore::Answer CentreTrainingStore::publishCourse(const Course &course, const QString &login)
{
    Answer answer;
    qint64 revision = 0;
    const Status status = m_db.transaction([&]() -> Status {
        // Every scenario it names must be there to play: a course with a hole is refused whole.
        const PreparedQuery published = m_db.prepared(QStringLiteral("SELECT 1 FROM training_scenarios WHERE scenario_id = ? AND withdrawn = 0"));
        for (const QString &id : course.scenarioIds) {
            published->addBindValue(id);
            if (!published->exec())
                return Error{published->lastError().text()};
            const bool there = published->next();
            published->finish();
            if (!there) {
                answer = {Outcome::Invalid, QStringLiteral("course %1 names scenario %2, which is not published").arg(course.id, id.left(64)), {}};
                return Error{answer.message};
            }
        }
        Result<qint64> next = nextRevision();
        if (!next)
            return Error{next.error()};
        revision = next.value();
        const PreparedQuery remove = m_db.prepared(QStringLiteral("DELETE FROM training_courses WHERE course_id = ?"));
        remove->addBindValue(course.id);
        if (!remove->exec())
            return Error{remove->lastError().text()};
        const PreparedQuery insert = m_db.prepared(QStringLiteral(
            "INSERT INTO training_courses (course_id, title, definition, withdrawn, revision, published_by, published_at) VALUES (?, ?, ?, 0, ?, ?, ?)"));
        insert->addBindValue(course.id);
        insert->addBindValue(text(course.title));
        insert->addBindValue(compact(course.toJson()));
        insert->addBindValue(revision);
        insert->addBindValue(login);
        insert->addBindValue(now());
        if (!insert->exec())
            return Error{insert->lastError().text()};
        return Status::success();
    });
    if (!status)
        return answer.outcome == Outcome::Ok ? failed(status.error()) : answer;
    return {Outcome::Ok, {}, {{QStringLiteral("id"), course.id}, {QStringLiteral("revision"), revision}}};
}

CentreTrainingStore::Answer CentreTrainingStore::putAudio(const QString &scenarioId, const QByteArray &wav, const QString &login)
{
    Answer answer;
    qint64 revision = 0;
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(wav, QCryptographicHash::Sha256).toHex());
    const Status status = m_db.transaction([&]() -> Status {
        const PreparedQuery known = m_db.prepared(QStringLiteral("SELECT 1 FROM training_scenarios WHERE scenario_id = ? AND withdrawn = 0"));
        known->addBindValue(scenarioId);
        if (!known->exec())
            return Error{known->lastError().text()};
        if (!known->next()) {
            answer = {Outcome::NotFound, QStringLiteral("no scenario %1 is published: publish it before its audio").arg(scenarioId.left(64)), {}};
            return Error{answer.message};
        }
        known->finish();
        const PreparedQuery remove = m_db.prepared(QStringLiteral("DELETE FROM training_audio WHERE scenario_id = ?"));
        remove->addBindValue(scenarioId);
        if (!remove->exec())
            return Error{remove->lastError().text()};
        // Text in both databases (SQLite and PostgreSQL bind blobs differently); a few MiB at most.
        const PreparedQuery insert = m_db.prepared(QStringLiteral(
            "INSERT INTO training_audio (scenario_id, wav_base64, bytes, sha256, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?)"));
        insert->addBindValue(scenarioId);
        insert->addBindValue(QString::fromLatin1(wav.toBase64()));
        insert->addBindValue(qint64(wav.size()));
        insert->addBindValue(sha);
        insert->addBindValue(login);
        insert->addBindValue(now());
        if (!insert->exec())
            return Error{insert->lastError().text()};
        // The scenario's listing carries the audio's hash: a new revision tells desks to fetch it.
        Result<qint64> next = nextRevision();
        if (!next)
            return Error{next.error()};
        revision = next.value();
        const PreparedQuery bump = m_db.prepared(QStringLiteral("UPDATE training_scenarios SET revision = ? WHERE scenario_id = ?"));
        bump->addBindValue(revision);
        bump->addBindValue(scenarioId);
        if (!bump->exec())
            return Error{bump->lastError().text()};
        return Status::success();
    });
    if (!status)
        return answer.outcome == Outcome::Ok ? failed(status.error()) : answer;
    return {Outcome::Ok, {}, {{QStringLiteral("id"), scenarioId}, {QStringLiteral("bytes"), qint64(wav.size())},
                              {QStringLiteral("sha256"), sha}, {QStringLiteral("revision"), revision}}};
}

std::optional<QByteArray> CentreTrainingStore::audio(const QString &scenarioId) const
{
    const PreparedQuery query = m_db.prepared(QStringLiteral(
        "SELECT a.wav_base64 FROM training_audio a JOIN training_scenarios s ON s.scenario_id = a.scenario_id"
        " WHERE a.scenario_id = ? AND s.withdrawn = 0"));
    query->addBindValue(scenarioId);
    if (!query->exec() || !query->next())
        return std::nullopt;
    return QByteArray::fromBase64(query->value(0).toString().toLatin1());
}

CentreTrainingStore::Answer CentreTrainingStore::addAttempt(const TrainingAttempt &input)
{
    // Kept as the model writes it: the same attempt sent again compares equal whatever spacing
    // or key order the desk used.
    const QJsonObject attempt = input.toJson();
    const QString trainee = input.trainee;
    const QString id = input.id.toString(QUuid::WithoutBraces);
    Answer answer;
    bool duplicate = false;
    const Status status = m_db.transaction([&]() -> Status {
        const PreparedQuery known = m_db.prepared(QStringLiteral("SELECT trainee, payload FROM training_attempts WHERE attempt_id = ?"));
        known->addBindValue(id);
        if (!known->exec())
            return Error{known->lastError().text()};
        if (known->next()) {
            // Sent again (the desk did not hear the answer): the same attempt is a duplicate;
            // another under the same id is a conflict, never an overwrite.
            if (known->value(0).toString() != trainee || objectOf(known->value(1).toString()) != attempt) {
                answer = {Outcome::Conflict, QStringLiteral("attempt %1 is at the centre already with other content").arg(id), {}};
                return Error{answer.message};
            }
            duplicate = true;
            return Status::success();
        }
        known->finish();
        const PreparedQuery insert = m_db.prepared(QStringLiteral(
            "INSERT INTO training_attempts (attempt_id, trainee, course_id, scenario_id, scenario_version, total, played_at, payload,"
            " simulation, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
        insert->addBindValue(id);
        insert->addBindValue(trainee);
        insert->addBindValue(text(input.courseId));
        insert->addBindValue(input.scenarioId);
        insert->addBindValue(input.scenarioVersion);
        insert->addBindValue(input.score.total);
        insert->addBindValue(input.playedAt.toUTC().toString(Qt::ISODateWithMs));
        insert->addBindValue(compact(attempt));
        insert->addBindValue(now());
        if (!insert->exec())
            return Error{insert->lastError().text()};
        return Status::success();
    });
    if (!status)
        return answer.outcome == Outcome::Ok ? failed(status.error()) : answer;
    return {Outcome::Ok, {}, {{QStringLiteral("id"), id}, {QStringLiteral("duplicate"), duplicate}}};
}

Result<QJsonArray> CentreTrainingStore::attemptsOf(const QString &trainee) const
{
    const PreparedQuery query = m_db.prepared(QStringLiteral("SELECT payload FROM training_attempts WHERE trainee = ? ORDER BY played_at, attempt_id"));
    query->addBindValue(trainee);
    if (!query->exec())
        return Error{query->lastError().text()};
    QJsonArray attempts;
    while (query->next())
        attempts.append(objectOf(query->value(0).toString()));
    return attempts;
}

CentreTrainingStore::Answer CentreTrainingStore::courseClass(const QString &courseId) const
{
    const std::optional<Course> found = course(courseId);
    if (!found)
        return {Outcome::NotFound, QStringLiteral("no course %1 is published").arg(courseId.left(64)), {}};
    // Every trainee of the centre, with or without attempts: a lead sees who has not started.
    QMap<QString, QJsonObject> trainees;
    {
        const PreparedQuery users = m_db.prepared(QStringLiteral("SELECT login, display_name FROM users WHERE role = 'trainee' AND disabled = 0"));
        if (!users->exec())
            return failed(users->lastError().text());
        while (users->next())
            trainees.insert(users->value(0).toString(), {{QStringLiteral("login"), users->value(0).toString()},
                                                         {QStringLiteral("name"), users->value(1).toString()},
                                                         {QStringLiteral("attempts"), QJsonArray()}});
    }
    const PreparedQuery query = m_db.prepared(QStringLiteral(
        "SELECT trainee, payload FROM training_attempts WHERE course_id = ? ORDER BY trainee, played_at, attempt_id"));
    query->addBindValue(courseId);
    if (!query->exec())
        return failed(query->lastError().text());
    while (query->next()) {
        const QString login = query->value(0).toString();
        QJsonObject &row = trainees[login];
        if (row.isEmpty())
            row = {{QStringLiteral("login"), login}, {QStringLiteral("name"), login}, {QStringLiteral("attempts"), QJsonArray()}};
        QJsonArray attempts = row.value(QLatin1String("attempts")).toArray();
        attempts.append(objectOf(query->value(1).toString()));
        row.insert(QStringLiteral("attempts"), attempts);
    }
    QJsonArray rows;
    for (const QJsonObject &row : std::as_const(trainees))
        rows.append(row);
    return {Outcome::Ok, {}, {{QStringLiteral("course"), found->toJson()}, {QStringLiteral("trainees"), rows}}};
}

} // namespace hotline
