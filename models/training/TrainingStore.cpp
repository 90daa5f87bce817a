// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingStore.h"

#include "store/LocalStore.h"
#include "store/SqlSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <iterator>

namespace hotline {

namespace {

// The desk's reference data the training desk reads, copied whole, in the order the foreign
// keys need (the search index, an FTS5 table with hidden columns, is copied on its own).
const char *const referenceTables[] = {
    "divisions",       "catalog_items",  "units",          "kb_articles",   "kb_versions",
    "kb_term_df",      "kb_synonyms",    "calendar_days",  "time_limits",   "dispatch_rules",
    "classifier_models", "geo_areas",    "geo_places",     "geo_places_rtree",
};

QString isoUtc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

TrainingStore::TrainingStore(std::unique_ptr<LocalStore> store) : m_store(std::move(store)) {}

TrainingStore::~TrainingStore() = default;

QString TrainingStore::pathBeside(const LocalStore &desk)
{
    return QFileInfo(desk.path()).absoluteDir().filePath(QStringLiteral("training.sqlite"));
}

Result<std::unique_ptr<TrainingStore>> TrainingStore::open(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error{tr("培训库 %1 不存在").arg(path)};
    Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(path);
    if (!opened)
        return Error{opened.error()};
    // A desk's own store opened here would take the trainee's orders into its outbox.
    if (!opened.value()->isSimulation())
        return Error{tr("%1 不是培训库（没有模拟标记）：培训只能在单独的培训库上进行，坐席的正式数据库不能用于培训。").arg(path)};
    std::unique_ptr<TrainingStore> training(new TrainingStore(std::move(opened).value()));
    if (Status tables = training->createOwnTables(); !tables)
        return Error{tables.error()};
    return training;
}

Result<std::unique_ptr<TrainingStore>> TrainingStore::openOrCreate(const QString &path, LocalStore &desk)
{
    if (QFileInfo::exists(path))
        return open(path);
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(desk.path()).absoluteFilePath())
        return Error{tr("培训库不能与坐席数据库是同一个文件：%1").arg(path)};
    Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(path);
    if (!opened)
        return Error{opened.error()};
    std::unique_ptr<TrainingStore> training(new TrainingStore(std::move(opened).value()));
    // Marked first: whatever happens next, this file is never taken for a desk's store.
    if (Status marked = training->store().setMeta(simulationKey(), QStringLiteral("1")); !marked)
        return Error{marked.error()};
    if (Status tables = training->createOwnTables(); !tables)
        return Error{tables.error()};
    if (Status copied = training->copyReferenceData(desk); !copied)
        return Error{copied.error()};
    return training;
}

Status TrainingStore::createOwnTables()
{
    QSqlQuery query(m_store->database());
    for (const char *sql : {
             "CREATE TABLE IF NOT EXISTS training_scenarios (id TEXT PRIMARY KEY, version INTEGER NOT NULL,"
             " title TEXT NOT NULL, json TEXT NOT NULL)",
             "CREATE TABLE IF NOT EXISTS training_courses (id TEXT PRIMARY KEY, position INTEGER NOT NULL,"
             " title TEXT NOT NULL, json TEXT NOT NULL)",
             // Every attempt is a simulation: the column says so to anyone reading the file.
             "CREATE TABLE IF NOT EXISTS training_attempts (id INTEGER PRIMARY KEY AUTOINCREMENT,"
             " scenario_id TEXT NOT NULL, scenario_version INTEGER NOT NULL, course_id TEXT NOT NULL DEFAULT '',"
             " exam INTEGER NOT NULL, played_at TEXT NOT NULL, total REAL NOT NULL, json TEXT NOT NULL,"
             " simulation INTEGER NOT NULL DEFAULT 1 CHECK (simulation = 1))",
             "CREATE INDEX IF NOT EXISTS training_attempts_scenario ON training_attempts (scenario_id, played_at)",
         }) {
        if (!query.exec(QString::fromUtf8(sql)))
            return Error{tr("无法建立培训库的表：%1").arg(query.lastError().text())};
    }
    return Status::success();
}

Status TrainingStore::copyReferenceData(LocalStore &desk)
{
    if (desk.isSimulation())
        return Error{tr("参考数据只能从坐席数据库复制，%1 本身是培训库").arg(desk.path())};
    if (desk.schemaVersion() != m_store->schemaVersion())
        return Error{tr("坐席数据库（版本 %1）与培训库（版本 %2）的结构不同，无法复制参考数据")
                         .arg(desk.schemaVersion())
                         .arg(m_store->schemaVersion())};
    QSqlDatabase db = m_store->database();
    QSqlQuery attach(db);
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS desk"));
    attach.addBindValue(desk.path());
    if (!attach.exec())
        return Error{tr("无法读取坐席数据库 %1：%2").arg(desk.path(), attach.lastError().text())};
    const Status copied = m_store->transaction([&]() -> Status {
        QSqlQuery query(db);
        // Emptied children first, filled parents first.
        for (auto table = std::rbegin(referenceTables); table != std::rend(referenceTables); ++table)
            if (!query.exec(QStringLiteral("DELETE FROM main.%1").arg(QString::fromLatin1(*table))))
                return Error{tr("清空参考数据 %1 失败：%2").arg(QString::fromLatin1(*table), query.lastError().text())};
        for (const char *table : referenceTables) {
            const QString name = QString::fromLatin1(table);
            if (!query.exec(QStringLiteral("INSERT INTO main.%1 SELECT * FROM desk.%1").arg(name)))
                return Error{tr("复制参考数据 %1 失败：%2").arg(name, query.lastError().text())};
        }
        // The search index: its own columns named (FTS5 has hidden ones).
        if (!query.exec(QStringLiteral("DELETE FROM main.kb_fts"))
            || !query.exec(QStringLiteral("INSERT INTO main.kb_fts (rowid, title, questions, keywords, body, initials)"
                                          " SELECT rowid, title, questions, keywords, body, initials FROM desk.kb_fts")))
            return Error{tr("复制知识库索引失败：%1").arg(query.lastError().text())};
        return Status::success();
    });
    QSqlQuery detach(db);
    detach.exec(QStringLiteral("DETACH DATABASE desk"));
    if (copied)
        m_store->notifyReferenceDataChanged();
    return copied;
}

Status TrainingStore::saveScenario(const Scenario &scenario)
{
    if (Status valid = scenario.validate(); !valid)
        return valid;
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("INSERT INTO training_scenarios (id, version, title, json) VALUES (?, ?, ?, ?)"
                                 " ON CONFLICT (id) DO UPDATE SET version = excluded.version, title = excluded.title,"
                                 " json = excluded.json"));
    query.addBindValue(scenario.id);
    query.addBindValue(scenario.version);
    query.addBindValue(scenario.title);
    query.addBindValue(QString::fromUtf8(QJsonDocument(scenario.toJson()).toJson(QJsonDocument::Compact)));
    return execSql(query, QT_TRANSLATE_NOOP("LocalStore", "保存培训情景"));
}

Status TrainingStore::removeScenario(const QString &id)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("DELETE FROM training_scenarios WHERE id = ?"));
    query.addBindValue(id);
    return execSql(query, QT_TRANSLATE_NOOP("LocalStore", "删除培训情景"));
}

Status TrainingStore::removeCourse(const QString &id)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("DELETE FROM training_courses WHERE id = ?"));
    query.addBindValue(id);
    return execSql(query, QT_TRANSLATE_NOOP("LocalStore", "删除培训课程"));
}

Status TrainingStore::saveCourse(const Course &course)
{
    if (course.id.isEmpty() || course.title.isEmpty())
        return Error{tr("课程需要编号和标题")};
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("INSERT INTO training_courses (id, position, title, json) VALUES"
                                 " (?, (SELECT coalesce(max(position), 0) + 1 FROM training_courses), ?, ?)"
                                 " ON CONFLICT (id) DO UPDATE SET title = excluded.title, json = excluded.json"));
    query.addBindValue(course.id);
    query.addBindValue(course.title);
    query.addBindValue(QString::fromUtf8(QJsonDocument(course.toJson()).toJson(QJsonDocument::Compact)));
    return execSql(query, QT_TRANSLATE_NOOP("LocalStore", "保存培训课程"));
}

QList<Scenario> TrainingStore::scenarios() const
{
    QList<Scenario> found;
    QSqlQuery query(m_store->database());
    query.exec(QStringLiteral("SELECT json FROM training_scenarios ORDER BY id"));
    while (query.next()) {
        Result<Scenario> scenario = Scenario::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
        if (scenario)
            found.append(std::move(scenario).value());
    }
    return found;
}

std::optional<Scenario> TrainingStore::scenario(const QString &id) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT json FROM training_scenarios WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Result<Scenario> scenario = Scenario::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    if (!scenario)
        return std::nullopt;
    return std::move(scenario).value();
}

QList<Course> TrainingStore::courses() const
{
    QList<Course> found;
    QSqlQuery query(m_store->database());
    query.exec(QStringLiteral("SELECT json FROM training_courses ORDER BY position"));
    while (query.next()) {
        Result<Course> course = Course::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
        if (course)
            found.append(std::move(course).value());
    }
    return found;
}

TrainingLoadReport TrainingStore::loadFolder(const QString &folder)
{
    TrainingLoadReport report;
    if (!QFileInfo(folder).isDir()) {
        report.problems.append(tr("情景文件夹 %1 不存在").arg(folder));
        return report;
    }
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort(); // the same order on every machine: courses keep the order of their files
    for (const QString &file : std::as_const(files)) {
        if (Status loaded = loadFile(file, report); !loaded)
            report.problems.append(tr("%1：%2").arg(QFileInfo(file).fileName(), loaded.error()));
    }
    return report;
}

Status TrainingStore::loadFile(const QString &file, TrainingLoadReport &report)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error{tr("无法读取：%1").arg(in.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{tr("不是 JSON 对象（第 %1 个字节处：%2）").arg(parseError.offset).arg(parseError.errorString())};
    const QJsonObject root = document.object();
    QList<QJsonObject> scenarioJson;
    QList<QJsonObject> courseJson;
    if (root.contains(QLatin1String("transcript"))) {
        scenarioJson.append(root);
    } else if (root.value(QLatin1String("scenarios")).isArray() && root.contains(QLatin1String("title"))) {
        courseJson.append(root);
    } else {
        for (const QJsonValue &value : root.value(QLatin1String("scenarios")).toArray())
            scenarioJson.append(value.toObject());
        for (const QJsonValue &value : root.value(QLatin1String("courses")).toArray())
            courseJson.append(value.toObject());
    }
    if (scenarioJson.isEmpty() && courseJson.isEmpty())
        return Error{tr("文件中没有情景也没有课程")};
    // Checked whole before anything is stored: a file is taken or refused as one.
    QList<Scenario> scenarios;
    for (const QJsonObject &json : std::as_const(scenarioJson)) {
        Result<Scenario> scenario = Scenario::fromJson(json);
        if (!scenario)
            return Error{scenario.error()};
        Scenario read = std::move(scenario).value();
        if (!read.audio.isEmpty() && QFileInfo(read.audio).isRelative())
            read.audio = QFileInfo(file).absoluteDir().filePath(read.audio);
        scenarios.append(read);
    }
    QList<Course> courses;
    for (const QJsonObject &json : std::as_const(courseJson)) {
        Result<Course> course = Course::fromJson(json);
        if (!course)
            return Error{course.error()};
        courses.append(std::move(course).value());
    }
    return m_store->transaction([&]() -> Status {
        for (const Scenario &scenario : std::as_const(scenarios))
            if (Status saved = saveScenario(scenario); !saved)
                return saved;
        for (const Course &course : std::as_const(courses))
            if (Status saved = saveCourse(course); !saved)
                return saved;
        report.scenarios += int(scenarios.size());
        report.courses += int(courses.size());
        return Status::success();
    });
}

QJsonObject TrainingStore::observationJson(const CallObservation &observation)
{
    return QJsonObject{{QStringLiteral("scenarioId"), observation.scenarioId},
                       {QStringLiteral("scenarioVersion"), observation.scenarioVersion},
                       {QStringLiteral("exam"), observation.exam},
                       {QStringLiteral("ringingAt"), isoUtc(observation.ringingAt)},
                       {QStringLiteral("answeredAt"), isoUtc(observation.answeredAt)},
                       {QStringLiteral("hungUpAt"), isoUtc(observation.hungUpAt)},
                       {QStringLiteral("submittedAt"), isoUtc(observation.submittedAt)},
                       {QStringLiteral("filed"), observation.filed.toJson()},
                       {QStringLiteral("charactersDuringCall"), observation.charactersDuringCall},
                       {QStringLiteral("keystrokes"), observation.keystrokes},
                       {QStringLiteral("holdMs"), observation.holdMs},
                       {QStringLiteral("silenceMs"), observation.silenceMs},
                       {QStringLiteral("articlesOpened"), QJsonArray::fromStringList(observation.articlesOpened)},
                       {QStringLiteral("articleTaken"), observation.articleTaken}};
}

QJsonObject TrainingStore::scoreJson(const CallScore &score)
{
    return score.toJson();
}

Result<qint64> TrainingStore::saveAttempt(const CallObservation &observation, const CallScore &score, const QString &courseId,
                                          const QJsonObject &centreAttempt)
{
    QJsonObject json{{QStringLiteral("simulation"), true},
                     {QStringLiteral("observation"), observationJson(observation)},
                     {QStringLiteral("score"), scoreJson(score)}};
    if (!centreAttempt.isEmpty())
        json.insert(QStringLiteral("attempt"), centreAttempt);
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("INSERT INTO training_attempts (scenario_id, scenario_version, course_id, exam, played_at,"
                                 " total, json) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(observation.scenarioId);
    query.addBindValue(observation.scenarioVersion);
    query.addBindValue(sqlText(courseId));
    query.addBindValue(observation.exam ? 1 : 0);
    const QDateTime played = observation.answeredAt.isValid() ? observation.answeredAt : QDateTime::currentDateTimeUtc();
    query.addBindValue(isoUtc(played));
    query.addBindValue(score.total);
    query.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    if (Status done = execSql(query, QT_TRANSLATE_NOOP("LocalStore", "保存培训成绩")); !done)
        return Error{done.error()};
    return query.lastInsertId().toLongLong();
}

QList<StoredAttempt> TrainingStore::attempts(const QString &scenarioId) const
{
    QList<StoredAttempt> found;
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT id, scenario_id, scenario_version, course_id, exam, played_at, total, json"
                                 " FROM training_attempts WHERE ? = '' OR scenario_id = ? ORDER BY id DESC"));
    query.addBindValue(sqlText(scenarioId));
    query.addBindValue(sqlText(scenarioId));
    if (!query.exec())
        return found;
    while (query.next()) {
        StoredAttempt attempt;
        attempt.id = query.value(0).toLongLong();
        attempt.scenarioId = query.value(1).toString();
        attempt.scenarioVersion = query.value(2).toInt();
        attempt.courseId = query.value(3).toString();
        attempt.exam = query.value(4).toInt() != 0;
        attempt.playedAt = fromIso(query.value(5).toString());
        attempt.total = query.value(6).toDouble();
        attempt.json = query.value(7).toString();
        found.append(attempt);
    }
    return found;
}

std::optional<double> TrainingStore::bestScore(const QString &scenarioId) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT max(total) FROM training_attempts WHERE scenario_id = ?"));
    query.addBindValue(scenarioId);
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.value(0).toDouble();
}

} // namespace hotline
