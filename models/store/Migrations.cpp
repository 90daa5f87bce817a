// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <vector>

namespace hotline {

namespace {

struct Migration {
    int version;
    const char *purpose;
    std::vector<const char *> statements;
};

// Never edit a migration that has shipped: add a new one.
const std::vector<Migration> &allMigrations()
{
    static const std::vector<Migration> migrations = {
        {1, "work orders, events, outbox and reference data",
         {
             "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
             "CREATE TABLE divisions (code TEXT PRIMARY KEY, name TEXT NOT NULL, parent_code TEXT,"
             " level TEXT NOT NULL CHECK (level IN ('province','district','street','village')))",
             "CREATE INDEX divisions_parent ON divisions (parent_code)",
             "CREATE TABLE catalog_items (id INTEGER PRIMARY KEY, level1 TEXT NOT NULL,"
             " level2 TEXT NOT NULL, level3 TEXT NOT NULL, UNIQUE (level1, level2, level3))",
             "CREATE TABLE work_orders (number TEXT PRIMARY KEY, created_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL, status TEXT NOT NULL, phone TEXT NOT NULL,"
             " caller_name TEXT NOT NULL DEFAULT '', title TEXT NOT NULL,"
             " district_code TEXT, street_code TEXT, state_json TEXT NOT NULL)",
             "CREATE INDEX work_orders_phone ON work_orders (phone, created_at)",
             "CREATE TABLE work_order_events (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
             " event_id TEXT NOT NULL UNIQUE, order_number TEXT NOT NULL REFERENCES work_orders (number),"
             " type TEXT NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL, payload TEXT NOT NULL)",
             "CREATE INDEX work_order_events_order ON work_order_events (order_number, seq)",
             // Events are history: the database itself refuses to rewrite or drop one.
             "CREATE TRIGGER work_order_events_no_update BEFORE UPDATE ON work_order_events"
             " BEGIN SELECT RAISE(ABORT, 'work order events are append-only'); END",
             "CREATE TRIGGER work_order_events_no_delete BEFORE DELETE ON work_order_events"
             " BEGIN SELECT RAISE(ABORT, 'work order events are append-only'); END",
             "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, op_id TEXT NOT NULL UNIQUE,"
             " kind TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL,"
             " acked_at TEXT, revision INTEGER)",
             "CREATE INDEX outbox_pending ON outbox (acked_at, seq)",
             "CREATE TABLE number_counters (day TEXT PRIMARY KEY, last INTEGER NOT NULL)",
         }},
        {2, "unit directory and the involved unit of a work order",
         {
             "CREATE TABLE units (code TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,"
             " district_code TEXT, phone TEXT NOT NULL DEFAULT '')",
             "CREATE INDEX units_name ON units (name)",
             "ALTER TABLE work_orders ADD COLUMN community_code TEXT",
             "ALTER TABLE work_orders ADD COLUMN involved_unit TEXT NOT NULL DEFAULT ''",
         }},
        {3, "knowledge base: articles, their versions and the search index",
         {
             "CREATE TABLE kb_articles (id INTEGER PRIMARY KEY, source_key TEXT UNIQUE,"
             " status TEXT NOT NULL CHECK (status IN ('draft','published','withdrawn')),"
             " current_version INTEGER NOT NULL, published_version INTEGER NOT NULL DEFAULT 0,"
             " valid_from TEXT, valid_until TEXT, author TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL)",
             "CREATE TABLE kb_versions (article_id INTEGER NOT NULL REFERENCES kb_articles (id), version INTEGER NOT NULL,"
             " title TEXT NOT NULL, questions TEXT NOT NULL, answer TEXT NOT NULL, keywords TEXT NOT NULL,"
             " classification TEXT NOT NULL, unit TEXT NOT NULL, region TEXT NOT NULL,"
             " valid_from TEXT, valid_until TEXT, editor TEXT NOT NULL, saved_at TEXT NOT NULL,"
             " PRIMARY KEY (article_id, version))",
             "CREATE TRIGGER kb_versions_no_update BEFORE UPDATE ON kb_versions"
             " BEGIN SELECT RAISE(ABORT, 'article versions are kept as saved'); END",
             // Holds the tokens of each article's published version; rowid = article id.
             "CREATE VIRTUAL TABLE kb_fts USING fts5 (title, questions, keywords, body, initials,"
             " tokenize = 'unicode61', prefix = '2 3')",
             "CREATE VIRTUAL TABLE kb_fts_vocab USING fts5vocab (kb_fts, 'row')",
         }},
        {4, "knowledge base: how many articles hold each search term",
         {
             // fts5vocab counts by walking a term's postings; the search asks for many terms
             // per keystroke, so the counts are kept here, current with the index.
             "CREATE TABLE kb_term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID",
             "INSERT INTO kb_term_df (term, df) SELECT term, doc FROM kb_fts_vocab",
         }},
        {5, "geography: boundaries, named places and where work orders happened",
         {
             // Coordinates are WGS84 degrees; GCJ-02 files are converted when imported. The few
             // hundred boundaries are tested in memory; the places, which a centre counts in
             // tens of thousands, get an R*Tree.
             "CREATE TABLE geo_areas (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
             " level TEXT NOT NULL CHECK (level IN ('district','street')), label_lng REAL NOT NULL,"
             " label_lat REAL NOT NULL, rings TEXT NOT NULL)",
             "CREATE TABLE geo_places (id INTEGER PRIMARY KEY, source_key TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
             " kind TEXT NOT NULL, lng REAL NOT NULL, lat REAL NOT NULL, district_code TEXT, street_code TEXT,"
             " note TEXT NOT NULL DEFAULT '')",
             "CREATE VIRTUAL TABLE geo_places_rtree USING rtree (id, min_lng, max_lng, min_lat, max_lat)",
             "ALTER TABLE work_orders ADD COLUMN lng REAL",
             "ALTER TABLE work_orders ADD COLUMN lat REAL",
             "ALTER TABLE work_orders ADD COLUMN classification TEXT NOT NULL DEFAULT ''",
             "UPDATE work_orders SET classification = json_extract(state_json, '$.classification.level1') || ' › '"
             " || json_extract(state_json, '$.classification.level2') || ' › '"
             " || json_extract(state_json, '$.classification.level3')"
             " WHERE coalesce(json_extract(state_json, '$.classification.level3'), '') <> ''",
             // Where each located work order happened, for nearby duplicates and the map's pins.
             "CREATE VIRTUAL TABLE work_order_locations USING rtree (id, min_lng, max_lng, min_lat, max_lat, +number TEXT)",
         }},
        {6, "sync with the central service: refused operations, article keys, leased numbers",
         {
             "ALTER TABLE outbox ADD COLUMN rejected TEXT",
             // Articles travel between desks by key; local ids differ from desk to desk.
             "UPDATE kb_articles SET source_key = 'kb:' || lower(hex(randomblob(16))) WHERE source_key IS NULL",
             // Blocks of final work-order numbers the centre leased to this desk.
             "CREATE TABLE number_leases (first_number INTEGER PRIMARY KEY, last_number INTEGER NOT NULL,"
             " next_number INTEGER NOT NULL)",
         }},
        {7, "synonyms for knowledge-base search",
         {
             // Each term belongs to one group; a query holding one is also searched with the others.
             "CREATE TABLE kb_synonyms (term TEXT PRIMARY KEY, group_no INTEGER NOT NULL)",
         }},
        {8, "the working-day calendar and the time limits",
         {
             // Only the days that differ from Monday-to-Friday: holidays and worked weekends.
             "CREATE TABLE calendar_days (day TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')))",
             // The limits file as imported, line by line; the domain re-reads it with its parser.
             "CREATE TABLE time_limits (line INTEGER PRIMARY KEY, urgency TEXT NOT NULL, appeal_type TEXT NOT NULL,"
             " item TEXT NOT NULL, stage TEXT NOT NULL, span TEXT NOT NULL)",
         }},
        {9, "catalogue keywords and dispatch rules",
         {
             // The words callers use for an item, joined by '|': the picker finds 路灯 by 灯不亮.
             "ALTER TABLE catalog_items ADD COLUMN keywords TEXT NOT NULL DEFAULT ''",
             // Item × ground × jurisdiction → unit(s), line by line as imported.
             "CREATE TABLE dispatch_rules (line INTEGER PRIMARY KEY, item TEXT NOT NULL, context TEXT NOT NULL,"
             " district TEXT NOT NULL, lead TEXT NOT NULL, co_units TEXT NOT NULL)",
         }},
        {10, "classification suggestion: models learned from past work orders",
         {
             // One row per model (the form's classification is one), replaced by each training;
             // the labels joined by a line break, the model as TextClassifier::serialize wrote it.
             "CREATE TABLE classifier_models (name TEXT PRIMARY KEY, trained_at TEXT NOT NULL,"
             " examples INTEGER NOT NULL, labels TEXT NOT NULL, model BLOB NOT NULL)",
         }},
        {11, "call recordings and the work orders of each call",
         {
             // One stereo file per call (models/recordings), uploaded to the centre in chunks:
             // uploaded_bytes is how far it got, so a restarted desk asks the centre and goes on.
             // The file is deleted after the retention period once uploaded (file_deleted_at);
             // the row stays, with its links.
             "CREATE TABLE recordings (id TEXT PRIMARY KEY, call_id TEXT NOT NULL UNIQUE, path TEXT NOT NULL,"
             " bytes INTEGER NOT NULL, sha256 TEXT NOT NULL, duration_ms INTEGER NOT NULL,"
             " started_at TEXT NOT NULL, ended_at TEXT NOT NULL, caller_number TEXT NOT NULL DEFAULT '',"
             " status TEXT NOT NULL CHECK (status IN ('recorded','uploading','uploaded')),"
             " uploaded_bytes INTEGER NOT NULL DEFAULT 0, uploaded_at TEXT, file_deleted_at TEXT,"
             " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '')",
             "CREATE INDEX recordings_status ON recordings (status, ended_at)",
             // Several orders may come of one call, and an order filed after hang-up is linked
             // then: sent_at is set once the centre has the link.
             "CREATE TABLE recording_orders (recording_id TEXT NOT NULL REFERENCES recordings (id),"
             " order_number TEXT NOT NULL, linked_at TEXT NOT NULL, sent_at TEXT,"
             " PRIMARY KEY (recording_id, order_number))",
             "CREATE INDEX recording_orders_unsent ON recording_orders (sent_at, recording_id)",
         }},
        {12, "what the floor's use of the knowledge base says about its articles",
         {
             // The centre's usage model (models/kb/KbUsageModel) as last fetched: popularity
             // under the empty query, a learnt phrasing's articles under the phrasing.
             "CREATE TABLE kb_usage_prior (query TEXT NOT NULL, article_key TEXT NOT NULL, weight REAL NOT NULL,"
             " PRIMARY KEY (query, article_key)) WITHOUT ROWID",
         }},
    };
    return migrations;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::Migrations", text);
}

} // namespace

int Migrations::latestVersion()
{
    return allMigrations().back().version;
}

int Migrations::currentVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

Status Migrations::migrate(QSqlDatabase &db, int target)
{
    const int current = currentVersion(db);
    if (current < 0)
        return Error{tr("无法读取数据库版本：%1").arg(db.lastError().text())};
    if (current > latestVersion())
        return Error{tr("数据库 %1 的结构版本为 %2，本程序只支持到版本 %3：请升级 Hotline Desk 后再打开，"
                        "文件未做任何改动。")
                         .arg(db.databaseName())
                         .arg(current)
                         .arg(latestVersion())};
    for (const Migration &migration : allMigrations()) {
        if (migration.version <= current || migration.version > target)
            continue;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Error{tr("无法开始迁移事务：%1").arg(query.lastError().text())};
        QStringList statements;
        for (const char *sql : migration.statements)
            statements.append(QString::fromUtf8(sql));
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        for (const QString &sql : std::as_const(statements)) {
            if (!query.exec(sql)) {
                const QString reason = query.lastError().text();
                query.exec(QStringLiteral("ROLLBACK"));
                return Error{tr("迁移到版本 %1（%2）失败：%3")
                                 .arg(migration.version)
                                 .arg(QString::fromUtf8(migration.purpose), reason)};
            }
        }
        if (!query.exec(QStringLiteral("COMMIT"))) {
            const QString reason = query.lastError().text();
            query.exec(QStringLiteral("ROLLBACK"));
            return Error{tr("迁移到版本 %1 无法提交：%2").arg(migration.version).arg(reason)};
        }
    }
    return Status::success();
}

} // namespace hotline
