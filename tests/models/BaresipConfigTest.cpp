// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's own baresip configuration: what is written for a seat, with and without a SIP
// server, and the settings refused with a reason before anything is written.
#include "telephony/BaresipConfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hotline;

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A folder of the modules baresip would load, so the tests need no baresip installed.
struct Modules {
    QTemporaryDir dir;
    Modules()
    {
        for (const char *name : {"alsa", "aufile", "g711", "opus", "sndfile", "account", "menu", "ctrl_tcp"})
            QFile(dir.filePath(QLatin1String(name) + QStringLiteral(".so"))).open(QIODevice::WriteOnly);
    }
};

BaresipSettings seat(const Modules &modules, const QTemporaryDir &work)
{
    BaresipSettings settings;
    settings.seat = QStringLiteral("8001");
    settings.sipAddress = QStringLiteral("127.0.0.1");
    settings.sipPort = 5071;
    settings.controlPort = 4471;
    settings.audioPlayer = QStringLiteral("alsa,null");
    settings.recordingsFolder = work.filePath(QStringLiteral("rec"));
    settings.moduleFolder = modules.dir.path();
    return settings;
}

} // namespace

TEST(BaresipConfig, WritesTheSeatsConfigurationAndAccount)
{
    Modules modules;
    QTemporaryDir work;
    BaresipSettings settings = seat(modules, work);
    const QString folder = work.filePath(QStringLiteral("baresip"));
    const Status written = BaresipConfig::write(settings, folder);
    ASSERT_TRUE(written.ok()) << qPrintable(written.error());
    EXPECT_TRUE(QDir(settings.recordingsFolder).exists()) << "the recordings folder is made";

    const QString config = readAll(QDir(folder).filePath(QStringLiteral("config")));
    const QStringList lines{QStringLiteral("sip_listen          127.0.0.1:5071"),
                                QStringLiteral("ctrl_tcp_listen     127.0.0.1:4471"),
                                QStringLiteral("audio_source        alsa,default"),
                                QStringLiteral("audio_player        alsa,null"),
                                QStringLiteral("module              g711.so"),
                                QStringLiteral("module              sndfile.so"),
                                QStringLiteral("module_app          menu.so"),
                                QStringLiteral("module_app          ctrl_tcp.so"),
                                QStringLiteral("snd_path            ") + QDir::cleanPath(settings.recordingsFolder),
                                QStringLiteral("module_path         ") + modules.dir.path()};
    for (const QString &line : lines)
        EXPECT_TRUE(config.contains(line + QLatin1Char('\n'))) << qPrintable(line) << "\n" << qPrintable(config);
    EXPECT_FALSE(config.contains(QStringLiteral("opus"))) << "G.711 only unless asked";
    EXPECT_FALSE(config.contains(QStringLiteral("net_interface"))) << "loopback is left to baresip";
    EXPECT_FALSE(config.contains(QStringLiteral("stdio"))) << "no terminal UI: the desk has no terminal for it";

    const QString accounts = readAll(QDir(folder).filePath(QStringLiteral("accounts")));
    EXPECT_TRUE(accounts.contains(QStringLiteral("<sip:8001@127.0.0.1:5071>;answermode=manual;regint=0\n"))) << qPrintable(accounts);
    EXPECT_EQ(BaresipConfig::dialUri(settings, QStringLiteral("12319")), QStringLiteral("sip:12319@127.0.0.1:5071"));

    // With a SIP server: registered there with the password, numbers dialled through it.
    settings.registrar = QStringLiteral("pbx.hotline.example:5060");
    settings.password = QStringLiteral("s3cret!");
    settings.opus = true;
    settings.recordingsFolder.clear();
    ASSERT_TRUE(BaresipConfig::write(settings, folder).ok());
    const QString registering = readAll(QDir(folder).filePath(QStringLiteral("accounts")));
    EXPECT_TRUE(registering.contains(
        QStringLiteral("<sip:8001@pbx.hotline.example:5060>;answermode=manual;auth_user=8001;auth_pass=s3cret!;regint=300")))
        << qPrintable(registering);
    const QString second = readAll(QDir(folder).filePath(QStringLiteral("config")));
    EXPECT_LT(second.indexOf(QStringLiteral("opus.so")), second.indexOf(QStringLiteral("g711.so"))) << "Opus offered first";
    EXPECT_FALSE(second.contains(QStringLiteral("snd_path"))) << "nothing recorded without a folder";
    EXPECT_EQ(BaresipConfig::dialUri(settings, QStringLiteral("12319")), QStringLiteral("sip:12319@pbx.hotline.example:5060"));
    settings.dialDomain = QStringLiteral("10.0.0.9:5080");
    EXPECT_EQ(BaresipConfig::dialUri(settings, QStringLiteral(" 12319 ")), QStringLiteral("sip:12319@10.0.0.9:5080"));
    EXPECT_EQ(BaresipConfig::dialUri(settings, QStringLiteral("sip:a@b")), QStringLiteral("sip:a@b"));
}

TEST(BaresipConfig, RefusesBadSettingsAndWritesNothing)
{
    Modules modules;
    QTemporaryDir work;
    const BaresipSettings good = seat(modules, work);
    ASSERT_TRUE(BaresipConfig::validate(good).ok()) << qPrintable(BaresipConfig::validate(good).error());
    QFile wav(work.filePath(QStringLiteral("caller.wav")));
    ASSERT_TRUE(wav.open(QIODevice::WriteOnly));
    wav.close();

    struct Case {
        std::function<void(BaresipSettings &)> spoil;
        QString says;
    };
    const QString longFolder = QStringLiteral("/tmp/") + QString(95, QLatin1Char('r'));
    const Case cases[] = {
        {[](BaresipSettings &s) { s.sipPort = 0; }, QStringLiteral("SIP 端口 0")},
        {[](BaresipSettings &s) { s.controlPort = 70000; }, QStringLiteral("控制端口 70000")},
        {[](BaresipSettings &s) { s.controlPort = s.sipPort; }, QStringLiteral("两者须不同")},
        {[](BaresipSettings &s) { s.sipAddress = QStringLiteral("10.0.0.300"); }, QStringLiteral("不是 IP 地址")},
        {[](BaresipSettings &s) { s.sipAddress = QStringLiteral("desk.local"); }, QStringLiteral("不是 IP 地址")},
        {[](BaresipSettings &s) { s.sipAddress = QStringLiteral("0.0.0.0"); }, QStringLiteral("具体地址")},
        {[](BaresipSettings &s) { s.sipAddress = QStringLiteral("203.0.113.77"); }, QStringLiteral("不是本机的地址")},
        {[](BaresipSettings &s) { s.seat = QStringLiteral("坐席 7"); }, QStringLiteral("SIP 用户名")},
        {[](BaresipSettings &s) { s.seat.clear(); }, QStringLiteral("SIP 用户名")},
        {[](BaresipSettings &s) { s.registrar = QStringLiteral("pbx:5060"); }, QStringLiteral("需要密码")},
        {[](BaresipSettings &s) {
             s.registrar = QStringLiteral("pbx");
             s.password = QStringLiteral("a;b");
         },
         QStringLiteral("密码")},
        {[](BaresipSettings &s) { s.registrar = QStringLiteral("pbx:5060;transport=tcp"); }, QStringLiteral("注册服务器")},
        {[](BaresipSettings &s) { s.dialDomain = QStringLiteral("sip:pbx"); }, QStringLiteral("拨号域")},
        {[](BaresipSettings &s) { s.audioSource = QStringLiteral("alsa default"); }, QStringLiteral("模块,设备")},
        {[](BaresipSettings &s) { s.audioSource = QStringLiteral("aufile,/nowhere/caller.wav"); }, QStringLiteral("不存在")},
        {[](BaresipSettings &s) { s.audioSource = QStringLiteral("pulse,default"); }, QStringLiteral("模块 pulse")},
        {[](BaresipSettings &s) { s.recordingsFolder = QStringLiteral("rec"); }, QStringLiteral("绝对路径")},
        {[](BaresipSettings &s) { s.recordingsFolder = QStringLiteral("/tmp/my recordings"); }, QStringLiteral("空格")},
        {[longFolder](BaresipSettings &s) { s.recordingsFolder = longFolder; }, QStringLiteral("太长")},
    };
    const QString folder = work.filePath(QStringLiteral("baresip"));
    for (const Case &bad : cases) {
        BaresipSettings settings = good;
        bad.spoil(settings);
        const Status written = BaresipConfig::write(settings, folder);
        ASSERT_FALSE(written.ok()) << qPrintable(bad.says);
        EXPECT_TRUE(written.error().contains(bad.says)) << qPrintable(bad.says) << " -> " << qPrintable(written.error());
        EXPECT_FALSE(QDir(folder).exists()) << "nothing written for " << qPrintable(bad.says);
    }
    BaresipSettings fromFile = good;
    fromFile.audioSource = QStringLiteral("aufile,") + wav.fileName();
    EXPECT_TRUE(BaresipConfig::validate(fromFile).ok()) << qPrintable(BaresipConfig::validate(fromFile).error());

    // Folders that cannot be made (under a file): said, with the folder named.
    QFile plain(work.filePath(QStringLiteral("plain")));
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    const Status configFolder = BaresipConfig::write(good, work.filePath(QStringLiteral("plain/baresip")));
    ASSERT_FALSE(configFolder.ok());
    EXPECT_TRUE(configFolder.error().contains(QStringLiteral("plain/baresip"))) << qPrintable(configFolder.error());
    BaresipSettings badRecordings = good;
    badRecordings.recordingsFolder = work.filePath(QStringLiteral("plain/rec"));
    const Status recordings = BaresipConfig::write(badRecordings, folder);
    ASSERT_FALSE(recordings.ok());
    EXPECT_TRUE(recordings.error().contains(QStringLiteral("plain/rec"))) << qPrintable(recordings.error());
}
