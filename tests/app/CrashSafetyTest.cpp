// SPDX-License-Identifier: GPL-3.0-or-later
// The real desk in a real X server (Xvfb), typed into with real keystrokes (xdotool), killed
// with SIGKILL the moment it acknowledges a work order: on restart the order and its outbox
// entry are there.
#include "ProcessHelpers.h"
#include "store/LocalStore.h"
#include "desk/DraftKeeper.h"
#include "workorder/WorkOrderRepository.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

using namespace hotline;
using namespace hotline::test;

namespace {

// An Xvfb of our own on a free display, gone with the test.
class VirtualDisplay {
public:
    VirtualDisplay()
    {
        m_server.setProgram(QStringLiteral("Xvfb"));
        m_server.setArguments({QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"),
                               QStringLiteral("tcp"), QStringLiteral("-screen"), QStringLiteral("0"),
                               QStringLiteral("1280x900x24")});
        m_server.start();
        if (m_server.waitForStarted(10000) && m_server.waitForReadyRead(15000))
            m_display = u':' + QString::fromLatin1(m_server.readAllStandardOutput()).trimmed();
    }
    ~VirtualDisplay()
    {
        m_server.terminate();
        m_server.waitForFinished(5000);
    }
    QString display() const { return m_display; }

private:
    QProcess m_server;
    QString m_display;
};

class Xdotool {
public:
    explicit Xdotool(QString display) : m_display(std::move(display)) {}
    ProcessResult operator()(const QStringList &arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_display);
        return runProcess(QStringLiteral("xdotool"), arguments, 30000, env);
    }
    // "Return Tab Tab": several keys, one after the other.
    void key(const char *keys) const
    {
        (*this)(QStringList{QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("60")}
                + QString::fromLatin1(keys).split(u' ', Qt::SkipEmptyParts));
    }
    void type(const char *text) const
    {
        (*this)({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("40"), QString::fromUtf8(text)});
    }

private:
    QString m_display;
};

} // namespace

TEST(CrashSafety, AcknowledgedWorkOrderSurvivesSigkill)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("desk.sqlite"));
    ASSERT_TRUE(prepareStore(store));
    VirtualDisplay x;
    ASSERT_FALSE(x.display().isEmpty()) << "Xvfb did not start: scripts/setup.sh installs it";
    const Xdotool xdo(x.display());

    QProcess desk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), x.display());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    desk.setProcessEnvironment(env);
    desk.setProcessChannelMode(QProcess::MergedChannels);
    desk.start(QStringLiteral(HOTLINE_DESK_BIN), {QStringLiteral("--store"), store});
    ASSERT_TRUE(desk.waitForStarted(10000));

    QString log;
    const auto waitFor = [&](const QRegularExpression &pattern, int ms) -> QRegularExpressionMatch {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            const auto match = pattern.match(log);
            if (match.hasMatch())
                return match;
            desk.waitForReadyRead(100);
            log += QString::fromUtf8(desk.readAll());
        }
        return pattern.match(log);
    };
    ASSERT_TRUE(waitFor(QRegularExpression(QStringLiteral("desk ready")), 30000).hasMatch()) << qPrintable(log);

    const ProcessResult search = xdo({QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
                                      QStringLiteral("--name"), QStringLiteral("Hotline Desk")});
    const QString window = search.out.split(u'\n', Qt::SkipEmptyParts).value(0);
    ASSERT_FALSE(window.isEmpty()) << qPrintable(search.err);
    xdo({QStringLiteral("windowfocus"), QStringLiteral("--sync"), window});
    QThread::msleep(300);

    xdo.key("ctrl+n");
    xdo.type("13911112222");
    xdo.key("Tab");
    xdo.type("Wang");
    xdo.key("Tab Tab");
    xdo.type("Street lamp at the gate has been dark for a week");
    xdo.key("Tab");
    xdo.type("njxlerq");
    xdo.key("Return Tab Tab");
    xdo.type("yllhhw");
    xdo.key("Return");
    xdo.key("ctrl+Return");

    const auto filed = waitFor(QRegularExpression(QStringLiteral("work order filed: (\\S+)")), 30000);
    // The next call, half typed when the power goes: the draft is kept a moment after typing.
    xdo.key("ctrl+n");
    xdo.type("13933334444");
    xdo.key("Tab Tab Tab");
    xdo.type("Manhole cover missing at the corner");
    QThread::msleep(1500);
    // No grace period: the acknowledgement is the promise.
    ::kill(pid_t(desk.processId()), SIGKILL);
    desk.waitForFinished(10000);
    ASSERT_TRUE(filed.hasMatch()) << "the desk never acknowledged; its log:\n" << qPrintable(log);
    const QString number = filed.captured(1);

    auto reopened = LocalStore::open(store);
    ASSERT_TRUE(reopened.ok()) << qPrintable(reopened.error());
    WorkOrderRepository orders(*reopened.value());
    const auto order = orders.find(number);
    ASSERT_TRUE(order.has_value()) << qPrintable(number);
    EXPECT_EQ(order->draft.phone, QStringLiteral("13911112222"));
    EXPECT_EQ(order->draft.address.streetName, QStringLiteral("牛街街道"));
    EXPECT_EQ(order->draft.classification.level3, QStringLiteral("园林绿化环卫"));
    // The operator's state changes travel in the same outbox; the order is in it once.
    QVector<OutboxEntry> outbox;
    for (const OutboxEntry &entry : orders.outbox())
        if (entry.kind == QLatin1String("workorder.event"))
            outbox.append(entry);
    ASSERT_EQ(outbox.size(), 1);
    EXPECT_EQ(outbox.first().payload.value(QStringLiteral("order")).toString(), number);
    EXPECT_EQ(outbox.first().payload.value(QStringLiteral("type")).toString(), QStringLiteral("created"));
    EXPECT_FALSE(outbox.first().opId.isNull());

    const std::optional<KeptDraft> draft = DraftKeeper(*reopened.value()).left();
    ASSERT_TRUE(draft.has_value()) << "the half-typed order was kept";
    EXPECT_EQ(draft->draft.phone, QStringLiteral("13933334444"));
    EXPECT_EQ(draft->draft.description, QStringLiteral("Manhole cover missing at the corner"));
}
