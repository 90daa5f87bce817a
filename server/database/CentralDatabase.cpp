// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/database/CentralDatabase.h"

#include "store/SqlSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <vector>

namespace hotline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::CentralDatabase", text);
}

struct CentralMigration {
    int version;
    std::vector<const char *> statements; // {{id}} and {{blob}} differ by dialect
};

// Never edit a migration that has shipped: add a new one.
const std::vector<CentralMigration> &centralMigrations()
{
    static const std::vector<CentralMigration> migrations = {
        {1,
         {
             "CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
             "INSERT INTO counters (name, value) VALUES ('revision', 0)",
             "CREATE TABLE users (id {{id}}, login TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,"
             " role TEXT NOT NULL, password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,"
             " created_at TEXT NOT NULL)",
             "CREATE TABLE tokens (token_hash TEXT PRIMARY KEY, user_id BIGINT NOT NULL, desk TEXT NOT NULL,"
             " expires_at TEXT NOT NULL)",
             "CREATE TABLE audit_log (id {{id}}, at TEXT NOT NULL, login TEXT NOT NULL, action TEXT NOT NULL,"
             " target TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')",
             "CREATE INDEX audit_log_target ON audit_log (target)",
             "CREATE TABLE work_orders (number TEXT PRIMARY KEY, desk TEXT NOT NULL, created_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL, status TEXT NOT NULL, phone TEXT NOT NULL, title TEXT NOT NULL,"
             " district_code TEXT, service_code TEXT NOT NULL DEFAULT '', lng DOUBLE PRECISION,"
             " lat DOUBLE PRECISION, state_json TEXT NOT NULL, revision BIGINT NOT NULL)",
             "CREATE INDEX work_orders_updated ON work_orders (updated_at)",
             "CREATE TABLE work_order_events (event_id TEXT PRIMARY KEY, order_number TEXT NOT NULL,"
             " type TEXT NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL, payload TEXT NOT NULL,"
             " revision BIGINT NOT NULL)",
             "CREATE INDEX work_order_events_order ON work_order_events (order_number, revision)",
             // One row per operation ever received: a batch sent twice is answered from here.
             "CREATE TABLE applied_ops (op_id TEXT PRIMARY KEY, desk TEXT NOT NULL, status TEXT NOT NULL,"
             " revision BIGINT, error TEXT NOT NULL DEFAULT '', applied_at TEXT NOT NULL)",
             // The change feed desks pull: audience '' is everyone, else the desk concerned.
             "CREATE TABLE changes (revision BIGINT PRIMARY KEY, kind TEXT NOT NULL, item_key TEXT NOT NULL,"
             " audience TEXT NOT NULL, payload TEXT NOT NULL)",
             "CREATE INDEX changes_audience ON changes (audience, revision)",
             "CREATE TABLE kb_articles (article_key TEXT PRIMARY KEY, status TEXT NOT NULL, payload TEXT NOT NULL,"
             " revision BIGINT NOT NULL)",
             "CREATE TABLE number_leases (desk TEXT NOT NULL, first_number BIGINT NOT NULL, last_number BIGINT NOT NULL,"
             " leased_at TEXT NOT NULL, PRIMARY KEY (first_number))",
             "CREATE TABLE open311_keys (key_hash TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL)",
         }},
        {2,
         {
             // The services Open311 clients may file: the catalogue's leaf items, by stable code.
             "CREATE TABLE open311_services (service_code TEXT PRIMARY KEY, service_name TEXT NOT NULL,"
             " description TEXT NOT NULL, group_name TEXT NOT NULL, level1 TEXT NOT NULL, level2 TEXT NOT NULL,"
             " level3 TEXT NOT NULL)",
             "CREATE INDEX work_orders_service ON work_orders (service_code)",
         }},
        {3,
         {
             // Departments belong to a unit: the orders they may read and answer.
             "ALTER TABLE users ADD COLUMN unit_code TEXT NOT NULL DEFAULT ''",
             // Sign-in failures are counted per login and per address from here (SignInThrottle).
             "ALTER TABLE audit_log ADD COLUMN address TEXT NOT NULL DEFAULT ''",
             "CREATE INDEX audit_log_by_login ON audit_log (action, login, at)",
             "CREATE INDEX audit_log_by_address ON audit_log (action, address, at)",
             // A desk name belongs to the workstation that first signed in with it (its key).
             "CREATE TABLE desks (name TEXT PRIMARY KEY, key_hash TEXT NOT NULL, registered_at TEXT NOT NULL,"
             " registered_by TEXT NOT NULL)",
             // The database's identity and epoch (a restored backup is noticed by the desks).
             "CREATE TABLE central_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
             // What decides who may see an order: confidential, public (Open311), its unit.
             "ALTER TABLE work_orders ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0",
             "ALTER TABLE work_orders ADD COLUMN public_listing INTEGER NOT NULL DEFAULT 0",
             "ALTER TABLE work_orders ADD COLUMN unit_code TEXT NOT NULL DEFAULT ''",
             "CREATE INDEX work_orders_unit ON work_orders (unit_code)",
         }},
        {4,
         {
             // Where an order waits (models/workorder/WorkQueue): the dispatcher's queue, the
             // callback list, a department's list are each one range of an index.
             "ALTER TABLE work_orders ADD COLUMN queue TEXT NOT NULL DEFAULT ''",
             "CREATE INDEX work_orders_queue ON work_orders (queue, updated_at)",
             "CREATE INDEX work_orders_unit_status ON work_orders (unit_code, status)",
             // The orders with a unit, for the automatic urging of what is overdue.
             "CREATE INDEX work_orders_status ON work_orders (status, updated_at)",
             // A caller's history from any desk: one range of this index.
             "CREATE INDEX work_orders_phone ON work_orders (phone, created_at)",
             // The figures of a period.
             "CREATE INDEX work_orders_created ON work_orders (created_at)",
             // Reports merged into a main order: their callers are called back with its reply.
             "ALTER TABLE work_orders ADD COLUMN merged_into TEXT NOT NULL DEFAULT ''",
             "CREATE INDEX work_orders_merged ON work_orders (merged_into)",
             // The latest published reference data of a kind (the limits every list counts
             // with): without it, each list walked the whole change feed.
             "CREATE INDEX changes_kind ON changes (kind, revision)",
             // Open orders near a place: possible duplicates of the problem being reported.
             "CREATE INDEX work_orders_place ON work_orders (lng, lat)",
         }},
        {5,
         {
             // Call recordings (server/recordings): the file under the recordings folder (path
             // relative to it), its row from the first chunk on; complete once the desk's
             // SHA-256 matched the stored bytes. A purged row keeps who, when and which orders.
             "CREATE TABLE recordings (id TEXT PRIMARY KEY, desk TEXT NOT NULL, uploader TEXT NOT NULL,"
             " call_id TEXT NOT NULL DEFAULT '', caller_number TEXT NOT NULL DEFAULT '', started_at TEXT NOT NULL DEFAULT '',"
             " ended_at TEXT NOT NULL DEFAULT '', duration_ms BIGINT NOT NULL DEFAULT 0, bytes BIGINT NOT NULL DEFAULT 0,"
             " sha256 TEXT NOT NULL DEFAULT '', path TEXT NOT NULL, complete INTEGER NOT NULL DEFAULT 0,"
             " received_bytes BIGINT NOT NULL DEFAULT 0, created_at TEXT NOT NULL, completed_at TEXT, purged_at TEXT)",
             "CREATE INDEX recordings_retention ON recordings (purged_at, complete, ended_at)",
             "CREATE TABLE recording_orders (recording_id TEXT NOT NULL, order_number TEXT NOT NULL, linked_at TEXT NOT NULL,"
             " linked_by TEXT NOT NULL, PRIMARY KEY (recording_id, order_number))",
             "CREATE INDEX recording_orders_order ON recording_orders (order_number)",
         }},
        {6,
         {
             // Each change of an operator's state, as the desk sent it (once, by its id): the
             // wallboard reads the latest of each operator, the figures a period's rows.
             "CREATE TABLE agent_states (transition_id TEXT PRIMARY KEY, login TEXT NOT NULL, desk TEXT NOT NULL,"
             " state TEXT NOT NULL, from_state TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL,"
             " seconds BIGINT NOT NULL, received_at TEXT NOT NULL)",
             "CREATE INDEX agent_states_login ON agent_states (login, at)",
             "CREATE INDEX agent_states_at ON agent_states (at)",
         }},
        {7,
         {
             // Scoring forms (server/quality): a new version is a new row and the old one
             // stays, for the evaluations made with it.
             "CREATE TABLE quality_forms (form_key TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL,"
             " definition TEXT NOT NULL, published_by TEXT NOT NULL, published_at TEXT NOT NULL, PRIMARY KEY (form_key, version))",
             // An evaluation keeps its form version and is never changed but for its state: a
             // rescore is a new row, the old one points to it (superseded_by) and it back.
             "CREATE TABLE quality_evaluations (id TEXT PRIMARY KEY, form_key TEXT NOT NULL, form_version INTEGER NOT NULL,"
             " recording_id TEXT NOT NULL, operator_login TEXT NOT NULL, reviewer_login TEXT NOT NULL,"
             " calibration INTEGER NOT NULL DEFAULT 0, answers TEXT NOT NULL, score DOUBLE PRECISION NOT NULL,"
             " fatal INTEGER NOT NULL, state TEXT NOT NULL, supersedes TEXT NOT NULL DEFAULT '',"
             " superseded_by TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
             "CREATE INDEX quality_evaluations_operator ON quality_evaluations (operator_login, created_at)",
             "CREATE INDEX quality_evaluations_recording ON quality_evaluations (recording_id)",
             "CREATE INDEX quality_evaluations_reviewer ON quality_evaluations (reviewer_login, state)",
             // The operator's acknowledgement or dispute and the reviewer's uphold, in order.
             "CREATE TABLE quality_responses (id {{id}}, evaluation_id TEXT NOT NULL, kind TEXT NOT NULL, actor TEXT NOT NULL,"
             " comment TEXT NOT NULL, at TEXT NOT NULL)",
             "CREATE INDEX quality_responses_evaluation ON quality_responses (evaluation_id, id)",
         }},
        {8,
         {
             // The review queue (server/recordings/ReviewQueue): the longest stretch where both
             // sides were quiet and the time in stretches of 3 s or more, from the file once it
             // is complete (NULL: not computed yet, or the file did not decode).
             "ALTER TABLE recordings ADD COLUMN longest_silence_ms BIGINT",
             "ALTER TABLE recordings ADD COLUMN silent_ms BIGINT",
             "ALTER TABLE recordings ADD COLUMN decode_error TEXT NOT NULL DEFAULT ''",
             "CREATE INDEX recordings_review ON recordings (complete, started_at)",
             // A reviewer's remarks pinned at a moment of the call; never edited, only added.
             "CREATE TABLE recording_comments (id {{id}}, recording_id TEXT NOT NULL, offset_ms BIGINT NOT NULL,"
             " text TEXT NOT NULL, author TEXT NOT NULL, created_at TEXT NOT NULL)",
             "CREATE INDEX recording_comments_recording ON recording_comments (recording_id, offset_ms)",
             // The sampling plan's quotas: each reviewer's calls per operator per week.
             "CREATE TABLE review_quotas (reviewer TEXT PRIMARY KEY, calls INTEGER NOT NULL, share DOUBLE PRECISION NOT NULL,"
             " minimum INTEGER NOT NULL, set_by TEXT NOT NULL, set_at TEXT NOT NULL)",
         }},
        {9,
         {
             // The floor (server/floor): the usual level of each hour by item and district is one
             // range of this index per week, read without the rows; the orders changed since the
             // last refresh one range of revisions; answered calls and after-call work one range
             // of agent states each.
             "CREATE INDEX work_orders_floor ON work_orders (created_at, service_code, district_code)",
             "CREATE INDEX work_orders_revision ON work_orders (revision)",
             "CREATE INDEX agent_states_state ON agent_states (state, at)",
             "CREATE INDEX agent_states_after ON agent_states (from_state, at, seconds)",
         }},
        {10,
         {
             // Training (server/training): scenarios and courses published by team leads, read
             // by desks by revision (a counter of their own: not the change feed, which is real
             // data), a scenario's caller audio, and trainees' scored attempts. Attempts are
             // simulation data and say so in their rows; nothing here is an order or a figure.
             "INSERT INTO counters (name, value) VALUES ('training', 0)",
             "CREATE TABLE training_scenarios (scenario_id TEXT PRIMARY KEY, version INTEGER NOT NULL, title TEXT NOT NULL,"
             " definition TEXT NOT NULL, withdrawn INTEGER NOT NULL DEFAULT 0, revision BIGINT NOT NULL,"
             " published_by TEXT NOT NULL, published_at TEXT NOT NULL)",
             "CREATE INDEX training_scenarios_revision ON training_scenarios (revision)",
             "CREATE TABLE training_courses (course_id TEXT PRIMARY KEY, title TEXT NOT NULL, definition TEXT NOT NULL,"
             " withdrawn INTEGER NOT NULL DEFAULT 0, revision BIGINT NOT NULL, published_by TEXT NOT NULL, published_at TEXT NOT NULL)",
             "CREATE INDEX training_courses_revision ON training_courses (revision)",
             "CREATE TABLE training_audio (scenario_id TEXT PRIMARY KEY, wav_base64 TEXT NOT NULL, bytes BIGINT NOT NULL,"
             " sha256 TEXT NOT NULL, uploaded_by TEXT NOT NULL, uploaded_at TEXT NOT NULL)",
             "CREATE TABLE training_attempts (attempt_id TEXT PRIMARY KEY, trainee TEXT NOT NULL, course_id TEXT NOT NULL,"
             " scenario_id TEXT NOT NULL, scenario_version INTEGER NOT NULL, total DOUBLE PRECISION NOT NULL,"
             " played_at TEXT NOT NULL, payload TEXT NOT NULL, simulation INTEGER NOT NULL DEFAULT 1 CHECK (simulation = 1),"
             " received_at TEXT NOT NULL)",
             "CREATE INDEX training_attempts_course ON training_attempts (course_id, trainee, played_at)",
             "CREATE INDEX training_attempts_trainee ON training_attempts (trainee, played_at)",
         }},
        {11,
         {
             // Knowledge-base usage (server/kb): what operators took or opened after a query, and
             // the queries that found nothing or were searched again. Kept once per event id; the
             // ranking evidence every desk reads and the editors' list of misses are counted from
             // it by desk, so one desk's clicks count once however often it clicks.
             "CREATE TABLE kb_usage (event_id TEXT PRIMARY KEY, desk TEXT NOT NULL, login TEXT NOT NULL, at TEXT NOT NULL,"
             " query TEXT NOT NULL, article_key TEXT NOT NULL DEFAULT '', action TEXT NOT NULL, received_at TEXT NOT NULL)",
             "CREATE INDEX kb_usage_at ON kb_usage (at)",
             "CREATE INDEX kb_usage_action ON kb_usage (action, at)",
         }},
    };
    return migrations;
}

QString dialectSql(const char *statement, CentralDatabase::Dialect dialect)
{
    QString sql = QString::fromUtf8(statement);
    const bool pg = dialect == CentralDatabase::Dialect::Postgres;
    sql.replace(QStringLiteral("{{id}}"), pg ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
    if (!pg)
        sql.replace(QStringLiteral("DOUBLE PRECISION"), QStringLiteral("REAL"));
    return sql;
}

} // namespace

CentralDatabase::CentralDatabase(QString connection, Dialect dialect, QString description)
    : m_connection(std::move(connection)), m_dialect(dialect), m_description(std::move(description))
{
}

CentralDatabase::~CentralDatabase()
{
    m_statements.clear(); // before the connection they were compiled on
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase CentralDatabase::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<std::unique_ptr<CentralDatabase>> CentralDatabase::open(const QString &url)
{
    const QString connection = QStringLiteral("central-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<CentralDatabase> central;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        const QString path = url.mid(7);
        if (path.isEmpty())
            return Error{tr("数据库地址 sqlite: 后面要写文件路径")};
        central.reset(new CentralDatabase(connection, Dialect::Sqlite, QStringLiteral("SQLite ") + path));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return Error{tr("无法打开 SQLite 数据库 %1：%2").arg(path, db.lastError().text())};
        QSqlQuery pragma(db);
        // WAL with synchronous=FULL: an acknowledged push survives a killed process or power cut.
        for (const char *sql : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
                                "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY"})
            if (!pragma.exec(QString::fromLatin1(sql)))
                return Error{tr("无法设置 SQLite：%1").arg(pragma.lastError().text())};
    } else if (url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"))) {
        // postgresql://user:password@host:port/db?sslmode=verify-full&sslrootcert=/etc/hotline/db-ca.pem
        const QUrl parsed(url);
        if (!parsed.isValid() || parsed.path().size() < 2)
            return Error{tr("PostgreSQL 地址应为 postgresql://用户:密码@主机:端口/数据库")};
        const QString host = QUrlQuery(parsed).queryItemValue(QStringLiteral("host"));
        central.reset(new CentralDatabase(connection, Dialect::Postgres,
                                          QStringLiteral("PostgreSQL %1/%2").arg(host.isEmpty() ? parsed.host() : host, parsed.path().mid(1))));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        if (!db.isValid())
            return Error{tr("没有 PostgreSQL 的 Qt 驱动（Debian 包 libqt6sql6-psql）")};
        db.setHostName(host.isEmpty() ? parsed.host() : host);
        if (parsed.port() > 0)
            db.setPort(parsed.port());
        db.setDatabaseName(parsed.path().mid(1));
        db.setUserName(parsed.userName());
        db.setPassword(parsed.password());
        // TLS to the database as the URL says (sslmode=verify-full&sslrootcert=… in production),
        // and synchronous_commit pinned on: a server configured with it off would acknowledge
        // pushes before they are on disk, and a crash would lose what the desks were told is kept.
        QStringList options{QStringLiteral("options='-c synchronous_commit=on -c client_min_messages=warning'")};
        static const QStringList passed{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
                                        QStringLiteral("sslkey"), QStringLiteral("sslcrl"), QStringLiteral("connect_timeout"),
                                        QStringLiteral("application_name"), QStringLiteral("target_session_attrs")};
        static const QStringList sslModes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                          QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        for (const auto &[key, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("host"))
                continue;
            if (!passed.contains(key))
                return Error{tr("PostgreSQL 地址里不认识的参数 “%1”（可用：host、%2）").arg(key, passed.join(QStringLiteral("、")))};
            if (key == QLatin1String("sslmode") && !sslModes.contains(value))
                return Error{tr("sslmode 应为 %1 之一").arg(sslModes.join(QStringLiteral("、")))};
            if (value.contains(u';') || value.contains(u'\'') || value.contains(u' '))
                return Error{tr("PostgreSQL 参数 %1 的值不能含空格、分号或引号").arg(key)};
            options.append(key + u'=' + value);
        }
        db.setConnectOptions(options.join(u';'));
        if (!db.open())
            return Error{tr("无法连接 PostgreSQL（%1）：%2").arg(central->describe(), db.lastError().text())};
    } else {
        return Error{tr("不认识的数据库地址 “%1”：应为 sqlite:路径 或 postgresql://…").arg(url)};
    }
    if (Status migrated = central->migrate(); !migrated)
        return Error{migrated.error()};
    central->m_url = url;
    return central;
}

int CentralDatabase::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SELECT max(version) FROM central_schema")) && query.next())
        return query.value(0).toInt();
    return 0;
}

Status CentralDatabase::migrate()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS central_schema (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")))
        return Error{tr("无法建立版本表：%1").arg(query.lastError().text())};
    const int current = schemaVersion();
    const int latest = centralMigrations().back().version;
    if (current > latest)
        return Error{tr("中心数据库的结构版本为 %1，本程序只支持到 %2：请先升级 hotline-central").arg(current).arg(latest)};
    for (const CentralMigration &migration : centralMigrations()) {
        if (migration.version <= current)
            continue;
        const Status status = transaction([&]() -> Status {
            QSqlQuery step(database());
            for (const char *statement : migration.statements)
                if (!step.exec(dialectSql(statement, m_dialect)))
                    return Error{tr("中心数据库迁移到版本 %1 失败：%2").arg(migration.version).arg(step.lastError().text())};
            step.prepare(QStringLiteral("INSERT INTO central_schema (version, applied_at) VALUES (?, ?)"));
            step.addBindValue(migration.version);
            step.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            return execSql(step, QT_TRANSLATE_NOOP("LocalStore", "记录迁移"));
        });
        if (!status)
            return status;
    }
    return Status::success();
}

PreparedQuery CentralDatabase::prepared(const QString &sql) const
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(database());
        // A statement that does not compile is a bug here; its exec() fails with the reason.
        query->prepare(sql);
        found = m_statements.emplace(sql, std::move(query)).first;
    }
    return PreparedQuery(*found->second);
}

Status CentralDatabase::transaction(const std::function<Status()> &body)
{
    const QString begin = m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (Status s = command(begin); !s)
        return Error{tr("无法开始事务：%1").arg(s.error())};
    Status status = body();
    if (status) {
        if (Status s = command(QStringLiteral("COMMIT")); !s)
            status = Error{tr("无法提交：%1").arg(s.error())};
    }
    if (!status)
        (void)command(QStringLiteral("ROLLBACK"));
    return status;
}

Status CentralDatabase::command(const QString &sql)
{
    if (m_dialect == Dialect::Postgres) {
        QSqlQuery query(database());
        if (!query.exec(sql))
            return Error{query.lastError().text()};
        return Status::success();
    }
    const PreparedQuery query = prepared(sql);
    if (!query->exec())
        return Error{query->lastError().text()};
    return Status::success();
}

Result<qint64> CentralDatabase::nextValue(const QString &counter, qint64 step)
{
    const PreparedQuery query = prepared(QStringLiteral("UPDATE counters SET value = value + ? WHERE name = ? RETURNING value"));
    query->addBindValue(step);
    query->addBindValue(counter);
    if (!query->exec() || !query->next())
        return Error{tr("计数器 %1 不可用：%2").arg(counter, query->lastError().text())};
    return query->value(0).toLongLong();
}

bool CentralDatabase::isOutOfSpace(const QString &error)
{
    return error.contains(QLatin1String("database or disk is full"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("No space left on device"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("could not extend file"), Qt::CaseInsensitive);
}

} // namespace hotline
