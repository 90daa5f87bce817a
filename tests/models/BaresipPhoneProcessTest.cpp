// SPDX-License-Identifier: GPL-3.0-or-later
// The adapter with the real baresip (Debian's baresip-core): it writes the configuration,
// starts baresip, and the phone becomes available once baresip answers on ctrl_tcp. And what
// the desk sees when baresip is missing, crashes, or cannot take its SIP port. No call is made
// here: baresip refuses a loopback-only media address, so calls are tested end to end with
// SIPp in a network namespace (tests/sip/).
#include "FakeBaresip.h"
#include "SndfileDumps.h"

#include "telephony/BaresipPhone.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUdpSocket>

#include <gtest/gtest.h>

#include <signal.h>

using namespace hotline;
using namespace hotline::test;

namespace {

// A port free for TCP and UDP on loopback (SIP takes both), not one of `taken`.
quint16 freePort(const QList<quint16> &taken = {})
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer tcp;
        if (!tcp.listen(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = tcp.serverPort();
        QUdpSocket udp;
        if (!taken.contains(port) && udp.bind(QHostAddress::LocalHost, port))
            return port;
    }
    return 0;
}

struct OwnBaresip {
    QTemporaryDir work;
    BaresipSettings settings;
    BaresipPhone phone;
    QSignalSpy trouble{&phone, &Phone::trouble};
    QSignalSpy recovered{&phone, &Phone::recovered};

    OwnBaresip()
    {
        settings.seat = QStringLiteral("8001");
        settings.sipAddress = QStringLiteral("127.0.0.1");
        settings.sipPort = freePort();
        settings.controlPort = freePort({quint16(settings.sipPort)});
        // No sound card here: the operator's voice from a file, what arrives discarded.
        settings.audioSource = QStringLiteral("aufile,") + writeDump(work.path(), QDateTime::currentDateTime(), true, 8000);
        settings.audioPlayer = QStringLiteral("alsa,null");
        settings.recordingsFolder = work.filePath(QStringLiteral("rec"));
        BaresipPhone::Timings timings;
        timings.reconnectFirstMs = 50;
        timings.reconnectMaxMs = 500;
        timings.restartFirstMs = 200;
        timings.restartMaxMs = 1000;
        phone.setTimings(timings);
    }
    QString folder() const { return work.filePath(QStringLiteral("baresip")); }
    // What to print when baresip did not come up: its own words.
    QString diagnosis() const
    {
        return QStringLiteral("trouble: %1\nbaresip said:\n%2").arg(phone.lastTrouble(), phone.processOutput().join(QLatin1Char('\n')));
    }
};

bool processExists(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

} // namespace

TEST(BaresipPhoneProcess, StartsItsOwnBaresipWhichAnswers)
{
    OwnBaresip own;
    const Status started = own.phone.start(own.settings, own.folder());
    ASSERT_TRUE(started.ok()) << qPrintable(started.error());
    ASSERT_TRUE(waitFor([&] { return own.phone.isAvailable(); }, 20000))
        << "baresip (Debian package baresip-core) did not come up and answer on ctrl_tcp 127.0.0.1:" << own.settings.controlPort
        << "\n" << qPrintable(own.diagnosis());
    EXPECT_EQ(own.recovered.size(), 1);
    const qint64 pid = own.phone.processId();
    EXPECT_TRUE(processExists(pid));
    // It answers commands; for a call it does not have, the desk's own refusal.
    const Status none = own.phone.answer(QStringLiteral("bs-1"));
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error(), QStringLiteral("没有通话 bs-1"));
    EXPECT_TRUE(QFile::exists(QDir(own.folder()).filePath(QStringLiteral("config"))));
    QFile log(QDir(own.folder()).filePath(QStringLiteral("baresip.log")));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QByteArray said = log.readAll();
    const QByteArray saving = "sndfile: saving files in " + own.settings.recordingsFolder.toUtf8();
    EXPECT_TRUE(said.contains(saving)) << said.constData();
    EXPECT_TRUE(said.contains("Populated 1 account")) << said.constData();

    own.phone.stop();
    EXPECT_FALSE(own.phone.isAvailable());
    EXPECT_FALSE(processExists(pid)) << "stopped with the phone";
    EXPECT_TRUE(own.trouble.isEmpty()) << qPrintable(own.diagnosis());
}

TEST(BaresipPhoneProcess, ACrashedBaresipIsReportedAndRestarted)
{
    OwnBaresip own;
    ASSERT_TRUE(own.phone.start(own.settings, own.folder()).ok());
    ASSERT_TRUE(waitFor([&] { return own.phone.isAvailable(); }, 20000)) << qPrintable(own.diagnosis());
    const qint64 first = own.phone.processId();
    ASSERT_EQ(::kill(pid_t(first), SIGKILL), 0);
    ASSERT_TRUE(waitFor([&] {
        for (const QList<QVariant> &said : std::as_const(own.trouble))
            if (said.at(0).toString().contains(QStringLiteral("意外终止")))
                return true;
        return false;
    })) << qPrintable(own.diagnosis());
    ASSERT_TRUE(waitFor([&] { return own.recovered.size() == 2 && own.phone.isAvailable(); }, 20000))
        << "started again\n" << qPrintable(own.diagnosis());
    EXPECT_NE(own.phone.processId(), first);
    EXPECT_TRUE(own.phone.lastTrouble().isEmpty());
}

TEST(BaresipPhoneProcess, AMissingBaresipIsNamedWithItsPackage)
{
    OwnBaresip own;
    ASSERT_TRUE(own.phone.start(own.settings, own.folder(), QStringLiteral("/nonexistent/bin/baresip")).ok())
        << "the configuration is fine; the program is what is missing";
    ASSERT_TRUE(waitFor([&] { return !own.trouble.isEmpty(); }));
    const QString said = own.trouble.first().at(0).toString();
    EXPECT_TRUE(said.contains(QStringLiteral("/nonexistent/bin/baresip"))) << qPrintable(said);
    EXPECT_TRUE(said.contains(QStringLiteral("baresip-core"))) << qPrintable(said);
    EXPECT_FALSE(own.phone.isAvailable());
    EXPECT_FALSE(own.phone.consult(QStringLiteral("bs-1"), QStringLiteral("12319")).ok());

    // Bad settings start nothing at all.
    BaresipSettings bad = own.settings;
    bad.sipPort = 0;
    const Status refused = own.phone.start(bad, own.folder());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("SIP 端口")));
}

TEST(BaresipPhoneProcess, ABaresipThatCannotTakeItsPortSaysWhy)
{
    OwnBaresip own;
    QTcpServer squatter; // another program on the SIP port
    ASSERT_TRUE(squatter.listen(QHostAddress::LocalHost, quint16(own.settings.sipPort)));
    ASSERT_TRUE(own.phone.start(own.settings, own.folder()).ok());
    ASSERT_TRUE(waitFor([&] { return !own.trouble.isEmpty(); }, 20000)) << qPrintable(own.diagnosis());
    const QString said = own.trouble.first().at(0).toString();
    EXPECT_TRUE(said.contains(QStringLiteral("baresip 已退出"))) << qPrintable(said);
    EXPECT_TRUE(said.contains(QStringLiteral("最后的输出"))) << "baresip's own words: " << qPrintable(said);
    EXPECT_FALSE(own.phone.isAvailable());

    squatter.close(); // the port is free: the next restart works
    ASSERT_TRUE(waitFor([&] { return own.phone.isAvailable(); }, 20000)) << qPrintable(own.diagnosis());
}
