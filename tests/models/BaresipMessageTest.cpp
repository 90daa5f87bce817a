// SPDX-License-Identifier: GPL-3.0-or-later
// baresip 1.0's ctrl_tcp messages as it writes them (captured from a real call), what is not
// one of them, and the commands the desk sends.
#include "telephony/BaresipMessage.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <random>

using namespace hotline;

TEST(BaresipMessage, ReadsEventsAndResponsesAsBaresipWritesThem)
{
    const Result<BaresipMessage> incoming = BaresipMessage::parse(QStringLiteral(
        R"({"event":true,"type":"CALL_INCOMING","class":"call","accountaor":"sip:desk1@10.77.0.1:5060",)"
        R"("direction":"incoming","peeruri":"sip:13901012345@10.77.0.2:5062","peerdisplayname":"张三",)"
        R"("id":"1-13266@10.77.0.2","param":"sip:13901012345@10.77.0.2:5062"})").toUtf8());
    ASSERT_TRUE(incoming.ok()) << qPrintable(incoming.error());
    EXPECT_EQ(incoming.value().kind, BaresipMessage::Kind::Event);
    EXPECT_EQ(incoming.value().eventClass, QStringLiteral("call"));
    EXPECT_EQ(incoming.value().type, QStringLiteral("CALL_INCOMING"));
    EXPECT_EQ(incoming.value().callId, QStringLiteral("1-13266@10.77.0.2"));
    EXPECT_FALSE(incoming.value().outgoing);
    EXPECT_EQ(incoming.value().peerUri, QStringLiteral("sip:13901012345@10.77.0.2:5062"));
    EXPECT_EQ(incoming.value().peerName, QStringLiteral("张三"));

    const Result<BaresipMessage> ringing = BaresipMessage::parse(
        R"({"event":"true","type":"CALL_RINGING","class":"call","direction":"outgoing","id":"e73e","peeruri":"sip:12319@x"})");
    ASSERT_TRUE(ringing.ok()) << qPrintable(ringing.error());
    EXPECT_TRUE(ringing.value().outgoing) << "and \"event\":\"true\", as baresip's own documentation writes it";
    EXPECT_TRUE(ringing.value().peerName.isEmpty());

    const Result<BaresipMessage> answer =
        BaresipMessage::parse(R"({"response":true,"ok":false,"data":"command not found (hold)\n","token":"7"})");
    ASSERT_TRUE(answer.ok()) << qPrintable(answer.error());
    EXPECT_EQ(answer.value().kind, BaresipMessage::Kind::Response);
    EXPECT_FALSE(answer.value().ok);
    EXPECT_EQ(answer.value().token, QStringLiteral("7"));
    EXPECT_TRUE(answer.value().data.startsWith(QStringLiteral("command not found")));

    // Extra fields (rtcp_stats, accountaor) are no fault.
    EXPECT_TRUE(BaresipMessage::parse(R"({"event":true,"type":"CALL_RTCP","class":"call","rtcp_stats":{"rtt":3}})").ok());
}

TEST(BaresipMessage, RefusesWhatIsNotAMessage)
{
    const QByteArray bad[] = {
        "hello",
        "[1,2]",
        R"({"command":"dial"})",                         // neither event nor response
        R"({"response":true,"data":"x"})",               // no ok
        R"({"event":true,"class":"call"})",              // no type
        R"({"event":true,"type":"CALL_CLOSED","id":7})", // id not a string
        R"({"event":true,"type":5})",
        "{\"event\":true,\"type\":\"CALL_CLOSED\"", // cut
    };
    for (const QByteArray &bytes : bad) {
        const Result<BaresipMessage> message = BaresipMessage::parse(bytes);
        EXPECT_FALSE(message.ok()) << bytes.constData();
        if (!message.ok()) {
            EXPECT_FALSE(message.error().isEmpty());
        }
    }
    // Random bytes: refused or read, never a crash.
    std::mt19937 random(7);
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes = round % 2 ? QByteArray(R"({"event":true,"type":"CALL_CLOSED","id":"a"})") : QByteArray();
        for (int i = int(random() % 40); i > 0; --i)
            bytes.insert(qsizetype(random() % (bytes.size() + 1)), char(random() % 256));
        (void)BaresipMessage::parse(bytes);
    }
}

TEST(BaresipMessage, WritesCommandsWithTokens)
{
    const QJsonObject dial = QJsonDocument::fromJson(
                                 BaresipMessage::command(QStringLiteral("dial"), QStringLiteral("sip:12319@10.0.0.9"), QStringLiteral("3")))
                                 .object();
    EXPECT_EQ(dial.value(QStringLiteral("command")).toString(), QStringLiteral("dial"));
    EXPECT_EQ(dial.value(QStringLiteral("params")).toString(), QStringLiteral("sip:12319@10.0.0.9"));
    EXPECT_EQ(dial.value(QStringLiteral("token")).toString(), QStringLiteral("3"));
    // No params at all rather than an empty one: ctrl_tcp would pass "accept " on.
    const QJsonObject accept = QJsonDocument::fromJson(BaresipMessage::command(QStringLiteral("accept"), {}, QStringLiteral("4"))).object();
    EXPECT_FALSE(accept.contains(QStringLiteral("params")));
}
