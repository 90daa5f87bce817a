// SPDX-License-Identifier: GPL-3.0-or-later
// What goes wrong in production and must lose nothing, against the real centre on SQLite and
// on PostgreSQL: an operation the centre will never take in a desk's outbox; a pulled change
// the desk's store cannot take; the centre's disk full; the centre restored from a backup.
#include "CentralHarness.h"

#include "store/Outbox.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

#include <sys/stat.h>

using namespace hotline;
using namespace hotline::test;

namespace {

// One statement on the test PostgreSQL server's maintenance database.
bool postgres(const QString &sql)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    script.start(QStringLiteral(HOTLINE_PG_SCRIPT), {QStringLiteral("sql"), QStringLiteral(HOTLINE_PG_DIR), QStringLiteral(HOTLINE_PG_PORT), sql});
    return script.waitForFinished(60000) && script.exitCode() == 0;
}

// A killed centre's server processes end a moment later; on a loaded machine that moment can
// outlast the 5 s DROP DATABASE … WITH (FORCE) waits for them. Tried again for half a minute.
bool dropDatabase(const QString &name)
{
    for (int attempt = 0; attempt < 6; ++attempt) {
        if (postgres(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name)))
            return true;
        QTest::qWait(5000);
    }
    return false;
}

QString databaseName(const QString &url)
{
    return QUrl(url).path().mid(1);
}

// A filesystem of a few megabytes (a tmpfs), for a disk that fills up. Needs root, which the
// test run has (CI runs as root; so does the PostgreSQL test server's set-up).
class SmallDisk {
public:
    SmallDisk(const QString &path, int kilobytes, uid_t owner) : m_path(path)
    {
        QDir().mkpath(path);
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=%1k,mode=0755").arg(kilobytes), QStringLiteral("tmpfs"), path});
        m_mounted = mount.waitForFinished(10000) && mount.exitCode() == 0;
        if (m_mounted)
            m_mounted = ::chown(path.toLocal8Bit().constData(), owner, gid_t(-1)) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_path});
    }
    bool mounted() const { return m_mounted; }
    // Fills it up to `leaveKiB` free with a file that fill(0) removes.
    void fill(int leaveKiB)
    {
        QFile::remove(m_path + QStringLiteral("/filler"));
        if (leaveKiB <= 0)
            return;
        QProcess::execute(QStringLiteral("sh"), {QStringLiteral("-c"),
                                                 QStringLiteral("avail=$(df -k --output=avail '%1' | tail -1); dd if=/dev/zero of='%1/filler'"
                                                                " bs=1k count=$((avail - %2)) 2>/dev/null; true").arg(m_path).arg(leaveKiB)});
    }

private:
    QString m_path;
    bool m_mounted = false;
};

class RecoveryTest : public CentralTest {
protected:
    void SetUp() override { startCentral({{"op1", "operator"}, {"editor1", "kb_editor"}}); }
    QString deskPath(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
};

TEST_P(RecoveryTest, AnOperationTheCentreWillNeverTakeDoesNotStopTheOutbox)
{
    DeskHarness desk(deskPath("a.sqlite"));
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    ASSERT_TRUE(desk.syncUntilIdle());
    desk.sync->start(60000);
    // Between good orders: an operation of a kind the centre does not know, one over the size
    // of an operation, and one over the size of a whole request.
    const auto poison = [&](const QString &kind, qsizetype bytes) {
        ASSERT_TRUE(desk.store->transaction([&] {
            return Outbox(*desk.store).enqueue(kind, QJsonObject{{QStringLiteral("pad"), QString(bytes, u'x')}});
        }).ok());
    };
    QStringList numbers{desk.file(1)};
    poison(QStringLiteral("users.drop"), 10);
    numbers << desk.file(2);
    poison(QStringLiteral("kb.publish"), 300 * 1024);
    poison(QStringLiteral("kb.publish"), 5 * 1024 * 1024);
    numbers << desk.file(3);
    ASSERT_TRUE(desk.syncUntilIdle(60000)) << qPrintable(desk.sync->lastError());
    EXPECT_EQ(count("SELECT count(*) FROM work_orders"), 3) << "the good orders all arrived, the last one too";
    const QVector<OutboxEntry> refused = Outbox(*desk.store).rejected(10);
    ASSERT_EQ(refused.size(), 3);
    for (const OutboxEntry &entry : refused)
        EXPECT_FALSE(entry.rejected.isEmpty()) << "each with its reason";
    EXPECT_EQ(Outbox(*desk.store).pendingCount(), 0);
}

TEST_P(RecoveryTest, APulledChangeTheStoreCannotTakeIsPulledAgainAfterRecovery)
{
    DeskHarness editor(deskPath("editor.sqlite"));
    DeskHarness desk(deskPath("desk.sqlite"));
    ASSERT_TRUE(editor.signIn(central->url(), QStringLiteral("editor1")));
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    ASSERT_TRUE(desk.syncUntilIdle());
    desk.sync->start(600000);
    const qint64 cursorBefore = CentralSettings::load(*desk.store).cursor;
    // The desk's disk is full: its store may not grow by a page.
    QSqlQuery pin(desk.store->database());
    ASSERT_TRUE(pin.exec(QStringLiteral("PRAGMA page_count")) && pin.next());
    const int pages = pin.value(0).toInt();
    ASSERT_TRUE(pin.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    for (int i = 0; i < 20; ++i) {
        KbDraft draft;
        draft.title = QStringLiteral("停电报修第 %1 条口径").arg(i);
        draft.answer = QString(400, u'电') + QString::number(i);
        const Result<qint64> id = editor.kb->articles().create(draft, QStringLiteral("editor1"));
        ASSERT_TRUE(id.ok());
        ASSERT_TRUE(editor.kb->articles().publish(id.value(), QStringLiteral("editor1")).ok());
    }
    ASSERT_TRUE(editor.syncUntilIdle());
    ASSERT_TRUE(waitUntil([&] { return count("SELECT count(*) FROM kb_articles") == 20; }, 10000));
    desk.sync->syncNow();
    ASSERT_TRUE(waitUntil([&] { return !desk.sync->lastError().isEmpty(); }, 15000));
    EXPECT_TRUE(desk.sync->lastError().contains(QStringLiteral("存不进本机"))) << qPrintable(desk.sync->lastError());
    EXPECT_NE(desk.sync->state(), SyncEngine::State::Online);
    const qint64 cursorStuck = CentralSettings::load(*desk.store).cursor;
    EXPECT_LT(cursorStuck, count("SELECT max(revision) FROM changes")) << "the cursor stayed before what was not stored";
    EXPECT_GE(cursorStuck, cursorBefore);
    // Space again: the same changes come again and are all stored.
    ASSERT_TRUE(pin.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    ASSERT_TRUE(desk.syncUntilIdle());
    EXPECT_EQ(desk.kb->articles().publishedCount(), 20);
    EXPECT_EQ(desk.kb->search().search(QStringLiteral("停电报修"), 30).size(), 20);
}

TEST_P(RecoveryTest, AFullDiskAtTheCentreAcknowledgesNothingUnwrittenAndWorkResumes)
{
    // The centre's database on a small disk of its own: a SQLite file on it, or a PostgreSQL
    // tablespace on it (the server's own files and log stay where they are).
    central->kill();
    struct stat pgData {};
    const bool postgresql = QString::fromLatin1(GetParam()) == QLatin1String("postgresql");
    if (postgresql) {
        ASSERT_EQ(::stat(HOTLINE_PG_DIR "/data", &pgData), 0);
    }
    // The server (the postgres user, under root) must reach the tablespace's directory.
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                          | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    SmallDisk disk(dir.filePath(QStringLiteral("small")), 16 * 1024, postgresql ? pgData.st_uid : ::getuid());
    if (!disk.mounted())
        GTEST_SKIP() << "cannot mount a small tmpfs here (not root)";
    QString database;
    if (postgresql) {
        const QString name = QStringLiteral("full_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        ASSERT_TRUE(postgres(QStringLiteral("CREATE TABLESPACE %1 LOCATION '%2'").arg(name, dir.filePath(QStringLiteral("small")))));
        ASSERT_TRUE(postgres(QStringLiteral("CREATE DATABASE %1 TABLESPACE %1").arg(name)));
        database = QStringLiteral("postgresql://hotline@localhost:%1/%2?host=%3").arg(QStringLiteral(HOTLINE_PG_PORT), name, QStringLiteral(HOTLINE_PG_DIR));
    } else {
        database = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("small/central.sqlite"));
    }
    CentralProcess full(database);
    ASSERT_TRUE(full.addUser(QStringLiteral("op1"), QStringLiteral("operator")));
    ASSERT_TRUE(full.start()) << qPrintable(full.log());
    DeskHarness desk(deskPath("desk.sqlite"));
    ASSERT_TRUE(desk.signIn(full.url(), QStringLiteral("op1")));
    ASSERT_TRUE(desk.syncUntilIdle());
    desk.sync->start(300);

    disk.fill(64);
    QStringList filed;
    for (int i = 0; i < 400 && desk.sync->lastError().isEmpty(); ++i) {
        filed << desk.file(i);
        QTest::qWait(20);
    }
    ASSERT_TRUE(waitUntil([&] { return desk.sync->lastError().contains(QStringLiteral("磁盘已满")); }, 30000))
        << "the desk says the centre's disk is full: " << qPrintable(desk.sync->lastError());
    EXPECT_TRUE(full.readLog().contains(QLatin1String("disk is full"))) << qPrintable(full.log());
    EXPECT_GT(Outbox(*desk.store).pendingCount(), 0) << "kept on the desk";
    // Nothing the desk counts as acknowledged is missing at the centre, even killed now.
    full.kill();
    const qint64 acknowledged = filed.size() - Outbox(*desk.store).pendingCount();
    disk.fill(0);
    ASSERT_TRUE(full.start()) << qPrintable(full.log());
    EXPECT_GE(centralCount(database, QStringLiteral("SELECT count(*) FROM work_orders")), acknowledged);
    // Space again: everything arrives, once.
    ASSERT_TRUE(desk.syncUntilIdle(60000)) << qPrintable(desk.sync->lastError());
    EXPECT_EQ(centralCount(database, QStringLiteral("SELECT count(*) FROM work_orders")), filed.size());
    EXPECT_EQ(Outbox(*desk.store).pendingCount(), 0);
    full.kill();
    if (postgresql) {
        const QString name = databaseName(database);
        QTest::qWait(200);
        EXPECT_TRUE(dropDatabase(name));
        EXPECT_TRUE(postgres(QStringLiteral("DROP TABLESPACE %1").arg(name)));
    }
}

TEST_P(RecoveryTest, ACentreRestoredFromABackupGetsBackWhatTheDesksHad)
{
    DeskHarness desk(deskPath("a.sqlite"));
    DeskHarness other(deskPath("b.sqlite"));
    ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
    ASSERT_TRUE(other.signIn(central->url(), QStringLiteral("op1")));
    for (int i = 0; i < 3; ++i)
        desk.file(i);
    ASSERT_TRUE(desk.syncUntilIdle());
    ASSERT_TRUE(other.syncUntilIdle());
    // The night's backup.
    const bool postgresql = QString::fromLatin1(GetParam()) == QLatin1String("postgresql");
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    const QString name = databaseName(url);
    if (postgresql) {
        central->kill();
        ASSERT_TRUE(postgres(QStringLiteral("CREATE DATABASE %1_backup TEMPLATE %1").arg(name)));
        ASSERT_TRUE(central->start());
    } else {
        Result<std::unique_ptr<CentralDatabase>> db = CentralDatabase::open(url);
        ASSERT_TRUE(db.ok());
        QSqlQuery vacuum(db.value()->database());
        ASSERT_TRUE(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(backup)));
    }
    // The day goes on: three more orders, acknowledged; the other desk files one too.
    for (int i = 3; i < 6; ++i)
        desk.file(i);
    other.file(100);
    ASSERT_TRUE(desk.syncUntilIdle());
    ASSERT_TRUE(other.syncUntilIdle());
    ASSERT_EQ(count("SELECT count(*) FROM work_orders"), 7);
    // The disk dies; the centre comes back from last night's backup.
    central->kill();
    if (postgresql) {
        ASSERT_TRUE(dropDatabase(name));
        ASSERT_TRUE(postgres(QStringLiteral("CREATE DATABASE %1 TEMPLATE %1_backup").arg(name)));
    } else {
        const QString file = url.mid(7);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(file + suffix);
        ASSERT_TRUE(QFile::copy(backup, file));
    }
    ASSERT_TRUE(central->start()) << qPrintable(central->log());
    ASSERT_EQ(count("SELECT count(*) FROM work_orders"), 3) << "the backup's";
    // The desks notice the new epoch and push again what the centre lost.
    ASSERT_TRUE(waitUntil([&] { return count("SELECT count(*) FROM work_orders") == 7; }, 30000))
        << count("SELECT count(*) FROM work_orders") << " orders: " << qPrintable(desk.sync->lastError());
    ASSERT_TRUE(desk.syncUntilIdle());
    ASSERT_TRUE(other.syncUntilIdle());
    EXPECT_EQ(count("SELECT count(*) FROM work_order_events"), 7);
    EXPECT_EQ(Outbox(*desk.store).pendingCount(), 0);
    // And what happens next reaches everyone as usual.
    desk.file(6);
    ASSERT_TRUE(desk.syncUntilIdle());
    EXPECT_EQ(count("SELECT count(*) FROM work_orders"), 8);
    if (postgresql) {
        EXPECT_TRUE(postgres(QStringLiteral("DROP DATABASE %1_backup").arg(name)));
    }
}

INSTANTIATE_TEST_SUITE_P(Central, RecoveryTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto &info) { return std::string(info.param); });

} // namespace
