// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The whole desk on a real softphone, as app/desk composes it, for the end-to-end call test and
// the telephony benchmark: a centre on SQLite with an operator and a team lead, a desk store
// with the reference data, its sync signed in, SeatServices from a site file that runs the
// desk's own baresip on 10.77.0.1 (the namespace of tests/sip/with-veth.sh), and the window.
// Callers are SIPp from 10.77.0.2 speaking Mandarin made from pinyin (tests/sip/call-desk.sh).
#include "../StoreFixture.h"
#include "../sync/CentralHarness.h"
#include "desk/SeatServices.h"
#include "kb/KnowledgeBase.h"
#include "operator/DeskWindow.h"
#include "sync/SyncEngine.h"
#include "telephony/AgentSession.h"
#include "telephony/CallControl.h"

#include <QApplication>
#include <QNetworkInterface>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <memory>

namespace hotline::test {

struct SipDesk {
    static inline const QString deskAddress = QStringLiteral("10.77.0.1");
    static inline const QString callerAddress = QStringLiteral("10.77.0.2");

    static bool inTheTestNamespace()
    {
        for (const QHostAddress &address : QNetworkInterface::allAddresses())
            if (address.toString() == deskAddress)
                return true;
        return false;
    }

    // Brings everything up; the reason when something did not.
    QString start()
    {
        if (!inTheTestNamespace())
            return QStringLiteral("run me through tests/sip/with-veth.sh (the namespace with 10.77.0.1 and 10.77.0.2)");
        const QString voice = operatorVoice();
        if (voice.isEmpty())
            return QStringLiteral("espeak-ng and sox did not make the operator's voice");
        central = std::make_unique<CentralProcess>(QStringLiteral("sqlite:") + work.filePath(QStringLiteral("central.sqlite")));
        if (!central->addUser(QStringLiteral("op1"), QStringLiteral("operator")) || !central->addUser(QStringLiteral("lead1"), QStringLiteral("team_lead")))
            return QStringLiteral("users not added to the centre");
        if (!central->start())
            return QStringLiteral("the centre did not start: ") + central->log();
        sync.start(500);
        QString problem = QStringLiteral("no answer");
        bool answered = false;
        sync.signIn(central->url(), QStringLiteral("op1"), QStringLiteral("password-1"), [&](const QString &p) {
            problem = p;
            answered = true;
        });
        if (!QTest::qWaitFor([&] { return answered; }, 10000) || !problem.isEmpty())
            return QStringLiteral("sign-in: ") + problem;

        const QString site = work.filePath(QStringLiteral("desk.ini"));
        QFile ini(site);
        if (!ini.open(QIODevice::WriteOnly))
            return QStringLiteral("no site file");
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 control = probe.serverPort();
        probe.close();
        ini.write(QStringLiteral("[phone]\nkind=baresip\nseat=desk1\nsip-address=%1\nsip-port=5060\ncontrol-port=%2\n"
                                 "audio-source=aufile,%3\naudio-player=alsa,null\nrecordings=%4\n")
                      .arg(deskAddress).arg(control).arg(voice, work.filePath(QStringLiteral("calls")))
                      .toUtf8());
        ini.close();
        SeatServices::Options options;
        options.siteConfig = site;
        options.storeFolder = work.path();
        seat = std::make_unique<SeatServices>(*fx.store, sync, options);
        if (!seat->problems().isEmpty())
            return seat->problems().join(u'\n');
        window = std::make_unique<DeskWindow>(*fx.store, orders, indexes, kb, agent);
        window->setSync(&sync);
        window->setPhone(seat->phone());
        QObject::connect(window->calls(), &CallControl::answered, seat.get(), &SeatServices::callAnswered);
        QObject::connect(window->calls(), &CallControl::callEnded, seat.get(), &SeatServices::callEnded);
        QObject::connect(window.get(), &DeskWindow::orderFiledForCall, seat.get(), &SeatServices::orderFiled);
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            return QStringLiteral("the window did not get the keyboard");
        if (!QTest::qWaitFor([&] { return seat->phone()->isAvailable(); }, 15000))
            return QStringLiteral("baresip did not come up");
        return {};
    }

    // A citizen calls (SIPp), staying on for `seconds` unless the desk ends the call first.
    void call(QProcess &sipp, const QString &number, int seconds, int index = 0)
    {
        sipp.setProcessChannelMode(QProcess::MergedChannels);
        sipp.start(QStringLiteral(HOTLINE_SIP_SCRIPTS "/call-desk.sh"),
                   {QStringLiteral("-s"), QStringLiteral("desk1"), QStringLiteral("-n"), number, QStringLiteral("-t"), QString::number(seconds),
                    QStringLiteral("-i"), callerAddress, QStringLiteral("-o"), work.filePath(QStringLiteral("sipp-%1").arg(index)),
                    deskAddress + QStringLiteral(":5060")});
    }

    // The operator's voice: espeak-ng's Mandarin, padded with silence so that aufile (which
    // ends the call at the end of its file) outlasts every call.
    QString operatorVoice()
    {
        const QString speech = work.filePath(QStringLiteral("operator-speech.wav"));
        const QString padded = work.filePath(QStringLiteral("operator.wav"));
        QProcess espeak;
        espeak.start(QStringLiteral("espeak-ng"), {QStringLiteral("-v"), QStringLiteral("cmn-latn-pinyin"), QStringLiteral("-w"), speech,
                                                   QStringLiteral("nin2 hao3, shi2 er4 san1 si4 wu3 re4 xian4, qing3 wen4 you3 shen2 me5 ke3 yi3 bang1 nin2.")});
        espeak.waitForFinished(30000);
        QProcess sox;
        sox.start(QStringLiteral("sox"), {speech, QStringLiteral("-r"), QStringLiteral("8000"), QStringLiteral("-c"), QStringLiteral("1"),
                                          QStringLiteral("-b"), QStringLiteral("16"), padded, QStringLiteral("pad"), QStringLiteral("0"),
                                          QStringLiteral("600")});
        sox.waitForFinished(30000);
        return sox.exitCode() == 0 ? padded : QString();
    }

    QTemporaryDir work;
    std::unique_ptr<CentralProcess> central;
    StoreFixture fx;
    WorkOrderRepository orders{*fx.store};
    ReferenceIndexes indexes{*fx.store, StoreFixture::pinyin()};
    KnowledgeBase kb{*fx.store, StoreFixture::pinyin()};
    SyncEngine sync{*fx.store, kb.articles()};
    std::unique_ptr<SeatServices> seat;
    AgentSession agent;
    std::unique_ptr<DeskWindow> window;
};

} // namespace hotline::test
