// SPDX-License-Identifier: GPL-3.0-or-later
// The FunASR protocol's messages as both of its servers send them (the C++ runtime's and the
// Python server's fields), and the recogniser's settings in the desk's site file.
#include "telephony/FunAsrProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hotline;

TEST(FunAsrProtocol, StartAndEndMessages)
{
    FunAsrSettings settings;
    settings.mode = FunAsrSettings::Mode::Online;
    settings.itn = false;
    const QJsonObject start =
        QJsonDocument::fromJson(FunAsrProtocol::startMessage(settings, QStringLiteral("sip-42"), 8000)).object();
    EXPECT_EQ(start.value(QLatin1String("mode")).toString(), QStringLiteral("online"));
    EXPECT_EQ(start.value(QLatin1String("wav_name")).toString(), QStringLiteral("sip-42"));
    EXPECT_EQ(start.value(QLatin1String("audio_fs")).toInt(), 8000);
    EXPECT_EQ(start.value(QLatin1String("chunk_size")).toArray(), (QJsonArray{5, 10, 5}));
    EXPECT_EQ(start.value(QLatin1String("itn")), QJsonValue(false));
    EXPECT_EQ(start.value(QLatin1String("hotwords")), QJsonValue(QString())) << "a string, even when empty";
    EXPECT_EQ(start.value(QLatin1String("is_speaking")), QJsonValue(true));
    const QJsonObject end = QJsonDocument::fromJson(FunAsrProtocol::endMessage()).object();
    EXPECT_EQ(end.value(QLatin1String("is_speaking")), QJsonValue(false));
    EXPECT_EQ(end.value(QLatin1String("is_end")), QJsonValue(true));
    EXPECT_EQ(settings.frameMs(), 60);
}

TEST(FunAsrProtocol, ResultsOfTheRuntimeAndOfThePythonServer)
{
    // The runtime's corrected sentence: stamps as text, its span outright.
    auto parsed = FunAsrProtocol::parse(QByteArrayLiteral(
        R"({"mode":"2pass-offline","text":"路灯坏了。","wav_name":"c1","is_final":false,"timestamp":"[[430,670],[670,810],[810,1130]]","start_time":400,"end_time":1200,"stamp_sents":[]})"));
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error());
    EXPECT_TRUE(parsed.value().isCorrected());
    EXPECT_FALSE(parsed.value().isStreaming());
    EXPECT_EQ(parsed.value().startMs, 400);
    EXPECT_EQ(parsed.value().endMs, 1200);
    EXPECT_FALSE(parsed.value().isFinal);

    // Without start_time: the word stamps, as text or as an array; stamp_sents first.
    parsed = FunAsrProtocol::parse(
        QByteArrayLiteral(R"({"mode":"2pass-offline","text":"好","timestamp":"[[430,670],[670,1130]]"})"));
    EXPECT_EQ(parsed.value().startMs, 430);
    EXPECT_EQ(parsed.value().endMs, 1130);
    parsed = FunAsrProtocol::parse(
        QByteArrayLiteral(R"({"mode":"offline","text":"好","is_final":true,"timestamp":[[100,200],[200,900]]})"));
    EXPECT_EQ(parsed.value().startMs, 100);
    EXPECT_EQ(parsed.value().endMs, 900);
    EXPECT_TRUE(parsed.value().isFinal);
    parsed = FunAsrProtocol::parse(QByteArrayLiteral(
        R"({"mode":"2pass-offline","text":"正是因为","stamp_sents":[{"text_seg":"正 是 因 为","punc":",","start":430,"end":1130,"ts_list":[[430,670]]}],"timestamp":"[[1,2]]"})"));
    EXPECT_EQ(parsed.value().startMs, 430);
    EXPECT_EQ(parsed.value().endMs, 1130);

    // A streaming piece stamped with the runtime's wall clock has no span.
    parsed = FunAsrProtocol::parse(
        QByteArrayLiteral(R"({"mode":"2pass-online","text":"路灯","timestamp":1732000000000,"is_final":false})"));
    ASSERT_TRUE(parsed.ok());
    EXPECT_TRUE(parsed.value().isStreaming());
    EXPECT_EQ(parsed.value().startMs, -1);

    // The runtime's last result may have no mode and no text.
    parsed = FunAsrProtocol::parse(
        QByteArrayLiteral(R"({"text":"","wav_name":"c1","is_final":true,"timestamp":1732000000000})"));
    ASSERT_TRUE(parsed.ok());
    EXPECT_TRUE(parsed.value().isFinal);
    EXPECT_TRUE(parsed.value().error.isEmpty());

    // Complaints: the runtime's text, the Python server's acknowledgement.
    parsed = FunAsrProtocol::parse(QByteArrayLiteral(
        R"({"text":"ERROR. Real-time transcription service ONLY SUPPORT PCM stream.","is_final":true})"));
    EXPECT_TRUE(parsed.value().error.contains(QLatin1String("ONLY SUPPORT PCM")));
    parsed = FunAsrProtocol::parse(QByteArrayLiteral(
        R"({"mode":"2pass","wav_name":"c1","is_final":false,"is_end":true,"error":"offline inference failed"})"));
    ASSERT_TRUE(parsed.ok());
    EXPECT_TRUE(parsed.value().isEnd);
    EXPECT_EQ(parsed.value().error, QStringLiteral("offline inference failed"));

    // What is not a result says why.
    EXPECT_FALSE(FunAsrProtocol::parse("{\"mode\": ").ok());
    EXPECT_FALSE(FunAsrProtocol::parse("[1]").ok());
    EXPECT_FALSE(FunAsrProtocol::parse(R"({"mode":"2pass-online","text":7})").ok());
    const auto unknown = FunAsrProtocol::parse(R"({"mode":"3pass","text":"x"})");
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(QLatin1String("3pass")));
}

TEST(FunAsrSettings, ReadFromTheSiteFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.ini"));
    EXPECT_FALSE(FunAsrSettings::load(path).value().isConfigured()) << "no file: no recogniser";
    {
        QSettings ini(path, QSettings::IniFormat);
        ini.setValue(QStringLiteral("centre/url"), QStringLiteral("https://central.example.gov.cn"));
        ini.setValue(QStringLiteral("centre/ca-certificate"), QStringLiteral("/etc/hotline/centre-ca.pem"));
    }
    EXPECT_FALSE(FunAsrSettings::load(path).value().isConfigured()) << "no [asr]: no recogniser";
    {
        QSettings ini(path, QSettings::IniFormat);
        ini.setValue(QStringLiteral("asr/url"), QStringLiteral("wss://asr.example.gov.cn:10095"));
    }
    Result<FunAsrSettings> loaded = FunAsrSettings::load(path);
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error());
    EXPECT_EQ(loaded.value().url, QUrl(QStringLiteral("wss://asr.example.gov.cn:10095")));
    EXPECT_EQ(loaded.value().mode, FunAsrSettings::Mode::TwoPass);
    EXPECT_EQ(loaded.value().caCertificate, QStringLiteral("/etc/hotline/centre-ca.pem"))
        << "the site's CA unless told otherwise";
    {
        QSettings ini(path, QSettings::IniFormat);
        ini.setValue(QStringLiteral("asr/mode"), QStringLiteral("online"));
        ini.setValue(QStringLiteral("asr/ca-certificate"), QStringLiteral("/etc/hotline/asr.pem"));
    }
    loaded = FunAsrSettings::load(path);
    EXPECT_EQ(loaded.value().mode, FunAsrSettings::Mode::Online);
    EXPECT_EQ(loaded.value().caCertificate, QStringLiteral("/etc/hotline/asr.pem"));
    {
        QSettings ini(path, QSettings::IniFormat);
        ini.setValue(QStringLiteral("asr/mode"), QStringLiteral("fast"));
    }
    loaded = FunAsrSettings::load(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().contains(QStringLiteral("mode=fast"))) << qPrintable(loaded.error());
    {
        QSettings ini(path, QSettings::IniFormat);
        ini.setValue(QStringLiteral("asr/mode"), QStringLiteral("2pass"));
        ini.setValue(QStringLiteral("asr/url"), QStringLiteral("ws://10.1.2.3:10095"));
    }
    loaded = FunAsrSettings::load(path);
    ASSERT_FALSE(loaded.ok()) << "a caller's voice in the clear to another machine";
    EXPECT_TRUE(loaded.error().contains(QStringLiteral("allow-plain-ws"))) << qPrintable(loaded.error());
    {
        QSettings ini(path, QSettings::IniFormat);
        ini.setValue(QStringLiteral("asr/allow-plain-ws"), QStringLiteral("true"));
    }
    loaded = FunAsrSettings::load(path);
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error());
    EXPECT_TRUE(loaded.value().allowPlainWs);
}
